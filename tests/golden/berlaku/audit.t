$ ind audit tests/golden/berlaku/berlaku.ind --data tests/golden/berlaku/data --period 2024
--- stdout
Audit: Contoh Rumus Berganti — 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                     6
Cocok pada ketelitian cetaknya               4
Tidak cocok (temuan)                         2
Kesalahan asal laporan                       1
Akibat dari kesalahan lain                   1
Tempat angka yang tidak cocok tercetak       2

1. TIDAK COCOK, kesalahan asal - Tabel 3.2: realisasi ip_asn 2020
   tercetak 55,80, dihitung 58,50   (tests/golden/berlaku/data/tercetak.csv:6:1)
   aturan: data realisasi (di luar masa berlaku rumus berlaku sejak 2022)
   petunjuk: angka tercetak lebih kecil 2,70

2. TIDAK COCOK, akibat temuan 1 - Tabel 3.2: capaian ip_asn 2020
   tercetak 96,21, dihitung 100,86   (tests/golden/berlaku/data/tercetak.csv:7:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 55,80 (temuan 1)

4 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                   Versi atau waktu                                    SHA-256
------------  ---------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                      0.1.0
waktu hitung                                           1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/berlaku/berlaku.ind                                                             32841966013bb768494b9b127ecbd69b51ded63f6368c8cff2d3e3c012dddeae
data          tests/golden/berlaku/data/realisasi.csv                                                      075d7a6c9ffd58e0cc3845a1ede1ef4594e5b6d24f59a485f8e9c0cdb1866fc6
tercetak      tests/golden/berlaku/data/tercetak.csv                                                       268a3c7c247d94e9398d190e3a1ce3b42c16045c0f464a7fed15379a57b1e198
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi puas periode 2024 tidak tersedia: tidak ada realisasi puas periode 2024 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi responden periode 2024 tidak tersedia: tidak ada realisasi responden periode 2024 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:8:1: warning[W-TIDAK-TERSEDIA]: target puas periode 2024 tidak tersedia: target puas periode 2024 tidak ditulis
 8 | indikator puas "Responden yang puas" {
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:12:1: warning[W-TIDAK-TERSEDIA]: target responden periode 2024 tidak tersedia: target responden periode 2024 tidak ditulis
 12 | indikator responden "Responden survei" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:16:1: warning[W-TIDAK-TERSEDIA]: target pelayanan periode 2024 tidak tersedia: target pelayanan periode 2024 tidak ditulis
 16 | indikator pelayanan "Nilai unsur pelayanan" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:20:1: warning[W-TIDAK-TERSEDIA]: target sarana periode 2024 tidak tersedia: target sarana periode 2024 tidak ditulis
 20 | indikator sarana "Nilai unsur sarana" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:35:1: warning[W-TIDAK-TERSEDIA]: target kualifikasi periode 2024 tidak tersedia: target kualifikasi periode 2024 tidak ditulis
 35 | indikator kualifikasi "Dimensi kualifikasi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:39:1: warning[W-TIDAK-TERSEDIA]: target kompetensi periode 2024 tidak tersedia: target kompetensi periode 2024 tidak ditulis
 39 | indikator kompetensi "Dimensi kompetensi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 1
