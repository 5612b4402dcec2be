$ ind eval tests/golden/errors/base.ind --data tests/golden/budget/data/gap --period 2024 --format table
--- stdout
Contoh
Periode 2024 (Renstra 2024-2024)

Capaian Kinerja 2024
No  Indikator      Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat          Kategori
--  -------------  -------  ------  ------  ---------  -----------  ----------------  --------
 1  Indeks contoh  tujuan   indeks   80,00      81,75        102,2  Sangat memuaskan  -

Perbandingan Realisasi dan Target Renstra
Indikator      Realisasi 2024
-------------  --------------
Indeks contoh           81,75

Realisasi Anggaran 2024
Kode  Uraian          Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Predikat
----  ----------  -------------  --------------  -----------  --------
A     Program         3.000.000   tidak lengkap            -  -
A.1   Sub satu        1.729.500       1.500.000        86,73  -
A.2   Sub dua         1.270.500               -            -  -
B     Program B   tidak lengkap         400.000            -  -
B.1   Kegiatan B              -         400.000            -  -
      Jumlah      tidak lengkap   tidak lengkap            -  -
Tidak tersedia: realisasi A.2 (tests/golden/budget/data/gap/anggaran.csv:4); pagu B.1 (tests/golden/budget/data/gap/anggaran.csv:6). Jumlah di atasnya ditulis tidak lengkap, tidak dijumlahkan sebagian.

Efisiensi Penggunaan Sumber Daya
Indikator      Capaian Kinerja (%)      Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Efisiensi (%)  Tingkat Efisiensi
-------------  -------------------  -------------  --------------  -----------  -------------  -----------------
Indeks contoh                102,2  tidak lengkap   tidak lengkap            -              -  -

Asal laporan
Unsur         Berkas                                     Versi atau waktu                                    SHA-256
------------  -----------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                        0.1.0
waktu hitung                                             1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/errors/base.ind                                                                   9b991f50cc59a1665dc765d76834f14392688096857d5cd124099e977423a506
data          tests/golden/budget/data/gap/skor.csv                                                          3a9a1e3ca23d1acad37b35e38a28000fade66f01bab8469f0c0f8e134671efe0
data          tests/golden/budget/data/gap/anggaran.csv                                                      da0e9e4147592dead7507173509b0a6c3be3bff7fa8f74ecbde2633f11b1b5b3
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/budget/data/gap/anggaran.csv:4:23: warning[W-TIDAK-TERSEDIA]: efisiensi indeks periode 2024 tidak tersedia: tidak lengkap: realisasi A.2 tidak tersedia (sel kolom realisasi kosong (""))
 4 | A.2;Sub dua;1.270.500;
   |                       ^
tests/golden/budget/data/gap/anggaran.csv:4:23: warning[W-TIDAK-TERSEDIA]: realisasi anggaran A.2 tidak tersedia: sel kolom realisasi kosong ("")
 4 | A.2;Sub dua;1.270.500;
   |                       ^
   = saran: realisasi A dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada realisasi
tests/golden/budget/data/gap/anggaran.csv:6:16: warning[W-TIDAK-TERSEDIA]: pagu anggaran B.1 tidak tersedia: sel kolom pagu kosong ("-")
 6 | B.1;Kegiatan B;-;400.000
   |                ^
   = saran: pagu B dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada pagu

--- exit 0
