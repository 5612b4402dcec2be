$ env SOURCE_DATE_EPOCH=253402300799 ind eval tests/golden/provenance/stempel.ind --data tests/golden/provenance/data/2024 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Asal Laporan",
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
      "realisasi": "84.75",
      "sumber_realisasi": "rumus",
      "capaian": "105.9",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024": "80.00"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    }
  ],
  "nilai": [],
  "asal": {
    "ind": "0.1.0",
    "waktu": "9999-12-31T23:59:59Z",
    "sumber_waktu": "SOURCE_DATE_EPOCH",
    "reproducible": true,
    "berkas": [
      {
        "jenis": "aturan",
        "berkas": "tests/golden/provenance/stempel.ind",
        "sha256": "6fa9cc72966bf4b78b42237af3cc4a37218da9b23675f3168374ac569e854220"
      },
      {
        "jenis": "modul",
        "berkas": "stdlib/capaian.ind",
        "sha256": "0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12",
        "versi_pustaka": "1"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/provenance/data/2024/skor.csv",
        "sha256": "823ae4a2d7f8ae763d8bffd774d5dcf3e2ba8c251798ad80e85ed612a469ed57"
      }
    ]
  }
}

--- stderr

--- exit 0
