$ ind template tests/golden/target-versions/versi.ind --period 2024 --out $OUT/x/
--- stdout
$OUT/x/realisasi.csv (18 baris): realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain
$OUT/x/tercetak.csv (21 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok

--- stderr

--- file x/tercetak.csv
lokasi;objek;besaran;nilai;periode
;kepuasan;realisasi;;2024
;kepuasan;target;;2024
;kepuasan;capaian;;2024
;kepuasan;target:renstra;;2024
;kepuasan;target:pk_perubahan;;2024
;kepuasan;predikat;;2024
;pelatihan;realisasi;;2024
;pelatihan;target;;2024
;pelatihan;capaian;;2024
;pelatihan;predikat;;2024
;dokumen;realisasi;;2024
;dokumen;target;;2024
;dokumen;capaian;;2024
;selisih_pk;nilai;;2024
;target_dipakai;nilai;;2024
;iku;jumlah:Sangat memuaskan;;2024
;iku;persen:Sangat memuaskan;;2024
;iku;jumlah:Sangat Baik;;2024
;iku;persen:Sangat Baik;;2024
;iku;jumlah:Belum baik;;2024
;iku;persen:Belum baik;;2024

--- exit 0
