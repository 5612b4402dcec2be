$ ind eval tests/golden/quarterly/riwayat.ind --data tests/golden/quarterly/data/riwayat/2024-TW2 --period 2024-TW2 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Riwayat Triwulan",
  "periode": "2024-TW2",
  "renstra": {
    "dari": "2022",
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
        "2022": "78",
        "2023": "80",
        "2024": "84"
      },
      "realisasi_sebelumnya": {
        "2022-TW2": "76.5",
        "2023-TW2": "78"
      },
      "capaian_sebelumnya": {
        "2022-TW2": "98.08",
        "2023-TW2": "97.50"
      },
      "pembanding": [
        {
          "pembanding": "Provinsi",
          "periode": "2024-TW1",
          "nilai": "80.9",
          "selisih": "-0.4"
        },
        {
          "pembanding": "Nasional",
          "periode": "2023-TW4",
          "nilai": "80",
          "selisih": "0.5"
        }
      ]
    },
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
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024-TW2": "60"
      },
      "realisasi_sebelumnya": {
        "2023-TW2": "50"
      },
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
        "berkas": "tests/golden/quarterly/riwayat.ind",
        "sha256": "c42ac864303fd39028d801a5665a2d6984985f3e449a67f3c575ad2d63cd1b62"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/quarterly/data/riwayat/2024-TW2/realisasi.csv",
        "sha256": "9c7d39bd34fedc7e60ed5351d11e03022f2c471ae63e18a94d95baab74d22a42"
      }
    ]
  }
}

--- stderr

--- exit 0
