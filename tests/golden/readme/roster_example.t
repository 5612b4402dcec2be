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

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | tests/golden/readme/roster_example.ind |  | 2d57ab92aabf55f0430e879d69fd581d20eda640a146e44254256d564755de61 |
| modul | stdlib/ipasn.ind | pustaka standar versi 1 | b45ec641a27e917d95bc5c2c1249e7b8c3a404435d6c73192d2912d22c631fe8 |
| modul | stdlib/skp.ind | pustaka standar versi 1 | f90202e8ca8d971d76da6ab00b64c6f2c4ea843d886ae0670df909de92c49c9e |
| data | examples/bench/roster.csv |  | b16badd4d001339388fb7f0f19e52c9b575eadfa3b716c498c98dee65931e049 |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
