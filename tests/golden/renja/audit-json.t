$ ind audit tests/golden/renja/renja.ind --data tests/golden/renja/data/tw2 --period 2024-TW2 --format json
--- stdout
{
  "versi_format": 2,
  "judul": "Audit: Contoh Renja — TW II 2024",
  "instansi": "Contoh Renja",
  "periode": "2024-TW2",
  "putusan": {
    "diperiksa": 13,
    "cocok": 6,
    "tidak_cocok": 7,
    "kesalahan_asal": 3,
    "akibat": 4,
    "tempat_tidak_cocok": 7
  },
  "angka": [
    {
      "cocok": true,
      "lokasi": "Lampiran 1",
      "objek": "renja:A",
      "besaran": "k13",
      "periode": "2024-TW2",
      "tercetak": "50",
      "tercetak_teks": "50",
      "dihitung": "50",
      "aturan": "(13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan"
    },
    {
      "cocok": true,
      "lokasi": "Lampiran 1",
      "objek": "renja:A",
      "besaran": "k14",
      "periode": "2024-TW2",
      "tercetak": "50.00",
      "tercetak_teks": "50,00",
      "dihitung": "50.00",
      "aturan": "(14) = (13) / (8) x 100"
    },
    {
      "cocok": true,
      "lokasi": "Lampiran 1",
      "objek": "renja:A",
      "besaran": "k15",
      "periode": "2024-TW2",
      "tercetak": "140",
      "tercetak_teks": "140",
      "dihitung": "140",
      "aturan": "(15) = (7) + (13)"
    },
    {
      "cocok": true,
      "lokasi": "Lampiran 1",
      "objek": "renja:A",
      "besaran": "k16",
      "periode": "2024-TW2",
      "tercetak": "46.67",
      "tercetak_teks": "46,67",
      "dihitung": "46.67",
      "aturan": "(16) = (15) / (6) x 100"
    },
    {
      "cocok": true,
      "lokasi": "Lampiran 1",
      "objek": "renja:A",
      "besaran": "predikat_k14",
      "periode": "2024-TW2",
      "tercetak": "Sangat rendah",
      "tercetak_teks": "Sangat rendah",
      "dihitung": "Sangat rendah",
      "aturan": "skala predikat atas (14)"
    },
    {
      "cocok": false,
      "temuan": 1,
      "jenis": "kesalahan_asal",
      "lokasi": "Lampiran 1",
      "objek": "renja:A.1.2",
      "besaran": "rp9",
      "periode": "2024-TW2",
      "tercetak": "100000000",
      "tercetak_teks": "100.000.000",
      "dihitung": "10000000",
      "aturan": "dari renja.csv",
      "petunjuk": "angka tercetak lebih besar 90.000.000"
    },
    {
      "cocok": false,
      "temuan": 2,
      "jenis": "akibat",
      "akibat_dari": [
        1
      ],
      "akibat_bersama": false,
      "lokasi": "Lampiran 1",
      "objek": "renja:A.1.2",
      "besaran": "rp13",
      "periode": "2024-TW2",
      "tercetak": "115000000",
      "tercetak_teks": "115.000.000",
      "dihitung": "25000000",
      "aturan": "(13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari rp9 tercetak 100.000.000 (temuan 1)"
    },
    {
      "cocok": false,
      "temuan": 3,
      "jenis": "akibat",
      "akibat_dari": [
        1
      ],
      "akibat_bersama": false,
      "lokasi": "Lampiran 1",
      "objek": "renja:A.1.2",
      "besaran": "rp14",
      "periode": "2024-TW2",
      "tercetak": "230.00",
      "tercetak_teks": "230,00",
      "dihitung": "50.00",
      "aturan": "(14) = (13) / (8) x 100",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari rp9 tercetak 100.000.000 (temuan 1)"
    },
    {
      "cocok": false,
      "temuan": 4,
      "jenis": "akibat",
      "akibat_dari": [
        1
      ],
      "akibat_bersama": false,
      "lokasi": "Lampiran 1",
      "objek": "renja:A.1",
      "besaran": "rp13",
      "periode": "2024-TW2",
      "tercetak": "185000000",
      "tercetak_teks": "185.000.000",
      "dihitung": "95000000",
      "aturan": "(13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari rp9 renja:A.1.2 tercetak 100.000.000 (temuan 1)"
    },
    {
      "cocok": false,
      "temuan": 5,
      "jenis": "akibat",
      "akibat_dari": [
        1
      ],
      "akibat_bersama": false,
      "lokasi": "Lampiran 1",
      "objek": "renja:A",
      "besaran": "rp13",
      "periode": "2024-TW2",
      "tercetak": "230000000",
      "tercetak_teks": "230.000.000",
      "dihitung": "140000000",
      "aturan": "(13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari rp9 renja:A.1.2 tercetak 100.000.000 (temuan 1)"
    },
    {
      "cocok": false,
      "temuan": 6,
      "jenis": "kesalahan_asal",
      "lokasi": "Lampiran 1",
      "objek": "renja:A",
      "besaran": "rp15",
      "periode": "2024-TW2",
      "tercetak": "530000000",
      "tercetak_teks": "530.000.000",
      "dihitung": "420000000",
      "aturan": "(15) = (7) + (13)",
      "petunjuk": "angka tercetak lebih besar 110.000.000"
    },
    {
      "cocok": false,
      "temuan": 7,
      "jenis": "kesalahan_asal",
      "lokasi": "Lampiran 1",
      "objek": "renja:A.2:2",
      "besaran": "k13",
      "periode": "2024-TW2",
      "tercetak": "25",
      "tercetak_teks": "25",
      "dihitung": "26",
      "aturan": "(13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan",
      "petunjuk": "angka tercetak lebih kecil 1"
    },
    {
      "cocok": true,
      "lokasi": "Lampiran 1",
      "objek": "renja:A.2",
      "besaran": "predikat_rp14",
      "periode": "2024-TW2",
      "tercetak": "Sangat rendah",
      "tercetak_teks": "Sangat rendah",
      "dihitung": "Sangat rendah",
      "aturan": "skala predikat atas (14)"
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
        "berkas": "tests/golden/renja/renja.ind",
        "sha256": "ea06e44ecbee311bf2b1b0d2f180197c704551314574d92d3829f83a9d293713"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/renja/data/tw2/renja.csv",
        "sha256": "5d5964e4f91b17cf2eb6a14ac444e7724e769f8fb628fa11dee031c0ec82d704"
      },
      {
        "jenis": "tercetak",
        "berkas": "tests/golden/renja/data/tw2/tercetak.csv",
        "sha256": "dc5ced4a71350c56c70b6cd52e32468ecd43260fd0e4e3e43ec73028c29f31cc"
      }
    ]
  }
}

--- stderr

--- exit 1
