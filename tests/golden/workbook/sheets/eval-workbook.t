$ ind eval tests/golden/workbook/sheets/named.ind --data tests/golden/workbook/data/named_sheet.xlsx --period 2024 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh",
  "periode": "2024",
  "renstra": {
    "dari": "2024",
    "sampai": "2024"
  },
  "indikator": [
    {
      "id": "indeks",
      "nama": "Indeks contoh",
      "tingkat": "tujuan",
      "satuan": "indeks",
      "arah": "naik",
      "target": "80.00",
      "realisasi": "81.75",
      "sumber_realisasi": "rumus",
      "capaian": "102.2",
      "predikat": "Sangat memuaskan",
      "kategori": null,
      "anggaran": {
        "pagu": "1000000",
        "realisasi": "900000",
        "serapan": "90.00"
      },
      "efisiensi": "114",
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2024": "80.00"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    }
  ],
  "nilai": [],
  "anggaran": {
    "pagu": "1000000",
    "realisasi": "900000",
    "serapan": "90.00",
    "rincian": [
      {
        "kode": "A",
        "nama": "Program",
        "pagu": "1000000",
        "realisasi": "900000",
        "serapan": "90.00"
      }
    ]
  },
  "asal": {
    "ind": "0.1.0",
    "waktu": "1970-01-01T00:00:00Z",
    "sumber_waktu": "SOURCE_DATE_EPOCH",
    "reproducible": true,
    "berkas": [
      {
        "jenis": "aturan",
        "berkas": "tests/golden/workbook/sheets/named.ind",
        "sha256": "6c80b2e223fdf240b060c0fcddc82dd00dfdf419eb8a93ab7d7665ab12eb07ea"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/workbook/data/named_sheet.xlsx",
        "sha256": "f57fc9dbc88344c90708a96b5dc8019f4d22900e5c02dda0542127ba4f298d49"
      }
    ]
  }
}

--- stderr

--- exit 0
