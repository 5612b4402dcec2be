$ ind eval tests/golden/errors/base.ind --data tests/golden/budget/data/gap --period 2024 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh",
  "periode": "2024",
  "renstra": {
    "dari": "2024",
    "sampai": "2024"
  },
  "indikator": [
    {
      "id": "indeks",
      "nama": "Indeks contoh",
      "tingkat": "tujuan",
      "satuan": "indeks",
      "arah": "naik",
      "target": "80.00",
      "realisasi": "81.75",
      "sumber_realisasi": "rumus",
      "capaian": "102.2",
      "predikat": "Sangat memuaskan",
      "kategori": null,
      "anggaran": {
        "pagu": null,
        "realisasi": null,
        "serapan": null
      },
      "efisiensi": null,
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2024": "80.00"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {},
      "catatan": [
        "efisiensi: tidak lengkap: realisasi A.2 tidak tersedia (sel kolom realisasi kosong (\"\"))"
      ]
    }
  ],
  "nilai": [],
  "anggaran": {
    "pagu": null,
    "realisasi": null,
    "serapan": null,
    "catatan": [
      "pagu: tidak lengkap: pagu B.1 tidak tersedia (sel kolom pagu kosong (\"-\"))",
      "realisasi: tidak lengkap: realisasi A.2 tidak tersedia (sel kolom realisasi kosong (\"\"))"
    ],
    "rincian": [
      {
        "kode": "A",
        "nama": "Program",
        "pagu": "3000000",
        "realisasi": null,
        "serapan": null,
        "catatan": [
          "realisasi: tidak lengkap: realisasi A.2 tidak tersedia (sel kolom realisasi kosong (\"\"))"
        ]
      },
      {
        "kode": "A.1",
        "nama": "Sub satu",
        "pagu": "1729500",
        "realisasi": "1500000",
        "serapan": "86.73"
      },
      {
        "kode": "A.2",
        "nama": "Sub dua",
        "pagu": "1270500",
        "realisasi": null,
        "serapan": null,
        "catatan": [
          "realisasi: sel kolom realisasi kosong (\"\")"
        ]
      },
      {
        "kode": "B",
        "nama": "Program B",
        "pagu": null,
        "realisasi": "400000",
        "serapan": null,
        "catatan": [
          "pagu: tidak lengkap: pagu B.1 tidak tersedia (sel kolom pagu kosong (\"-\"))"
        ]
      },
      {
        "kode": "B.1",
        "nama": "Kegiatan B",
        "pagu": null,
        "realisasi": "400000",
        "serapan": null,
        "catatan": [
          "pagu: sel kolom pagu kosong (\"-\")"
        ]
      }
    ]
  },
  "asal": {
    "ind": "0.1.0",
    "waktu": "1970-01-01T00:00:00Z",
    "sumber_waktu": "SOURCE_DATE_EPOCH",
    "reproducible": true,
    "berkas": [
      {
        "jenis": "aturan",
        "berkas": "tests/golden/errors/base.ind",
        "sha256": "9b991f50cc59a1665dc765d76834f14392688096857d5cd124099e977423a506"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/budget/data/gap/skor.csv",
        "sha256": "3a9a1e3ca23d1acad37b35e38a28000fade66f01bab8469f0c0f8e134671efe0"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/budget/data/gap/anggaran.csv",
        "sha256": "da0e9e4147592dead7507173509b0a6c3be3bff7fa8f74ecbde2633f11b1b5b3"
      }
    ]
  }
}

--- stderr
tests/golden/budget/data/gap/anggaran.csv:4:23: warning[W-TIDAK-TERSEDIA]: efisiensi indeks periode 2024 tidak tersedia: tidak lengkap: realisasi A.2 tidak tersedia (sel kolom realisasi kosong (""))
 4 | A.2;Sub dua;1.270.500;
   |                       ^
tests/golden/budget/data/gap/anggaran.csv:4:23: warning[W-TIDAK-TERSEDIA]: realisasi anggaran A.2 tidak tersedia: sel kolom realisasi kosong ("")
 4 | A.2;Sub dua;1.270.500;
   |                       ^
   = saran: realisasi A dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada realisasi
tests/golden/budget/data/gap/anggaran.csv:6:16: warning[W-TIDAK-TERSEDIA]: pagu anggaran B.1 tidak tersedia: sel kolom pagu kosong ("-")
 6 | B.1;Kegiatan B;-;400.000
   |                ^
   = saran: pagu B dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada pagu

--- exit 0
