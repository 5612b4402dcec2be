$ ind template tests/golden/budget-tw/tw.ind --period 2024 --out $OUT/th/
--- stdout
$OUT/th/realisasi.csv (6 baris): realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain
$OUT/th/anggaran.csv (1 baris): kode anggaran yang disebut indikator; tambahkan setiap baris di atas dan di bawahnya (program, kegiatan, subkegiatan) agar jumlahnya dapat dihitung; pagu_sebelum (pagu sebelum perubahan) boleh dikosongkan
$OUT/th/tercetak.csv (11 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok

--- stderr

--- file th/anggaran.csv
kode;nama;pagu;realisasi;pagu_sebelum
A;;;;

--- file th/tercetak.csv
lokasi;objek;besaran;nilai;periode
;layanan;realisasi;;2024
;layanan;target;;2024
;layanan;capaian;;2024
;layanan;efisiensi;;2024
;layanan;pagu;;2024
;layanan;realisasi_anggaran;;2024
;layanan;serapan;;2024
;anggaran:A;pagu;;2024
;anggaran:A;realisasi;;2024
;anggaran:A;serapan;;2024
;anggaran:A;predikat;;2024

--- exit 0
