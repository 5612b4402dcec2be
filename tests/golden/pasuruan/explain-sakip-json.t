$ ind explain rules/kab-pasuruan.ind nilai_sakip --data examples/kab-pasuruan/2024 --format json
--- stdout
{
  "versi_format": 2,
  "id": "nilai_sakip",
  "nama": "Nilai SAKIP",
  "periode": "2024",
  "langkah": [
    {
      "jenis": "angka",
      "label": "realisasi nilai_sakip 2024",
      "lokasi": "rules/kab-pasuruan.ind:161:9",
      "nilai": "82.10",
      "rincian": [
        {
          "jenis": "ekspresi",
          "label": "jumlah(sakip_komponen.nilai)",
          "lokasi": "rules/kab-pasuruan.ind:161:9",
          "nilai": "82.1",
          "rincian": [
            {
              "jenis": "data",
              "label": "kolom nilai, baris 10",
              "lokasi": "examples/kab-pasuruan/2024/sakip_komponen.csv:10:29",
              "nilai": "26.1"
            },
            {
              "jenis": "data",
              "label": "kolom nilai, baris 11",
              "lokasi": "examples/kab-pasuruan/2024/sakip_komponen.csv:11:28",
              "nilai": "24"
            },
            {
              "jenis": "data",
              "label": "kolom nilai, baris 12",
              "lokasi": "examples/kab-pasuruan/2024/sakip_komponen.csv:12:27",
              "nilai": "12"
            },
            {
              "jenis": "data",
              "label": "kolom nilai, baris 13",
              "lokasi": "examples/kab-pasuruan/2024/sakip_komponen.csv:13:49",
              "nilai": "20"
            }
          ]
        },
        {
          "jenis": "pembulatan",
          "label": "dibulatkan setengah ke atas, 2 desimal",
          "lokasi": "rules/kab-pasuruan.ind:161:9",
          "nilai": "82.10",
          "keterangan": "dari 82,1"
        }
      ]
    },
    {
      "jenis": "data",
      "label": "target nilai_sakip 2024",
      "lokasi": "rules/kab-pasuruan.ind:162:10",
      "nilai": "82.1",
      "keterangan": "dari berkas aturan"
    },
    {
      "jenis": "angka",
      "label": "capaian nilai_sakip 2024",
      "lokasi": "rules/kab-pasuruan.ind:164:13",
      "nilai": "100.00",
      "rincian": [
        {
          "jenis": "ekspresi",
          "label": "capaian.naik(realisasi; target)",
          "lokasi": "rules/kab-pasuruan.ind:164:13",
          "nilai": "100",
          "rincian": [
            {
              "jenis": "rujukan",
              "label": "realisasi nilai_sakip 2024",
              "lokasi": "rules/kab-pasuruan.ind:161:9",
              "nilai": "82.10"
            },
            {
              "jenis": "ekspresi",
              "label": "target",
              "lokasi": "rules/kab-pasuruan.ind:164:37",
              "nilai": "82.1"
            },
            {
              "jenis": "catatan",
              "label": "aturan capaian.naik",
              "lokasi": "stdlib/capaian.ind:28:1",
              "nilai": null,
              "keterangan": "dasar: Capaian = Realisasi / Target x 100%: LKjIP Kab. Maluku Tengah 2021 (fliphtml5.com/qdghn/orip, hlm. 94), praktik pelaporan; rumus yang sama terbaca di Lampiran PermenPANRB 8/2021, tetapi untuk capaian IKI pegawai; Kerangka pelaporan: PermenPANRB 53/2014 (perbandingan target dan realisasi per indikator; rumus hitungnya tidak terbaca); status: bacaan_praktisi"
            },
            {
              "jenis": "ekspresi",
              "label": "realisasi / target * 100",
              "lokasi": "stdlib/capaian.ind:29:3",
              "nilai": "100",
              "rincian": [
                {
                  "jenis": "ekspresi",
                  "label": "realisasi / target",
                  "lokasi": "stdlib/capaian.ind:29:3",
                  "nilai": "1",
                  "rincian": [
                    {
                      "jenis": "ekspresi",
                      "label": "realisasi",
                      "lokasi": "stdlib/capaian.ind:29:3",
                      "nilai": "82.1"
                    },
                    {
                      "jenis": "ekspresi",
                      "label": "target",
                      "lokasi": "stdlib/capaian.ind:29:15",
                      "nilai": "82.1"
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
          "lokasi": "rules/kab-pasuruan.ind:164:13",
          "nilai": "100.00",
          "keterangan": "dari 100"
        }
      ]
    },
    {
      "jenis": "kelas",
      "label": "skala rentang_capaian: 100 masuk [100..~)",
      "lokasi": "rules/kab-pasuruan.ind:53:3",
      "nilai": "Sangat memuaskan"
    },
    {
      "jenis": "kelas",
      "label": "skala sakip.predikat: 82,1 masuk (80..90]",
      "lokasi": "stdlib/sakip.ind:76:3",
      "nilai": "A",
      "keterangan": "dasar: PermenPANRB 88/2021, predikat hasil evaluasi AKIP sebagaimana dipakai aplikasi evaluasi yang beredar (bacaan praktisi); Lampiran peraturannya belum terbaca; Tabel kategori LHE AKIP, Perbup Pasuruan 81/2023 (Lampiran II LKjIP BKPSDM Kab. Pasuruan 2024); status: bacaan_praktisi"
    },
    {
      "jenis": "angka",
      "label": "anggaran nilai_sakip 2024",
      "lokasi": "rules/kab-pasuruan.ind:154:1",
      "nilai": "93.66",
      "keterangan": "kode A, dijumlah dari baris terendahnya",
      "rincian": [
        {
          "jenis": "data",
          "label": "pagu A (Program Penunjang Urusan Pemerintahan Daerah Kab/Kota)",
          "lokasi": "examples/kab-pasuruan/2024/anggaran.csv:2:57",
          "nilai": "10656768771"
        },
        {
          "jenis": "data",
          "label": "realisasi A",
          "lokasi": "examples/kab-pasuruan/2024/anggaran.csv:2:72",
          "nilai": "9981255308"
        },
        {
          "jenis": "ekspresi",
          "label": "pagu",
          "lokasi": null,
          "nilai": "10656768771"
        },
        {
          "jenis": "ekspresi",
          "label": "realisasi anggaran",
          "lokasi": null,
          "nilai": "9981255308"
        },
        {
          "jenis": "angka",
          "label": "serapan = realisasi anggaran / pagu x 100",
          "lokasi": "rules/kab-pasuruan.ind:44:1",
          "nilai": "93.66",
          "rincian": [
            {
              "jenis": "pembulatan",
              "label": "dibulatkan setengah ke atas, 2 desimal",
              "lokasi": "rules/kab-pasuruan.ind:44:1",
              "nilai": "93.66",
              "keterangan": "dari 93,661179..."
            }
          ]
        }
      ]
    },
    {
      "jenis": "angka",
      "label": "efisiensi nilai_sakip 2024",
      "lokasi": "rules/kab-pasuruan.ind:167:15",
      "nilai": "107",
      "rincian": [
        {
          "jenis": "ekspresi",
          "label": "efisiensi.tingkat(capaian; serapan)",
          "lokasi": "rules/kab-pasuruan.ind:167:15",
          "nilai": "106.769165065129190689728806320734...",
          "rincian": [
            {
              "jenis": "rujukan",
              "label": "capaian nilai_sakip 2024",
              "lokasi": "rules/kab-pasuruan.ind:164:13",
              "nilai": "100.00"
            },
            {
              "jenis": "ekspresi",
              "label": "serapan",
              "lokasi": "rules/kab-pasuruan.ind:167:42",
              "nilai": "93.66"
            },
            {
              "jenis": "catatan",
              "label": "aturan efisiensi.tingkat",
              "lokasi": "stdlib/efisiensi.ind:24:1",
              "nilai": null,
              "keterangan": "dasar: LKjIP BKPSDM Kab. Pasuruan 2024, Tabel 3.12 dan 3.13 (capaian kinerja / capaian anggaran x 100); status: bacaan_praktisi"
            },
            {
              "jenis": "ekspresi",
              "label": "capaian_kinerja / capaian_anggaran * 100",
              "lokasi": "stdlib/efisiensi.ind:25:3",
              "nilai": "106.769165065129190689728806320734...",
              "rincian": [
                {
                  "jenis": "ekspresi",
                  "label": "capaian_kinerja / capaian_anggaran",
                  "lokasi": "stdlib/efisiensi.ind:25:3",
                  "nilai": "1.067691650651291906897288063207...",
                  "rincian": [
                    {
                      "jenis": "ekspresi",
                      "label": "capaian_kinerja",
                      "lokasi": "stdlib/efisiensi.ind:25:3",
                      "nilai": "100"
                    },
                    {
                      "jenis": "ekspresi",
                      "label": "capaian_anggaran",
                      "lokasi": "stdlib/efisiensi.ind:25:21",
                      "nilai": "93.66"
                    }
                  ]
                }
              ]
            }
          ]
        },
        {
          "jenis": "pembulatan",
          "label": "dibulatkan setengah ke atas, 0 desimal",
          "lokasi": "rules/kab-pasuruan.ind:167:15",
          "nilai": "107",
          "keterangan": "dari 106,769165..."
        }
      ]
    },
    {
      "jenis": "kelas",
      "label": "skala tingkat_efisiensi: 107 masuk [100..110]",
      "lokasi": "rules/kab-pasuruan.ind:78:3",
      "nilai": "Efisiensi"
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
        "berkas": "rules/kab-pasuruan.ind",
        "sha256": "cde1f986cb455e251d85ae80ddcac667ae3e8ccc45f77bc996787f7c3a7c2bab"
      },
      {
        "jenis": "modul",
        "berkas": "stdlib/capaian.ind",
        "sha256": "0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12",
        "versi_pustaka": "1"
      },
      {
        "jenis": "modul",
        "berkas": "stdlib/efisiensi.ind",
        "sha256": "765fe587f602a470edd68b8d4c7a082ccf7b847ee4949986db6caabf2591d510",
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
        "berkas": "stdlib/sakip.ind",
        "sha256": "f451084bb2ee33a85703f387ca8a003f025ad2723bd42f6ba5bbc0d5b4d573c5",
        "versi_pustaka": "1"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-pasuruan/2024/ipasn_dimensi.csv",
        "sha256": "1af3258e1f418d28559b53263b3cffa3092e793d81b885bafacf4e9f2a276bd1"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-pasuruan/2024/merit_aspek.csv",
        "sha256": "17406662efa45a90c2355234225c3626518613eef4072ecf95030ff0a4d41ef8"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-pasuruan/2024/sakip_komponen.csv",
        "sha256": "32046497b6ab3016cab2a9dddf6d950692dc289a706e323c3e668ea3ecaf49b2"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-pasuruan/2024/realisasi.csv",
        "sha256": "1010f5207a89c1791188d5a31de11ecf1a7bc501feb2a53dd0f67d11066197f2"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-pasuruan/2024/anggaran.csv",
        "sha256": "8f22723516fee67b5212bc71cb5c2ad38219bc9ae1de46b111d0c52c860831be"
      }
    ]
  }
}

--- stderr

--- exit 0
