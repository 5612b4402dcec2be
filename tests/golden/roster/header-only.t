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

--- stderr

--- exit 0
