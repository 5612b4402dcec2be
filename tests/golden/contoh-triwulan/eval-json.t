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
        "nama": "Program Pengembangan Sumber Daya Manusia",
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
        "nama": "Pengembangan Kompetensi ASN",
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
        "nama": "Penyelenggaraan Pelatihan Teknis",
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
        "nama": "Penyelenggaraan Uji Kompetensi",
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
        "nama": "Analisis Jabatan",
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
        "nama": "Penyusunan Anjab dan ABK",
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
  "evaluasi_renja": {
    "triwulan_berjalan": 2,
    "baris": [
      {
        "kode": "A",
        "uraian": "Program Pengembangan Sumber Daya Manusia",
        "indikator": "Jumlah ASN yang mengikuti pengembangan kompetensi",
        "satuan": "orang",
        "k6": "1200",
        "k7": "0",
        "k8": "400",
        "k9": "80",
        "k10": "120",
        "k11": null,
        "k12": null,
        "k13": "200",
        "k14": "50.00",
        "k15": "200",
        "k16": "16.67",
        "rp6": "4800000000",
        "rp7": "0",
        "rp8": "1600000000",
        "rp9": "335150000",
        "rp10": "418050000",
        "rp11": null,
        "rp12": null,
        "rp13": "753200000",
        "rp14": "47.08",
        "rp15": "753200000",
        "rp16": "15.69",
        "predikat_k14": "Sangat rendah",
        "predikat_rp14": "Sangat rendah",
        "catatan": [
          "k11: TW III belum berjalan",
          "k12: TW IV belum berjalan",
          "rp11: TW III belum berjalan",
          "rp12: TW IV belum berjalan"
        ]
      },
      {
        "kode": "A",
        "uraian": "Program Pengembangan Sumber Daya Manusia",
        "indikator": "Dokumen analisis jabatan yang ditetapkan",
        "satuan": "dokumen",
        "k6": "30",
        "k7": "0",
        "k8": "10",
        "k9": "2",
        "k10": "3",
        "k11": null,
        "k12": null,
        "k13": "5",
        "k14": "50.00",
        "k15": "5",
        "k16": "16.67",
        "predikat_k14": "Sangat rendah",
        "catatan": [
          "k11: TW III belum berjalan",
          "k12: TW IV belum berjalan"
        ]
      },
      {
        "kode": "A.1",
        "uraian": "Pengembangan Kompetensi ASN",
        "indikator": "Jumlah peserta pelatihan teknis",
        "satuan": "orang",
        "k6": "900",
        "k7": "0",
        "k8": "300",
        "k9": "70",
        "k10": "95",
        "k11": null,
        "k12": null,
        "k13": "165",
        "k14": "55.00",
        "k15": "165",
        "k16": "18.33",
        "rp6": "4320000000",
        "rp7": "0",
        "rp8": "1440000000",
        "rp9": "316650000",
        "rp10": "370750000",
        "rp11": null,
        "rp12": null,
        "rp13": "687400000",
        "rp14": "47.74",
        "rp15": "687400000",
        "rp16": "15.91",
        "predikat_k14": "Rendah",
        "predikat_rp14": "Sangat rendah",
        "catatan": [
          "k11: TW III belum berjalan",
          "k12: TW IV belum berjalan",
          "rp11: TW III belum berjalan",
          "rp12: TW IV belum berjalan"
        ]
      },
      {
        "kode": "A.1.1",
        "uraian": "Penyelenggaraan Pelatihan Teknis",
        "indikator": "Kelas pelatihan teknis yang diselenggarakan",
        "satuan": "kelas",
        "k6": "36",
        "k7": "0",
        "k8": "12",
        "k9": "3",
        "k10": "4",
        "k11": null,
        "k12": null,
        "k13": "7",
        "k14": "58.33",
        "k15": "7",
        "k16": "19.44",
        "rp6": "3600000000",
        "rp7": "0",
        "rp8": "1200000000",
        "rp9": "285400000",
        "rp10": "296150000",
        "rp11": null,
        "rp12": null,
        "rp13": "581550000",
        "rp14": "48.46",
        "rp15": "581550000",
        "rp16": "16.15",
        "predikat_k14": "Rendah",
        "predikat_rp14": "Sangat rendah",
        "catatan": [
          "k11: TW III belum berjalan",
          "k12: TW IV belum berjalan",
          "rp11: TW III belum berjalan",
          "rp12: TW IV belum berjalan"
        ]
      },
      {
        "kode": "A.1.2",
        "uraian": "Penyelenggaraan Uji Kompetensi",
        "indikator": "Peserta uji kompetensi",
        "satuan": "orang",
        "k6": "450",
        "k7": "0",
        "k8": "150",
        "k9": "30",
        "k10": "45",
        "k11": null,
        "k12": null,
        "k13": "75",
        "k14": "50.00",
        "k15": "75",
        "k16": "16.67",
        "rp6": "720000000",
        "rp7": "0",
        "rp8": "240000000",
        "rp9": "31250000",
        "rp10": "74600000",
        "rp11": null,
        "rp12": null,
        "rp13": "105850000",
        "rp14": "44.10",
        "rp15": "105850000",
        "rp16": "14.70",
        "predikat_k14": "Sangat rendah",
        "predikat_rp14": "Sangat rendah",
        "catatan": [
          "k11: TW III belum berjalan",
          "k12: TW IV belum berjalan",
          "rp11: TW III belum berjalan",
          "rp12: TW IV belum berjalan"
        ]
      },
      {
        "kode": "A.2",
        "uraian": "Analisis Jabatan",
        "indikator": "Jabatan yang dianalisis",
        "satuan": "jabatan",
        "k6": "180",
        "k7": "0",
        "k8": "60",
        "k9": "12",
        "k10": "18",
        "k11": null,
        "k12": null,
        "k13": "30",
        "k14": "50.00",
        "k15": "30",
        "k16": "16.67",
        "rp6": "480000000",
        "rp7": "0",
        "rp8": "160000000",
        "rp9": "18500000",
        "rp10": "47300000",
        "rp11": null,
        "rp12": null,
        "rp13": "65800000",
        "rp14": "41.13",
        "rp15": "65800000",
        "rp16": "13.71",
        "predikat_k14": "Sangat rendah",
        "predikat_rp14": "Sangat rendah",
        "catatan": [
          "k11: TW III belum berjalan",
          "k12: TW IV belum berjalan",
          "rp11: TW III belum berjalan",
          "rp12: TW IV belum berjalan"
        ]
      },
      {
        "kode": "A.2.1",
        "uraian": "Penyusunan Anjab dan ABK",
        "indikator": "Dokumen anjab dan ABK yang disusun",
        "satuan": "dokumen",
        "k6": "30",
        "k7": "0",
        "k8": "10",
        "k9": "2",
        "k10": "3",
        "k11": null,
        "k12": null,
        "k13": "5",
        "k14": "50.00",
        "k15": "5",
        "k16": "16.67",
        "rp6": "480000000",
        "rp7": "0",
        "rp8": "160000000",
        "rp9": "18500000",
        "rp10": "47300000",
        "rp11": null,
        "rp12": null,
        "rp13": "65800000",
        "rp14": "41.13",
        "rp15": "65800000",
        "rp16": "13.71",
        "predikat_k14": "Sangat rendah",
        "predikat_rp14": "Sangat rendah",
        "catatan": [
          "k11: TW III belum berjalan",
          "k12: TW IV belum berjalan",
          "rp11: TW III belum berjalan",
          "rp12: TW IV belum berjalan"
        ]
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
        "sha256": "222cd16b8cee53d2ae95953f9fd95f53cea8566feed09e7ca7432d592869a059"
      },
      {
        "jenis": "data",
        "berkas": "examples/contoh-triwulan/2024-TW2/realisasi.csv",
        "sha256": "20e7f93500800440142d71ec2424eb2252d1c5feb2a1535cf9c876c88c396234"
      },
      {
        "jenis": "data",
        "berkas": "examples/contoh-triwulan/2024-TW2/anggaran.csv",
        "sha256": "1dc53b08000e6b9c42f5f72edf5a3a0c5a2b6b4c3b12ddb70c950a2237e0089b"
      },
      {
        "jenis": "data",
        "berkas": "examples/contoh-triwulan/2024-TW2/renja.csv",
        "sha256": "ad2fbbc3aac102dd659eb178a1d8545a6e21fef5e5811726bf7eb64a18ccac93"
      }
    ]
  }
}

--- stderr

--- exit 0
