$ ind eval rules/kota-blitar.ind --data examples/kota-blitar/2023 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "BKPSDM Kota Blitar",
  "periode": "2023",
  "renstra": {
    "dari": "2021",
    "sampai": "2026"
  },
  "indikator": [
    {
      "id": "ip_asn",
      "nama": "Indeks Profesionalitas ASN",
      "tingkat": "tujuan",
      "satuan": "nilai",
      "arah": "naik",
      "target": "80.20",
      "realisasi": "70.89",
      "sumber_realisasi": "data",
      "capaian": "88.39",
      "predikat": "Sangat berhasil",
      "kategori": null,
      "target_renstra": {
        "2023": "80.20"
      },
      "realisasi_sebelumnya": {
        "2020": "78.54"
      },
      "capaian_sebelumnya": {}
    },
    {
      "id": "indeks_sistem_merit",
      "nama": "Indeks Sistem Merit",
      "tingkat": "sasaran",
      "induk": "ip_asn",
      "satuan": "nilai",
      "arah": "naik",
      "target": "270.00",
      "realisasi": "271.50",
      "sumber_realisasi": "data",
      "capaian": "100.56",
      "predikat": "Sangat berhasil",
      "kategori": "Baik",
      "anggaran": {
        "pagu": "2688593227",
        "realisasi": "1563272055",
        "serapan": "58.14"
      },
      "efisiensi": "1.73",
      "bentuk_efisiensi": "rasio",
      "predikat_efisiensi": "EFISIEN",
      "target_renstra": {
        "2022": "260.00",
        "2023": "270.00",
        "2026": "300.00"
      },
      "realisasi_sebelumnya": {
        "2020": "208.00",
        "2022": "262.00"
      },
      "capaian_sebelumnya": {
        "2022": "100.77"
      }
    },
    {
      "id": "persentase_asn_diklat",
      "nama": "Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN",
      "tingkat": "sasaran",
      "induk": "ip_asn",
      "satuan": "persen",
      "arah": "naik",
      "target": "13.02",
      "realisasi": "75.91",
      "sumber_realisasi": "data",
      "capaian": "583.03",
      "predikat": "Sangat berhasil",
      "kategori": null,
      "anggaran": {
        "pagu": "2411008974",
        "realisasi": "2102227874",
        "serapan": "87.19"
      },
      "efisiensi": "6.69",
      "bentuk_efisiensi": "rasio",
      "predikat_efisiensi": "EFISIEN",
      "target_renstra": {
        "2022": "11.32",
        "2023": "13.02",
        "2026": "51.00"
      },
      "realisasi_sebelumnya": {
        "2020": "8.30",
        "2022": "49.00"
      },
      "capaian_sebelumnya": {
        "2022": "432.86"
      }
    },
    {
      "id": "nilai_sakip",
      "nama": "Nilai SAKIP Perangkat Daerah",
      "tingkat": "sasaran",
      "induk": "ip_asn",
      "satuan": "nilai",
      "arah": "naik",
      "target": "86.35",
      "realisasi": "85.49",
      "sumber_realisasi": "data",
      "capaian": "99.00",
      "predikat": "Sangat berhasil",
      "kategori": null,
      "anggaran": {
        "pagu": "9513625429",
        "realisasi": "9129279310",
        "serapan": "95.96"
      },
      "efisiensi": "1.03",
      "bentuk_efisiensi": "rasio",
      "predikat_efisiensi": "EFISIEN",
      "target_renstra": {
        "2022": "86.30",
        "2023": "86.35",
        "2026": "86.38"
      },
      "realisasi_sebelumnya": {
        "2020": "86.30",
        "2022": "85.16"
      },
      "capaian_sebelumnya": {
        "2022": "98.68"
      }
    }
  ],
  "nilai": [
    {
      "id": "kemajuan_sistem_merit",
      "nama": "Tingkat kemajuan Indeks Sistem Merit terhadap target akhir Renstra",
      "nilai": "90.50"
    },
    {
      "id": "kemajuan_asn_diklat",
      "nama": "Tingkat kemajuan Persentase ASN yang Mengikuti Diklat terhadap target akhir Renstra",
      "nilai": "148.84"
    },
    {
      "id": "kemajuan_nilai_sakip",
      "nama": "Tingkat kemajuan Nilai SAKIP Perangkat Daerah terhadap target akhir Renstra",
      "nilai": "98.97"
    },
    {
      "id": "capaian_nasional_ip_asn",
      "nama": "Capaian IP ASN KemenPAN RB",
      "nilai": "108.11"
    },
    {
      "id": "capaian_nasional_sistem_merit",
      "nama": "Capaian Sistem Merit KemenPAN RB",
      "nilai": "111.25"
    },
    {
      "id": "capaian_nasional_sakip",
      "nama": "Capaian SAKIP KemenPAN RB",
      "nilai": "100.15"
    },
    {
      "id": "jumlah_aspek_sistem_merit",
      "nama": "Jumlah nilai delapan aspek Sistem Merit (L504-L511)",
      "nilai": "271.00"
    },
    {
      "id": "jumlah_asn_ptt",
      "nama": "Jumlah ASN dan PTT 2023",
      "nilai": "3008"
    },
    {
      "id": "jumlah_ikut_dan_belum_pengkom",
      "nama": "ASN yang telah dan yang belum mengikuti pengembangan kompetensi",
      "nilai": "2491"
    },
    {
      "id": "cakupan_pengkom_dari_jumlah",
      "nama": "Persentase ASN yang mengikuti pengembangan kompetensi, dari jumlah orang",
      "nilai": "75.90"
    },
    {
      "id": "persen_belum_pengkom",
      "nama": "Persentase ASN yang belum mengikuti pengembangan kompetensi sama sekali",
      "nilai": "6.9"
    },
    {
      "id": "persen_sudah_pengkom",
      "nama": "Persentase ASN yang telah mengikuti pengembangan kompetensi (L829)",
      "nilai": "93.1"
    },
    {
      "id": "kenaikan_sistem_merit",
      "nama": "Kenaikan Indeks Sistem Merit 2022-2023",
      "nilai": "9.5"
    },
    {
      "id": "kenaikan_cakupan_pengkom",
      "nama": "Kenaikan persentase ASN yang mengikuti diklat 2022-2023",
      "nilai": "26.91"
    },
    {
      "id": "pegawai_laki_laki",
      "nama": "Pegawai laki-laki (Tabel 1.1)",
      "nilai": "14"
    },
    {
      "id": "pegawai_perempuan",
      "nama": "Pegawai perempuan (Tabel 1.1)",
      "nilai": "21"
    },
    {
      "id": "jumlah_pegawai",
      "nama": "Jumlah pegawai (Tabel 1.1)",
      "nilai": "35"
    },
    {
      "id": "porsi_laki_laki",
      "nama": "Porsi pegawai laki-laki (L248)",
      "nilai": "40.00"
    },
    {
      "id": "porsi_perempuan",
      "nama": "Porsi pegawai perempuan (L248)",
      "nilai": "60.00"
    },
    {
      "id": "pendidikan_laki_laki",
      "nama": "Pegawai laki-laki (Tabel 1.2)",
      "nilai": "14"
    },
    {
      "id": "pendidikan_perempuan",
      "nama": "Pegawai perempuan (Tabel 1.2)",
      "nilai": "21"
    },
    {
      "id": "pendidikan_jumlah",
      "nama": "Jumlah pegawai (Tabel 1.2)",
      "nilai": "35"
    },
    {
      "id": "porsi_pendidikan_s1",
      "nama": "Porsi pegawai berijazah S1 (L272)",
      "nilai": "54.29"
    },
    {
      "id": "porsi_pendidikan_d3",
      "nama": "Porsi pegawai berijazah D III (L272)",
      "nilai": "20.00"
    },
    {
      "id": "porsi_pendidikan_slta",
      "nama": "Porsi pegawai berijazah SLTA (L272)",
      "nilai": "14.29"
    },
    {
      "id": "porsi_pendidikan_s2",
      "nama": "Porsi pegawai berijazah S2 (L272)",
      "nilai": "11.43"
    },
    {
      "id": "golongan_laki_laki",
      "nama": "Pegawai laki-laki (Tabel 1.3)",
      "nilai": "14"
    },
    {
      "id": "golongan_perempuan",
      "nama": "Pegawai perempuan (Tabel 1.3)",
      "nilai": "20"
    },
    {
      "id": "golongan_jumlah",
      "nama": "Jumlah pegawai (Tabel 1.3)",
      "nilai": "34"
    },
    {
      "id": "pejabat_laki_laki",
      "nama": "Pegawai laki-laki (Tabel 1.4)",
      "nilai": "14"
    },
    {
      "id": "pejabat_perempuan",
      "nama": "Pegawai perempuan (Tabel 1.4)",
      "nilai": "21"
    },
    {
      "id": "pejabat_jumlah",
      "nama": "Jumlah pegawai (Tabel 1.4)",
      "nilai": "35"
    },
    {
      "id": "porsi_fungsional_khusus",
      "nama": "Porsi Pejabat Fungsional Khusus (L327)",
      "nilai": "48.57"
    },
    {
      "id": "pagu_dpa",
      "nama": "Jumlah pagu tiga program (Lampiran 3)",
      "nilai": "14645969413"
    },
    {
      "id": "serapan_dpa",
      "nama": "Serapan anggaran seluruh DPA",
      "nilai": "87.36"
    },
    {
      "id": "porsi_anggaran_sistem_merit",
      "nama": "Porsi anggaran sasaran Indeks Sistem Merit",
      "nilai": "18.36"
    },
    {
      "id": "porsi_anggaran_asn_diklat",
      "nama": "Porsi anggaran sasaran Persentase ASN yang mengikuti diklat",
      "nilai": "16.46"
    },
    {
      "id": "porsi_anggaran_nilai_sakip",
      "nama": "Porsi anggaran sasaran Nilai SAKIP Perangkat Daerah",
      "nilai": "64.96"
    },
    {
      "id": "penurunan_pagu_sistem_merit",
      "nama": "Penurunan pagu sasaran Indeks Sistem Merit 2022-2023",
      "nilai": "2150769223"
    },
    {
      "id": "anggaran_pengkom_2023",
      "nama": "Total anggaran pengembangan kompetensi 2023 (APBD dan hadiah non tunai)",
      "nilai": "3161008974"
    },
    {
      "id": "penurunan_anggaran_pengkom",
      "nama": "Penurunan anggaran pengembangan kompetensi 2022-2023",
      "nilai": "1053628026"
    }
  ],
  "anggaran": {
    "pagu": "14613227630",
    "realisasi": "12794779239",
    "serapan": "87.56",
    "rincian": [
      {
        "kode": "A",
        "nama": "Meningkatnya tata kelola kepegawaian sesuai dengan prinsip-prinsip manajemen kepegawaian yang baik (Indeks Sistem Merit)",
        "pagu": "2688593227",
        "realisasi": "1563272055",
        "serapan": "58.14"
      },
      {
        "kode": "B",
        "nama": "Meningkatnya Kompetensi Aparatur Sipil Negara (Persentase ASN yang mengikuti diklat dan peningkatan kapasitas ASN)",
        "pagu": "2411008974",
        "realisasi": "2102227874",
        "serapan": "87.19"
      },
      {
        "kode": "C",
        "nama": "Meningkatnya Kinerja Perangkat Daerah (Nilai SAKIP Perangkat Daerah)",
        "pagu": "9513625429",
        "realisasi": "9129279310",
        "serapan": "95.96"
      }
    ]
  },
  "asal": {
    "ind": "0.1.0",
    "waktu": "1970-01-01T00:00:00Z",
    "sumber_waktu": "SOURCE_DATE_EPOCH",
    "reproducible": true,
    "berkas": [
      {
        "jenis": "aturan",
        "berkas": "rules/kota-blitar.ind",
        "sha256": "5b8dd78b5023d688fb580298f05a22143f9d23b1f63f823bf015c68d33cf0df2"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/anggaran.csv",
        "sha256": "e6b82f8b646a1232cc2c2aaef89e86fe6ded6d481200a5ded8177f78bc1a69d1"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/program_pagu.csv",
        "sha256": "a9033e8db39e13847e4e97f46b2702a6ef6cf09eb3c69aa899c807a9ad07ab9e"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/merit_aspek.csv",
        "sha256": "901c7d80d20eea8c55c9b5bb1479e29484b09b027585374e73ee5f1afe007ac3"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/pegawai.csv",
        "sha256": "dba7498055100712efb92f384d014477f07909ad4113ff9266bb149823c760d2"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/pengembangan_kompetensi.csv",
        "sha256": "b85a4283a2842b1aaf7f3690d708dc375c8ea4efd095831e8c3d67c9a3f4551a"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/pegawai_jabatan.csv",
        "sha256": "eed7fc9d5fbbd2271ac1088c98a66e0695d01c19fbc13e5cfe241542be4fd979"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/pegawai_pendidikan.csv",
        "sha256": "beae0cb353e54ad882a54dc0e5911b3826da182adc0bc34490131af6d2929b39"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/pegawai_golongan.csv",
        "sha256": "ae19a7cab691310b454d991bce2de37e3c3b2599ca8b9497b6a19bebc31e6baa"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/pejabat.csv",
        "sha256": "773d6274845a260e0f93d61119de38ef1693f033256c741ff23f1611ed80424a"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/pagu_tahunan.csv",
        "sha256": "c0db4ea61893922903be5baaf6b1cfc9e3f2175867b8ae75e8316658bc44716b"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/nasional.csv",
        "sha256": "baab721bf3f1a38d31d655db0f5c41b16cbe86746fd7ecf93895179ed39157b0"
      },
      {
        "jenis": "data",
        "berkas": "examples/kota-blitar/2023/realisasi.csv",
        "sha256": "b25fb589a96a25a1d029657106a95913bc94eeb535f4b317f0000a71f25d5ac6"
      }
    ]
  }
}

--- stderr

--- exit 0
