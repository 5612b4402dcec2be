$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/number.xlsx --period 2024 --format json
--- stdout
{
  "versi_format": 1,
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
  }
}

--- stderr

--- exit 0
