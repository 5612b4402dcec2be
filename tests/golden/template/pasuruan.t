$ ind template rules/kab-pasuruan.ind --period 2025 --out $OUT/data-2025/
--- stdout
$OUT/data-2025/ipasn_dimensi.csv (0 baris): tabel ipasn_dimensi (Indeks Profesionalitas ASN per dimensi): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data-2025/merit_aspek.csv (0 baris): tabel merit_aspek (Skor aspek Sistem Merit): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data-2025/sakip_komponen.csv (0 baris): tabel sakip_komponen (Komponen evaluasi AKIP): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data-2025/realisasi.csv (33 baris): realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain
$OUT/data-2025/anggaran.csv (3 baris): kode anggaran yang disebut indikator; tambahkan setiap baris di atas dan di bawahnya (program, kegiatan, subkegiatan) agar jumlahnya dapat dihitung; pagu_sebelum (pagu sebelum perubahan) boleh dikosongkan
$OUT/data-2025/tercetak.csv (77 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok

--- stderr

--- file data-2025/ipasn_dimensi.csv
dimensi;pns;pppk

--- file data-2025/merit_aspek.csv
no;aspek;skor

--- file data-2025/sakip_komponen.csv
periode;komponen;bobot;nilai

--- file data-2025/realisasi.csv
indikator;periode;nilai;pembanding
ip_asn;2020;;
ip_asn;2021;;
ip_asn;2022;;
ip_asn;2023;;
ip_asn;2024;;
indeks_sistem_merit;2020;;
indeks_sistem_merit;2021;;
indeks_sistem_merit;2022;;
indeks_sistem_merit;2023;;
indeks_sistem_merit;2024;;
nilai_sakip;2020;;
nilai_sakip;2021;;
nilai_sakip;2022;;
nilai_sakip;2023;;
nilai_sakip;2024;;
dokumen_administrasi_sesuai;2020;;
dokumen_administrasi_sesuai;2021;;
dokumen_administrasi_sesuai;2022;;
dokumen_administrasi_sesuai;2023;;
dokumen_administrasi_sesuai;2024;;
dokumen_administrasi_sesuai;2025;;
nilai_kinerja_penempatan;2020;;
nilai_kinerja_penempatan;2021;;
nilai_kinerja_penempatan;2022;;
nilai_kinerja_penempatan;2023;;
nilai_kinerja_penempatan;2024;;
nilai_kinerja_penempatan;2025;;
nilai_pengembangan_karier;2020;;
nilai_pengembangan_karier;2021;;
nilai_pengembangan_karier;2022;;
nilai_pengembangan_karier;2023;;
nilai_pengembangan_karier;2024;;
nilai_pengembangan_karier;2025;;

--- file data-2025/anggaran.csv
kode;nama;pagu;realisasi;pagu_sebelum
A;;;;
B;;;;
C;;;;

--- file data-2025/tercetak.csv
lokasi;objek;besaran;nilai;periode
;ip_asn;realisasi;;2025
;ip_asn;target;;2025
;ip_asn;capaian;;2025
;ip_asn;predikat;;2025
;ip_asn;kategori;;2025
;ip_asn;efisiensi;;2025
;ip_asn;predikat_efisiensi;;2025
;ip_asn;pagu;;2025
;ip_asn;realisasi_anggaran;;2025
;ip_asn;serapan;;2025
;indeks_sistem_merit;realisasi;;2025
;indeks_sistem_merit;target;;2025
;indeks_sistem_merit;capaian;;2025
;indeks_sistem_merit;predikat;;2025
;indeks_sistem_merit;efisiensi;;2025
;indeks_sistem_merit;predikat_efisiensi;;2025
;indeks_sistem_merit;pagu;;2025
;indeks_sistem_merit;realisasi_anggaran;;2025
;indeks_sistem_merit;serapan;;2025
;nilai_sakip;realisasi;;2025
;nilai_sakip;target;;2025
;nilai_sakip;capaian;;2025
;nilai_sakip;predikat;;2025
;nilai_sakip;kategori;;2025
;nilai_sakip;efisiensi;;2025
;nilai_sakip;predikat_efisiensi;;2025
;nilai_sakip;pagu;;2025
;nilai_sakip;realisasi_anggaran;;2025
;nilai_sakip;serapan;;2025
;dokumen_administrasi_sesuai;realisasi;;2025
;dokumen_administrasi_sesuai;target;;2025
;dokumen_administrasi_sesuai;capaian;;2025
;dokumen_administrasi_sesuai;efisiensi;;2025
;dokumen_administrasi_sesuai;predikat_efisiensi;;2025
;dokumen_administrasi_sesuai;pagu;;2025
;dokumen_administrasi_sesuai;realisasi_anggaran;;2025
;dokumen_administrasi_sesuai;serapan;;2025
;nilai_kinerja_penempatan;realisasi;;2025
;nilai_kinerja_penempatan;target;;2025
;nilai_kinerja_penempatan;capaian;;2025
;nilai_kinerja_penempatan;efisiensi;;2025
;nilai_kinerja_penempatan;predikat_efisiensi;;2025
;nilai_kinerja_penempatan;pagu;;2025
;nilai_kinerja_penempatan;realisasi_anggaran;;2025
;nilai_kinerja_penempatan;serapan;;2025
;nilai_pengembangan_karier;realisasi;;2025
;nilai_pengembangan_karier;target;;2025
;nilai_pengembangan_karier;capaian;;2025
;nilai_pengembangan_karier;efisiensi;;2025
;nilai_pengembangan_karier;predikat_efisiensi;;2025
;nilai_pengembangan_karier;pagu;;2025
;nilai_pengembangan_karier;realisasi_anggaran;;2025
;nilai_pengembangan_karier;serapan;;2025
;ip_asn_pns;nilai;;2025
;ip_asn_pppk;nilai;;2025
;iku;jumlah:Sangat memuaskan;;2025
;iku;persen:Sangat memuaskan;;2025
;iku;jumlah:Sangat Baik;;2025
;iku;persen:Sangat Baik;;2025
;iku;jumlah:Baik;;2025
;iku;persen:Baik;;2025
;iku;jumlah:Cukup;;2025
;iku;persen:Cukup;;2025
;iku;jumlah:Kurang;;2025
;iku;persen:Kurang;;2025
;anggaran:A;pagu;;2025
;anggaran:A;realisasi;;2025
;anggaran:A;serapan;;2025
;anggaran:A;predikat;;2025
;anggaran:B;pagu;;2025
;anggaran:B;realisasi;;2025
;anggaran:B;serapan;;2025
;anggaran:B;predikat;;2025
;anggaran:C;pagu;;2025
;anggaran:C;realisasi;;2025
;anggaran:C;serapan;;2025
;anggaran:C;predikat;;2025

--- exit 0
