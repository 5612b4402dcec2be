$ ind eval tests/golden/readme/roster_example.ind --data examples/bench/roster.csv --format md
--- stdout
## Contoh README: roster — tanpa periode

### IP ASN per jenis ASN

| jenis | Angka | Jumlah Baris |
| --- | ---: | ---: |
| PNS | 62,80 | 116 |
| PPPK | 62,70 | 84 |

Satu angka per jenis; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

### ASN per kategori

| ipasn.kategori | Angka | Jumlah Baris |
| --- | ---: | ---: |
| Sangat Tinggi | 2 | 2 |
| Tinggi | 13 | 13 |
| Sedang | 46 | 46 |
| Rendah | 60 | 60 |
| Sangat Rendah | 79 | 79 |

Satu angka per ipasn.kategori; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

### Rincian Roster ASN sintetis

| nip | jenis | jabatan | pendidikan | diklat_pim | diklat_fungsional | jp_teknis | seminar | predikat_skp | hukdis | unit_kerja | skor |
| --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- | --- | ---: |

Sumber: roster.csv; dipakai oleh: IP ASN per jenis ASN; ASN per kategori. Tabel ini memuat 200 baris untuk periode ini; hanya hasil agregasinya yang ditampilkan.

--- stderr

--- exit 0
