$ ind template tests/golden/triwulan/kumulatif.ind --period 2024-TW2 --out $OUT/tw2/
--- stdout
$OUT/tw2/realisasi.csv (42 baris): realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain. nilai_kumulatif (boleh kosong): realisasi s.d. triwulan indikator berkumulatif, diperiksa terhadap nilai tiap triwulan, atau pengganti nilai triwulan yang kosong
$OUT/tw2/tercetak.csv (21 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok

--- stderr

--- file tw2/realisasi.csv
indikator;periode;nilai;pembanding;nilai_kumulatif
dokumen;2019-TW1;;;
dokumen;2019-TW2;;;
dokumen;2020-TW1;;;
dokumen;2020-TW2;;;
dokumen;2021-TW1;;;
dokumen;2021-TW2;;;
dokumen;2022-TW1;;;
dokumen;2022-TW2;;;
dokumen;2023-TW1;;;
dokumen;2023-TW2;;;
dokumen;2024-TW1;;;
dokumen;2024-TW2;;;
indeks;2019-TW1;;;
indeks;2019-TW2;;;
indeks;2020-TW1;;;
indeks;2020-TW2;;;
indeks;2021-TW1;;;
indeks;2021-TW2;;;
indeks;2022-TW1;;;
indeks;2022-TW2;;;
indeks;2023-TW1;;;
indeks;2023-TW2;;;
indeks;2024-TW1;;;
indeks;2024-TW2;;;
tepat_waktu;2019-TW1;;;
tepat_waktu;2019-TW2;;;
tepat_waktu;2020-TW1;;;
tepat_waktu;2020-TW2;;;
tepat_waktu;2021-TW1;;;
tepat_waktu;2021-TW2;;;
tepat_waktu;2022-TW1;;;
tepat_waktu;2022-TW2;;;
tepat_waktu;2023-TW1;;;
tepat_waktu;2023-TW2;;;
tepat_waktu;2024-TW1;;;
tepat_waktu;2024-TW2;;;
pelatihan;2019-TW2;;;
pelatihan;2020-TW2;;;
pelatihan;2021-TW2;;;
pelatihan;2022-TW2;;;
pelatihan;2023-TW2;;;
pelatihan;2024-TW2;;;

--- exit 0
