$ ind eval rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW2 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "BKPSDM Kabupaten Contoh (sampel)",
  "periode": "2024-TW2",
  "renstra": {
    "dari": "2024",
    "sampai": "2026"
  },
  "indikator": [
    {
      "id": "dokumen_formasi",
      "nama": "Dokumen analisis kebutuhan formasi ASN yang diselesaikan",
      "tingkat": "sasaran",
      "satuan": "dokumen",
      "arah": "naik",
      "target": "6",
      "realisasi": "6",
      "sumber_realisasi": "data",
      "capaian": "100.0",
      "predikat": "Sangat memuaskan",
      "kategori": null,
      "kumulatif": "jumlah",
      "target_sendiri": "3",
      "realisasi_sendiri": "4",
      "capaian_sendiri": "133.3",
      "target_renstra": {
        "2024": "12",
        "2024-TW1": "3",
        "2024-TW2": "3",
        "2024-TW3": "3",
        "2024-TW4": "3",
        "2025": "12",
        "2026": "12"
      },
      "realisasi_sebelumnya": {
        "2023-TW2": "4"
      },
      "capaian_sebelumnya": {}
    },
    {
      "id": "indeks_kepuasan",
      "nama": "Indeks kepuasan layanan kepegawaian",
      "tingkat": "sasaran",
      "satuan": "indeks",
      "arah": "naik",
      "target": "82",
      "target_periode": "2024",
      "realisasi": "81.35",
      "sumber_realisasi": "data",
      "capaian": "99.21",
      "predikat": "Sangat Baik",
      "kategori": null,
      "kumulatif": "akhir",
      "target_sendiri": null,
      "realisasi_sendiri": "81.35",
      "capaian_sendiri": null,
      "target_renstra": {
        "2024": "82",
        "2025": "83",
        "2026": "84"
      },
      "realisasi_sebelumnya": {
        "2023-TW2": "79.6"
      },
      "capaian_sebelumnya": {},
      "catatan": [
        "target_sendiri: target indeks_kepuasan untuk TW II 2024 sendiri tidak ditulis",
        "capaian_sendiri: target indeks_kepuasan untuk TW II 2024 sendiri tidak ditulis"
      ]
    },
    {
      "id": "layanan_tepat_waktu",
      "nama": "Layanan kepegawaian yang selesai tepat waktu",
      "tingkat": "sasaran",
      "satuan": "persen",
      "arah": "naik",
      "target": "93.00",
      "realisasi": "92.88",
      "sumber_realisasi": "data",
      "capaian": "99.9",
      "predikat": "Sangat Baik",
      "kategori": null,
      "kumulatif": "rata",
      "target_sendiri": "93.00",
      "realisasi_sendiri": "94.25",
      "capaian_sendiri": "101.3",
      "target_renstra": {
        "2024": "95.00",
        "2024-TW2": "93.00",
        "2025": "96.00",
        "2026": "97.00"
      },
      "realisasi_sebelumnya": {
        "2023-TW2": "89.75"
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
        "berkas": "rules/contoh-triwulan.ind",
        "sha256": "6b8cb1a839bcbab479566229a765d0fe50bac096665729e56d6fe8c7cefc203f"
      },
      {
        "jenis": "data",
        "berkas": "examples/contoh-triwulan/2024-TW2/realisasi.csv",
        "sha256": "20e7f93500800440142d71ec2424eb2252d1c5feb2a1535cf9c876c88c396234"
      }
    ]
  }
}

--- stderr

--- exit 0
