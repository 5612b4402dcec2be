$ ind eval tests/golden/syarat/roster.ind --data tests/golden/syarat/data/roster/pegawai.csv --format json --threads 2
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Syarat Roster",
  "periode": null,
  "indikator": [],
  "nilai": [
    {
      "id": "rata_skor",
      "nama": "Rata-rata skor",
      "nilai": "95.30"
    }
  ],
  "pemeriksaan_data": [
    {
      "judul": "Skor tidak melebihi maksimum",
      "lokasi": "tests/golden/syarat/roster.ind:12:1",
      "hasil": "tidak_terpenuhi",
      "sisi_kiri": null,
      "sisi_kanan": null,
      "tabel": "pegawai",
      "baris_diperiksa": 5,
      "baris_tidak_memenuhi": 2,
      "baris": [],
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
        "berkas": "tests/golden/syarat/roster.ind",
        "sha256": "b1ddfdb1fcd6817b553793c9c08423415b4a1721e6f3c802d14fee8e48ee4855"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/syarat/data/roster/pegawai.csv",
        "sha256": "c88f795ae82bb2ba08dc38268c43995d7159fd0ee185b7afb15dc04c85fd0ddd"
      }
    ]
  }
}

--- stderr
tests/golden/syarat/roster.ind:12:68: warning[W-SYARAT]: syarat "Skor tidak melebihi maksimum" tidak terpenuhi pada 2 dari 5 baris tabel pegawai
 12 | syarat "Skor tidak melebihi maksimum" untuk setiap baris pegawai { skor <= maks }
    |                                                                    ^~~~~~~~~~~~
   = saran: tabel ini dialirkan (roster): barisnya dihitung, tidak didaftar; tambahkan kolom turunan dengan kondisi ini dan tulis barisnya dengan --rows untuk menemukannya

--- exit 1
