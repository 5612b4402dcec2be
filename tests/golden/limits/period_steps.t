$ ind eval tests/golden/limits/period_steps.ind --data tests/golden/errors/data/ok --period 2024
--- stdout
Uji batas langkah periode
Periode 2024

Nilai Komponen
Nilai        Uraian           Angka
-----------  ---------------  -----
di_batas     Tepat di batas       -
lewat_batas  Lewat batas          -
pecahan      Langkah pecahan      -
Tidak tersedia: di_batas (bukan angka: -97976); lewat_batas (langkah periode 100.001 terlalu jauh); pecahan (langkah periode harus bilangan bulat).

--- stderr

--- exit 0
