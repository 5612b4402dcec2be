$ ind audit tests/golden/batch/audit/rules-rusak --data tests/golden/batch/audit/data --format json
--- stdout
{
  "versi_format": 2,
  "baris": [
    {
      "aturan": "rusak",
      "instansi": "Dinas Contoh Rusak",
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
      "aturan": "rusak",
      "instansi": "Dinas Contoh Rusak",
      "periode": "2024",
      "lokasi": "Tabel 3.1",
      "objek": "indeks",
      "besaran": "capaian",
      "periode_angka": "2024",
      "tercetak": "99.38",
      "tercetak_teks": "99,38%",
      "dihitung": "99.38",
      "hasil": "cocok"
    }
  ],
  "putusan": [
    {
      "aturan": "rusak",
      "instansi": "Dinas Contoh Rusak",
      "periode": "2024",
      "diperiksa": 2,
      "cocok": 2,
      "tidak_cocok": 0,
      "kesalahan_asal": 0,
      "akibat": 0,
      "tempat_tidak_cocok": 0,
      "syarat_tidak_terpenuhi": 0
    }
  ],
  "gagal": [
    {
      "aturan": "rusak",
      "periode": "2024",
      "galat": "tests/golden/batch/audit/data/rusak/2024/tercetak.csv:3:1: error[E-TERCETAK]: angka tercetak 'tujuh puluh' tidak dapat dibaca"
    },
    {
      "aturan": "tanpa",
      "periode": "2024",
      "galat": "tests/golden/batch/audit/rules-rusak/tanpa.ind:1:1: error[E-TERCETAK]: berkas aturan tidak menyatakan angka tercetak"
    }
  ]
}

--- stderr
tests/golden/batch/audit/data/rusak/2024/tercetak.csv:3:1: error[E-TERCETAK]: angka tercetak 'tujuh puluh' tidak dapat dibaca
 3 | Tabel 3.1;indeks;realisasi;tujuh puluh
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: karakter "t" tidak boleh ada dalam angka
tests/golden/batch/audit/rules-rusak/rusak.ind 2024: gagal, angka yang terbaca tetap diperiksa
tests/golden/batch/audit/rules-rusak/tanpa.ind:1:1: error[E-TERCETAK]: berkas aturan tidak menyatakan angka tercetak
 1 | instansi "Dinas Tanpa Tercetak" renstra 2023..2024
   | ^
   = saran: tambahkan: tercetak "tercetak.csv" (kolom lokasi;objek;besaran;nilai)
tests/golden/batch/audit/rules-rusak/tanpa.ind 2024: gagal, dilewati
2 dari 2 audit gagal

--- exit 2
