$ ind eval tests/golden/triwulan/kumulatif.ind --data tests/golden/triwulan/data/sendiri-dan-kumulatif --period 2024-TW3
--- stdout
Contoh Realisasi Kumulatif
Periode TW III 2024 (Renstra 2024-2024)

Capaian Kinerja TW III 2024
No  Indikator                         Tingkat  Satuan   Target  Target untuk           Realisasi  Capaian (%)  Predikat  Kategori
--  --------------------------------  -------  -------  ------  ---------------------  ---------  -----------  --------  --------
 1  Dokumen formasi ASN yang selesai  sasaran  dokumen       9  TW I s.d. TW III 2024          9        100,0  -         -
 2  Indeks kepuasan layanan           sasaran  indeks       82  2024                        81,9        99,88  -         -
 3  Layanan selesai tepat waktu       sasaran  persen    95,00  2024                       93,58         98,5  -         -
 4  ASN yang mengikuti pelatihan      sasaran  orang       200  2024                         150           75  -         -
Tanpa target TW III 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan (target 2024); Layanan selesai tepat waktu (target 2024); ASN yang mengikuti pelatihan (target 2024). Target s.d. TW III 2024 (jumlah target TW I s.d. TW III 2024, kumulatif jumlah): Dokumen formasi ASN yang selesai.

Realisasi TW III 2024 dan Kumulatif
No  Indikator                         Satuan   Kumulatif  Target TW III 2024  Realisasi TW III 2024  Capaian TW III 2024 (%)  Target s.d. TW III 2024  Realisasi s.d. TW III 2024  Capaian s.d. TW III 2024 (%)
--  --------------------------------  -------  ---------  ------------------  ---------------------  -----------------------  -----------------------  --------------------------  ----------------------------
 1  Dokumen formasi ASN yang selesai  dokumen  jumlah                      3                      3                    100,0                        9                           9                         100,0
 2  Indeks kepuasan layanan           indeks   akhir                       -                   81,9                        -                       82                        81,9                         99,88
 3  Layanan selesai tepat waktu       persen   rata                        -                  95,00                        -                    95,00                       93,58                          98,5
Realisasi s.d. TW III 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian TW III 2024 hanya bila target TW III 2024 sendiri ditulis.

Perbandingan Realisasi dan Target Renstra
Indikator                         Realisasi TW III 2024  Target TW IV 2024
--------------------------------  ---------------------  -----------------
Dokumen formasi ASN yang selesai                      9                  3
Indeks kepuasan layanan                            81,9                  -
Layanan selesai tepat waktu                       93,58                  -
ASN yang mengikuti pelatihan                        150                  -

Asal laporan
Unsur         Berkas                                                          Versi atau waktu                                    SHA-256
------------  --------------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                             0.1.0
waktu hitung                                                                  1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/triwulan/kumulatif.ind                                                                                 ed229338522ab503a9c9a8e67e7af7a4eba18abc11ab00fa00b206104f965dca
data          tests/golden/triwulan/data/sendiri-dan-kumulatif/realisasi.csv                                                      c3b4f99aced4876184d6d8bacf9a7080508afdbef2d103440c778bdfa52560c9
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/triwulan/data/sendiri-dan-kumulatif/realisasi.csv:3:20: warning[W-KUMULATIF-BEDA]: realisasi kumulatif dokumen s.d. TW II 2024 tertulis 7 tetapi realisasi tiap triwulan (kumulatif jumlah) menghasilkan 6; nilai TW II 2024 sendiri 4
 3 | dokumen;2024-TW2;4;7
   |                    ^
tests/golden/triwulan/kumulatif.ind:9:3: catatan: cara kumulatif
 9 |   kumulatif jumlah
   |   ^~~~~~~~~~~~~~~~
tests/golden/triwulan/data/sendiri-dan-kumulatif/realisasi.csv:3:18: catatan: nilai TW II 2024 sendiri
 3 | dokumen;2024-TW2;4;7
   |                  ^
   = saran: nilai_kumulatif memuat realisasi TW I s.d. TW II 2024, kolom nilai realisasi triwulan itu saja; perbaiki salah satunya (dipakai 6, dari kolom nilai)
tests/golden/triwulan/data/sendiri-dan-kumulatif/realisasi.csv:7:23: warning[W-KUMULATIF-BEDA]: realisasi kumulatif indeks s.d. TW III 2024 tertulis 81,35 tetapi realisasi tiap triwulan (kumulatif akhir) menghasilkan 81,9; nilai TW III 2024 sendiri 81,9
 7 | indeks;2024-TW3;81,90;81,35
   |                       ^~~~~
tests/golden/triwulan/kumulatif.ind:17:3: catatan: cara kumulatif
 17 |   kumulatif akhir
    |   ^~~~~~~~~~~~~~~
tests/golden/triwulan/data/sendiri-dan-kumulatif/realisasi.csv:7:17: catatan: nilai TW III 2024 sendiri
 7 | indeks;2024-TW3;81,90;81,35
   |                 ^~~~~
   = saran: nilai_kumulatif memuat realisasi TW I s.d. TW III 2024, kolom nilai realisasi triwulan itu saja; perbaiki salah satunya (dipakai 81,9, dari kolom nilai)

--- exit 1
