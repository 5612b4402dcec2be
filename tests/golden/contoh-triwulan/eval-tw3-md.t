$ ind eval rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW3 --format md
--- stdout
## BKPSDM Kabupaten Contoh (sampel) — TW III 2024

### Rekapitulasi Capaian Indikator Kinerja Utama — Rentang capaian kinerja

| No | Rentang | Predikat | Jumlah IKU | Persentase (%) |
| ---: | --- | --- | ---: | ---: |
| 1 | x ≥ 100 | Sangat memuaskan | 1 | 33,3 |
| 2 | 85 ≤ x \< 100 | Sangat Baik | 2 | 66,7 |
| 3 | 70 ≤ x \< 85 | Baik | 0 | 0,0 |
| 4 | 55 ≤ x \< 70 | Cukup | 0 | 0,0 |
| 5 | x \< 55 | Kurang | 0 | 0,0 |
|  |  | Jumlah | 3 | 100,0 |

### Capaian Kinerja TW III 2024

| No | Indikator | Tingkat | Satuan | Target | Target untuk | Realisasi | Capaian (%) | Predikat | Kategori |
| ---: | --- | --- | --- | ---: | --- | ---: | ---: | --- | --- |
|  | **Indikator Kinerja Sasaran** |  |  |  |  |  |  |  |  |
| 1 | Dokumen analisis kebutuhan formasi ASN yang diselesaikan | sasaran | dokumen | 9 | TW I s.d. TW III 2024 | 9 | 100,0 | Sangat memuaskan | - |
| 2 | Indeks kepuasan layanan kepegawaian | sasaran | indeks | 82 | 2024 | 81,9 | 99,88 | Sangat Baik | - |
| 3 | Layanan kepegawaian yang selesai tepat waktu | sasaran | persen | 95,00 | 2024 | 93,58 | 98,5 | Sangat Baik | - |

Tanpa target TW III 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan kepegawaian (target 2024); Layanan kepegawaian yang selesai tepat waktu (target 2024). Target s.d. TW III 2024 (jumlah target TW I s.d. TW III 2024, kumulatif jumlah): Dokumen analisis kebutuhan formasi ASN yang diselesaikan.

### Realisasi TW III 2024 dan Kumulatif

| No | Indikator | Satuan | Kumulatif | Target TW III 2024 | Realisasi TW III 2024 | Capaian TW III 2024 (%) | Target s.d. TW III 2024 | Realisasi s.d. TW III 2024 | Capaian s.d. TW III 2024 (%) |
| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
| 1 | Dokumen analisis kebutuhan formasi ASN yang diselesaikan | dokumen | jumlah | 3 | 3 | 100,0 | 9 | 9 | 100,0 |
| 2 | Indeks kepuasan layanan kepegawaian | indeks | akhir | - | 81,9 | - | 82 | 81,9 | 99,88 |
| 3 | Layanan kepegawaian yang selesai tepat waktu | persen | rata | - | 95,00 | - | 95,00 | 93,58 | 98,5 |

Realisasi s.d. TW III 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian TW III 2024 hanya bila target TW III 2024 sendiri ditulis.

### Perbandingan Realisasi dan Target Renstra

| Indikator | Realisasi TW III 2023 | Realisasi TW III 2024 | Target TW IV 2024 | Target 2025 | Target 2026 |
| --- | ---: | ---: | ---: | ---: | ---: |
| Dokumen analisis kebutuhan formasi ASN yang diselesaikan | 6 | 9 | 3 | 12 | 12 |
| Indeks kepuasan layanan kepegawaian | 80,2 | 81,9 | - | 83 | 84 |
| Layanan kepegawaian yang selesai tepat waktu | 90,17 | 93,58 | - | 96,00 | 97,00 |

### Target, Realisasi dan Capaian TW III 2023–TW III 2024

| Indikator | Periode | Target | Realisasi | Capaian (%) | Predikat |
| --- | --- | ---: | ---: | ---: | --- |
| Dokumen analisis kebutuhan formasi ASN yang diselesaikan | TW III 2023 | - | 6 | - | - |
|  | TW III 2024 | 9 | 9 | 100,0 | Sangat memuaskan |
| Indeks kepuasan layanan kepegawaian | TW III 2023 | - | 80,2 | - | - |
|  | TW III 2024 | 82 | 81,9 | 99,88 | Sangat Baik |
| Layanan kepegawaian yang selesai tepat waktu | TW III 2023 | - | 90,17 | - | - |
|  | TW III 2024 | 95,00 | 93,58 | 98,5 | Sangat Baik |

Capaian tiap periode dihitung dari target dan realisasi periode itu dengan rumus capaian indikatornya.

### Perbandingan Realisasi TW III 2024 dengan Provinsi dan Nasional

| Indikator | Realisasi TW III 2024 | Pembanding | Periode | Nilai Pembanding | Selisih | Keterangan |
| --- | ---: | --- | --- | ---: | ---: | --- |
| Indeks kepuasan layanan kepegawaian | 81,9 | Provinsi | TW II 2024 | 82,1 | -0,2 | di bawah 0,2 |
|  | 81,9 | Nasional | 2023 | 80,4 | 1,5 | di atas 1,5 |

Selisih = realisasi dikurangi nilai pembanding; nilai pembanding adalah angka terakhir yang diketahui sampai akhir periode laporan, dengan periodenya.

### Selisih Realisasi TW III 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra

| Indikator | Pembanding | Nilai Pembanding | Realisasi TW III 2024 | Selisih | Keterangan |
| --- | --- | ---: | ---: | ---: | --- |
| Dokumen analisis kebutuhan formasi ASN yang diselesaikan | Target TW III 2024 | 9 | 9 | 0 | sama dengan target |
|  | Realisasi TW III 2023 | 6 | 9 | 3 | naik |
|  | Target Renstra 2025 | 12 | 9 | 3 | perlu peningkatan |
|  | Target Renstra 2026 | 12 | 9 | 3 | perlu peningkatan |
| Indeks kepuasan layanan kepegawaian | Target 2024 | 82 | 81,9 | -0,1 | di bawah target |
|  | Realisasi TW III 2023 | 80,2 | 81,9 | 1,7 | naik |
|  | Target Renstra 2025 | 83 | 81,9 | 1,1 | perlu peningkatan |
|  | Target Renstra 2026 | 84 | 81,9 | 2,1 | perlu peningkatan |
| Layanan kepegawaian yang selesai tepat waktu | Target 2024 | 95,00 | 93,58 | -1,42 | di bawah target |
|  | Realisasi TW III 2023 | 90,17 | 93,58 | 3,41 | naik |
|  | Target Renstra 2025 | 96,00 | 93,58 | 2,42 | perlu peningkatan |
|  | Target Renstra 2026 | 97,00 | 93,58 | 3,42 | perlu peningkatan |

Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; terhadap target Renstra = kekurangan yang masih perlu dicapai.

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | rules/contoh-triwulan.ind |  | 6b8cb1a839bcbab479566229a765d0fe50bac096665729e56d6fe8c7cefc203f |
| data | examples/contoh-triwulan/2024-TW3/realisasi.csv |  | a1a210b318b1767c9446c2daae5e3720e0362abb6f5cd46d9247979926d9e6aa |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
