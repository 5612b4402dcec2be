$ ind audit tests/golden/provenance/stempel.ind --data tests/golden/provenance/data/2024
--- stdout
Audit: Contoh Asal Laporan — 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                     2
Cocok pada ketelitian cetaknya               1
Tidak cocok (temuan)                         1
Kesalahan asal laporan                       1
Akibat dari kesalahan lain                   0
Tempat angka yang tidak cocok tercetak       1

1. TIDAK COCOK, kesalahan asal - Tabel 3.1: capaian indeks
   tercetak 106,0%, dihitung 105,9   (tests/golden/provenance/data/2024/tercetak.csv:3:1)
   aturan: capaian.naik(realisasi; target) (tests/golden/provenance/stempel.ind:16:13)
   petunjuk: angka tercetak lebih besar 0,1

1 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                          Versi atau waktu                                    SHA-256
------------  ----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                             0.1.0
waktu hitung                                                  1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/provenance/stempel.ind                                                                 6fa9cc72966bf4b78b42237af3cc4a37218da9b23675f3168374ac569e854220
modul         stdlib/capaian.ind                              pustaka standar versi 1                             0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12
data          tests/golden/provenance/data/2024/skor.csv                                                          823ae4a2d7f8ae763d8bffd774d5dcf3e2ba8c251798ad80e85ed612a469ed57
tercetak      tests/golden/provenance/data/2024/tercetak.csv                                                      e2d68c62f33412e8c260862a8e0f5abda25f69b222b8e6d32253c8e0b0359c56
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
