$ ind eval examples/bench/ipasn-roster.ind --data tests/golden/roster/data/empty-cell.csv
--- stdout
Tolok ukur roster IP ASN (data sintetis)
Tanpa periode

Nilai Komponen
Nilai                 Uraian                                  Angka
--------------------  --------------------------------------  -----
ip_asn                IP ASN seluruh ASN                          -
jumlah_asn            Jumlah ASN                                  7
jumlah_unit_kerja     Jumlah unit kerja                           7
jumlah_sangat_tinggi  ASN dengan IP ASN di atas 90                -
jumlah_tinggi         ASN dengan IP ASN di atas 80 sampai 90      -
jumlah_sangat_rendah  ASN dengan IP ASN 60 ke bawah               -
Tidak tersedia: ip_asn (sel kolom jp_teknis kosong ("-")); jumlah_sangat_tinggi (sel kolom jp_teknis kosong ("-")); jumlah_tinggi (sel kolom jp_teknis kosong ("-")); jumlah_sangat_rendah (sel kolom jp_teknis kosong ("-")).

IP ASN per jenis ASN
jenis  Angka  Jumlah Baris
-----  -----  ------------
Satu angka per jenis; Jumlah Baris: baris kelompok itu yang masuk perhitungan. Tidak tersedia: sel kolom jp_teknis kosong ("-").

Jumlah ASN per jenis
jenis  Angka  Jumlah Baris
-----  -----  ------------
PNS        5             5
PPPK       2             2
Satu angka per jenis; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

Asal laporan
Unsur         Berkas                                   Versi atau waktu                                    SHA-256
------------  ---------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                      0.1.0
waktu hitung                                           1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        examples/bench/ipasn-roster.ind                                                              21f1d8e7653e613a697f801e06327174bd93f0fffdd78f063e0276c140af60f1
data          tests/golden/roster/data/empty-cell.csv                                                      394b4e8660a8994ef8ba7bc1b76e6287fc2efde60bd09c9c78b49edd9e713543
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
