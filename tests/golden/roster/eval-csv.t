$ ind eval examples/bench/ipasn-roster.ind --data examples/bench/roster.csv --format csv
--- stdout
# Nilai Komponen
Nilai;Uraian;Angka
ip_asn;IP ASN seluruh ASN;62,76
jumlah_asn;Jumlah ASN;200
jumlah_unit_kerja;Jumlah unit kerja;59
jumlah_sangat_tinggi;ASN dengan IP ASN di atas 90;2
jumlah_tinggi;ASN dengan IP ASN di atas 80 sampai 90;13
jumlah_sangat_rendah;ASN dengan IP ASN 60 ke bawah;79

# IP ASN per jenis ASN
jenis;Angka;Jumlah Baris
PNS;62,80;116
PPPK;62,70;84

# Jumlah ASN per jenis
jenis;Angka;Jumlah Baris
PNS;116;116
PPPK;84;84

# Rincian Roster ASN sintetis
nip;jenis;jabatan;pendidikan;diklat_pim;diklat_fungsional;jp_teknis;seminar;predikat_skp;hukdis;unit_kerja;skor
Rata-rata;;;;;;;;;;;62,755

# Asal laporan
Unsur;Berkas;Versi atau waktu;SHA-256
program;ind;0.1.0;
waktu hitung;;1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH);
aturan;examples/bench/ipasn-roster.ind;;21f1d8e7653e613a697f801e06327174bd93f0fffdd78f063e0276c140af60f1
data;examples/bench/roster.csv;;b16badd4d001339388fb7f0f19e52c9b575eadfa3b716c498c98dee65931e049

--- stderr

--- exit 0
