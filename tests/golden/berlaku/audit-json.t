$ ind audit tests/golden/berlaku/berlaku.ind --data tests/golden/berlaku/data --period 2024 --format json
--- stdout
{
  "versi_format": 2,
  "judul": "Audit: Contoh Rumus Berganti — 2024",
  "instansi": "Contoh Rumus Berganti",
  "periode": "2024",
  "putusan": {
    "diperiksa": 6,
    "cocok": 4,
    "tidak_cocok": 2,
    "kesalahan_asal": 1,
    "akibat": 1,
    "tempat_tidak_cocok": 2
  },
  "angka": [
    {
      "cocok": true,
      "lokasi": "Tabel 3.1",
      "objek": "kepuasan",
      "besaran": "realisasi",
      "periode": "2024",
      "tercetak": "82.25",
      "tercetak_teks": "82,25",
      "dihitung": "82.25",
      "aturan": "(realisasi(pelayanan) + realisasi(sarana)) / 2 (tests/golden/berlaku/berlaku.ind:30:9) (rumus berlaku sejak 2022)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.1",
      "objek": "kepuasan",
      "besaran": "capaian",
      "periode": "2024",
      "tercetak": "100.30",
      "tercetak_teks": "100,30",
      "dihitung": "100.30",
      "aturan": "realisasi / target x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.2",
      "objek": "kepuasan",
      "besaran": "realisasi",
      "periode": "2021",
      "tercetak": "76.00",
      "tercetak_teks": "76,00",
      "dihitung": "76.00",
      "aturan": "realisasi(puas) / realisasi(responden) * 100 (tests/golden/berlaku/berlaku.ind:29:9) (rumus berlaku sampai 2021)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.2",
      "objek": "ip_asn",
      "besaran": "realisasi",
      "periode": "2024",
      "tercetak": "73.00",
      "tercetak_teks": "73,00",
      "dihitung": "73.00",
      "aturan": "realisasi(kualifikasi) * 40% + realisasi(kompetensi) * 60% (tests/golden/berlaku/berlaku.ind:48:9) (rumus berlaku sejak 2022)"
    },
    {
      "cocok": false,
      "temuan": 1,
      "jenis": "kesalahan_asal",
      "lokasi": "Tabel 3.2",
      "objek": "ip_asn",
      "besaran": "realisasi",
      "periode": "2020",
      "tercetak": "55.80",
      "tercetak_teks": "55,80",
      "dihitung": "58.50",
      "aturan": "data realisasi (di luar masa berlaku rumus berlaku sejak 2022)",
      "petunjuk": "angka tercetak lebih kecil 2,70"
    },
    {
      "cocok": false,
      "temuan": 2,
      "jenis": "akibat",
      "akibat_dari": [
        1
      ],
      "akibat_bersama": false,
      "lokasi": "Tabel 3.2",
      "objek": "ip_asn",
      "besaran": "capaian",
      "periode": "2020",
      "tercetak": "96.21",
      "tercetak_teks": "96,21",
      "dihitung": "100.86",
      "aturan": "realisasi / target x 100",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari realisasi tercetak 55,80 (temuan 1)"
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
      },
      {
        "jenis": "tercetak",
        "berkas": "tests/golden/berlaku/data/tercetak.csv",
        "sha256": "268a3c7c247d94e9398d190e3a1ce3b42c16045c0f464a7fed15379a57b1e198"
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

--- exit 1
