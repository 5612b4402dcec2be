$ ind explain tests/golden/stdlib/bobot/bobot.ind poin_evaluasi --data tests/golden/stdlib/bobot/2021 --format json
--- stdout
{
  "versi_format": 2,
  "id": "poin_evaluasi",
  "nama": "Poin tertimbang evaluasi internal",
  "periode": "2021",
  "langkah": [
    {
      "jenis": "angka",
      "label": "nilai poin_evaluasi 2021",
      "lokasi": "tests/golden/stdlib/bobot/bobot.ind:14:3",
      "nilai": "8.00",
      "rincian": [
        {
          "jenis": "ekspresi",
          "label": "sakip.poin(ambil(komponen.skor dengan komponen.komponen = \"evaluasi\"); sakip.komponen.evaluasi)",
          "lokasi": "tests/golden/stdlib/bobot/bobot.ind:14:3",
          "nilai": "8",
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
                      "lokasi": "tests/golden/stdlib/bobot/2021/komponen.csv:2:1",
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
                      "lokasi": "tests/golden/stdlib/bobot/2021/komponen.csv:3:1",
                      "nilai": "evaluasi"
                    }
                  ]
                },
                {
                  "jenis": "data",
                  "label": "kolom skor, baris 3",
                  "lokasi": "tests/golden/stdlib/bobot/2021/komponen.csv:3:10",
                  "nilai": "80"
                }
              ]
            },
            {
              "jenis": "ekspresi",
              "label": "sakip.komponen.evaluasi",
              "lokasi": "tests/golden/stdlib/bobot/bobot.ind:14:74",
              "nilai": "10",
              "rincian": [
                {
                  "jenis": "catatan",
                  "label": "bobot sakip.komponen",
                  "lokasi": "stdlib/sakip.ind:25:1",
                  "nilai": null,
                  "keterangan": "dasar: PermenPANRB 12/2015 tentang Pedoman Evaluasi atas Implementasi SAKIP, Lampiran (komponen evaluasi); bobot bacaan praktisi (aplikasi LKE yang beredar), Lampiran peraturannya belum terbaca; status: bacaan_praktisi; berlaku sejak 2015 sampai 2021"
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
              "nilai": "8",
              "rincian": [
                {
                  "jenis": "ekspresi",
                  "label": "skor * bobot_komponen",
                  "lokasi": "stdlib/sakip.ind:56:3",
                  "nilai": "800",
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
                      "nilai": "10"
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
          "nilai": "8.00",
          "keterangan": "dari 8"
        }
      ]
    }
  ]
}

--- stderr

--- exit 0
