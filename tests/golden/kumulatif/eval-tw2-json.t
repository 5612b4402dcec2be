$ ind eval tests/golden/kumulatif/kumulatif.ind --data tests/golden/kumulatif/data/2024-TW2 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Kumulatif",
  "periode": "2024-TW2",
  "renstra": {
    "dari": "2024",
    "sampai": "2024"
  },
  "indikator": [
    {
      "id": "dokumen",
      "nama": "Dokumen formasi ASN yang selesai",
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
        "2024-TW4": "3"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "indeks",
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
        "2024": "82"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {},
      "catatan": [
        "target_sendiri: target indeks untuk TW II 2024 sendiri tidak ditulis",
        "capaian_sendiri: target indeks untuk TW II 2024 sendiri tidak ditulis"
      ]
    },
    {
      "id": "tepat_waktu",
      "nama": "Layanan kepegawaian selesai tepat waktu",
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
        "2024-TW2": "93.00"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    }
  ],
  "nilai": [
    {
      "id": "dokumen_tw",
      "nama": "Dokumen selesai dalam triwulan",
      "nilai": "4"
    },
    {
      "id": "dokumen_sd",
      "nama": "Dokumen selesai s.d. triwulan",
      "nilai": "6"
    },
    {
      "id": "capaian_dokumen_tw",
      "nama": "Capaian dokumen triwulan itu",
      "nilai": "133.3"
    }
  ],
  "asal": {
    "ind": "0.1.0",
    "waktu": "1970-01-01T00:00:00Z",
    "sumber_waktu": "SOURCE_DATE_EPOCH",
    "reproducible": true,
    "berkas": [
      {
        "jenis": "aturan",
        "berkas": "tests/golden/kumulatif/kumulatif.ind",
        "sha256": "16bff3ddd8ef968c71404efe21eb14b24f7bcaba2cb5d85ad78783ba7076bdf4"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/kumulatif/data/2024-TW2/realisasi.csv",
        "sha256": "bf0888f4107eea90517a90d691adc9304f2513ddcaa7a58c33e5599d16d14b56"
      }
    ]
  }
}

--- stderr

--- exit 0
