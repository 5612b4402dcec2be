$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/number.xlsx --period 2024 --format json
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
        "berkas": "tests/golden/errors/base.ind",
        "sha256": "9b991f50cc59a1665dc765d76834f14392688096857d5cd124099e977423a506"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/workbook/data/number.xlsx",
        "sha256": "9641f424eb9a627137715d201a097e889f8f7560fa3b16ee5efeb4a3c8e06dc5"
      }
    ]
  }
}

--- stderr

--- exit 0
