$ ind audit tests/golden/batch/audit/rules-syarat --data tests/golden/batch/audit/data
--- stdout
Audit angka tercetak semua instansi
Aturan  Instansi            Periode  Lokasi     Objek   Besaran    Tercetak  Dihitung  Hasil
------  ------------------  -------  ---------  ------  ---------  --------  --------  -----
cocok   Dinas Contoh cocok  2024     Tabel 3.1  indeks  target           80        80  cocok
cocok   Dinas Contoh cocok  2024     Tabel 3.1  indeks  realisasi     79,50     79,50  cocok
cocok   Dinas Contoh cocok  2024     Tabel 3.1  indeks  capaian      99,38%     99,38  cocok

Putusan audit setiap instansi dan periode
Aturan  Instansi            Periode  Diperiksa  Cocok  Tidak cocok  Kesalahan asal  Akibat  Tempat tidak cocok  Syarat tidak terpenuhi
------  ------------------  -------  ---------  -----  -----------  --------------  ------  ------------------  ----------------------
cocok   Dinas Contoh cocok  2024             3      3            0               0       0                   0                       1

--- stderr
tests/golden/batch/audit/rules-syarat/cocok.ind:10:65: warning[W-SYARAT]: syarat "Nilai unsur paling tinggi 40" tidak terpenuhi pada 1 dari 2 baris tabel skor
 10 | syarat "Nilai unsur paling tinggi 40" untuk setiap baris skor { nilai <= 40 }
    |                                                                 ^~~~~~~~~~~
tests/golden/batch/audit/data/cocok/2024/skor.csv:2:1: catatan: sisi kiri 40,5, sisi kanan 40
 2 | Satu;40,5
   | ^~~~
   = saran: perbaiki baris yang disebut di catatan

--- exit 1
