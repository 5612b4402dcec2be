$ ind eval examples/bench/ipasn-roster.ind --data tests/golden/roster/data/bad-cell.csv --format json --on-error skip
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
      "nilai": "69.70"
    },
    {
      "id": "ip_asn_per_jenis",
      "nama": "IP ASN per jenis ASN",
      "nilai": [
        {
          "kelompok": {
            "jenis": "PNS"
          },
          "nilai": "69.70",
          "jumlah_baris": 5
        }
      ]
    },
    {
      "id": "jumlah_asn",
      "nama": "Jumlah ASN",
      "nilai": "5"
    },
    {
      "id": "jumlah_asn_per_jenis",
      "nama": "Jumlah ASN per jenis",
      "nilai": [
        {
          "kelompok": {
            "jenis": "PNS"
          },
          "nilai": "5",
          "jumlah_baris": 5
        }
      ]
    },
    {
      "id": "jumlah_unit_kerja",
      "nama": "Jumlah unit kerja",
      "nilai": "5"
    },
    {
      "id": "jumlah_sangat_tinggi",
      "nama": "ASN dengan IP ASN di atas 90",
      "nilai": "0"
    },
    {
      "id": "jumlah_tinggi",
      "nama": "ASN dengan IP ASN di atas 80 sampai 90",
      "nilai": "0"
    },
    {
      "id": "jumlah_sangat_rendah",
      "nama": "ASN dengan IP ASN 60 ke bawah",
      "nilai": "0"
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
        "berkas": "tests/golden/roster/data/bad-cell.csv",
        "sha256": "9497cdb189c2d8d3189bec516cee3c05b23ef2d27a04540a9553368f0f981ab6"
      }
    ]
  }
}

--- stderr
examples/bench/ipasn-roster.ind:29:1: warning[W-DATA-LEWAT]: 2 baris tabel roster dilewati karena ada sel yang tidak terbaca (--on-error skip)
 29 | tabel roster "roster.csv" "Roster ASN sintetis" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/roster/data/bad-cell.csv:4:42: warning[W-DATA-LEWAT]: '1x' pada kolom jp_teknis bukan angka bulat; baris dilewati
 4 | 198001012005011002,PPPK,pelaksana,S1,0,0,1x,1,baik,tidak,UK035
   |                                          ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/roster/data/bad-cell.csv:7:47: warning[W-DATA-LEWAT]: '2' pada kolom seminar bukan ya/tidak; baris dilewati
 7 | 198001012005011005,PPPK,fungsional,SMA,0,1,20,2,baik,tidak,UK007
   |                                               ^
   = saran: tulis ya, tidak, 1 atau 0

--- exit 0
