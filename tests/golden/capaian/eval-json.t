$ ind eval tests/golden/capaian/tujuan.ind --data examples/kab-pasuruan/2024 --format json
--- stdout
{
  "versi_format": 1,
  "instansi": "Contoh Capaian Tujuan",
  "periode": "2024",
  "renstra": {
    "dari": "2024",
    "sampai": "2026"
  },
  "indikator": [
    {
      "id": "tata_kelola",
      "nama": "Kualitas tata kelola kepegawaian (rata-rata capaian sasaran)",
      "tingkat": "tujuan",
      "satuan": "persen",
      "arah": "naik",
      "target": "100.00",
      "realisasi": "102.85",
      "sumber_realisasi": "rumus",
      "capaian": "102.85",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024": "100.00",
        "2025": "100.00",
        "2026": "100.00"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "indeks_sistem_merit",
      "nama": "Indeks Sistem Merit",
      "tingkat": "sasaran",
      "induk": "tata_kelola",
      "satuan": "nilai",
      "arah": "naik",
      "target": "281.5",
      "realisasi": "297.5",
      "sumber_realisasi": "rumus",
      "capaian": "105.7",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024": "281.5",
        "2025": "296.7",
        "2026": "296.8"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "nilai_sakip",
      "nama": "Nilai SAKIP",
      "tingkat": "sasaran",
      "induk": "tata_kelola",
      "satuan": "nilai",
      "arah": "naik",
      "target": "82.10",
      "realisasi": "82.10",
      "sumber_realisasi": "rumus",
      "capaian": "100.00",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024": "82.10",
        "2025": "82.12",
        "2026": "82.15"
      },
      "realisasi_sebelumnya": {
        "2022": "81.64",
        "2023": "82.05"
      },
      "capaian_sebelumnya": {}
    }
  ],
  "nilai": [
    {
      "id": "selisih_target_merit",
      "nama": "Realisasi Sistem Merit di atas target tahun ini",
      "nilai": "16"
    },
    {
      "id": "sisa_renstra_merit",
      "nama": "Jarak Sistem Merit ke target akhir Renstra",
      "nilai": "-0.7"
    }
  ]
}

--- stderr

--- exit 0
