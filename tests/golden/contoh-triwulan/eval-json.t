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
  "anggaran": {
    "pagu": "1600000000",
    "realisasi": "753200000",
    "serapan": "47.08",
    "rencana_tw": "430000000",
    "realisasi_tw": "418050000",
    "serapan_tw": "97.22",
    "rencana_sd": "800000000",
    "serapan_rak": "94.15",
    "triwulan": 2,
    "rincian": [
      {
        "kode": "A",
        "nama": "Program Penunjang Urusan Pemerintahan Daerah",
        "pagu": "1600000000",
        "realisasi": "753200000",
        "serapan": "47.08",
        "rencana_tw": "430000000",
        "realisasi_tw": "418050000",
        "serapan_tw": "97.22",
        "rencana_sd": "800000000",
        "serapan_rak": "94.15"
      },
      {
        "kode": "A.1",
        "nama": "Administrasi Keuangan Perangkat Daerah",
        "pagu": "1440000000",
        "realisasi": "687400000",
        "serapan": "47.74",
        "rencana_tw": "380000000",
        "realisasi_tw": "370750000",
        "serapan_tw": "97.57",
        "rencana_sd": "720000000",
        "serapan_rak": "95.47"
      },
      {
        "kode": "A.1.1",
        "nama": "Penyediaan Gaji dan Tunjangan ASN",
        "pagu": "1200000000",
        "realisasi": "581550000",
        "serapan": "48.46",
        "rencana_tw": "300000000",
        "realisasi_tw": "296150000",
        "serapan_tw": "98.72",
        "rencana_sd": "600000000",
        "serapan_rak": "96.93"
      },
      {
        "kode": "A.1.2",
        "nama": "Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "pagu": "240000000",
        "realisasi": "105850000",
        "serapan": "44.10",
        "rencana_tw": "80000000",
        "realisasi_tw": "74600000",
        "serapan_tw": "93.25",
        "rencana_sd": "120000000",
        "serapan_rak": "88.21"
      },
      {
        "kode": "A.2",
        "nama": "Administrasi Umum Perangkat Daerah",
        "pagu": "160000000",
        "realisasi": "65800000",
        "serapan": "41.13",
        "rencana_tw": "50000000",
        "realisasi_tw": "47300000",
        "serapan_tw": "94.60",
        "rencana_sd": "80000000",
        "serapan_rak": "82.25"
      },
      {
        "kode": "A.2.1",
        "nama": "Penyediaan Bahan Logistik Kantor",
        "pagu": "160000000",
        "realisasi": "65800000",
        "serapan": "41.13",
        "rencana_tw": "50000000",
        "realisasi_tw": "47300000",
        "serapan_tw": "94.60",
        "rencana_sd": "80000000",
        "serapan_rak": "82.25"
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
        "berkas": "rules/contoh-triwulan.ind",
        "sha256": "c79bb566b5dd9ce57cc2be438c972f00cc9525e4c322e5a35fb9d52ff58bafea"
      },
      {
        "jenis": "data",
        "berkas": "examples/contoh-triwulan/2024-TW2/realisasi.csv",
        "sha256": "20e7f93500800440142d71ec2424eb2252d1c5feb2a1535cf9c876c88c396234"
      },
      {
        "jenis": "data",
        "berkas": "examples/contoh-triwulan/2024-TW2/anggaran.csv",
        "sha256": "62041f84e57088034fa54a447d93339c0279f42298cfea30c32a5d63c27bf25e"
      }
    ]
  }
}

--- stderr

--- exit 0
