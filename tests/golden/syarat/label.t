$ ind eval tests/golden/syarat/label.ind --data tests/golden/syarat/data/lulus/2024
--- stdout
Contoh Nilai Label
Periode 2024 (Renstra 2024-2024)

Nilai Komponen
Nilai         Uraian                    Angka
------------  -----------------------  ------
jumlah_nilai  Jumlah nilai aspek           87
kategori      Sebutan profesionalitas  Tinggi
tingkat       Tingkat                       B

Pemeriksaan data
No  Syarat                       Hasil      Sisi kiri  Sisi kanan       Keterangan  Dasar
--  ---------------------------  ---------  ---------  ---------------  ----------  -----
 1  Sebutan bukan Sangat Rendah  terpenuhi  "Tinggi"   "Sangat Rendah"
Setiap syarat yang berlaku dipenuhi data periode ini.

Asal laporan
Unsur         Berkas                                         Versi atau waktu                                    SHA-256
------------  ---------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                            0.1.0
waktu hitung                                                 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/syarat/label.ind                                                                      8cdcaa735ce6b6847d283f82680e6951c02bec7fac94c92e8bcc9fea10305672
modul         stdlib/ipasn.ind                               pustaka standar versi 1                             b45ec641a27e917d95bc5c2c1249e7b8c3a404435d6c73192d2912d22c631fe8
modul         stdlib/skp.ind                                 pustaka standar versi 1                             f90202e8ca8d971d76da6ab00b64c6f2c4ea843d886ae0670df909de92c49c9e
data          tests/golden/syarat/data/lulus/2024/aspek.csv                                                      377005546a86722c15753383aff11604f6ec87ba7c9bbd366a0884a6f88282f6
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
