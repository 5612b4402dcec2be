$ ind eval tests/golden/quarterly/triwulan.ind --data tests/golden/quarterly/data/2024-TW2 --period 2024-TW2 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Triwulan",
  "periode": "2024-TW2",
  "renstra": {
    "dari": "2024",
    "sampai": "2024"
  },
  "indikator": [
    {
      "id": "pelatihan",
      "nama": "ASN yang mengikuti pelatihan dalam triwulan",
      "tingkat": "sasaran",
      "satuan": "orang",
      "arah": "naik",
      "target": "60",
      "realisasi": "62",
      "sumber_realisasi": "data",
      "capaian": "103.3",
      "predikat": "Sangat memuaskan",
      "kategori": null,
      "target_renstra": {
        "2024": "200",
        "2024-TW1": "40",
        "2024-TW2": "60",
        "2024-TW3": "60",
        "2024-TW4": "40"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "pelatihan_semester",
      "nama": "ASN yang mengikuti pelatihan sampai triwulan II",
      "tingkat": "sasaran",
      "satuan": "orang",
      "arah": "naik",
      "target": "100",
      "realisasi": "97",
      "sumber_realisasi": "rumus",
      "capaian": "97.0",
      "predikat": "Sangat Baik",
      "kategori": null,
      "target_renstra": {
        "2024": "200",
        "2024-TW2": "100"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "kepuasan",
      "nama": "Indeks kepuasan layanan kepegawaian",
      "tingkat": "sasaran",
      "satuan": "indeks",
      "arah": "naik",
      "target": "80.5",
      "realisasi": "80.5",
      "sumber_realisasi": "data",
      "capaian": "100.00",
      "predikat": "Sangat memuaskan",
      "kategori": null,
      "target_renstra": {
        "2024": "81",
        "2024-TW1": "80",
        "2024-TW2": "80.5"
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
        "berkas": "tests/golden/quarterly/triwulan.ind",
        "sha256": "e394119f1689b243991a66391baf92f475b462a7eb6ebd76657431d3918655ab"
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
