$ ind eval rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW4 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "BKPSDM Kabupaten Contoh (sampel)",
  "periode": "2024-TW4",
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
      "target": "12",
      "realisasi": "13",
      "sumber_realisasi": "data",
      "capaian": "108.3",
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
        "2023-TW4": "10"
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
      "realisasi": "82.6",
      "sumber_realisasi": "data",
      "capaian": "100.73",
      "predikat": "Sangat memuaskan",
      "kategori": null,
      "kumulatif": "akhir",
      "target_sendiri": null,
      "realisasi_sendiri": "82.6",
      "capaian_sendiri": null,
      "target_renstra": {
        "2024": "82",
        "2025": "83",
        "2026": "84"
      },
      "realisasi_sebelumnya": {
        "2023-TW4": "80.75"
      },
      "capaian_sebelumnya": {},
      "pembanding": [
        {
          "pembanding": "Provinsi",
          "periode": "2024-TW3",
          "nilai": "82.3",
          "selisih": "0.3"
        },
        {
          "pembanding": "Nasional",
          "periode": "2023",
          "nilai": "80.4",
          "selisih": "2.2"
        }
      ],
      "catatan": [
        "target_sendiri: target indeks_kepuasan untuk TW IV 2024 sendiri tidak ditulis",
        "capaian_sendiri: target indeks_kepuasan untuk TW IV 2024 sendiri tidak ditulis"
      ]
    },
    {
      "id": "layanan_tepat_waktu",
      "nama": "Layanan kepegawaian yang selesai tepat waktu",
      "tingkat": "sasaran",
      "satuan": "persen",
      "arah": "naik",
      "target": "95.00",
      "target_periode": "2024",
      "realisasi": "94.38",
      "sumber_realisasi": "data",
      "capaian": "99.3",
      "predikat": "Sangat Baik",
      "kategori": null,
      "kumulatif": "rata",
      "target_sendiri": null,
      "realisasi_sendiri": "96.75",
      "capaian_sendiri": null,
      "target_renstra": {
        "2024": "95.00",
        "2024-TW2": "93.00",
        "2025": "96.00",
        "2026": "97.00"
      },
      "realisasi_sebelumnya": {
        "2023-TW4": "90.63"
      },
      "capaian_sebelumnya": {},
      "catatan": [
        "target_sendiri: target layanan_tepat_waktu untuk TW IV 2024 sendiri tidak ditulis",
        "capaian_sendiri: target layanan_tepat_waktu untuk TW IV 2024 sendiri tidak ditulis"
      ]
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
        "berkas": "examples/contoh-triwulan/2024-TW4/realisasi.csv",
        "sha256": "8dcf6ed869d482d8a46de3e34993ca3652d0d2d1038e15e2f83807090121032f"
      }
    ]
  }
}

--- stderr

--- exit 0
