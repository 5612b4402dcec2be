$ ind eval tests/golden/syarat/kepegawaian.ind --data tests/golden/syarat/data/gagal/2024 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Syarat Data",
  "periode": "2024",
  "renstra": {
    "dari": "2024",
    "sampai": "2024"
  },
  "indikator": [],
  "nilai": [
    {
      "id": "jumlah_asn",
      "nama": "Jumlah ASN (rekap)",
      "nilai": "1250"
    },
    {
      "id": "nilai_aspek",
      "nama": "Nilai seluruh aspek",
      "nilai": "105.25"
    }
  ],
  "pemeriksaan_data": [
    {
      "judul": "Jumlah ASN per golongan = jumlah ASN",
      "lokasi": "tests/golden/syarat/kepegawaian.ind:26:1",
      "hasil": "tidak_terpenuhi",
      "sisi_kiri": "1240",
      "sisi_kanan": "1250",
      "dasar": [
        "Rekap ASN per golongan, BKPSDM"
      ]
    },
    {
      "judul": "Nilai aspek tidak melebihi maksimum",
      "lokasi": "tests/golden/syarat/kepegawaian.ind:30:1",
      "hasil": "tidak_terpenuhi",
      "sisi_kiri": null,
      "sisi_kanan": null,
      "tabel": "aspek",
      "baris_diperiksa": 8,
      "baris_tidak_memenuhi": 7,
      "baris": [
        {
          "lokasi": "aspek.csv:2",
          "sisi_kiri": "21",
          "sisi_kanan": "20"
        },
        {
          "lokasi": "aspek.csv:4",
          "sisi_kiri": "20.5",
          "sisi_kanan": "20"
        },
        {
          "lokasi": "aspek.csv:5",
          "sisi_kiri": "13",
          "sisi_kanan": "12.5"
        },
        {
          "lokasi": "aspek.csv:6",
          "sisi_kiri": "11",
          "sisi_kanan": "10"
        },
        {
          "lokasi": "aspek.csv:7",
          "sisi_kiri": "10.25",
          "sisi_kanan": "10"
        }
      ],
      "dasar": [
        "PermenPANRB 40/2018, Lampiran"
      ]
    },
    {
      "judul": "Maksimum aspek berjumlah 100",
      "lokasi": "tests/golden/syarat/kepegawaian.ind:34:1",
      "hasil": "terpenuhi",
      "sisi_kiri": "100",
      "sisi_kanan": "100",
      "dasar": []
    },
    {
      "judul": "Syarat lama",
      "lokasi": "tests/golden/syarat/kepegawaian.ind:36:1",
      "hasil": "tidak_berlaku",
      "sisi_kiri": null,
      "sisi_kanan": null,
      "sebab": "tidak berlaku pada periode 2024",
      "dasar": []
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
        "berkas": "tests/golden/syarat/kepegawaian.ind",
        "sha256": "702caee499fa692d090c865243f6494644c760b44e03b06714c6c59961f73cf9"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/syarat/data/gagal/2024/pegawai_golongan.csv",
        "sha256": "fe0a54b896176670bb7c8b2b45ccd3484d578749876818eeae8860254af1a7de"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/syarat/data/gagal/2024/rekap_asn.csv",
        "sha256": "0a3bc57bcae5f7fbeadcb3b8e235c366ed3b67f2cdaec58518ce396f26ebe210"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/syarat/data/gagal/2024/aspek.csv",
        "sha256": "3eff3b5d49b2dedbf45df795f36455139a114c26f5b926a99747d3923d84fe0e"
      }
    ]
  }
}

--- stderr
tests/golden/syarat/kepegawaian.ind:27:3: warning[W-SYARAT]: syarat "Jumlah ASN per golongan = jumlah ASN" tidak terpenuhi: sisi kiri 1.240, sisi kanan 1.250
 27 |   jumlah(pegawai_golongan.jumlah) = jumlah_asn
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: periksa data yang dibaca rumus ini, atau catat kesalahannya bila laporan memang mencetaknya demikian
   = dasar: Rekap ASN per golongan, BKPSDM
tests/golden/syarat/kepegawaian.ind:31:3: warning[W-SYARAT]: syarat "Nilai aspek tidak melebihi maksimum" tidak terpenuhi pada 7 dari 8 baris tabel aspek
 31 |   nilai <= maks
    |   ^~~~~~~~~~~~~
tests/golden/syarat/data/gagal/2024/aspek.csv:2:1: catatan: sisi kiri 21, sisi kanan 20
 2 | Perencanaan;21;20
   | ^~~~~~~~~~~
tests/golden/syarat/data/gagal/2024/aspek.csv:4:1: catatan: sisi kiri 20,5, sisi kanan 20
 4 | Pengembangan;20,5;20
   | ^~~~~~~~~~~~
tests/golden/syarat/data/gagal/2024/aspek.csv:5:1: catatan: sisi kiri 13, sisi kanan 12,5
 5 | Promosi;13;12,5
   | ^~~~~~~
tests/golden/syarat/data/gagal/2024/aspek.csv:6:1: catatan: sisi kiri 11, sisi kanan 10
 6 | Penilaian;11;10
   | ^~~~~~~~~
tests/golden/syarat/data/gagal/2024/aspek.csv:7:1: catatan: sisi kiri 10,25, sisi kanan 10
 7 | Penggajian;10,25;10
   | ^~~~~~~~~~
catatan: ... dan 2 baris lain
   = saran: perbaiki baris yang disebut di catatan
   = dasar: PermenPANRB 40/2018, Lampiran

--- exit 1
