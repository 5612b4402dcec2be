$ ind eval tests/golden/capaian/tujuan.ind --data examples/kab-pasuruan/2024 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Capaian Tujuan",
  "periode": "2024",
  "renstra": {
    "dari": "2024",
    "sampai": "2026"
  },
  "indikator": [
    {
      "id": "tata_kelola",
      "nama": "Kualitas tata kelola kepegawaian (rata-rata capaian sasaran)",
      "tingkat": "tujuan",
      "satuan": "persen",
      "arah": "naik",
      "target": "100.00",
      "realisasi": "102.85",
      "sumber_realisasi": "rumus",
      "capaian": "102.85",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024": "100.00",
        "2025": "100.00",
        "2026": "100.00"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "indeks_sistem_merit",
      "nama": "Indeks Sistem Merit",
      "tingkat": "sasaran",
      "induk": "tata_kelola",
      "satuan": "nilai",
      "arah": "naik",
      "target": "281.5",
      "realisasi": "297.5",
      "sumber_realisasi": "rumus",
      "capaian": "105.7",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024": "281.5",
        "2025": "296.7",
        "2026": "296.8"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "nilai_sakip",
      "nama": "Nilai SAKIP",
      "tingkat": "sasaran",
      "induk": "tata_kelola",
      "satuan": "nilai",
      "arah": "naik",
      "target": "82.10",
      "realisasi": "82.10",
      "sumber_realisasi": "rumus",
      "capaian": "100.00",
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024": "82.10",
        "2025": "82.12",
        "2026": "82.15"
      },
      "realisasi_sebelumnya": {
        "2022": "81.64",
        "2023": "82.05"
      },
      "capaian_sebelumnya": {}
    }
  ],
  "nilai": [
    {
      "id": "selisih_target_merit",
      "nama": "Realisasi Sistem Merit di atas target tahun ini",
      "nilai": "16"
    },
    {
      "id": "sisa_renstra_merit",
      "nama": "Jarak Sistem Merit ke target akhir Renstra",
      "nilai": "-0.7"
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
        "berkas": "tests/golden/capaian/tujuan.ind",
        "sha256": "ad6e7e8e8548ea6475c225a831bcfd928c42020a47ca8e7c8d50811c4f87b0e3"
      },
      {
        "jenis": "modul",
        "berkas": "stdlib/capaian.ind",
        "sha256": "0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12",
        "versi_pustaka": "1"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-pasuruan/2024/merit_aspek.csv",
        "sha256": "17406662efa45a90c2355234225c3626518613eef4072ecf95030ff0a4d41ef8"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-pasuruan/2024/sakip_komponen.csv",
        "sha256": "32046497b6ab3016cab2a9dddf6d950692dc289a706e323c3e668ea3ecaf49b2"
      }
    ]
  }
}

--- stderr

--- exit 0
