$ ind explain tests/golden/berlaku/berlaku.ind ip_asn --data tests/golden/berlaku/data --period 2020
--- stdout
ip_asn - Indeks Profesionalitas ASN, periode 2020

realisasi ip_asn 2020 = 58,5
  (tests/golden/berlaku/berlaku.ind:45:1)
  sumber realisasi: data realisasi (periode 2020 di luar masa berlaku rumus: rumus berlaku sejak 2022)   (tests/golden/berlaku/berlaku.ind:45:1)
  realisasi tercatat di data = 58,5   (tests/golden/berlaku/data/realisasi.csv:12:13)

target ip_asn 2020 = 58   (tests/golden/berlaku/berlaku.ind:47:10)
  dari berkas aturan

capaian ip_asn 2020 = 100,86
  rumus: capaian bulat 2   (tests/golden/berlaku/berlaku.ind:49:3)
  rumus bawaan: realisasi / target x 100
  realisasi ip_asn 2020 = 58,5 (lihat di atas)
  dibulatkan setengah ke atas, 2 desimal: 100,86 (dari 100,862069...)

sumber realisasi tahun-tahun sebelumnya yang dibandingkan laporan   (tests/golden/berlaku/berlaku.ind:45:1)
  realisasi ip_asn 2015: data realisasi, tidak ada baris = tidak tersedia (tidak ada realisasi ip_asn periode 2015 di data realisasi, dan tidak ada rumus yang berlaku pada periode itu (rumus berlaku sejak 2022))
  realisasi ip_asn 2016: data realisasi, tidak ada baris = tidak tersedia (tidak ada realisasi ip_asn periode 2016 di data realisasi, dan tidak ada rumus yang berlaku pada periode itu (rumus berlaku sejak 2022))
  realisasi ip_asn 2017: data realisasi, tidak ada baris = tidak tersedia (tidak ada realisasi ip_asn periode 2017 di data realisasi, dan tidak ada rumus yang berlaku pada periode itu (rumus berlaku sejak 2022))
  realisasi ip_asn 2018: data realisasi, tidak ada baris = tidak tersedia (tidak ada realisasi ip_asn periode 2018 di data realisasi, dan tidak ada rumus yang berlaku pada periode itu (rumus berlaku sejak 2022))
  realisasi ip_asn 2019: data realisasi, tidak ada baris = tidak tersedia (tidak ada realisasi ip_asn periode 2019 di data realisasi, dan tidak ada rumus yang berlaku pada periode itu (rumus berlaku sejak 2022))

Asal laporan
Unsur         Berkas                                   Versi atau waktu                                    SHA-256
------------  ---------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                      0.1.0
waktu hitung                                           1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/berlaku/berlaku.ind                                                             32841966013bb768494b9b127ecbd69b51ded63f6368c8cff2d3e3c012dddeae
data          tests/golden/berlaku/data/realisasi.csv                                                      075d7a6c9ffd58e0cc3845a1ede1ef4594e5b6d24f59a485f8e9c0cdb1866fc6
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi kompetensi periode 2020 tidak tersedia: tidak ada realisasi kompetensi periode 2020 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi kualifikasi periode 2020 tidak tersedia: tidak ada realisasi kualifikasi periode 2020 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi pelayanan periode 2020 tidak tersedia: tidak ada realisasi pelayanan periode 2020 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi sarana periode 2020 tidak tersedia: tidak ada realisasi sarana periode 2020 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:8:1: warning[W-TIDAK-TERSEDIA]: target puas periode 2020 tidak tersedia: target puas periode 2020 tidak ditulis
 8 | indikator puas "Responden yang puas" {
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:12:1: warning[W-TIDAK-TERSEDIA]: target responden periode 2020 tidak tersedia: target responden periode 2020 tidak ditulis
 12 | indikator responden "Responden survei" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:16:1: warning[W-TIDAK-TERSEDIA]: target pelayanan periode 2020 tidak tersedia: target pelayanan periode 2020 tidak ditulis
 16 | indikator pelayanan "Nilai unsur pelayanan" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:20:1: warning[W-TIDAK-TERSEDIA]: target sarana periode 2020 tidak tersedia: target sarana periode 2020 tidak ditulis
 20 | indikator sarana "Nilai unsur sarana" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:35:1: warning[W-TIDAK-TERSEDIA]: target kualifikasi periode 2020 tidak tersedia: target kualifikasi periode 2020 tidak ditulis
 35 | indikator kualifikasi "Dimensi kualifikasi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:39:1: warning[W-TIDAK-TERSEDIA]: target kompetensi periode 2020 tidak tersedia: target kompetensi periode 2020 tidak ditulis
 39 | indikator kompetensi "Dimensi kompetensi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
