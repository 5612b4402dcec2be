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
  ]
}

--- stderr

--- exit 0
