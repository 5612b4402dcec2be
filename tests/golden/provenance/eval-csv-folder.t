$ ind eval tests/golden/provenance/stempel.ind --data tests/golden/provenance/data/2024 --format csv --locale en --out $OUT/tabel/
--- stdout

--- stderr

--- file tabel/05-asal-laporan.csv
Unsur,Berkas,Versi atau waktu,SHA-256
program,ind,0.1.0,
waktu hitung,,"1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)",
aturan,tests/golden/provenance/stempel.ind,,6fa9cc72966bf4b78b42237af3cc4a37218da9b23675f3168374ac569e854220
modul,stdlib/capaian.ind,pustaka standar versi 1,0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12
data,tests/golden/provenance/data/2024/skor.csv,,823ae4a2d7f8ae763d8bffd774d5dcf3e2ba8c251798ad80e85ed612a469ed57

--- exit 0
