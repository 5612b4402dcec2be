$ ind check tests/golden/errors/scale_findings.ind
--- stdout
tests/golden/errors/scale_findings.ind: 2 galat, 6 peringatan

--- stderr
tests/golden/errors/scale_findings.ind:5:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Tinggi"
 5 |   [91..~)  "Sangat Tinggi"
   |   ^~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/errors/scale_findings.ind:6:3: catatan: kelas "Tinggi"
 6 |   [76..90] "Tinggi"
   |   ^~~~~~~~~~~~~~~~~
   = saran: nilai seperti 90,5 tidak masuk kelas mana pun; tulis kelas "Sangat Tinggi" sebagai (90..~) agar bersambung dengan [76..90]
tests/golden/errors/scale_findings.ind:6:3: warning[W-SKALA-CELAH]: ada celah (75..76) antara kelas "Rendah" dan "Tinggi"
 6 |   [76..90] "Tinggi"
   |   ^~~~~~~~~~~~~~~~~
tests/golden/errors/scale_findings.ind:7:3: catatan: kelas "Rendah"
 7 |   [0..75]  "Rendah"
   |   ^~~~~~~~~~~~~~~~~
   = saran: nilai seperti 75,5 tidak masuk kelas mana pun; tulis kelas "Tinggi" sebagai (75..90] agar bersambung dengan [0..75]
tests/golden/errors/scale_findings.ind:11:1: warning[W-TAK-DIPAKAI]: skala 'efisiensi' tidak dipakai di mana pun
 11 | skala efisiensi "Tingkat efisiensi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: hapus, atau pakai dalam rumus atau laporan
tests/golden/errors/scale_findings.ind:14:3: warning[W-SKALA-TUMPANG]: kelas "Efisien" [100..110] bertumpang tindih dengan "Cukup efisien" [90..100]
 14 |   [100..110] "Efisien"
    |   ^~~~~~~~~~~~~~~~~~~~
tests/golden/errors/scale_findings.ind:13:3: catatan: kelas "Cukup efisien"
 13 |   [90..100]  "Cukup efisien"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di bagian yang sama masuk dua kelas; evaluasi akan menolak menggolongkannya. Tentukan kelas mana yang memuat batasnya dengan '[' atau '('
tests/golden/errors/scale_findings.ind:20:3: warning[W-SKALA-CELAH]: capaian di atas 100 tidak masuk kelas mana pun
 20 |   [85..100] "Sangat berhasil"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: capaian dapat melebihi 100%; tutup kelas teratas dengan '~', mis. [85..~)
tests/golden/errors/scale_findings.ind:24:27: error[E-BOBOT]: total bobot 95, harus 100
 24 | bobot komponen "Komponen" total 100 {
    |                           ^~~~~~~~~
tests/golden/errors/scale_findings.ind:25:3: catatan: bobot perencanaan 30
 25 |   perencanaan "Perencanaan" 30
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/errors/scale_findings.ind:26:3: catatan: bobot pengukuran 30
 26 |   pengukuran "Pengukuran" 30
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/errors/scale_findings.ind:27:3: catatan: bobot pelaporan 15
 27 |   pelaporan "Pelaporan" 15
    |   ^~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/errors/scale_findings.ind:28:3: catatan: bobot evaluasi 20
 28 |   evaluasi "Evaluasi" 20
    |   ^~~~~~~~~~~~~~~~~~~~~~
   = saran: periksa bobot setiap komponen
tests/golden/errors/scale_findings.ind:31:1: warning[W-TARGET]: indikator x tidak punya target tahun 2025
 31 | indikator x "X" {
    | ^~~~~~~~~~~~~~~~~
   = saran: renstra 2024-2025 menuntut target setiap tahun: target 2025: ...
tests/golden/errors/scale_findings.ind:39:1: error[E-CAPAIAN-ARAH]: indikator y berarah turun tetapi rumus capaiannya tidak ditulis
 39 | indikator y "Y" {
    | ^~~~~~~~~~~~~~~~~
   = saran: rumus untuk indikator turun berbeda-beda ((2 x target - realisasi) / target x 100 atau target / realisasi x 100); tulis salah satunya di 'capaian'

--- exit 2
