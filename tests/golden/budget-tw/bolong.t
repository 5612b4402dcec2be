$ ind eval tests/golden/budget-tw/tw.ind --period 2024-TW2 --data tests/golden/budget-tw/data/bolong
--- stdout
Contoh
Periode TW II 2024 (Renstra 2024-2024)

Capaian Kinerja TW II 2024
No  Indikator        Tingkat  Satuan  Target  Target untuk  Realisasi  Capaian (%)  Predikat  Kategori
--  ---------------  -------  ------  ------  ------------  ---------  -----------  --------  --------
 1  Layanan selesai  sasaran  persen     100  2024                 90         90,0  -         -
Tanpa target TW II 2024, capaian diukur terhadap target periode yang memuatnya: Layanan selesai (target 2024).

Perbandingan Realisasi dan Target Renstra
Indikator        Realisasi TW II 2024
---------------  --------------------
Layanan selesai                    90

Realisasi Anggaran TW II 2024
Kode   Uraian         Pagu (Rp)  Rencana TW II (Rp)  Realisasi TW II (Rp)  Serapan TW II (%)  Rencana s.d. TW II (Rp)  Realisasi s.d. TW II (Rp)  Serapan thd Rencana (%)  Serapan thd Pagu (%)  Predikat
-----  -------------  ---------  ------------------  --------------------  -----------------  -----------------------  -------------------------  -----------------------  --------------------  --------
A      Program        1.000.000             350.000               320.000              91,43                  500.000              tidak lengkap                        -                     -  -
A.1    Kegiatan satu    600.000             200.000               175.000              87,50                  300.000              tidak lengkap                        -                     -  -
A.1.1  Sub satu         400.000             100.000                95.000              95,00                  200.000                          -                        -                     -  -
A.1.2  Sub dua          200.000             100.000                80.000              80,00                  100.000                     80.000                    80,00                 40,00  Cukup
A.2    Kegiatan dua     400.000             150.000               145.000              96,67                  200.000                    185.000                    92,50                 46,25  Cukup
       Jumlah         1.000.000             350.000               320.000              91,43                  500.000              tidak lengkap                        -                     -  -
Tidak tersedia: realisasi A.1.1 (tests/golden/budget-tw/data/bolong/anggaran.csv:4). Jumlah di atasnya ditulis tidak lengkap, tidak dijumlahkan sebagian.

Efisiensi Penggunaan Sumber Daya
Indikator        Capaian Kinerja (%)  Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Efisiensi (%)  Tingkat Efisiensi
---------------  -------------------  ---------  --------------  -----------  -------------  -----------------
Layanan selesai                 90,0  1.000.000   tidak lengkap            -              -  -

Asal laporan
Unsur         Berkas                                            Versi atau waktu                                    SHA-256
------------  ------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                               0.1.0
waktu hitung                                                    1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/budget-tw/tw.ind                                                                         d0ed492ba4995fde2610e7ead4991608c5017a1166d474070cb901d3501a92b4
data          tests/golden/budget-tw/data/bolong/realisasi.csv                                                      e7efdefa780b4fa2a048ce066d132339d36b1ccd9986a136f542ac3ba1aecf74
data          tests/golden/budget-tw/data/bolong/anggaran.csv                                                       3a588139b187e25d6f0b5602bf63d06eb71a3bc3ed5be1629704219e4f62383c
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/budget-tw/data/bolong/anggaran.csv:4:24: warning[W-TIDAK-TERSEDIA]: efisiensi layanan periode 2024-TW2 tidak tersedia: tidak lengkap: realisasi A.1.1 tidak tersedia (realisasi anggaran A.1.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong)
 4 | A.1.1;Sub satu;400.000;;100.000;100.000;100.000;100.000;;95.000;;
   |                        ^
tests/golden/budget-tw/data/bolong/anggaran.csv:4:24: warning[W-TIDAK-TERSEDIA]: realisasi anggaran A.1.1 tidak tersedia: realisasi anggaran A.1.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong
 4 | A.1.1;Sub satu;400.000;;100.000;100.000;100.000;100.000;;95.000;;
   |                        ^
   = saran: realisasi A dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada realisasi
tests/golden/budget-tw/data/bolong/anggaran.csv:4:57: warning[W-ANGGARAN-TW-KOSONG]: realisasi anggaran A.1.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong
 4 | A.1.1;Sub satu;400.000;;100.000;100.000;100.000;100.000;;95.000;;
   |                                                         ^
   = saran: isi realisasi_tw1 (0 bila memang tidak ada belanja); triwulan yang kosong tidak dibaca sebagai 0, dan jumlah triwulan yang lain tidak dipakai

--- exit 0
