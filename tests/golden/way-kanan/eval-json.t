$ ind eval rules/kab-way-kanan.ind --data examples/kab-way-kanan/2023 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "BKPSDM Kabupaten Way Kanan",
  "periode": "2023",
  "renstra": {
    "dari": "2021",
    "sampai": "2026"
  },
  "indikator": [
    {
      "id": "nilai_sakip_kabupaten",
      "nama": "Nilai Evaluasi SAKIP Kabupaten",
      "tingkat": "tujuan",
      "satuan": "poin",
      "arah": "naik",
      "target": "60.64",
      "realisasi": null,
      "sumber_realisasi": null,
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2021": "58.64",
        "2022": "59.64",
        "2023": "60.64",
        "2024": "61.64",
        "2025": "62.64",
        "2026": "63.64"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {},
      "catatan": [
        "realisasi: tidak ada realisasi nilai_sakip_kabupaten periode 2023 di data realisasi",
        "capaian: tidak ada realisasi nilai_sakip_kabupaten periode 2023 di data realisasi",
        "predikat: tidak ada realisasi nilai_sakip_kabupaten periode 2023 di data realisasi"
      ]
    },
    {
      "id": "nilai_sakip",
      "nama": "Nilai SAKIP BKPSDM",
      "tingkat": "sasaran",
      "induk": "nilai_sakip_kabupaten",
      "satuan": "poin",
      "arah": "naik",
      "target": "59.1",
      "realisasi": "73.11",
      "sumber_realisasi": "data",
      "capaian": "123.7",
      "predikat": "Sangat Baik",
      "kategori": null,
      "target_renstra": {
        "2021": "54.1",
        "2022": "57.1",
        "2023": "59.1",
        "2024": "59.1",
        "2025": "61.1",
        "2026": "63.1"
      },
      "realisasi_sebelumnya": {
        "2021": "61.45",
        "2022": "69.31"
      },
      "capaian_sebelumnya": {
        "2021": "113.6",
        "2022": "121.4"
      }
    },
    {
      "id": "nilai_komponen_kinerja_organisasi",
      "nama": "Nilai Komponen Kinerja Organisasi",
      "tingkat": "tujuan",
      "satuan": "poin",
      "arah": "naik",
      "target": "5.55",
      "realisasi": null,
      "sumber_realisasi": null,
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "target_renstra": {
        "2021": "4.95",
        "2022": "5.25",
        "2023": "5.55",
        "2024": "5.85",
        "2025": "6.15",
        "2026": "6.45"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {},
      "catatan": [
        "realisasi: tidak ada realisasi nilai_komponen_kinerja_organisasi periode 2023 di data realisasi",
        "capaian: tidak ada realisasi nilai_komponen_kinerja_organisasi periode 2023 di data realisasi",
        "predikat: tidak ada realisasi nilai_komponen_kinerja_organisasi periode 2023 di data realisasi"
      ]
    },
    {
      "id": "ip_asn",
      "nama": "Indeks Profesionalitas ASN",
      "tingkat": "sasaran",
      "induk": "nilai_komponen_kinerja_organisasi",
      "satuan": "poin",
      "arah": "naik",
      "target": "64",
      "realisasi": "84.4",
      "sumber_realisasi": "data",
      "capaian": "131.9",
      "predikat": "Sangat Baik",
      "kategori": "Tinggi",
      "target_renstra": {
        "2021": "62",
        "2022": "63",
        "2023": "64",
        "2024": "64",
        "2025": "64",
        "2026": "65"
      },
      "realisasi_sebelumnya": {
        "2021": "71.76",
        "2022": "46.23"
      },
      "capaian_sebelumnya": {
        "2021": "115.7",
        "2022": "73.4"
      }
    },
    {
      "id": "indeks_sistem_merit",
      "nama": "Indeks Sistem Merit",
      "tingkat": "sasaran",
      "induk": "nilai_komponen_kinerja_organisasi",
      "satuan": "poin",
      "arah": "naik",
      "target": null,
      "realisasi": "209",
      "sumber_realisasi": "data",
      "capaian": null,
      "predikat": null,
      "kategori": "Kurang",
      "target_renstra": {
        "2024": "210",
        "2025": "220",
        "2026": "230"
      },
      "realisasi_sebelumnya": {
        "2022": "99"
      },
      "capaian_sebelumnya": {},
      "catatan": [
        "target: target indeks_sistem_merit periode 2023 tidak ditulis",
        "capaian: target indeks_sistem_merit periode 2023 tidak ditulis",
        "predikat: target indeks_sistem_merit periode 2023 tidak ditulis"
      ]
    },
    {
      "id": "cakupan_tertib_administrasi_kepegawaian",
      "nama": "Cakupan Tertib Administrasi Kepegawaian",
      "tingkat": "program",
      "induk": "ip_asn",
      "satuan": "persen",
      "arah": "naik",
      "target": "100",
      "realisasi": "100",
      "sumber_realisasi": "data",
      "capaian": "100.0",
      "predikat": "Sangat Baik",
      "kategori": null,
      "anggaran": {
        "pagu": "2212352000",
        "realisasi": "2205483616",
        "serapan": "99.69"
      },
      "efisiensi": null,
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2023": "100"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "cakupan_pengembangan_sdm_aparatur",
      "nama": "Cakupan Pengembangan SDM Aparatur",
      "tingkat": "program",
      "induk": "ip_asn",
      "satuan": "persen",
      "arah": "naik",
      "target": "88",
      "realisasi": "100",
      "sumber_realisasi": "data",
      "capaian": "113.6",
      "predikat": "Sangat Baik",
      "kategori": null,
      "anggaran": {
        "pagu": "1368595000",
        "realisasi": "1366377850",
        "serapan": "99.84"
      },
      "efisiensi": null,
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2023": "88"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "cakupan_pelayanan_administrasi_perkantoran",
      "nama": "Cakupan Pelayanan Administrasi Perkantoran BKPSDM",
      "tingkat": "program",
      "induk": "nilai_sakip",
      "satuan": "persen",
      "arah": "naik",
      "target": "100",
      "realisasi": "101",
      "sumber_realisasi": "data",
      "capaian": "101.0",
      "predikat": "Sangat Baik",
      "kategori": null,
      "anggaran": {
        "pagu": "3269253218",
        "realisasi": "3128567423",
        "serapan": "95.70"
      },
      "efisiensi": null,
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2023": "100"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    }
  ],
  "nilai": [
    {
      "id": "capaian_program_kepegawaian",
      "nama": "Capaian realisasi kinerja Program Kepegawaian Daerah (rata-rata sub kegiatan)",
      "nilai": "100.0"
    },
    {
      "id": "capaian_program_pengembangan_sdm",
      "nama": "Capaian realisasi kinerja Program Pengembangan SDM (rata-rata sub kegiatan)",
      "nilai": "100.3"
    },
    {
      "id": "capaian_program_penunjang",
      "nama": "Capaian realisasi kinerja Program Penunjang (rata-rata sub kegiatan)",
      "nilai": "99.6"
    },
    {
      "id": "realisasi_kinerja_keseluruhan",
      "nama": "Realisasi kinerja keseluruhan (rata-rata capaian tiga program)",
      "nilai": "100"
    },
    {
      "id": "capaian_seluruh_sub_kegiatan",
      "nama": "Rata-rata capaian keluaran seluruh sub kegiatan",
      "nilai": "99.8"
    },
    {
      "id": "rata_capaian_sasaran",
      "nama": "Rata-rata capaian dua sasaran (Nilai SAKIP BKPSDM, IP ASN)",
      "nilai": "127.8"
    },
    {
      "id": "ketepatan_distribusi_cpns_pppk",
      "nama": "Persentase Ketepatan Distribusi CPNS dan PPPK sesuai dengan Formasi & Kualifikasi (3.3.1.1)",
      "nilai": "96.40"
    },
    {
      "id": "ketepatan_laporan_kinerja_asn",
      "nama": "Persentase Ketepatan Penyusunan Laporan Kinerja ASN sesuai dengan aturan yang berlaku (3.3.1.2)",
      "nilai": "61.68"
    },
    {
      "id": "penyelesaian_kasus_disiplin_layanan",
      "nama": "Persentase kasus-kasus kedisiplinan dan pelayanan kepegawaian yang diselesaikan (3.3.1.3)",
      "nilai": "100.00"
    },
    {
      "id": "ketepatan_penataan_asn",
      "nama": "Persentase Ketepatan Penataan ASN sesuai dengan Kualifikasi, Formasi dan Promosi (3.3.1.4)",
      "nilai": null,
      "catatan": "sel kolom target kosong (\"\")"
    },
    {
      "id": "ketepatan_kp_kgb_status",
      "nama": "Persentase Ketepatan ASN yang mengajukan Kenaikan Pangkat, KGB dan Perubahan Status sesuai dengan aturan yang berlaku (3.3.1.5)",
      "nilai": "100.00"
    },
    {
      "id": "asn_diklat_teknis_fungsional",
      "nama": "Persentase ASN yang mendapat kesempatan untuk mengikuti Diklat Teknis dan Fungsional (3.3.1.6)",
      "nilai": "100.00"
    },
    {
      "id": "asn_pendidikan_lanjutan",
      "nama": "Persentase ASN yang mendapat kesempatan mengikuti pendidikan lanjutan (3.3.1.8)",
      "nilai": null,
      "catatan": "sel kolom target kosong (\"\")"
    },
    {
      "id": "pagu_menurut_jenis_belanja",
      "nama": "Total pagu menurut jenis belanja (Tabel 2.6.1)",
      "nilai": "6850200218"
    },
    {
      "id": "realisasi_belanja_rutin_penunjang",
      "nama": "Realisasi Belanja Operasi (Rutin) Program Penunjang",
      "nilai": "805574125"
    },
    {
      "id": "golongan_per_kepegawaian",
      "nama": "Pegawai per kepegawaian (Tabel 2.2.2, kolom Jumlah)",
      "nilai": [
        {
          "kelompok": {
            "kepegawaian": "PNS"
          },
          "nilai": "23",
          "jumlah_baris": 7
        },
        {
          "kelompok": {
            "kepegawaian": "PTHLS"
          },
          "nilai": "25",
          "jumlah_baris": 1
        }
      ]
    },
    {
      "id": "golongan_per_golongan",
      "nama": "Pegawai per golongan ruang (Tabel 2.2.2, baris Jumlah)",
      "nilai": [
        {
          "kelompok": {
            "golongan": "II/d"
          },
          "nilai": "1",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "golongan": "III/a"
          },
          "nilai": "5",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "golongan": "III/b"
          },
          "nilai": "2",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "golongan": "III/c"
          },
          "nilai": "3",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "golongan": "III/d"
          },
          "nilai": "5",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "golongan": "IV/a"
          },
          "nilai": "5",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "golongan": "IV/b"
          },
          "nilai": "2",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "golongan": "PTH LS"
          },
          "nilai": "25",
          "jumlah_baris": 1
        }
      ]
    },
    {
      "id": "golongan_jumlah",
      "nama": "Jumlah pegawai (Tabel 2.2.2)",
      "nilai": "48"
    },
    {
      "id": "pendidikan_per_kepegawaian",
      "nama": "Pegawai per kepegawaian (Tabel 2.2.3, kolom Jumlah)",
      "nilai": [
        {
          "kelompok": {
            "kepegawaian": "PNS"
          },
          "nilai": "23",
          "jumlah_baris": 3
        },
        {
          "kelompok": {
            "kepegawaian": "PTHLS"
          },
          "nilai": "25",
          "jumlah_baris": 3
        }
      ]
    },
    {
      "id": "pendidikan_per_jenjang",
      "nama": "Pegawai per jenjang pendidikan (Tabel 2.2.3, baris Jumlah)",
      "nilai": [
        {
          "kelompok": {
            "pendidikan": "S1/D4"
          },
          "nilai": "26",
          "jumlah_baris": 2
        },
        {
          "kelompok": {
            "pendidikan": "S2"
          },
          "nilai": "7",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "pendidikan": "SLTA"
          },
          "nilai": "14",
          "jumlah_baris": 2
        },
        {
          "kelompok": {
            "pendidikan": "SLTP"
          },
          "nilai": "1",
          "jumlah_baris": 1
        }
      ]
    },
    {
      "id": "pendidikan_jumlah",
      "nama": "Jumlah pegawai (Tabel 2.2.3)",
      "nilai": "48"
    },
    {
      "id": "jenis_kelamin_per_kepegawaian",
      "nama": "Pegawai per kepegawaian (Tabel 2.2.4, kolom Jumlah)",
      "nilai": [
        {
          "kelompok": {
            "kepegawaian": "PNS"
          },
          "nilai": "23",
          "jumlah_baris": 2
        },
        {
          "kelompok": {
            "kepegawaian": "PTHLS"
          },
          "nilai": "25",
          "jumlah_baris": 2
        }
      ]
    },
    {
      "id": "jenis_kelamin_per_jenis",
      "nama": "Pegawai per jenis kelamin (Tabel 2.2.4, baris Jumlah)",
      "nilai": [
        {
          "kelompok": {
            "jenis_kelamin": "Laki-laki"
          },
          "nilai": "27",
          "jumlah_baris": 2
        },
        {
          "kelompok": {
            "jenis_kelamin": "Perempuan"
          },
          "nilai": "21",
          "jumlah_baris": 2
        }
      ]
    },
    {
      "id": "jenis_kelamin_jumlah",
      "nama": "Jumlah pegawai (Tabel 2.2.4)",
      "nilai": "48"
    },
    {
      "id": "umur_per_kepegawaian",
      "nama": "Pegawai per kepegawaian (Tabel 2.2.5, kolom Jumlah)",
      "nilai": [
        {
          "kelompok": {
            "kepegawaian": "PNS"
          },
          "nilai": "22",
          "jumlah_baris": 7
        },
        {
          "kelompok": {
            "kepegawaian": "PTHLS"
          },
          "nilai": "25",
          "jumlah_baris": 6
        }
      ]
    },
    {
      "id": "umur_per_kelompok",
      "nama": "Pegawai per kelompok umur (Tabel 2.2.5, baris Jumlah)",
      "nilai": [
        {
          "kelompok": {
            "kelompok_umur": "21-25"
          },
          "nilai": "14",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "kelompok_umur": "26-30"
          },
          "nilai": "4",
          "jumlah_baris": 2
        },
        {
          "kelompok": {
            "kelompok_umur": "31-35"
          },
          "nilai": "8",
          "jumlah_baris": 2
        },
        {
          "kelompok": {
            "kelompok_umur": "36-40"
          },
          "nilai": "9",
          "jumlah_baris": 2
        },
        {
          "kelompok": {
            "kelompok_umur": "41-45"
          },
          "nilai": "6",
          "jumlah_baris": 2
        },
        {
          "kelompok": {
            "kelompok_umur": "46-50"
          },
          "nilai": "2",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "kelompok_umur": "51-55"
          },
          "nilai": "2",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "kelompok_umur": "56-58"
          },
          "nilai": "1",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "kelompok_umur": ">20"
          },
          "nilai": "1",
          "jumlah_baris": 1
        }
      ]
    },
    {
      "id": "umur_jumlah",
      "nama": "Jumlah pegawai (Tabel 2.2.5)",
      "nilai": "47"
    },
    {
      "id": "formasi_jumlah",
      "nama": "Jumlah formasi jabatan (Tabel 2.2.6)",
      "nilai": "84"
    },
    {
      "id": "formasi_terisi",
      "nama": "Formasi sudah terisi (Tabel 2.2.6)",
      "nilai": "23"
    },
    {
      "id": "formasi_belum_terisi",
      "nama": "Formasi belum terisi (Tabel 2.2.6)",
      "nilai": "61"
    },
    {
      "id": "asn_per_unit",
      "nama": "ASN per unit kerja (kolom Jumlah)",
      "nilai": [
        {
          "kelompok": {
            "unit": "- Guru SD"
          },
          "nilai": "2220",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "- Guru SLTP dan DPK"
          },
          "nilai": "787",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "- Guru TK"
          },
          "nilai": "45",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "- Kelurahan Blambangan Umpu"
          },
          "nilai": "6",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "- Kelurahan Campur Asri"
          },
          "nilai": "8",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "- Kelurahan Kasui Pasar"
          },
          "nilai": "8",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "- Kelurahan Pasar Banjit"
          },
          "nilai": "6",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "- Kelurahan Taman Asri"
          },
          "nilai": "9",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "- Kelurahan Tiuh Balak Pasar"
          },
          "nilai": "8",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "- Pengawas Sekolah"
          },
          "nilai": "29",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "- UPT Gudang Farmasi"
          },
          "nilai": "1",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "- UPT Puskesmas"
          },
          "nilai": "726",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Badan Kepegawaian dan Pengembangan SDM"
          },
          "nilai": "23",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Badan Kesatuan Bangsa dan Politik"
          },
          "nilai": "13",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Badan Penanggulangan Bencana Daerah"
          },
          "nilai": "18",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Badan Pendapatan Daerah"
          },
          "nilai": "57",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Badan Pengelolaan Keuangan dan Aset Daerah"
          },
          "nilai": "42",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Badan Perencanaan Pembangunan Daerah"
          },
          "nilai": "27",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "CPNS Baru"
          },
          "nilai": "0",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Kependudukan dan Catatan Sipil"
          },
          "nilai": "26",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Kesehatan"
          },
          "nilai": "35",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Ketahanan Pangan"
          },
          "nilai": "10",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Komunikasi dan Informatika"
          },
          "nilai": "14",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Koperasi, Usaha Kecil dan Menengah"
          },
          "nilai": "19",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Lingkungan Hidup"
          },
          "nilai": "20",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Pekerjaan Umum"
          },
          "nilai": "84",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Pemberdayaan Masyarakat dan Kampung"
          },
          "nilai": "17",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB"
          },
          "nilai": "45",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Pemuda, Olahraga dan Pariwisata"
          },
          "nilai": "17",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
          },
          "nilai": "25",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Pendidikan dan Kebudayaan"
          },
          "nilai": "54",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Perhubungan"
          },
          "nilai": "20",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Perikanan"
          },
          "nilai": "17",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Perkebunan"
          },
          "nilai": "20",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Perpustakaan dan Kearsipan"
          },
          "nilai": "16",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Perumahan, Kawasan Permukiman dan Pertanahan"
          },
          "nilai": "10",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Sosial"
          },
          "nilai": "21",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Tanaman Pangan, Holtikultura dan Peternakan"
          },
          "nilai": "151",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Dinas Tenaga Kerja dan Transmigrasi"
          },
          "nilai": "19",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Inspektorat"
          },
          "nilai": "59",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Bahuga"
          },
          "nilai": "24",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Banjit"
          },
          "nilai": "13",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Baradatu"
          },
          "nilai": "26",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Blambangan Umpu"
          },
          "nilai": "15",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Buay Bahuga"
          },
          "nilai": "13",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Bumi Agung"
          },
          "nilai": "8",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Gunung Labuhan"
          },
          "nilai": "15",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Kasui"
          },
          "nilai": "18",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Negara Batin"
          },
          "nilai": "14",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Negeri Agung"
          },
          "nilai": "10",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Negeri Besar"
          },
          "nilai": "13",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Pakuan Ratu"
          },
          "nilai": "21",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Rebang Tangkas"
          },
          "nilai": "13",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Umpu Semenguk"
          },
          "nilai": "12",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Kecamatan Way Tuba"
          },
          "nilai": "18",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Perindustrian dan Perdagangan"
          },
          "nilai": "39",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "RSUD Z.A. Pagar Alam"
          },
          "nilai": "126",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Satuan Polisi Pamong Praja"
          },
          "nilai": "32",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Sekretariat DPRD"
          },
          "nilai": "16",
          "jumlah_baris": 1
        },
        {
          "kelompok": {
            "unit": "Sekretariat Daerah Kabupaten"
          },
          "nilai": "81",
          "jumlah_baris": 1
        }
      ]
    },
    {
      "id": "asn_gol_i",
      "nama": "ASN golongan I",
      "nilai": "13"
    },
    {
      "id": "asn_gol_ii",
      "nama": "ASN golongan II",
      "nilai": "477"
    },
    {
      "id": "asn_gol_iii",
      "nama": "ASN golongan III",
      "nilai": "3586"
    },
    {
      "id": "asn_gol_iv",
      "nama": "ASN golongan IV",
      "nilai": "1183"
    },
    {
      "id": "asn_jumlah",
      "nama": "Jumlah ASN Kabupaten Way Kanan",
      "nilai": "5259"
    },
    {
      "id": "jumlah_komponen_sakip",
      "nama": "Banyak komponen penilaian SAKIP",
      "nilai": "5"
    }
  ],
  "anggaran": {
    "pagu": "6850200218",
    "realisasi": "6700428889",
    "serapan": "97.81",
    "rincian": [
      {
        "kode": "A",
        "nama": "PROGRAM KEPEGAWAIAN DAERAH",
        "pagu": "2212352000",
        "realisasi": "2205483616",
        "serapan": "99.69"
      },
      {
        "kode": "A.1",
        "nama": "Pengadaan, Pemberhentian dan Informasi Kepegawaian Daerah",
        "pagu": "866852000",
        "realisasi": "860850728",
        "serapan": "99.31"
      },
      {
        "kode": "A.1.1",
        "nama": "Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
        "pagu": "193500000",
        "realisasi": "192895028",
        "serapan": "99.69"
      },
      {
        "kode": "A.1.2",
        "nama": "Evaluasi Pengadaan dan Pengadaan ASN",
        "pagu": "5000000",
        "realisasi": "4856000",
        "serapan": "97.12"
      },
      {
        "kode": "A.1.3",
        "nama": "Evaluasi Pemberhentian ASN",
        "pagu": "31000000",
        "realisasi": "30993900",
        "serapan": "99.98"
      },
      {
        "kode": "A.1.4",
        "nama": "Fasilitasi Lembaga Profesi ASN",
        "pagu": "5500000",
        "realisasi": "5469800",
        "serapan": "99.45"
      },
      {
        "kode": "A.1.5",
        "nama": "Pengelolaan Sistem Informasi Kepegawaian",
        "pagu": "630990000",
        "realisasi": "625774000",
        "serapan": "99.17"
      },
      {
        "kode": "A.1.6",
        "nama": "Pengelolaan Data Kepegawaian",
        "pagu": "862000",
        "realisasi": "862000",
        "serapan": "100.00"
      },
      {
        "kode": "A.2",
        "nama": "Mutasi dan Promosi ASN",
        "pagu": "1227500000",
        "realisasi": "1227226988",
        "serapan": "99.98"
      },
      {
        "kode": "A.2.1",
        "nama": "Pengelolaan Mutasi ASN",
        "pagu": "570000000",
        "realisasi": "569807188",
        "serapan": "99.97"
      },
      {
        "kode": "A.2.2",
        "nama": "Pengelolaan Kenaikan Pangkat ASN",
        "pagu": "8000000",
        "realisasi": "7919800",
        "serapan": "99.00"
      },
      {
        "kode": "A.2.3",
        "nama": "Pengelolaan Promosi ASN",
        "pagu": "649500000",
        "realisasi": "649500000",
        "serapan": "100.00"
      },
      {
        "kode": "A.3",
        "nama": "Pengembangan Kompetensi ASN",
        "pagu": "70000000",
        "realisasi": "69968900",
        "serapan": "99.96"
      },
      {
        "kode": "A.3.1",
        "nama": "Pembinaan Jabatan Fungsional ASN",
        "pagu": "70000000",
        "realisasi": "69968900",
        "serapan": "99.96"
      },
      {
        "kode": "A.4",
        "nama": "Pendidikan dan Evaluasi Kinerja Aparatur",
        "pagu": "48000000",
        "realisasi": "47437000",
        "serapan": "98.83"
      },
      {
        "kode": "A.4.1",
        "nama": "Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur",
        "pagu": "41000000",
        "realisasi": "40489000",
        "serapan": "98.75"
      },
      {
        "kode": "A.4.2",
        "nama": "Pengelolaan Pemberian Penghargaan bagi Pegawai",
        "pagu": "4000000",
        "realisasi": "3952000",
        "serapan": "98.80"
      },
      {
        "kode": "A.4.3",
        "nama": "Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
        "pagu": "3000000",
        "realisasi": "2996000",
        "serapan": "99.87"
      },
      {
        "kode": "B",
        "nama": "PROGRAM PENGEMBANGAN SDM",
        "pagu": "1368595000",
        "realisasi": "1366377850",
        "serapan": "99.84"
      },
      {
        "kode": "B.1",
        "nama": "Pengembangan Kompetensi Teknis",
        "pagu": "798180000",
        "realisasi": "795967000",
        "serapan": "99.72"
      },
      {
        "kode": "B.1.1",
        "nama": "Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti dan Pilihan bagi Jabatan Administrasi Penyelenggara Urusan Pemerintahan Konkuren, Perangkat Daerah Penunjang",
        "pagu": "798180000",
        "realisasi": "795967000",
        "serapan": "99.72"
      },
      {
        "kode": "B.2",
        "nama": "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
        "pagu": "570415000",
        "realisasi": "570410850",
        "serapan": "100.00"
      },
      {
        "kode": "B.2.1",
        "nama": "Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan dan Prajabatan",
        "pagu": "570415000",
        "realisasi": "570410850",
        "serapan": "100.00"
      },
      {
        "kode": "C",
        "nama": "PROGRAM PENUNJANG URUSAN KEPEGAWAIAN DAERAH",
        "pagu": "3269253218",
        "realisasi": "3128567423",
        "serapan": "95.70"
      },
      {
        "kode": "C.1",
        "nama": "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah",
        "pagu": "12550600",
        "realisasi": "12444950",
        "serapan": "99.16"
      },
      {
        "kode": "C.1.1",
        "nama": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "pagu": "2668600",
        "realisasi": "2640950",
        "serapan": "98.96"
      },
      {
        "kode": "C.1.2",
        "nama": "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
        "pagu": "3274000",
        "realisasi": "3254000",
        "serapan": "99.39"
      },
      {
        "kode": "C.1.3",
        "nama": "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar realisasi Kinerja SKPD",
        "pagu": "3291000",
        "realisasi": "3277000",
        "serapan": "99.57"
      },
      {
        "kode": "C.1.4",
        "nama": "Evaluasi Kinerja Perangkat Daerah",
        "pagu": "3317000",
        "realisasi": "3273000",
        "serapan": "98.67"
      },
      {
        "kode": "C.2",
        "nama": "Administrasi Keuangan Perangkat Daerah",
        "pagu": "2624233220",
        "realisasi": "2487057418",
        "serapan": "94.77"
      },
      {
        "kode": "C.2.1",
        "nama": "Penyediaan Gaji dan Tunjangan ASN",
        "pagu": "2459563280",
        "realisasi": "2322993298",
        "serapan": "94.45"
      },
      {
        "kode": "C.2.2",
        "nama": "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "pagu": "157100040",
        "realisasi": "156539520",
        "serapan": "99.64"
      },
      {
        "kode": "C.2.3",
        "nama": "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun",
        "pagu": "3983900",
        "realisasi": "3963600",
        "serapan": "99.49"
      },
      {
        "kode": "C.2.4",
        "nama": "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulan/Semesteran SKPD",
        "pagu": "2166000",
        "realisasi": "2158000",
        "serapan": "99.63"
      },
      {
        "kode": "C.2.5",
        "nama": "Penyusunan Pelaporan dan Analisis Prognosis Realisasi Anggaran",
        "pagu": "1420000",
        "realisasi": "1403000",
        "serapan": "98.80"
      },
      {
        "kode": "C.3",
        "nama": "Administrasi Umum Perangkat Daerah",
        "pagu": "218066398",
        "realisasi": "218041596",
        "serapan": "99.99"
      },
      {
        "kode": "C.3.1",
        "nama": "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
        "pagu": "5860000",
        "realisasi": "5860000",
        "serapan": "100.00"
      },
      {
        "kode": "C.3.2",
        "nama": "Penyediaan Bahan Logistik Kantor",
        "pagu": "11381398",
        "realisasi": "11360500",
        "serapan": "99.82"
      },
      {
        "kode": "C.3.3",
        "nama": "Penyediaan Barang Cetak dan Penggandaan",
        "pagu": "9925000",
        "realisasi": "9925000",
        "serapan": "100.00"
      },
      {
        "kode": "C.3.4",
        "nama": "Penyelenggaraan Rapat koordinasi dan konsultasi SKPD",
        "pagu": "190900000",
        "realisasi": "190896096",
        "serapan": "100.00"
      },
      {
        "kode": "C.4",
        "nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        "pagu": "238803000",
        "realisasi": "238040665",
        "serapan": "99.68"
      },
      {
        "kode": "C.4.1",
        "nama": "Penyediaan Jasa Surat Menyurat",
        "pagu": "500000",
        "realisasi": "500000",
        "serapan": "100.00"
      },
      {
        "kode": "C.4.2",
        "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air, dan Listrik",
        "pagu": "175376000",
        "realisasi": "174613665",
        "serapan": "99.57"
      },
      {
        "kode": "C.4.3",
        "nama": "Penyediaan Jasa Pelayanan Kantor",
        "pagu": "62927000",
        "realisasi": "62927000",
        "serapan": "100.00"
      },
      {
        "kode": "C.5",
        "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Umum",
        "pagu": "175600000",
        "realisasi": "172982794",
        "serapan": "98.51"
      },
      {
        "kode": "C.5.1",
        "nama": "Pemeliharaan Peralatan dan Mesin Lainnya",
        "pagu": "26500000",
        "realisasi": "26500000",
        "serapan": "100.00"
      },
      {
        "kode": "C.5.2",
        "nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
        "pagu": "144100000",
        "realisasi": "141482794",
        "serapan": "98.18"
      },
      {
        "kode": "C.5.3",
        "nama": "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
        "pagu": "5000000",
        "realisasi": "5000000",
        "serapan": "100.00"
      }
    ]
  },
  "pemeriksaan_data": [
    {
      "judul": "Pegawai per pendidikan = pegawai per golongan",
      "lokasi": "rules/kab-way-kanan.ind:498:1",
      "hasil": "terpenuhi",
      "sisi_kiri": "48",
      "sisi_kanan": "48",
      "dasar": [
        "LKjIP 2023 Bab II, Tabel 2.2.2-2.2.3"
      ]
    },
    {
      "judul": "Pegawai per jenis kelamin = pegawai per golongan",
      "lokasi": "rules/kab-way-kanan.ind:500:1",
      "hasil": "terpenuhi",
      "sisi_kiri": "48",
      "sisi_kanan": "48",
      "dasar": [
        "LKjIP 2023 Bab II, Tabel 2.2.2 dan 2.2.4"
      ]
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
        "berkas": "rules/kab-way-kanan.ind",
        "sha256": "903291767e2bed9402ea7abfb974177e20c01f93c983f4cf7620fd9ebc7f8fed"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/keluaran.csv",
        "sha256": "d89c7c3dec9960e7eb49f3a0e3cf85dd7b3c608ed25c1705167170ea5471d691"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/indikator_program_rincian.csv",
        "sha256": "d874409868ca342ecb40d7d57d09ea020f9da139ef080dc82fbbc5210541703e"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/belanja.csv",
        "sha256": "e419460d3b9870ff190b42bef8122258431ca6a03b1fb2dabf67063fbe72742c"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/pegawai_golongan.csv",
        "sha256": "b2f0be90e0aaa5366161bd0e2f6723cab5a2067762ef725ba9f12525502d4998"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/pegawai_pendidikan.csv",
        "sha256": "6d8ffd2d527d2843248b368b6b1939d51fa24e176a28a7e60434601c1ef37d88"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/pegawai_jenis_kelamin.csv",
        "sha256": "cba89b71b46f80ff2010d84ce1a27bec2062cee1888e9594c73df9482ef5694d"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/pegawai_umur.csv",
        "sha256": "ba8b7787fb98fc68cdafba192292b8d647d06034b907a3741d2d1762f5e21b2a"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/formasi.csv",
        "sha256": "74b03b81c5758550ec98f0de27cd6c727e2ba0da135f3ccf6169fcc4ec8b8033"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/asn_unit_kerja.csv",
        "sha256": "8d9dd64af5400502ff3edbc48f0e53562140f04e6d89573c3102e3e004c7db95"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/komponen_sakip.csv",
        "sha256": "9a3047297a4deb092258f9c04cfc9e5641e466f2ee561741e9164b911f30b12a"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/anggaran.csv",
        "sha256": "54e8bd0614c3b848896eec5d7aa7e71fc0c4727061f8941f47808b7d359aba6b"
      },
      {
        "jenis": "data",
        "berkas": "examples/kab-way-kanan/2023/realisasi.csv",
        "sha256": "50d4a8221e545d22f0e6a67874a0056630f2f6c535b7b7391378f4216e1a5ec3"
      }
    ]
  }
}

--- stderr
rules/kab-way-kanan.ind:23:1: warning[W-TIDAK-TERSEDIA]: realisasi nilai_komponen_kinerja_organisasi periode 2023 tidak tersedia: tidak ada realisasi nilai_komponen_kinerja_organisasi periode 2023 di data realisasi
 23 | realisasi "realisasi.csv" titik
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:23:1: warning[W-TIDAK-TERSEDIA]: realisasi nilai_sakip_kabupaten periode 2023 tidak tersedia: tidak ada realisasi nilai_sakip_kabupaten periode 2023 di data realisasi
 23 | realisasi "realisasi.csv" titik
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:312:1: warning[W-TIDAK-TERSEDIA]: target indeks_sistem_merit periode 2023 tidak tersedia: target indeks_sistem_merit periode 2023 tidak ditulis
 312 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
