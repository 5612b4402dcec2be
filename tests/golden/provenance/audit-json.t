$ ind audit tests/golden/provenance/stempel.ind --data tests/golden/provenance/data/2024 --format json
--- stdout
{
  "versi_format": 2,
  "judul": "Audit: Contoh Asal Laporan — 2024",
  "instansi": "Contoh Asal Laporan",
  "periode": "2024",
  "putusan": {
    "diperiksa": 2,
    "cocok": 1,
    "tidak_cocok": 1,
    "kesalahan_asal": 1,
    "akibat": 0,
    "tempat_tidak_cocok": 1
  },
  "angka": [
    {
      "cocok": true,
      "lokasi": "Tabel 3.1",
      "objek": "indeks",
      "besaran": "realisasi",
      "periode": "2024",
      "tercetak": "84.75",
      "tercetak_teks": "84,75",
      "dihitung": "84.75",
      "aturan": "jumlah(skor.nilai) (tests/golden/provenance/stempel.ind:14:9)"
    },
    {
      "cocok": false,
      "temuan": 1,
      "jenis": "kesalahan_asal",
      "lokasi": "Tabel 3.1",
      "objek": "indeks",
      "besaran": "capaian",
      "periode": "2024",
      "tercetak": "106.0",
      "tercetak_teks": "106,0%",
      "dihitung": "105.9",
      "aturan": "capaian.naik(realisasi; target) (tests/golden/provenance/stempel.ind:16:13)",
      "petunjuk": "angka tercetak lebih besar 0,1"
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
        "berkas": "tests/golden/provenance/stempel.ind",
        "sha256": "6fa9cc72966bf4b78b42237af3cc4a37218da9b23675f3168374ac569e854220"
      },
      {
        "jenis": "modul",
        "berkas": "stdlib/capaian.ind",
        "sha256": "0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12",
        "versi_pustaka": "1"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/provenance/data/2024/skor.csv",
        "sha256": "823ae4a2d7f8ae763d8bffd774d5dcf3e2ba8c251798ad80e85ed612a469ed57"
      },
      {
        "jenis": "tercetak",
        "berkas": "tests/golden/provenance/data/2024/tercetak.csv",
        "sha256": "e2d68c62f33412e8c260862a8e0f5abda25f69b222b8e6d32253c8e0b0359c56"
      }
    ]
  }
}

--- stderr

--- exit 1
