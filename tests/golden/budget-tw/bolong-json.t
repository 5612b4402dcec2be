$ ind eval tests/golden/budget-tw/tw.ind --period 2024-TW2 --data tests/golden/budget-tw/data/bolong --format json
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
        "realisasi": null,
        "serapan": null
      },
      "efisiensi": null,
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2024": "100"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {},
      "catatan": [
        "efisiensi: tidak lengkap: realisasi A.1.1 tidak tersedia (realisasi anggaran A.1.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong)"
      ]
    }
  ],
  "nilai": [],
  "anggaran": {
    "pagu": "1000000",
    "realisasi": null,
    "serapan": null,
    "rencana_tw": "350000",
    "realisasi_tw": "320000",
    "serapan_tw": "91.43",
    "rencana_sd": "500000",
    "serapan_rak": null,
    "predikat": null,
    "catatan": [
      "realisasi: tidak lengkap: realisasi A.1.1 tidak tersedia (realisasi anggaran A.1.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong)"
    ],
    "triwulan": 2,
    "rincian": [
      {
        "kode": "A",
        "nama": "Program",
        "pagu": "1000000",
        "realisasi": null,
        "serapan": null,
        "rencana_tw": "350000",
        "realisasi_tw": "320000",
        "serapan_tw": "91.43",
        "rencana_sd": "500000",
        "serapan_rak": null,
        "predikat": null,
        "catatan": [
          "realisasi: tidak lengkap: realisasi A.1.1 tidak tersedia (realisasi anggaran A.1.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong)"
        ]
      },
      {
        "kode": "A.1",
        "nama": "Kegiatan satu",
        "pagu": "600000",
        "realisasi": null,
        "serapan": null,
        "rencana_tw": "200000",
        "realisasi_tw": "175000",
        "serapan_tw": "87.50",
        "rencana_sd": "300000",
        "serapan_rak": null,
        "predikat": null,
        "catatan": [
          "realisasi: tidak lengkap: realisasi A.1.1 tidak tersedia (realisasi anggaran A.1.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong)"
        ]
      },
      {
        "kode": "A.1.1",
        "nama": "Sub satu",
        "pagu": "400000",
        "realisasi": null,
        "serapan": null,
        "rencana_tw": "100000",
        "realisasi_tw": "95000",
        "serapan_tw": "95.00",
        "rencana_sd": "200000",
        "serapan_rak": null,
        "predikat": null,
        "catatan": [
          "realisasi: realisasi anggaran A.1.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong"
        ]
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
        "berkas": "tests/golden/budget-tw/data/bolong/realisasi.csv",
        "sha256": "e7efdefa780b4fa2a048ce066d132339d36b1ccd9986a136f542ac3ba1aecf74"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/budget-tw/data/bolong/anggaran.csv",
        "sha256": "3a588139b187e25d6f0b5602bf63d06eb71a3bc3ed5be1629704219e4f62383c"
      }
    ]
  }
}

--- stderr
tests/golden/budget-tw/data/bolong/anggaran.csv:4:24: warning[W-TIDAK-TERSEDIA]: efisiensi layanan periode 2024-TW2 tidak tersedia: tidak lengkap: realisasi A.1.1 tidak tersedia (realisasi anggaran A.1.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong)
 4 | A.1.1;Sub satu;400.000;;100.000;100.000;100.000;100.000;;95.000;;
   |                        ^
tests/golden/budget-tw/data/bolong/anggaran.csv:4:24: warning[W-TIDAK-TERSEDIA]: realisasi anggaran A.1.1 tidak tersedia: realisasi anggaran A.1.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong
 4 | A.1.1;Sub satu;400.000;;100.000;100.000;100.000;100.000;;95.000;;
   |                        ^
   = saran: realisasi A dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada realisasi
tests/golden/budget-tw/data/bolong/anggaran.csv:4:57: warning[W-ANGGARAN-TW-KOSONG]: realisasi anggaran A.1.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong
 4 | A.1.1;Sub satu;400.000;;100.000;100.000;100.000;100.000;;95.000;;
   |                                                         ^
   = saran: isi realisasi_tw1 (0 bila memang tidak ada belanja); triwulan yang kosong tidak dibaca sebagai 0, dan jumlah triwulan yang lain tidak dipakai

--- exit 0
