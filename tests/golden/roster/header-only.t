$ ind eval examples/bench/ipasn-roster.ind --data tests/golden/roster/data/header-only.csv --format table
--- stdout
Tolok ukur roster IP ASN (data sintetis)
Tanpa periode

Nilai Komponen
Nilai                 Uraian                                  Angka
--------------------  --------------------------------------  -----
ip_asn                IP ASN seluruh ASN                          -
jumlah_asn            Jumlah ASN                                  -
jumlah_unit_kerja     Jumlah unit kerja                           -
jumlah_sangat_tinggi  ASN dengan IP ASN di atas 90                -
jumlah_tinggi         ASN dengan IP ASN di atas 80 sampai 90      -
jumlah_sangat_rendah  ASN dengan IP ASN 60 ke bawah               -
Tidak tersedia: ip_asn (tabel roster tidak punya baris data); jumlah_asn (tabel roster tidak punya baris data); jumlah_unit_kerja (tabel roster tidak punya baris data); jumlah_sangat_tinggi (tabel roster tidak punya baris data); jumlah_tinggi (tabel roster tidak punya baris data); jumlah_sangat_rendah (tabel roster tidak punya baris data).

IP ASN per jenis ASN
jenis  Angka  Jumlah Baris
-----  -----  ------------
Satu angka per jenis; Jumlah Baris: baris kelompok itu yang masuk perhitungan. Tidak tersedia: tabel roster tidak punya baris data.

Jumlah ASN per jenis
jenis  Angka  Jumlah Baris
-----  -----  ------------
Satu angka per jenis; Jumlah Baris: baris kelompok itu yang masuk perhitungan. Tidak tersedia: tabel roster tidak punya baris data.

Asal laporan
Unsur         Berkas                                    Versi atau waktu                                    SHA-256
------------  ----------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                       0.1.0
waktu hitung                                            1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        examples/bench/ipasn-roster.ind                                                               21f1d8e7653e613a697f801e06327174bd93f0fffdd78f063e0276c140af60f1
data          tests/golden/roster/data/header-only.csv                                                      2d84d30598b4b5bf973314bd0820bb8ede30d0c65469d136946d821ac89b743d
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
