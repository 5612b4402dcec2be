$ ind eval tests/golden/triwulan/kumulatif.ind --data tests/golden/triwulan/data/sendiri-dan-kumulatif --period 2024-TW2 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "Contoh Realisasi Kumulatif",
  "periode": "2024-TW2",
  "renstra": {
    "dari": "2024",
    "sampai": "2024"
  },
  "indikator": [
    {
      "id": "dokumen",
      "nama": "Dokumen formasi ASN yang selesai",
      "tingkat": "sasaran",
      "satuan": "dokumen",
      "arah": "naik",
      "target": "6",
      "realisasi": "6",
      "sumber_realisasi": "data",
      "capaian": "100.0",
      "predikat": null,
      "kategori": null,
      "kumulatif": "jumlah",
      "target_sendiri": "3",
      "realisasi_sendiri": "4",
      "capaian_sendiri": "133.3",
      "target_renstra": {
        "2024": "12",
        "2024-TW1": "3",
        "2024-TW2": "3",
        "2024-TW3": "3",
        "2024-TW4": "3"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "indeks",
      "nama": "Indeks kepuasan layanan",
      "tingkat": "sasaran",
      "satuan": "indeks",
      "arah": "naik",
      "target": "82",
      "target_periode": "2024",
      "realisasi": "81.35",
      "sumber_realisasi": "data",
      "capaian": "99.21",
      "predikat": null,
      "kategori": null,
      "kumulatif": "akhir",
      "target_sendiri": null,
      "realisasi_sendiri": "81.35",
      "capaian_sendiri": null,
      "target_renstra": {
        "2024": "82"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {},
      "catatan": [
        "target_sendiri: target indeks untuk TW II 2024 sendiri tidak ditulis",
        "capaian_sendiri: target indeks untuk TW II 2024 sendiri tidak ditulis"
      ]
    },
    {
      "id": "tepat_waktu",
      "nama": "Layanan selesai tepat waktu",
      "tingkat": "sasaran",
      "satuan": "persen",
      "arah": "naik",
      "target": "95.00",
      "target_periode": "2024",
      "realisasi": "92.88",
      "sumber_realisasi": "data",
      "capaian": "97.8",
      "predikat": null,
      "kategori": null,
      "kumulatif": "rata",
      "target_sendiri": null,
      "realisasi_sendiri": "94.25",
      "capaian_sendiri": null,
      "target_renstra": {
        "2024": "95.00"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {},
      "catatan": [
        "target_sendiri: target tepat_waktu untuk TW II 2024 sendiri tidak ditulis",
        "capaian_sendiri: target tepat_waktu untuk TW II 2024 sendiri tidak ditulis"
      ]
    },
    {
      "id": "pelatihan",
      "nama": "ASN yang mengikuti pelatihan",
      "tingkat": "sasaran",
      "satuan": "orang",
      "arah": "naik",
      "target": "200",
      "target_periode": "2024",
      "realisasi": null,
      "sumber_realisasi": null,
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2024": "200"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {},
      "catatan": [
        "realisasi: tidak ada realisasi pelatihan periode 2024-TW2 di data realisasi",
        "capaian: tidak ada realisasi pelatihan periode 2024-TW2 di data realisasi"
      ]
    }
  ],
  "nilai": [],
  "asal": {
    "ind": "0.1.0",
    "waktu": "1970-01-01T00:00:00Z",
    "sumber_waktu": "SOURCE_DATE_EPOCH",
    "reproducible": true,
    "berkas": [
      {
        "jenis": "aturan",
        "berkas": "tests/golden/triwulan/kumulatif.ind",
        "sha256": "ed229338522ab503a9c9a8e67e7af7a4eba18abc11ab00fa00b206104f965dca"
      },
      {
        "jenis": "data",
        "berkas": "tests/golden/triwulan/data/sendiri-dan-kumulatif/realisasi.csv",
        "sha256": "c3b4f99aced4876184d6d8bacf9a7080508afdbef2d103440c778bdfa52560c9"
      }
    ]
  }
}

--- stderr
tests/golden/triwulan/data/sendiri-dan-kumulatif/realisasi.csv:3:20: warning[W-KUMULATIF-BEDA]: realisasi kumulatif dokumen s.d. TW II 2024 tertulis 7 tetapi realisasi tiap triwulan (kumulatif jumlah) menghasilkan 6; nilai TW II 2024 sendiri 4
 3 | dokumen;2024-TW2;4;7
   |                    ^
tests/golden/triwulan/kumulatif.ind:9:3: catatan: cara kumulatif
 9 |   kumulatif jumlah
   |   ^~~~~~~~~~~~~~~~
tests/golden/triwulan/data/sendiri-dan-kumulatif/realisasi.csv:3:18: catatan: nilai TW II 2024 sendiri
 3 | dokumen;2024-TW2;4;7
   |                  ^
   = saran: nilai_kumulatif memuat realisasi TW I s.d. TW II 2024, kolom nilai realisasi triwulan itu saja; perbaiki salah satunya (dipakai 6, dari kolom nilai)
tests/golden/triwulan/kumulatif.ind:3:1: warning[W-TIDAK-TERSEDIA]: realisasi pelatihan periode 2024-TW2 tidak tersedia: tidak ada realisasi pelatihan periode 2024-TW2 di data realisasi
 3 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 1
