$ ind eval tests/golden/batch/rules --data tests/golden/batch/data --period 2024
--- stdout
Capaian kinerja semua instansi
Aturan  Instansi           Periode  Indikator  Nama           Besaran       Nilai
------  -----------------  -------  ---------  -------------  ---------  --------
baik    Dinas Contoh Baik  2024     indeks     Indeks contoh  target        80,00
baik    Dinas Contoh Baik  2024     indeks     Indeks contoh  realisasi     81,75
baik    Dinas Contoh Baik  2024     indeks     Indeks contoh  capaian    102,1875

Pasangan aturan dan data yang gagal
Aturan  Periode  Galat
------  -------  ---------------------------------------------------------
rusak   2024     tests/golden/batch/data/rusak/2024/skor.csv:3:5:
                 error[E-DATA-NILAI]: 'empat puluh' pada kolom nilai bukan
                 angka desimal

--- stderr
tests/golden/batch/data/rusak/2024/skor.csv:3:5: error[E-DATA-NILAI]: 'empat puluh' pada kolom nilai bukan angka desimal
 3 | Dua;empat puluh
   |     ^~~~~~~~~~~
   = saran: karakter "e" tidak boleh ada dalam angka
tests/golden/batch/rules/rusak.ind 2024: gagal, dilewati
1 dari 2 evaluasi gagal

--- exit 2
