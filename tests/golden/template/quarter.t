$ ind template rules/kota-blitar.ind --period 2024-TW2 --out $OUT/tw2/
--- stdout
$OUT/tw2/anggaran.csv (3 baris): kode anggaran yang disebut indikator; tambahkan setiap baris di atas dan di bawahnya (program, kegiatan, subkegiatan) agar jumlahnya dapat dihitung; pagu_sebelum (pagu sebelum perubahan) boleh dikosongkan; rencana_tw1..rencana_tw4: rencana anggaran kas (RAK) tiap triwulan, realisasi_tw1..realisasi_tw4: realisasi tiap triwulan itu saja (triwulan yang belum sampai dikosongkan); realisasi s.d. triwulan dihitung dari kolom itu, kolom realisasi boleh dikosongkan; dibaca juga sebagai tabel anggaran_sasaran (Pagu dan realisasi per sasaran (Tabel 3.2.2)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/tw2/program_pagu.csv (0 baris): tabel program_pagu (Anggaran per program (Lampiran 3)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/tw2/merit_aspek.csv (0 baris): tabel merit_aspek (Nilai aspek Sistem Merit 2023): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/tw2/pegawai.csv (0 baris): tabel pegawai (Jumlah ASN dan PTT 2023): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/tw2/pengembangan_kompetensi.csv (0 baris): tabel pengkom (Keikutsertaan pengembangan kompetensi 2023): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/tw2/pegawai_jabatan.csv (0 baris): tabel pegawai_jabatan (Pegawai berdasarkan jabatan (Tabel 1.1)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/tw2/pegawai_pendidikan.csv (0 baris): tabel pegawai_pendidikan (Pegawai berdasarkan kualifikasi pendidikan (Tabel 1.2)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/tw2/pegawai_golongan.csv (0 baris): tabel pegawai_golongan (Pegawai berdasarkan pangkat dan golongan (Tabel 1.3)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/tw2/pejabat.csv (0 baris): tabel pejabat (Pejabat struktural dan fungsional (Tabel 1.4)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/tw2/pagu_tahunan.csv (0 baris): tabel pagu_tahunan (Pagu sasaran 2022 dan 2023): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/tw2/nasional.csv (0 baris): tabel nasional (Kinerja KemenPAN RB 2023 (Tabel 3.1.4)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/tw2/realisasi.csv (24 baris): realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain
$OUT/tw2/tercetak.csv (105 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok

--- stderr
... dan 4 temuan lain tidak ditampilkan

--- file tw2/realisasi.csv
indikator;periode;nilai;pembanding
ip_asn;2019-TW2;;
ip_asn;2020-TW2;;
ip_asn;2021-TW2;;
ip_asn;2022-TW2;;
ip_asn;2023-TW2;;
ip_asn;2024-TW2;;
indeks_sistem_merit;2019-TW2;;
indeks_sistem_merit;2020-TW2;;
indeks_sistem_merit;2021-TW2;;
indeks_sistem_merit;2022-TW2;;
indeks_sistem_merit;2023-TW2;;
indeks_sistem_merit;2024-TW2;;
persentase_asn_diklat;2019-TW2;;
persentase_asn_diklat;2020-TW2;;
persentase_asn_diklat;2021-TW2;;
persentase_asn_diklat;2022-TW2;;
persentase_asn_diklat;2023-TW2;;
persentase_asn_diklat;2024-TW2;;
nilai_sakip;2019-TW2;;
nilai_sakip;2020-TW2;;
nilai_sakip;2021-TW2;;
nilai_sakip;2022-TW2;;
nilai_sakip;2023-TW2;;
nilai_sakip;2024-TW2;;

--- exit 0
