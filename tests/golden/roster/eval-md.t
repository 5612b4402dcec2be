$ ind eval examples/bench/ipasn-roster.ind --data examples/bench/roster.csv --format md
--- stdout
## Tolok ukur roster IP ASN (data sintetis) — tanpa periode

### Nilai Komponen

| Nilai | Uraian | Angka |
| --- | --- | ---: |
| ip_asn | IP ASN seluruh ASN | 62,76 |
| jumlah_asn | Jumlah ASN | 200 |
| jumlah_unit_kerja | Jumlah unit kerja | 59 |
| jumlah_sangat_tinggi | ASN dengan IP ASN di atas 90 | 2 |
| jumlah_tinggi | ASN dengan IP ASN di atas 80 sampai 90 | 13 |
| jumlah_sangat_rendah | ASN dengan IP ASN 60 ke bawah | 79 |

### IP ASN per jenis ASN

| jenis | Angka | Jumlah Baris |
| --- | ---: | ---: |
| PNS | 62,80 | 116 |
| PPPK | 62,70 | 84 |

Satu angka per jenis; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

### Jumlah ASN per jenis

| jenis | Angka | Jumlah Baris |
| --- | ---: | ---: |
| PNS | 116 | 116 |
| PPPK | 84 | 84 |

Satu angka per jenis; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

### Rincian Roster ASN sintetis

| nip | jenis | jabatan | pendidikan | diklat_pim | diklat_fungsional | jp_teknis | seminar | predikat_skp | hukdis | unit_kerja | skor |
| --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- | --- | ---: |
| Rata-rata |  |  |  |  |  |  |  |  |  |  | 62,755 |

Sumber: roster.csv; dipakai oleh: IP ASN seluruh ASN; IP ASN per jenis ASN; Jumlah ASN; Jumlah ASN per jenis; Jumlah unit kerja; ASN dengan IP ASN di atas 90; ASN dengan IP ASN di atas 80 sampai 90; ASN dengan IP ASN 60 ke bawah. Tabel ini memuat 200 baris untuk periode ini; hanya hasil agregasinya yang ditampilkan.

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | examples/bench/ipasn-roster.ind |  | 21f1d8e7653e613a697f801e06327174bd93f0fffdd78f063e0276c140af60f1 |
| data | examples/bench/roster.csv |  | b16badd4d001339388fb7f0f19e52c9b575eadfa3b716c498c98dee65931e049 |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
