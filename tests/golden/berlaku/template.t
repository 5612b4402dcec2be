$ ind template tests/golden/berlaku/berlaku.ind --period 2024 --out $OUT/t
--- stdout
$OUT/t/realisasi.csv (39 baris): realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain
$OUT/t/tercetak.csv (24 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok

--- stderr

--- file t/realisasi.csv
indikator;periode;nilai;pembanding
puas;2019;;
puas;2020;;
puas;2021;;
puas;2022;;
puas;2023;;
puas;2024;;
responden;2019;;
responden;2020;;
responden;2021;;
responden;2022;;
responden;2023;;
responden;2024;;
pelayanan;2019;;
pelayanan;2020;;
pelayanan;2021;;
pelayanan;2022;;
pelayanan;2023;;
pelayanan;2024;;
sarana;2019;;
sarana;2020;;
sarana;2021;;
sarana;2022;;
sarana;2023;;
sarana;2024;;
kualifikasi;2019;;
kualifikasi;2020;;
kualifikasi;2021;;
kualifikasi;2022;;
kualifikasi;2023;;
kualifikasi;2024;;
kompetensi;2019;;
kompetensi;2020;;
kompetensi;2021;;
kompetensi;2022;;
kompetensi;2023;;
kompetensi;2024;;
ip_asn;2019;;
ip_asn;2020;;
ip_asn;2021;;

--- exit 0
