$ ind template tests/golden/target-versions/versi.ind --period 2024 --out $OUT/x/
--- stdout
$OUT/x/realisasi.csv (18 baris): realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain
$OUT/x/tercetak.csv (21 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok

--- stderr

--- exit 0
