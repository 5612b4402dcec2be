$ ind eval tests/golden/budget-tw/tw.ind --period 2024-TW2 --data tests/golden/budget-tw/data/ok --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh",
  "periode": "2024-TW2",
  "renstra": {
    "dari": "2024",
    "sampai": "2024"
  },
  "indikator": [
    {
      "id": "layanan",
      "nama": "Layanan selesai",
      "tingkat": "sasaran",
      "satuan": "persen",
      "arah": "naik",
      "target": "100",
      "target_periode": "2024",
      "realisasi": "90",
      "sumber_realisasi": "data",
      "capaian": "90.0",
      "predikat": null,
      "kategori": null,
      "anggaran": {
        "pagu": "1000000",
        "realisasi": "450000",
        "serapan": "45.00"
      },
      "efisiensi": "200",
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2024": "100"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    }
  ],
  "nilai": [],
  "anggaran": {
    "pagu": "1000000",
    "realisasi": "450000",
    "serapan": "45.00",
    "rencana_tw": "350000",
    "realisasi_tw": "320000",
    "serapan_tw": "91.43",
    "rencana_sd": "500000",
    "serapan_rak": "90.00",
    "predikat": "Cukup",
    "triwulan": 2,
    "rincian": [
      {
        "kode": "A",
        "nama": "Program",
        "pagu": "1000000",
        "realisasi": "450000",
        "serapan": "45.00",
        "rencana_tw": "350000",
        "realisasi_tw": "320000",
        "serapan_tw": "91.43",
        "rencana_sd": "500000",
        "serapan_rak": "90.00",
        "predikat": "Cukup"
      },
      {
        "kode": "A.1",
        "nama": "Kegiatan satu",
        "pagu": "600000",
        "realisasi": "265000",
        "serapan": "44.17",
        "rencana_tw": "200000",
        "realisasi_tw": "175000",
        "serapan_tw": "87.50",
        "rencana_sd": "300000",
        "serapan_rak": "88.33",
        "predikat": "Cukup"
      },
      {
        "kode": "A.1.1",
        "nama": "Sub satu",
        "pagu": "400000",
        "realisasi": "185000",
        "serapan": "46.25",
        "rencana_tw": "100000",
        "realisasi_tw": "95000",
        "serapan_tw": "95.00",
        "rencana_sd": "200000",
        "serapan_rak": "92.50",
        "predikat": "Cukup"
      },
      {
        "kode": "A.1.2",
        "nama": "Sub dua",
        "pagu": "200000",
        "realisasi": "80000",
        "serapan": "40.00",
        "rencana_tw": "100000",
        "realisasi_tw": "80000",
        "serapan_tw": "80.00",
        "rencana_sd": "100000",
        "serapan_rak": "80.00",
        "predikat": "Cukup"
      },
      {
        "kode": "A.2",
        "nama": "Kegiatan dua",
        "pagu": "400000",
        "realisasi": "185000",
        "serapan": "46.25",
        "rencana_tw": "150000",
        "realisasi_tw": "145000",
        "serapan_tw": "96.67",
        "rencana_sd": "200000",
        "serapan_rak": "92.50",
        "predikat": "Cukup"
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
        "berkas": "tests/golden/budget-tw/tw.ind",
        "sha256": "d0ed492ba4995fde2610e7ead4991608c5017a1166d474070cb901d3501a92b4"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/budget-tw/data/ok/realisasi.csv",
        "sha256": "e7efdefa780b4fa2a048ce066d132339d36b1ccd9986a136f542ac3ba1aecf74"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/budget-tw/data/ok/anggaran.csv",
        "sha256": "02e21977fd6f4be207ffdd8e2512b98bddfef1c4842daf8265415aeb1caa423e"
      }
    ]
  }
}

--- stderr

--- exit 0
