$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/budget_gap.xlsx --period 2024 --format md
--- stdout
## Contoh — 2024

### Rekapitulasi Capaian Indikator Kinerja Utama — Rentang capaian

| No | Rentang | Predikat | Jumlah IKU | Persentase (%) |
| ---: | --- | --- | ---: | ---: |
| 1 | x ≥ 100 | Sangat memuaskan | 1 | 100,0 |
| 2 | 85 ≤ x \< 100 | Sangat Baik | 0 | 0,0 |
| 3 | x \< 85 | Kurang | 0 | 0,0 |
|  |  | Jumlah | 1 | 100,0 |

### Capaian Kinerja 2024

| No | Indikator | Tingkat | Satuan | Target | Realisasi | Capaian (%) | Predikat | Kategori |
| ---: | --- | --- | --- | ---: | ---: | ---: | --- | --- |
|  | **Indikator Kinerja Tujuan** |  |  |  |  |  |  |  |
| 1 | Indeks contoh | tujuan | indeks | 80,00 | 81,75 | 102,2 | Sangat memuaskan | - |

### Perbandingan Realisasi dan Target Renstra

| Indikator | Realisasi 2024 |
| --- | ---: |
| Indeks contoh | 81,75 |

### Selisih Realisasi 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra

| Indikator | Pembanding | Nilai Pembanding | Realisasi 2024 | Selisih | Keterangan |
| --- | --- | ---: | ---: | ---: | --- |
| Indeks contoh | Target 2024 | 80,00 | 81,75 | 1,75 | di atas target |

Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; terhadap target Renstra = kekurangan yang masih perlu dicapai.

### Rincian skor

| unsur | nilai |
| --- | ---: |
| Satu | 40,50 |
| Dua | 41,25 |
| Jumlah | 81,75 |

Sumber: skor.csv; dipakai oleh: Indeks contoh.

### Realisasi Anggaran 2024

| Kode | Uraian | Tingkat | Pagu (Rp) | Realisasi (Rp) | Serapan (%) | Predikat |
| --- | --- | --- | ---: | ---: | ---: | --- |
| A | Program | Program | 3.000.000 | tidak lengkap | - | - |
| A.1 | Sub satu | Kegiatan | 1.729.500 | 1.500.000 | 86,73 | - |
| A.2 | Sub dua | Kegiatan | 1.270.500 | - | - | - |
| B | Program B | Program | tidak lengkap | 400.000 | - | - |
| B.1 | Kegiatan B | Kegiatan | - | 400.000 | - | - |
|  | Jumlah |  | tidak lengkap | tidak lengkap | - | - |

Tidak tersedia: realisasi A.2 (tests/golden/workbook/data/budget_gap.xlsx:anggaran!D4); pagu B.1 (tests/golden/workbook/data/budget_gap.xlsx:anggaran!C6). Jumlah di atasnya ditulis tidak lengkap, tidak dijumlahkan sebagian.

### Efisiensi Penggunaan Sumber Daya

| Indikator | Capaian Kinerja (%) | Pagu (Rp) | Realisasi (Rp) | Serapan (%) | Efisiensi (%) | Tingkat Efisiensi |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
| Indeks contoh | 102,2 | tidak lengkap | tidak lengkap | - | - | - |

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | tests/golden/errors/base.ind |  | 9b991f50cc59a1665dc765d76834f14392688096857d5cd124099e977423a506 |
| data | tests/golden/workbook/data/budget_gap.xlsx |  | 1033cc6d86720f0fcc6999da7152a310780c1d9e369cc98bd2fce52ad459ae33 |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/workbook/data/budget_gap.xlsx:anggaran!D4: warning[W-TIDAK-TERSEDIA]: efisiensi indeks periode 2024 tidak tersedia: tidak lengkap: realisasi A.2 tidak tersedia (sel kolom realisasi kosong (""))
 4 | A.2;Sub dua;1.270.500;
   |                       ^
tests/golden/workbook/data/budget_gap.xlsx:anggaran!D4: warning[W-TIDAK-TERSEDIA]: realisasi anggaran A.2 tidak tersedia: sel kolom realisasi kosong ("")
 4 | A.2;Sub dua;1.270.500;
   |                       ^
   = saran: realisasi A dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada realisasi
tests/golden/workbook/data/budget_gap.xlsx:anggaran!C6: warning[W-TIDAK-TERSEDIA]: pagu anggaran B.1 tidak tersedia: sel kolom pagu kosong ("-")
 6 | B.1;Kegiatan B;-;400.000
   |                ^
   = saran: pagu B dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada pagu

--- exit 0
