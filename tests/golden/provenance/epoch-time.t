$ env SOURCE_DATE_EPOCH=1735689599 ind eval tests/golden/provenance/stempel.ind --data tests/golden/provenance/data/2024 --format md
--- stdout
## Contoh Asal Laporan — 2024

### Capaian Kinerja 2024

| No | Indikator | Tingkat | Satuan | Target | Realisasi | Capaian (%) | Predikat | Kategori |
| ---: | --- | --- | --- | ---: | ---: | ---: | --- | --- |
|  | **Indikator Kinerja Tujuan** |  |  |  |  |  |  |  |
| 1 | Indeks contoh | tujuan | indeks | 80,00 | 84,75 | 105,9 | - | - |

### Perbandingan Realisasi dan Target Renstra

| Indikator | Realisasi 2024 |
| --- | ---: |
| Indeks contoh | 84,75 |

### Selisih Realisasi 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra

| Indikator | Pembanding | Nilai Pembanding | Realisasi 2024 | Selisih | Keterangan |
| --- | --- | ---: | ---: | ---: | --- |
| Indeks contoh | Target 2024 | 80,00 | 84,75 | 4,75 | di atas target |

Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; terhadap target Renstra = kekurangan yang masih perlu dicapai.

### Rincian skor

| unsur | nilai |
| --- | ---: |
| A | 40,50 |
| B | 44,25 |
| Jumlah | 84,75 |

Sumber: skor.csv; dipakai oleh: Indeks contoh.

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 2024-12-31T23:59:59Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | tests/golden/provenance/stempel.ind |  | 6fa9cc72966bf4b78b42237af3cc4a37218da9b23675f3168374ac569e854220 |
| modul | stdlib/capaian.ind | pustaka standar versi 1 | 0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12 |
| data | tests/golden/provenance/data/2024/skor.csv |  | 823ae4a2d7f8ae763d8bffd774d5dcf3e2ba8c251798ad80e85ed612a469ed57 |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
