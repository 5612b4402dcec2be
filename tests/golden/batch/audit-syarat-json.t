$ ind audit tests/golden/batch/audit/rules-syarat --data tests/golden/batch/audit/data --format json
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
      "syarat_tidak_terpenuhi": 1
    }
  ],
  "gagal": []
}

--- stderr
tests/golden/batch/audit/rules-syarat/cocok.ind:10:65: warning[W-SYARAT]: syarat "Nilai unsur paling tinggi 40" tidak terpenuhi pada 1 dari 2 baris tabel skor
 10 | syarat "Nilai unsur paling tinggi 40" untuk setiap baris skor { nilai <= 40 }
    |                                                                 ^~~~~~~~~~~
tests/golden/batch/audit/data/cocok/2024/skor.csv:2:1: catatan: sisi kiri 40,5, sisi kanan 40
 2 | Satu;40,5
   | ^~~~
   = saran: perbaiki baris yang disebut di catatan

--- exit 1
