$ ind eval tests/golden/workbook/sheets/named.ind --data tests/golden/errors/data/ok --period 2024 --format json
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
        "berkas": "tests/golden/errors/data/ok/skor.csv",
        "sha256": "3a9a1e3ca23d1acad37b35e38a28000fade66f01bab8469f0c0f8e134671efe0"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/errors/data/ok/anggaran.csv",
        "sha256": "ec9a4da3ec584ed9c09955b5b485f9bbc1e45e2423fd62b7d8c00b98dc08411a"
      }
    ]
  }
}

--- stderr

--- exit 0
