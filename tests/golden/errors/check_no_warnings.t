$ ind check --no-warnings tests/golden/errors/scale_findings.ind
--- stdout
tests/golden/errors/scale_findings.ind: 2 galat, 0 peringatan

--- stderr
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
tests/golden/errors/scale_findings.ind:39:1: error[E-CAPAIAN-ARAH]: indikator y berarah turun tetapi rumus capaiannya tidak ditulis
 39 | indikator y "Y" {
    | ^~~~~~~~~~~~~~~~~
   = saran: rumus untuk indikator turun berbeda-beda ((2 x target - realisasi) / target x 100 atau target / realisasi x 100); tulis salah satunya di 'capaian'

--- exit 2
