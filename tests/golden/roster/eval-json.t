$ ind eval examples/bench/ipasn-roster.ind --data examples/bench/roster.csv --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Tolok ukur roster IP ASN (data sintetis)",
  "periode": null,
  "indikator": [],
  "nilai": [
    {
      "id": "ip_asn",
      "nama": "IP ASN seluruh ASN",
      "nilai": "62.76"
    },
    {
      "id": "ip_asn_per_jenis",
      "nama": "IP ASN per jenis ASN",
      "nilai": [
        {
          "kelompok": {
            "jenis": "PNS"
          },
          "nilai": "62.80",
          "jumlah_baris": 116
        },
        {
          "kelompok": {
            "jenis": "PPPK"
          },
          "nilai": "62.70",
          "jumlah_baris": 84
        }
      ]
    },
    {
      "id": "jumlah_asn",
      "nama": "Jumlah ASN",
      "nilai": "200"
    },
    {
      "id": "jumlah_asn_per_jenis",
      "nama": "Jumlah ASN per jenis",
      "nilai": [
        {
          "kelompok": {
            "jenis": "PNS"
          },
          "nilai": "116",
          "jumlah_baris": 116
        },
        {
          "kelompok": {
            "jenis": "PPPK"
          },
          "nilai": "84",
          "jumlah_baris": 84
        }
      ]
    },
    {
      "id": "jumlah_unit_kerja",
      "nama": "Jumlah unit kerja",
      "nilai": "59"
    },
    {
      "id": "jumlah_sangat_tinggi",
      "nama": "ASN dengan IP ASN di atas 90",
      "nilai": "2"
    },
    {
      "id": "jumlah_tinggi",
      "nama": "ASN dengan IP ASN di atas 80 sampai 90",
      "nilai": "13"
    },
    {
      "id": "jumlah_sangat_rendah",
      "nama": "ASN dengan IP ASN 60 ke bawah",
      "nilai": "79"
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
        "berkas": "examples/bench/ipasn-roster.ind",
        "sha256": "21f1d8e7653e613a697f801e06327174bd93f0fffdd78f063e0276c140af60f1"
      },
      {
        "jenis": "data",
        "berkas": "examples/bench/roster.csv",
        "sha256": "b16badd4d001339388fb7f0f19e52c9b575eadfa3b716c498c98dee65931e049"
      }
    ]
  }
}

--- stderr

--- exit 0
