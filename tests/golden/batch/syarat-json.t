$ ind eval tests/golden/batch/rules-syarat --data tests/golden/batch/data --format json
--- stdout
{
  "versi_format": 2,
  "baris": [
    {
      "aturan": "baik",
      "instansi": "Dinas Contoh Baik",
      "periode": "2023",
      "indikator": "indeks",
      "besaran": "target",
      "nilai": "75.00"
    },
    {
      "aturan": "baik",
      "instansi": "Dinas Contoh Baik",
      "periode": "2023",
      "indikator": "indeks",
      "besaran": "realisasi",
      "nilai": "77.13"
    },
    {
      "aturan": "baik",
      "instansi": "Dinas Contoh Baik",
      "periode": "2023",
      "indikator": "indeks",
      "besaran": "capaian",
      "nilai": "102.84"
    },
    {
      "aturan": "baik",
      "instansi": "Dinas Contoh Baik",
      "periode": "2024",
      "indikator": "indeks",
      "besaran": "target",
      "nilai": "80.00"
    },
    {
      "aturan": "baik",
      "instansi": "Dinas Contoh Baik",
      "periode": "2024",
      "indikator": "indeks",
      "besaran": "realisasi",
      "nilai": "81.75"
    },
    {
      "aturan": "baik",
      "instansi": "Dinas Contoh Baik",
      "periode": "2024",
      "indikator": "indeks",
      "besaran": "capaian",
      "nilai": "102.1875"
    },
    {
      "aturan": "baik",
      "instansi": "Dinas Contoh Baik",
      "periode": "2024",
      "indikator": "",
      "besaran": "syarat",
      "nilai": "tidak_terpenuhi",
      "syarat": "Nilai unsur paling tinggi 40"
    }
  ],
  "gagal": []
}

--- stderr
tests/golden/batch/rules-syarat/baik.ind:10:65: warning[W-SYARAT]: syarat "Nilai unsur paling tinggi 40" tidak terpenuhi pada 2 dari 2 baris tabel skor
 10 | syarat "Nilai unsur paling tinggi 40" untuk setiap baris skor { nilai <= 40 }
    |                                                                 ^~~~~~~~~~~
tests/golden/batch/data/baik/2024/skor.csv:2:1: catatan: sisi kiri 40,5, sisi kanan 40
 2 | Satu;40,5
   | ^~~~
tests/golden/batch/data/baik/2024/skor.csv:3:1: catatan: sisi kiri 41,25, sisi kanan 40
 3 | Dua;41,25
   | ^~~
   = saran: perbaiki baris yang disebut di catatan

--- exit 1
