$ ind explain tests/golden/berlaku/berlaku.ind ip_asn --data tests/golden/berlaku/data --period 2024 --format json
--- stdout
{
  "versi_format": 2,
  "id": "ip_asn",
  "nama": "Indeks Profesionalitas ASN",
  "periode": "2024",
  "langkah": [
    {
      "jenis": "angka",
      "label": "realisasi ip_asn 2024",
      "lokasi": "tests/golden/berlaku/berlaku.ind:48:9",
      "nilai": "73.00",
      "rincian": [
        {
          "jenis": "catatan",
          "label": "sumber realisasi: rumus (berlaku sejak 2022)",
          "lokasi": "tests/golden/berlaku/berlaku.ind:48:76",
          "nilai": null
        },
        {
          "jenis": "ekspresi",
          "label": "realisasi(kualifikasi) * 40% + realisasi(kompetensi) * 60%",
          "lokasi": "tests/golden/berlaku/berlaku.ind:48:9",
          "nilai": "73",
          "rincian": [
            {
              "jenis": "ekspresi",
              "label": "realisasi(kualifikasi) * 40%",
              "lokasi": "tests/golden/berlaku/berlaku.ind:48:9",
              "nilai": "28",
              "rincian": [
                {
                  "jenis": "angka",
                  "label": "realisasi kualifikasi 2024",
                  "lokasi": "tests/golden/berlaku/berlaku.ind:35:1",
                  "nilai": "70",
                  "rincian": [
                    {
                      "jenis": "data",
                      "label": "realisasi tercatat di data",
                      "lokasi": "tests/golden/berlaku/data/realisasi.csv:17:18",
                      "nilai": "70"
                    }
                  ]
                }
              ]
            },
            {
              "jenis": "ekspresi",
              "label": "realisasi(kompetensi) * 60%",
              "lokasi": "tests/golden/berlaku/berlaku.ind:48:40",
              "nilai": "45",
              "rincian": [
                {
                  "jenis": "angka",
                  "label": "realisasi kompetensi 2024",
                  "lokasi": "tests/golden/berlaku/berlaku.ind:39:1",
                  "nilai": "75",
                  "rincian": [
                    {
                      "jenis": "data",
                      "label": "realisasi tercatat di data",
                      "lokasi": "tests/golden/berlaku/data/realisasi.csv:18:17",
                      "nilai": "75"
                    }
                  ]
                }
              ]
            }
          ]
        },
        {
          "jenis": "pembulatan",
          "label": "dibulatkan setengah ke atas, 2 desimal",
          "lokasi": "tests/golden/berlaku/berlaku.ind:48:9",
          "nilai": "73.00",
          "keterangan": "dari 73"
        }
      ]
    },
    {
      "jenis": "data",
      "label": "target ip_asn 2024",
      "lokasi": "tests/golden/berlaku/berlaku.ind:47:50",
      "nilai": "70",
      "keterangan": "dari berkas aturan"
    },
    {
      "jenis": "angka",
      "label": "capaian ip_asn 2024",
      "lokasi": "tests/golden/berlaku/berlaku.ind:49:3",
      "nilai": "104.29",
      "keterangan": "rumus bawaan: realisasi / target x 100",
      "rincian": [
        {
          "jenis": "rujukan",
          "label": "realisasi ip_asn 2024",
          "lokasi": "tests/golden/berlaku/berlaku.ind:48:9",
          "nilai": "73.00"
        },
        {
          "jenis": "pembulatan",
          "label": "dibulatkan setengah ke atas, 2 desimal",
          "lokasi": "tests/golden/berlaku/berlaku.ind:49:3",
          "nilai": "104.29",
          "keterangan": "dari 104,285714..."
        }
      ]
    },
    {
      "jenis": "catatan",
      "label": "sumber realisasi tahun-tahun sebelumnya yang dibandingkan laporan",
      "lokasi": "tests/golden/berlaku/berlaku.ind:45:1",
      "nilai": null,
      "rincian": [
        {
          "jenis": "ekspresi",
          "label": "realisasi ip_asn 2019: data realisasi, tidak ada baris",
          "lokasi": null,
          "nilai": null,
          "sebab": "tidak ada realisasi ip_asn periode 2019 di data realisasi, dan tidak ada rumus yang berlaku pada periode itu (rumus berlaku sejak 2022)"
        },
        {
          "jenis": "data",
          "label": "realisasi ip_asn 2020: data realisasi",
          "lokasi": "tests/golden/berlaku/data/realisasi.csv:12:13",
          "nilai": "58.5"
        },
        {
          "jenis": "ekspresi",
          "label": "realisasi ip_asn 2021: data realisasi, tidak ada baris",
          "lokasi": null,
          "nilai": null,
          "sebab": "tidak ada realisasi ip_asn periode 2021 di data realisasi, dan tidak ada rumus yang berlaku pada periode itu (rumus berlaku sejak 2022)"
        },
        {
          "jenis": "ekspresi",
          "label": "realisasi ip_asn 2022: rumus (berlaku sejak 2022)",
          "lokasi": "tests/golden/berlaku/berlaku.ind:48:76",
          "nilai": "68.40"
        },
        {
          "jenis": "ekspresi",
          "label": "realisasi ip_asn 2023: rumus (berlaku sejak 2022)",
          "lokasi": "tests/golden/berlaku/berlaku.ind:48:76",
          "nilai": "70.40"
        }
      ]
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
        "berkas": "tests/golden/berlaku/berlaku.ind",
        "sha256": "32841966013bb768494b9b127ecbd69b51ded63f6368c8cff2d3e3c012dddeae"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/berlaku/data/realisasi.csv",
        "sha256": "075d7a6c9ffd58e0cc3845a1ede1ef4594e5b6d24f59a485f8e9c0cdb1866fc6"
      }
    ]
  }
}

--- stderr
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi puas periode 2024 tidak tersedia: tidak ada realisasi puas periode 2024 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi responden periode 2024 tidak tersedia: tidak ada realisasi responden periode 2024 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:8:1: warning[W-TIDAK-TERSEDIA]: target puas periode 2024 tidak tersedia: target puas periode 2024 tidak ditulis
 8 | indikator puas "Responden yang puas" {
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:12:1: warning[W-TIDAK-TERSEDIA]: target responden periode 2024 tidak tersedia: target responden periode 2024 tidak ditulis
 12 | indikator responden "Responden survei" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:16:1: warning[W-TIDAK-TERSEDIA]: target pelayanan periode 2024 tidak tersedia: target pelayanan periode 2024 tidak ditulis
 16 | indikator pelayanan "Nilai unsur pelayanan" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:20:1: warning[W-TIDAK-TERSEDIA]: target sarana periode 2024 tidak tersedia: target sarana periode 2024 tidak ditulis
 20 | indikator sarana "Nilai unsur sarana" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:35:1: warning[W-TIDAK-TERSEDIA]: target kualifikasi periode 2024 tidak tersedia: target kualifikasi periode 2024 tidak ditulis
 35 | indikator kualifikasi "Dimensi kualifikasi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:39:1: warning[W-TIDAK-TERSEDIA]: target kompetensi periode 2024 tidak tersedia: target kompetensi periode 2024 tidak ditulis
 39 | indikator kompetensi "Dimensi kompetensi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
