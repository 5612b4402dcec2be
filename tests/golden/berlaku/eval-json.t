$ ind eval tests/golden/berlaku/berlaku.ind --data tests/golden/berlaku/data --period 2024 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Rumus Berganti",
  "periode": "2024",
  "renstra": {
    "dari": "2020",
    "sampai": "2024"
  },
  "indikator": [
    {
      "id": "puas",
      "nama": "Responden yang puas",
      "tingkat": "program",
      "induk": "kepuasan",
      "satuan": "orang",
      "arah": "naik",
      "target": null,
      "realisasi": null,
      "sumber_realisasi": null,
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "target_renstra": {},
      "realisasi_sebelumnya": {
        "2020": "300",
        "2021": "342"
      },
      "capaian_sebelumnya": {},
      "catatan": [
        "target: target puas periode 2024 tidak ditulis",
        "realisasi: tidak ada realisasi puas periode 2024 di data realisasi",
        "capaian: tidak ada realisasi puas periode 2024 di data realisasi"
      ]
    },
    {
      "id": "responden",
      "nama": "Responden survei",
      "tingkat": "program",
      "induk": "kepuasan",
      "satuan": "orang",
      "arah": "naik",
      "target": null,
      "realisasi": null,
      "sumber_realisasi": null,
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "target_renstra": {},
      "realisasi_sebelumnya": {
        "2020": "400",
        "2021": "450"
      },
      "capaian_sebelumnya": {},
      "catatan": [
        "target: target responden periode 2024 tidak ditulis",
        "realisasi: tidak ada realisasi responden periode 2024 di data realisasi",
        "capaian: tidak ada realisasi responden periode 2024 di data realisasi"
      ]
    },
    {
      "id": "pelayanan",
      "nama": "Nilai unsur pelayanan",
      "tingkat": "program",
      "induk": "kepuasan",
      "satuan": "nilai",
      "arah": "naik",
      "target": null,
      "realisasi": "84.5",
      "sumber_realisasi": "data",
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "target_renstra": {},
      "realisasi_sebelumnya": {
        "2022": "80",
        "2023": "82"
      },
      "capaian_sebelumnya": {},
      "catatan": [
        "target: target pelayanan periode 2024 tidak ditulis",
        "capaian: target pelayanan periode 2024 tidak ditulis"
      ]
    },
    {
      "id": "sarana",
      "nama": "Nilai unsur sarana",
      "tingkat": "program",
      "induk": "kepuasan",
      "satuan": "nilai",
      "arah": "naik",
      "target": null,
      "realisasi": "80",
      "sumber_realisasi": "data",
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "target_renstra": {},
      "realisasi_sebelumnya": {
        "2022": "78",
        "2023": "79"
      },
      "capaian_sebelumnya": {},
      "catatan": [
        "target: target sarana periode 2024 tidak ditulis",
        "capaian: target sarana periode 2024 tidak ditulis"
      ]
    },
    {
      "id": "kepuasan",
      "nama": "Indeks kepuasan layanan",
      "tingkat": "sasaran",
      "satuan": "indeks",
      "arah": "naik",
      "target": "82",
      "realisasi": "82.25",
      "sumber_realisasi": "rumus",
      "capaian": "100.30",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2020": "74",
        "2021": "75",
        "2022": "78",
        "2023": "80",
        "2024": "82"
      },
      "realisasi_sebelumnya": {
        "2020": "75",
        "2021": "76",
        "2022": "79",
        "2023": "80.5"
      },
      "capaian_sebelumnya": {
        "2020": "101.35",
        "2021": "101.33",
        "2022": "101.28",
        "2023": "100.63"
      }
    },
    {
      "id": "kualifikasi",
      "nama": "Dimensi kualifikasi",
      "tingkat": "program",
      "induk": "ip_asn",
      "satuan": "nilai",
      "arah": "naik",
      "target": null,
      "realisasi": "70",
      "sumber_realisasi": "data",
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "target_renstra": {},
      "realisasi_sebelumnya": {
        "2022": "66",
        "2023": "68"
      },
      "capaian_sebelumnya": {},
      "catatan": [
        "target: target kualifikasi periode 2024 tidak ditulis",
        "capaian: target kualifikasi periode 2024 tidak ditulis"
      ]
    },
    {
      "id": "kompetensi",
      "nama": "Dimensi kompetensi",
      "tingkat": "program",
      "induk": "ip_asn",
      "satuan": "nilai",
      "arah": "naik",
      "target": null,
      "realisasi": "75",
      "sumber_realisasi": "data",
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "target_renstra": {},
      "realisasi_sebelumnya": {
        "2022": "70",
        "2023": "72"
      },
      "capaian_sebelumnya": {},
      "catatan": [
        "target: target kompetensi periode 2024 tidak ditulis",
        "capaian: target kompetensi periode 2024 tidak ditulis"
      ]
    },
    {
      "id": "ip_asn",
      "nama": "Indeks Profesionalitas ASN",
      "tingkat": "sasaran",
      "satuan": "indeks",
      "arah": "naik",
      "target": "70",
      "realisasi": "73",
      "sumber_realisasi": "rumus",
      "capaian": "104.29",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2020": "58",
        "2021": "60",
        "2022": "65",
        "2023": "68",
        "2024": "70"
      },
      "realisasi_sebelumnya": {
        "2020": "58.5",
        "2022": "68.4",
        "2023": "70.4"
      },
      "capaian_sebelumnya": {
        "2020": "100.86",
        "2022": "105.23",
        "2023": "103.53"
      }
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
