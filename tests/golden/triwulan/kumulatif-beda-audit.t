$ ind audit tests/golden/triwulan/kumulatif.ind --data tests/golden/triwulan/data/sendiri-dan-kumulatif --period 2024-TW3
--- stdout
Audit: Contoh Realisasi Kumulatif — TW III 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                     4
Cocok pada ketelitian cetaknya               4
Tidak cocok (temuan)                         0
Kesalahan asal laporan                       0
Akibat dari kesalahan lain                   0
Tempat angka yang tidak cocok tercetak       0

4 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                                          Versi atau waktu                                    SHA-256
------------  --------------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                             0.1.0
waktu hitung                                                                  1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/triwulan/kumulatif.ind                                                                                 ed229338522ab503a9c9a8e67e7af7a4eba18abc11ab00fa00b206104f965dca
data          tests/golden/triwulan/data/sendiri-dan-kumulatif/realisasi.csv                                                      c3b4f99aced4876184d6d8bacf9a7080508afdbef2d103440c778bdfa52560c9
tercetak      tests/golden/triwulan/data/sendiri-dan-kumulatif/tercetak.csv                                                       6abdbd1ed2f6137a5416b08f03ebee10588175d808c5ebf0af597414f153c100
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
