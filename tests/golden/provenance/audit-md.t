$ ind audit tests/golden/provenance/stempel.ind --data tests/golden/provenance/data/2024 --format md
--- stdout
## Audit: Contoh Asal Laporan — 2024

### Putusan audit

| Putusan | Jumlah |
| --- | ---: |
| Angka tercetak diperiksa | 2 |
| Cocok pada ketelitian cetaknya | 1 |
| Tidak cocok (temuan) | 1 |
| Kesalahan asal laporan | 1 |
| Akibat dari kesalahan lain | 0 |
| Tempat angka yang tidak cocok tercetak | 1 |

Setiap temuan diuraikan di Catatan Temuan dan ditandai \[n] di tabel yang memuatnya.

### Capaian Kinerja 2024

| No | Indikator | Tingkat | Satuan | Target | Realisasi | Capaian (%) | Predikat | Kategori |
| ---: | --- | --- | --- | ---: | ---: | ---: | --- | --- |
|  | **Indikator Kinerja Tujuan** |  |  |  |  |  |  |  |
| 1 | Indeks contoh | tujuan | indeks | 80,00 | 84,75 | 105,9 [1] | - | - |

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

### Catatan Temuan

| No | Lokasi di Laporan | Angka | Tercetak | Dihitung | Petunjuk | Ditandai di |
| ---: | --- | --- | --- | --- | --- | --- |
| 1 | Tabel 3.1 | capaian Indeks contoh | 106,0% | 105,9 | angka tercetak lebih besar 0,1 | Capaian Kinerja 2024 |

Angka yang dicetak laporan berbeda dari hasil hitung ind, bernomor sama dengan daftar ind audit; \[n] menandainya di setiap tabel yang memuat angka itu.

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | tests/golden/provenance/stempel.ind |  | 6fa9cc72966bf4b78b42237af3cc4a37218da9b23675f3168374ac569e854220 |
| modul | stdlib/capaian.ind | pustaka standar versi 1 | 0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12 |
| data | tests/golden/provenance/data/2024/skor.csv |  | 823ae4a2d7f8ae763d8bffd774d5dcf3e2ba8c251798ad80e85ed612a469ed57 |
| tercetak | tests/golden/provenance/data/2024/tercetak.csv |  | e2d68c62f33412e8c260862a8e0f5abda25f69b222b8e6d32253c8e0b0359c56 |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
