$ ind audit tests/golden/batch/audit/rules --data tests/golden/batch/audit/data --format json
--- stdout
{
  "versi_format": 2,
  "baris": [
    {
      "aturan": "cocok",
      "instansi": "Dinas Contoh cocok",
      "periode": "2024",
      "lokasi": "Tabel 3.1",
      "objek": "indeks",
      "besaran": "target",
      "periode_angka": "2024",
      "tercetak": "80",
      "tercetak_teks": "80",
      "dihitung": "80",
      "hasil": "cocok"
    },
    {
      "aturan": "cocok",
      "instansi": "Dinas Contoh cocok",
      "periode": "2024",
      "lokasi": "Tabel 3.1",
      "objek": "indeks",
      "besaran": "realisasi",
      "periode_angka": "2024",
      "tercetak": "79.50",
      "tercetak_teks": "79,50",
      "dihitung": "79.50",
      "hasil": "cocok"
    },
    {
      "aturan": "cocok",
      "instansi": "Dinas Contoh cocok",
      "periode": "2024",
      "lokasi": "Tabel 3.1",
      "objek": "indeks",
      "besaran": "capaian",
      "periode_angka": "2024",
      "tercetak": "99.38",
      "tercetak_teks": "99,38%",
      "dihitung": "99.38",
      "hasil": "cocok"
    },
    {
      "aturan": "salah",
      "instansi": "Dinas Contoh salah",
      "periode": "2024",
      "lokasi": "Tabel 3.1",
      "objek": "indeks",
      "besaran": "target",
      "periode_angka": "2024",
      "tercetak": "80",
      "tercetak_teks": "80",
      "dihitung": "80",
      "hasil": "cocok"
    },
    {
      "aturan": "salah",
      "instansi": "Dinas Contoh salah",
      "periode": "2024",
      "lokasi": "Tabel 3.1",
      "objek": "indeks",
      "besaran": "realisasi",
      "periode_angka": "2024",
      "tercetak": "79.05",
      "tercetak_teks": "79,05",
      "dihitung": "79.50",
      "hasil": "kesalahan_asal",
      "temuan": 1
    },
    {
      "aturan": "salah",
      "instansi": "Dinas Contoh salah",
      "periode": "2024",
      "lokasi": "Tabel 3.1",
      "objek": "indeks",
      "besaran": "capaian",
      "periode_angka": "2024",
      "tercetak": "98.81",
      "tercetak_teks": "98,81%",
      "dihitung": "99.38",
      "hasil": "akibat",
      "temuan": 2,
      "akibat_dari": [
        1
      ]
    }
  ],
  "putusan": [
    {
      "aturan": "cocok",
      "instansi": "Dinas Contoh cocok",
      "periode": "2024",
      "diperiksa": 3,
      "cocok": 3,
      "tidak_cocok": 0,
      "kesalahan_asal": 0,
      "akibat": 0,
      "tempat_tidak_cocok": 0,
      "syarat_tidak_terpenuhi": 0
    },
    {
      "aturan": "salah",
      "instansi": "Dinas Contoh salah",
      "periode": "2024",
      "diperiksa": 3,
      "cocok": 1,
      "tidak_cocok": 2,
      "kesalahan_asal": 1,
      "akibat": 1,
      "tempat_tidak_cocok": 2,
      "syarat_tidak_terpenuhi": 0
    }
  ],
  "gagal": []
}

--- stderr

--- exit 1
