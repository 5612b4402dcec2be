$ ind audit tests/golden/batch/audit/rules --data tests/golden/batch/audit/data
--- stdout
Audit angka tercetak semua instansi
Aturan  Instansi            Periode  Lokasi     Objek   Besaran    Tercetak  Dihitung  Hasil
------  ------------------  -------  ---------  ------  ---------  --------  --------  ---------------
cocok   Dinas Contoh cocok  2024     Tabel 3.1  indeks  target           80        80  cocok
cocok   Dinas Contoh cocok  2024     Tabel 3.1  indeks  realisasi     79,50     79,50  cocok
cocok   Dinas Contoh cocok  2024     Tabel 3.1  indeks  capaian      99,38%     99,38  cocok
salah   Dinas Contoh salah  2024     Tabel 3.1  indeks  target           80        80  cocok
salah   Dinas Contoh salah  2024     Tabel 3.1  indeks  realisasi     79,05     79,50  temuan 1
salah   Dinas Contoh salah  2024     Tabel 3.1  indeks  capaian      98,81%     99,38  akibat temuan 1

Putusan audit setiap instansi dan periode
Aturan  Instansi            Periode  Diperiksa  Cocok  Tidak cocok  Kesalahan asal  Akibat  Tempat tidak cocok  Syarat tidak terpenuhi
------  ------------------  -------  ---------  -----  -----------  --------------  ------  ------------------  ----------------------
cocok   Dinas Contoh cocok  2024             3      3            0               0       0                   0                       0
salah   Dinas Contoh salah  2024             3      1            2               1       1                   2                       0

--- stderr

--- exit 1
