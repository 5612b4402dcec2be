$ ind explain tests/golden/berlaku/berlaku.ind kepuasan --data tests/golden/berlaku/data --period 2021
--- stdout
kepuasan - Indeks kepuasan layanan, periode 2021

realisasi kepuasan 2021 = 76,00
  rumus: realisasi(puas) / realisasi(responden) * 100   (tests/golden/berlaku/berlaku.ind:29:9)
  sumber realisasi: rumus (berlaku sampai 2021)   (tests/golden/berlaku/berlaku.ind:29:62)
  realisasi(puas) / realisasi(responden) * 100 = 76
    realisasi(puas) / realisasi(responden) = 0,76
      realisasi puas 2021 = 342
        (tests/golden/berlaku/berlaku.ind:8:1)
        realisasi tercatat di data = 342   (tests/golden/berlaku/data/realisasi.csv:4:11)
      realisasi responden 2021 = 450
        (tests/golden/berlaku/berlaku.ind:12:1)
        realisasi tercatat di data = 450   (tests/golden/berlaku/data/realisasi.csv:5:16)
  dibulatkan setengah ke atas, 2 desimal: 76,00 (dari 76)

target kepuasan 2021 = 75   (tests/golden/berlaku/berlaku.ind:28:20)
  dari berkas aturan

capaian kepuasan 2021 = 101,33
  rumus: capaian bulat 2   (tests/golden/berlaku/berlaku.ind:31:3)
  rumus bawaan: realisasi / target x 100
  realisasi kepuasan 2021 = 76,00 (lihat di atas)
  dibulatkan setengah ke atas, 2 desimal: 101,33 (dari 101,333333...)

sumber realisasi tahun-tahun sebelumnya yang dibandingkan laporan   (tests/golden/berlaku/berlaku.ind:26:1)
  realisasi kepuasan 2016: rumus (berlaku sampai 2021) = tidak tersedia (tidak ada realisasi puas periode 2016 di data realisasi)   (tests/golden/berlaku/berlaku.ind:29:62)
  realisasi kepuasan 2017: rumus (berlaku sampai 2021) = tidak tersedia (tidak ada realisasi puas periode 2017 di data realisasi)   (tests/golden/berlaku/berlaku.ind:29:62)
  realisasi kepuasan 2018: rumus (berlaku sampai 2021) = tidak tersedia (tidak ada realisasi puas periode 2018 di data realisasi)   (tests/golden/berlaku/berlaku.ind:29:62)
  realisasi kepuasan 2019: rumus (berlaku sampai 2021) = tidak tersedia (tidak ada realisasi puas periode 2019 di data realisasi)   (tests/golden/berlaku/berlaku.ind:29:62)
  realisasi kepuasan 2020: rumus (berlaku sampai 2021) = 75,00   (tests/golden/berlaku/berlaku.ind:29:62)

Asal laporan
Unsur         Berkas                                   Versi atau waktu                                    SHA-256
------------  ---------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                      0.1.0
waktu hitung                                           1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/berlaku/berlaku.ind                                                             32841966013bb768494b9b127ecbd69b51ded63f6368c8cff2d3e3c012dddeae
data          tests/golden/berlaku/data/realisasi.csv                                                      075d7a6c9ffd58e0cc3845a1ede1ef4594e5b6d24f59a485f8e9c0cdb1866fc6
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi ip_asn periode 2021 tidak tersedia: tidak ada realisasi ip_asn periode 2021 di data realisasi, dan tidak ada rumus yang berlaku pada periode itu (rumus berlaku sejak 2022)
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi kompetensi periode 2021 tidak tersedia: tidak ada realisasi kompetensi periode 2021 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi kualifikasi periode 2021 tidak tersedia: tidak ada realisasi kualifikasi periode 2021 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi pelayanan periode 2021 tidak tersedia: tidak ada realisasi pelayanan periode 2021 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi sarana periode 2021 tidak tersedia: tidak ada realisasi sarana periode 2021 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:8:1: warning[W-TIDAK-TERSEDIA]: target puas periode 2021 tidak tersedia: target puas periode 2021 tidak ditulis
 8 | indikator puas "Responden yang puas" {
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:12:1: warning[W-TIDAK-TERSEDIA]: target responden periode 2021 tidak tersedia: target responden periode 2021 tidak ditulis
 12 | indikator responden "Responden survei" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:16:1: warning[W-TIDAK-TERSEDIA]: target pelayanan periode 2021 tidak tersedia: target pelayanan periode 2021 tidak ditulis
 16 | indikator pelayanan "Nilai unsur pelayanan" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:20:1: warning[W-TIDAK-TERSEDIA]: target sarana periode 2021 tidak tersedia: target sarana periode 2021 tidak ditulis
 20 | indikator sarana "Nilai unsur sarana" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:35:1: warning[W-TIDAK-TERSEDIA]: target kualifikasi periode 2021 tidak tersedia: target kualifikasi periode 2021 tidak ditulis
 35 | indikator kualifikasi "Dimensi kualifikasi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:39:1: warning[W-TIDAK-TERSEDIA]: target kompetensi periode 2021 tidak tersedia: target kompetensi periode 2021 tidak ditulis
 39 | indikator kompetensi "Dimensi kompetensi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
