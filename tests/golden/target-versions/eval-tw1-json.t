$ ind eval tests/golden/target-versions/versi.ind --data tests/golden/target-versions/data/2024 --period 2024-TW1 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Versi Target",
  "periode": "2024-TW1",
  "renstra": {
    "dari": "2024",
    "sampai": "2026"
  },
  "indikator": [
    {
      "id": "kepuasan",
      "nama": "Indeks kepuasan layanan kepegawaian",
      "tingkat": "sasaran",
      "satuan": "indeks",
      "arah": "naik",
      "target": "78",
      "target_versi": {
        "nama": "pk",
        "judul": "Perjanjian Kinerja"
      },
      "target_lain": [
        {
          "versi": "renstra",
          "judul": "Renstra 2024-2026",
          "target": "80",
          "target_periode": "2024"
        },
        {
          "versi": "pk_perubahan",
          "judul": "PK Perubahan",
          "target": "81.5",
          "target_periode": "2024"
        }
      ],
      "realisasi": "79.3",
      "sumber_realisasi": "data",
      "capaian": "101.67",
      "predikat": "Sangat memuaskan",
      "kategori": null,
      "target_renstra": {
        "2024": "82",
        "2024-TW1": "78",
        "2025": "83",
        "2026": "85"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "pelatihan",
      "nama": "ASN yang mengikuti pelatihan",
      "tingkat": "sasaran",
      "satuan": "orang",
      "arah": "naik",
      "target": "180",
      "target_periode": "2024",
      "target_versi": {
        "nama": "renstra",
        "judul": "Renstra 2024-2026"
      },
      "target_lain": [
        {
          "versi": null,
          "judul": "",
          "target": "200",
          "target_periode": "2024"
        }
      ],
      "realisasi": "45",
      "sumber_realisasi": "data",
      "capaian": "25.0",
      "predikat": "Belum baik",
      "kategori": null,
      "target_renstra": {
        "2024": "180",
        "2025": "200",
        "2026": "220"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "dokumen",
      "nama": "Dokumen perencanaan tepat waktu",
      "tingkat": "sasaran",
      "satuan": "dokumen",
      "arah": "naik",
      "target": "4",
      "target_periode": "2024",
      "realisasi": "1",
      "sumber_realisasi": "data",
      "capaian": "25.0",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024": "4",
        "2025": "4",
        "2026": "4"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    }
  ],
  "nilai": [
    {
      "id": "selisih_pk",
      "nama": "Target PK di atas target Renstra, kepuasan 2024",
      "nilai": "2"
    },
    {
      "id": "target_dipakai",
      "nama": "Target kepuasan yang dipakai capaian",
      "nilai": "78"
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
        "berkas": "tests/golden/target-versions/versi.ind",
        "sha256": "424ac41f6c7d088f308d2cb1592be21b92f117459ab510950541390af83d03cb"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/target-versions/data/2024/realisasi.csv",
        "sha256": "31899b67589bd4a382cf0d47880eab377ad0b23313c690d16933f168f74603c1"
      }
    ]
  }
}

--- stderr

--- exit 0
