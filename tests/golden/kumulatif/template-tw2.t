$ ind template tests/golden/kumulatif/kumulatif.ind --period 2024-TW2 --out $OUT/tw2/
--- stdout
$OUT/tw2/realisasi.csv (36 baris): realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain. nilai_kumulatif (boleh kosong): realisasi s.d. triwulan indikator berkumulatif, diperiksa terhadap nilai tiap triwulan, atau pengganti nilai triwulan yang kosong
$OUT/tw2/tercetak.csv (30 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok

--- stderr

--- file tw2/tercetak.csv
lokasi;objek;besaran;nilai;periode
;dokumen;realisasi;;2024-TW2
;dokumen;target;;2024-TW2
;dokumen;capaian;;2024-TW2
;dokumen;realisasi_tw;;2024-TW2
;dokumen;target_tw;;2024-TW2
;dokumen;capaian_tw;;2024-TW2
;dokumen;predikat;;2024-TW2
;indeks;realisasi;;2024-TW2
;indeks;target;;2024-TW2
;indeks;capaian;;2024-TW2
;indeks;realisasi_tw;;2024-TW2
;indeks;target_tw;;2024-TW2
;indeks;capaian_tw;;2024-TW2
;indeks;predikat;;2024-TW2
;tepat_waktu;realisasi;;2024-TW2
;tepat_waktu;target;;2024-TW2
;tepat_waktu;capaian;;2024-TW2
;tepat_waktu;realisasi_tw;;2024-TW2
;tepat_waktu;target_tw;;2024-TW2
;tepat_waktu;capaian_tw;;2024-TW2
;tepat_waktu;predikat;;2024-TW2
;dokumen_tw;nilai;;2024-TW2
;dokumen_sd;nilai;;2024-TW2
;capaian_dokumen_tw;nilai;;2024-TW2
;iku;jumlah:Sangat memuaskan;;2024-TW2
;iku;persen:Sangat memuaskan;;2024-TW2
;iku;jumlah:Sangat Baik;;2024-TW2
;iku;persen:Sangat Baik;;2024-TW2
;iku;jumlah:Kurang;;2024-TW2
;iku;persen:Kurang;;2024-TW2

--- exit 0
