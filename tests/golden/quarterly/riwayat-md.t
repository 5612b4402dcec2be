$ ind eval tests/golden/quarterly/riwayat.ind --data tests/golden/quarterly/data/riwayat/2024-TW2 --period 2024-TW2 --format md
--- stdout
## Contoh Riwayat Triwulan — TW II 2024

### Capaian Kinerja TW II 2024

| No | Indikator | Tingkat | Satuan | Target | Target untuk | Realisasi | Capaian (%) | Predikat | Kategori |
| ---: | --- | --- | --- | ---: | --- | ---: | ---: | --- | --- |
|  | **Indikator Kinerja Sasaran** |  |  |  |  |  |  |  |  |
| 1 | Indeks kepuasan layanan kepegawaian | sasaran | indeks | 84 | 2024 | 80,5 | 95,83 | - | - |
| 2 | ASN yang mengikuti pelatihan dalam triwulan | sasaran | orang | 60 | TW II 2024 | 62 | 103,3 | - | - |

Tanpa target TW II 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan kepegawaian (target 2024).

### Perbandingan Realisasi dan Target Renstra

| Indikator | Realisasi TW II 2022 | Realisasi TW II 2023 | Realisasi TW II 2024 |
| --- | ---: | ---: | ---: |
| Indeks kepuasan layanan kepegawaian | 76,5 | 78 | 80,5 |
| ASN yang mengikuti pelatihan dalam triwulan | - | 50 | 62 |

### Target, Realisasi dan Capaian TW II 2022–TW II 2024

| Indikator | Periode | Target | Realisasi | Capaian (%) |
| --- | --- | ---: | ---: | ---: |
| Indeks kepuasan layanan kepegawaian | TW II 2022 | 78 | 76,5 | 98,08 |
|  | TW II 2023 | 80 | 78 | 97,50 |
|  | TW II 2024 | 84 | 80,5 | 95,83 |
| ASN yang mengikuti pelatihan dalam triwulan | TW II 2023 | - | 50 | - |
|  | TW II 2024 | 60 | 62 | 103,3 |

Capaian tiap periode dihitung dari target dan realisasi periode itu dengan rumus capaian indikatornya.

### Perbandingan Realisasi TW II 2024 dengan Provinsi dan Nasional

| Indikator | Realisasi TW II 2024 | Pembanding | Periode | Nilai Pembanding | Selisih | Keterangan |
| --- | ---: | --- | --- | ---: | ---: | --- |
| Indeks kepuasan layanan kepegawaian | 80,5 | Provinsi | TW I 2024 | 80,9 | -0,4 | di bawah 0,4 |
|  | 80,5 | Nasional | TW IV 2023 | 80 | 0,5 | di atas 0,5 |

Selisih = realisasi dikurangi nilai pembanding; nilai pembanding adalah angka terakhir yang diketahui sampai akhir periode laporan, dengan periodenya.

### Selisih Realisasi TW II 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra

| Indikator | Pembanding | Nilai Pembanding | Realisasi TW II 2024 | Selisih | Keterangan |
| --- | --- | ---: | ---: | ---: | --- |
| Indeks kepuasan layanan kepegawaian | Target 2024 | 84 | 80,5 | -3,5 | di bawah target |
|  | Realisasi TW II 2023 | 78 | 80,5 | 2,5 | naik |
|  | Realisasi TW II 2022 | 76,5 | 80,5 | 4,0 | naik |
| ASN yang mengikuti pelatihan dalam triwulan | Target TW II 2024 | 60 | 62 | 2 | di atas target |
|  | Realisasi TW II 2023 | 50 | 62 | 12 | naik |

Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; terhadap target Renstra = kekurangan yang masih perlu dicapai.

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | tests/golden/quarterly/riwayat.ind |  | c42ac864303fd39028d801a5665a2d6984985f3e449a67f3c575ad2d63cd1b62 |
| data | tests/golden/quarterly/data/riwayat/2024-TW2/realisasi.csv |  | 9c7d39bd34fedc7e60ed5351d11e03022f2c471ae63e18a94d95baab74d22a42 |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
