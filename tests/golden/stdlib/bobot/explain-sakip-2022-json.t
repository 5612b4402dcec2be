$ ind explain tests/golden/stdlib/bobot/bobot.ind poin_evaluasi --data tests/golden/stdlib/bobot/2022 --format json
--- stdout
{
  "versi_format": 2,
  "id": "poin_evaluasi",
  "nama": "Poin tertimbang evaluasi internal",
  "periode": "2022",
  "langkah": [
    {
      "jenis": "angka",
      "label": "nilai poin_evaluasi 2022",
      "lokasi": "tests/golden/stdlib/bobot/bobot.ind:14:3",
      "nilai": "20.00",
      "rincian": [
        {
          "jenis": "ekspresi",
          "label": "sakip.poin(ambil(komponen.skor dengan komponen.komponen = \"evaluasi\"); sakip.komponen.evaluasi)",
          "lokasi": "tests/golden/stdlib/bobot/bobot.ind:14:3",
          "nilai": "20",
          "rincian": [
            {
              "jenis": "ekspresi",
              "label": "ambil(komponen.skor dengan komponen.komponen = \"evaluasi\")",
              "lokasi": "tests/golden/stdlib/bobot/bobot.ind:14:14",
              "nilai": "80",
              "rincian": [
                {
                  "jenis": "ekspresi",
                  "label": "komponen.komponen = \"evaluasi\"",
                  "lokasi": "tests/golden/stdlib/bobot/bobot.ind:14:41",
                  "nilai": false,
                  "rincian": [
                    {
                      "jenis": "data",
                      "label": "kolom komponen, baris 2",
                      "lokasi": "tests/golden/stdlib/bobot/2022/komponen.csv:2:1",
                      "nilai": "perencanaan"
                    }
                  ]
                },
                {
                  "jenis": "ekspresi",
                  "label": "komponen.komponen = \"evaluasi\"",
                  "lokasi": "tests/golden/stdlib/bobot/bobot.ind:14:41",
                  "nilai": true,
                  "rincian": [
                    {
                      "jenis": "data",
                      "label": "kolom komponen, baris 3",
                      "lokasi": "tests/golden/stdlib/bobot/2022/komponen.csv:3:1",
                      "nilai": "evaluasi"
                    }
                  ]
                },
                {
                  "jenis": "data",
                  "label": "kolom skor, baris 3",
                  "lokasi": "tests/golden/stdlib/bobot/2022/komponen.csv:3:10",
                  "nilai": "80"
                }
              ]
            },
            {
              "jenis": "ekspresi",
              "label": "sakip.komponen.evaluasi",
              "lokasi": "tests/golden/stdlib/bobot/bobot.ind:14:74",
              "nilai": "25",
              "rincian": [
                {
                  "jenis": "catatan",
                  "label": "bobot sakip.komponen",
                  "lokasi": "stdlib/sakip.ind:40:1",
                  "nilai": null,
                  "keterangan": "dasar: PermenPANRB 88/2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah, Lampiran (komponen evaluasi); bobot bacaan praktisi (aplikasi LKE yang beredar), Lampiran peraturannya belum terbaca; Bobot yang sama pada LHE AKIP Inspektorat Kab. Pasuruan (Lampiran II LKjIP BKPSDM Kab. Pasuruan 2024); status: bacaan_praktisi; berlaku sejak 2022"
                }
              ]
            },
            {
              "jenis": "catatan",
              "label": "aturan sakip.poin",
              "lokasi": "stdlib/sakip.ind:55:1",
              "nilai": null,
              "keterangan": "dasar: Pilihan pustaka: komponen dinilai 0-100 lalu dikalikan bobotnya (LKjIP Way Kanan 2023 menulis Nilai SAKIP = 30% x Perencanaan + ...; skala skornya tidak tertulis); status: asumsi"
            },
            {
              "jenis": "ekspresi",
              "label": "skor * bobot_komponen / 100",
              "lokasi": "stdlib/sakip.ind:56:3",
              "nilai": "20",
              "rincian": [
                {
                  "jenis": "ekspresi",
                  "label": "skor * bobot_komponen",
                  "lokasi": "stdlib/sakip.ind:56:3",
                  "nilai": "2000",
                  "rincian": [
                    {
                      "jenis": "ekspresi",
                      "label": "skor",
                      "lokasi": "stdlib/sakip.ind:56:3",
                      "nilai": "80"
                    },
                    {
                      "jenis": "ekspresi",
                      "label": "bobot_komponen",
                      "lokasi": "stdlib/sakip.ind:56:10",
                      "nilai": "25"
                    }
                  ]
                }
              ]
            }
          ]
        },
        {
          "jenis": "pembulatan",
          "label": "dibulatkan setengah ke atas, 2 desimal",
          "lokasi": "tests/golden/stdlib/bobot/bobot.ind:14:3",
          "nilai": "20.00",
          "keterangan": "dari 20"
        }
      ]
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
        "berkas": "tests/golden/stdlib/bobot/bobot.ind",
        "sha256": "4bba394d71e8025348c985b186e80cf9ca1cee069d03310ffc7717e15de64892"
      },
      {
        "jenis": "modul",
        "berkas": "stdlib/sakip.ind",
        "sha256": "f451084bb2ee33a85703f387ca8a003f025ad2723bd42f6ba5bbc0d5b4d573c5",
        "versi_pustaka": "1"
      },
      {
        "jenis": "modul",
        "berkas": "stdlib/ipasn.ind",
        "sha256": "b45ec641a27e917d95bc5c2c1249e7b8c3a404435d6c73192d2912d22c631fe8",
        "versi_pustaka": "1"
      },
      {
        "jenis": "modul",
        "berkas": "stdlib/skp.ind",
        "sha256": "f90202e8ca8d971d76da6ab00b64c6f2c4ea843d886ae0670df909de92c49c9e",
        "versi_pustaka": "1"
      },
      {
        "jenis": "modul",
        "berkas": "stdlib/merit.ind",
        "sha256": "d8a84ffcfbdb713df4fef14bcc59c9fcb1f3c49f65b7c8513a02a1182a611c27",
        "versi_pustaka": "1"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/stdlib/bobot/2022/komponen.csv",
        "sha256": "bd30c16acf6623d7fc5965a1eb10dd9685bcfe328fd62b52f241fa0c85a27e78"
      }
    ]
  }
}

--- stderr

--- exit 0
