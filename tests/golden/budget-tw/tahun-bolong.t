$ ind eval tests/golden/budget-tw/tw.ind --period 2024 --data tests/golden/budget-tw/data/ok
--- stdout
Contoh
Periode 2024 (Renstra 2024-2024)

Capaian Kinerja 2024
No  Indikator        Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat  Kategori
--  ---------------  -------  ------  ------  ---------  -----------  --------  --------
 1  Layanan selesai  sasaran  persen     100         90         90,0  -         -

Perbandingan Realisasi dan Target Renstra
Indikator        Realisasi 2024
---------------  --------------
Layanan selesai              90

Realisasi Anggaran 2024
Kode   Uraian         Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Predikat
-----  -------------  ---------  --------------  -----------  --------
A      Program        1.000.000   tidak lengkap            -  -
A.1    Kegiatan satu    600.000   tidak lengkap            -  -
A.1.1  Sub satu         400.000               -            -  -
A.1.2  Sub dua          200.000               -            -  -
A.2    Kegiatan dua     400.000               -            -  -
       Jumlah         1.000.000   tidak lengkap            -  -
Tidak tersedia: realisasi A.1.1 (tests/golden/budget-tw/data/ok/anggaran.csv:4); realisasi A.1.2 (tests/golden/budget-tw/data/ok/anggaran.csv:5); realisasi A.2 (tests/golden/budget-tw/data/ok/anggaran.csv:6). Jumlah di atasnya ditulis tidak lengkap, tidak dijumlahkan sebagian.

Efisiensi Penggunaan Sumber Daya
Indikator        Capaian Kinerja (%)  Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Efisiensi (%)  Tingkat Efisiensi
---------------  -------------------  ---------  --------------  -----------  -------------  -----------------
Layanan selesai                 90,0  1.000.000   tidak lengkap            -              -  -

Asal laporan
Unsur         Berkas                                        Versi atau waktu                                    SHA-256
------------  --------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                           0.1.0
waktu hitung                                                1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/budget-tw/tw.ind                                                                     d0ed492ba4995fde2610e7ead4991608c5017a1166d474070cb901d3501a92b4
data          tests/golden/budget-tw/data/ok/realisasi.csv                                                      e7efdefa780b4fa2a048ce066d132339d36b1ccd9986a136f542ac3ba1aecf74
data          tests/golden/budget-tw/data/ok/anggaran.csv                                                       02e21977fd6f4be207ffdd8e2512b98bddfef1c4842daf8265415aeb1caa423e
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/budget-tw/data/ok/anggaran.csv:4:24: warning[W-TIDAK-TERSEDIA]: efisiensi layanan periode 2024 tidak tersedia: tidak lengkap: realisasi 3 baris tidak tersedia, yang pertama A.1.1 (realisasi anggaran A.1.1 s.d. TW IV tidak dapat dihitung: realisasi_tw3 kosong)
 4 | A.1.1;Sub satu;400.000;;100.000;100.000;100.000;100.000;90.000;95.000;;
   |                        ^
tests/golden/budget-tw/data/ok/anggaran.csv:4:24: warning[W-TIDAK-TERSEDIA]: realisasi anggaran A.1.1 tidak tersedia: realisasi anggaran A.1.1 s.d. TW IV tidak dapat dihitung: realisasi_tw3 kosong
 4 | A.1.1;Sub satu;400.000;;100.000;100.000;100.000;100.000;90.000;95.000;;
   |                        ^
   = saran: realisasi A dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada realisasi
tests/golden/budget-tw/data/ok/anggaran.csv:4:71: warning[W-ANGGARAN-TW-KOSONG]: realisasi anggaran A.1.1 s.d. TW IV tidak dapat dihitung: realisasi_tw3 kosong
 4 | A.1.1;Sub satu;400.000;;100.000;100.000;100.000;100.000;90.000;95.000;;
   |                                                                       ^
   = saran: isi realisasi_tw3 (0 bila memang tidak ada belanja); triwulan yang kosong tidak dibaca sebagai 0, dan jumlah triwulan yang lain tidak dipakai
tests/golden/budget-tw/data/ok/anggaran.csv:5:23: warning[W-TIDAK-TERSEDIA]: realisasi anggaran A.1.2 tidak tersedia: realisasi anggaran A.1.2 s.d. TW IV tidak dapat dihitung: realisasi_tw3 kosong
 5 | A.1.2;Sub dua;200.000;;0;100.000;50.000;50.000;0;80.000;;
   |                       ^
   = saran: realisasi A dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada realisasi
tests/golden/budget-tw/data/ok/anggaran.csv:5:57: warning[W-ANGGARAN-TW-KOSONG]: realisasi anggaran A.1.2 s.d. TW IV tidak dapat dihitung: realisasi_tw3 kosong
 5 | A.1.2;Sub dua;200.000;;0;100.000;50.000;50.000;0;80.000;;
   |                                                         ^
   = saran: isi realisasi_tw3 (0 bila memang tidak ada belanja); triwulan yang kosong tidak dibaca sebagai 0, dan jumlah triwulan yang lain tidak dipakai
tests/golden/budget-tw/data/ok/anggaran.csv:6:26: warning[W-TIDAK-TERSEDIA]: realisasi anggaran A.2 tidak tersedia: realisasi anggaran A.2 s.d. TW IV tidak dapat dihitung: realisasi_tw3 kosong
 6 | A.2;Kegiatan dua;400.000;185.000;50.000;150.000;100.000;100.000;40.000;145.000;;
   |                          ^~~~~~~
   = saran: realisasi A dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada realisasi
tests/golden/budget-tw/data/ok/anggaran.csv:6:80: warning[W-ANGGARAN-TW-KOSONG]: realisasi anggaran A.2 s.d. TW IV tidak dapat dihitung: realisasi_tw3 kosong
 6 | A.2;Kegiatan dua;400.000;185.000;50.000;150.000;100.000;100.000;40.000;145.000;;
   |                                                                                ^
   = saran: isi realisasi_tw3 (0 bila memang tidak ada belanja); triwulan yang kosong tidak dibaca sebagai 0, dan jumlah triwulan yang lain tidak dipakai

--- exit 0
