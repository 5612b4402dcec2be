$ ind eval tests/golden/syarat/label.ind --data tests/golden/syarat/data/lulus/2024 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Nilai Label",
  "periode": "2024",
  "renstra": {
    "dari": "2024",
    "sampai": "2024"
  },
  "indikator": [],
  "nilai": [
    {
      "id": "jumlah_nilai",
      "nama": "Jumlah nilai aspek",
      "nilai": "87"
    },
    {
      "id": "kategori",
      "nama": "Sebutan profesionalitas",
      "nilai": null,
      "label": "Tinggi"
    },
    {
      "id": "tingkat",
      "nama": "Tingkat",
      "nilai": null,
      "label": "B"
    }
  ],
  "pemeriksaan_data": [
    {
      "judul": "Sebutan bukan Sangat Rendah",
      "lokasi": "tests/golden/syarat/label.ind:15:1",
      "hasil": "terpenuhi",
      "sisi_kiri": "Tinggi",
      "sisi_kanan": "Sangat Rendah",
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
        "berkas": "tests/golden/syarat/label.ind",
        "sha256": "8cdcaa735ce6b6847d283f82680e6951c02bec7fac94c92e8bcc9fea10305672"
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
        "jenis": "data",
        "berkas": "tests/golden/syarat/data/lulus/2024/aspek.csv",
        "sha256": "377005546a86722c15753383aff11604f6ec87ba7c9bbd366a0884a6f88282f6"
      }
    ]
  }
}

--- stderr

--- exit 0
