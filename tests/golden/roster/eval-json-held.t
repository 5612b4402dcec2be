$ ind eval examples/bench/ipasn-roster.ind --data examples/bench --format json
--- stdout
{
  "versi_format": 1,
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
  ]
}

--- stderr

--- exit 0
