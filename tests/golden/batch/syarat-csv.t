$ ind eval tests/golden/batch/rules-syarat --data tests/golden/batch/data --format csv
--- stdout
Aturan;Instansi;Periode;Indikator;Nama;Besaran;Nilai
baik;Dinas Contoh Baik;2023;indeks;Indeks contoh;target;75,00
baik;Dinas Contoh Baik;2023;indeks;Indeks contoh;realisasi;77,13
baik;Dinas Contoh Baik;2023;indeks;Indeks contoh;capaian;102,84
baik;Dinas Contoh Baik;2024;indeks;Indeks contoh;target;80,00
baik;Dinas Contoh Baik;2024;indeks;Indeks contoh;realisasi;81,75
baik;Dinas Contoh Baik;2024;indeks;Indeks contoh;capaian;102,1875
baik;Dinas Contoh Baik;2024;;Nilai unsur paling tinggi 40;syarat;tidak terpenuhi

--- stderr
tests/golden/batch/rules-syarat/baik.ind:10:65: warning[W-SYARAT]: syarat "Nilai unsur paling tinggi 40" tidak terpenuhi pada 2 dari 2 baris tabel skor
 10 | syarat "Nilai unsur paling tinggi 40" untuk setiap baris skor { nilai <= 40 }
    |                                                                 ^~~~~~~~~~~
tests/golden/batch/data/baik/2024/skor.csv:2:1: catatan: sisi kiri 40,5, sisi kanan 40
 2 | Satu;40,5
   | ^~~~
tests/golden/batch/data/baik/2024/skor.csv:3:1: catatan: sisi kiri 41,25, sisi kanan 40
 3 | Dua;41,25
   | ^~~
   = saran: perbaiki baris yang disebut di catatan

--- exit 1
