$ ind eval tests/golden/syarat/roster.ind --data tests/golden/syarat/data/roster/pegawai.csv
--- stdout
Contoh Syarat Roster
Tanpa periode

Nilai Komponen
Nilai      Uraian          Angka
---------  --------------  -----
rata_skor  Rata-rata skor  95,30

Pemeriksaan data
No  Syarat                        Hasil            Sisi kiri  Sisi kanan  Keterangan                                          Dasar
--  ----------------------------  ---------------  ---------  ----------  --------------------------------------------------  -----
 1  Skor tidak melebihi maksimum  tidak terpenuhi                         2 dari 5 baris tabel pegawai tidak memenuhi (tabel
                                                                          dialirkan: baris tidak didaftar)
1 syarat tidak terpenuhi atau tidak dapat dinilai; masing-masing diuraikan juga dalam pesan ind (W-SYARAT).

Asal laporan
Unsur         Berkas                                       Versi atau waktu                                    SHA-256
------------  -------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                          0.1.0
waktu hitung                                               1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/syarat/roster.ind                                                                   b1ddfdb1fcd6817b553793c9c08423415b4a1721e6f3c802d14fee8e48ee4855
data          tests/golden/syarat/data/roster/pegawai.csv                                                      c88f795ae82bb2ba08dc38268c43995d7159fd0ee185b7afb15dc04c85fd0ddd
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/syarat/roster.ind:12:68: warning[W-SYARAT]: syarat "Skor tidak melebihi maksimum" tidak terpenuhi pada 2 dari 5 baris tabel pegawai
 12 | syarat "Skor tidak melebihi maksimum" untuk setiap baris pegawai { skor <= maks }
    |                                                                    ^~~~~~~~~~~~
   = saran: tabel ini dialirkan (roster): barisnya dihitung, tidak didaftar; tambahkan kolom turunan dengan kondisi ini dan tulis barisnya dengan --rows untuk menemukannya

--- exit 1
