$ ind eval tests/golden/quarterly/target-tahunan.ind --data tests/golden/quarterly/data/2024-TW2 --period 2024-TW2 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Target Tahunan",
  "periode": "2024-TW2",
  "renstra": {
    "dari": "2024",
    "sampai": "2024"
  },
  "indikator": [
    {
      "id": "kepuasan",
      "nama": "Indeks kepuasan layanan kepegawaian",
      "tingkat": "sasaran",
      "satuan": "indeks",
      "arah": "naik",
      "target": "84",
      "target_periode": "2024",
      "realisasi": "80.5",
      "sumber_realisasi": "data",
      "capaian": "95.83",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024": "84"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "pelatihan",
      "nama": "ASN yang mengikuti pelatihan dalam triwulan",
      "tingkat": "sasaran",
      "satuan": "orang",
      "arah": "naik",
      "target": "90",
      "target_periode": "2024-S1",
      "realisasi": "62",
      "sumber_realisasi": "data",
      "capaian": "68.9",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024": "200",
        "2024-S1": "90"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    }
  ],
  "nilai": [],
  "asal": {
    "ind": "0.1.0",
    "waktu": "1970-01-01T00:00:00Z",
    "sumber_waktu": "SOURCE_DATE_EPOCH",
    "reproducible": true,
    "berkas": [
      {
        "jenis": "aturan",
        "berkas": "tests/golden/quarterly/target-tahunan.ind",
        "sha256": "2db90e0312b3162581b86327faeb5b491f268d928320eee48e4abdb03bc3fba0"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/quarterly/data/2024-TW2/realisasi.csv",
        "sha256": "6c87d9c564e266c755d3636f44682cf48efbbee44889c4349aa501fe406a6832"
      }
    ]
  }
}

--- stderr

--- exit 0
