$ ind --diagnostics short check tests/golden/errors/unknown_name.ind tests/golden/errors/scale_findings.ind
--- stdout
tests/golden/errors/unknown_name.ind: 1 galat, 0 peringatan
tests/golden/errors/scale_findings.ind: 2 galat, 6 peringatan

--- stderr
tests/golden/errors/unknown_name.ind:18:21: error[E-NAMA]: tabel 'skor' tidak punya kolom 'nilia'
tests/golden/errors/scale_findings.ind:5:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Tinggi"
tests/golden/errors/scale_findings.ind:6:3: warning[W-SKALA-CELAH]: ada celah (75..76) antara kelas "Rendah" dan "Tinggi"
tests/golden/errors/scale_findings.ind:11:1: warning[W-TAK-DIPAKAI]: skala 'efisiensi' tidak dipakai di mana pun
tests/golden/errors/scale_findings.ind:14:3: warning[W-SKALA-TUMPANG]: kelas "Efisien" [100..110] bertumpang tindih dengan "Cukup efisien" [90..100]
tests/golden/errors/scale_findings.ind:20:3: warning[W-SKALA-CELAH]: capaian di atas 100 tidak masuk kelas mana pun
tests/golden/errors/scale_findings.ind:24:27: error[E-BOBOT]: total bobot 95, harus 100
tests/golden/errors/scale_findings.ind:31:1: warning[W-TARGET]: indikator x tidak punya target tahun 2025
tests/golden/errors/scale_findings.ind:39:1: error[E-CAPAIAN-ARAH]: indikator y berarah turun tetapi rumus capaiannya tidak ditulis

--- exit 2
