$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format json
--- stdout
{
  "versi_format": 2,
  "instansi": "BKPSDM Kabupaten Pasuruan",
  "periode": "2024",
  "renstra": {
    "dari": "2024",
    "sampai": "2026"
  },
  "indikator": [
    {
      "id": "ip_asn",
      "nama": "Indeks Profesionalitas ASN",
      "tingkat": "tujuan",
      "satuan": "indeks",
      "arah": "naik",
      "target": "71.17",
      "realisasi": "77.32",
      "sumber_realisasi": "rumus",
      "capaian": "108.6",
      "predikat": "Sangat memuaskan",
      "kategori": "Sedang",
      "anggaran": {
        "pagu": "14289814108",
        "realisasi": "13005924773",
        "serapan": "91.02"
      },
      "efisiensi": "119",
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": "Sangat efisiensi",
      "target_renstra": {
        "2024": "71.17",
        "2025": "77.34",
        "2026": "77.35"
      },
      "realisasi_sebelumnya": {
        "2022": "54.67",
        "2023": "71.17"
      },
      "capaian_sebelumnya": {},
      "pembanding": [
        {
          "pembanding": "Provinsi Jawa Timur",
          "periode": "2024",
          "nilai": "87.67",
          "selisih": "-10.35"
        },
        {
          "pembanding": "Nasional",
          "periode": "2023",
          "nilai": "81.71",
          "selisih": "-4.39"
        }
      ]
    },
    {
      "id": "indeks_sistem_merit",
      "nama": "Indeks Sistem Merit",
      "tingkat": "sasaran",
      "induk": "ip_asn",
      "satuan": "nilai",
      "arah": "naik",
      "target": "281.5",
      "realisasi": "297.5",
      "sumber_realisasi": "rumus",
      "capaian": "105.7",
      "predikat": "Sangat memuaskan",
      "kategori": null,
      "anggaran": {
        "pagu": "3633045337",
        "realisasi": "3024669465",
        "serapan": "83.25"
      },
      "efisiensi": "127",
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": "Sangat efisiensi",
      "target_renstra": {
        "2024": "281.5",
        "2025": "296.7",
        "2026": "296.8"
      },
      "realisasi_sebelumnya": {
        "2022": "258.0",
        "2023": "281.5"
      },
      "capaian_sebelumnya": {},
      "pembanding": [
        {
          "pembanding": "Provinsi Jawa Timur",
          "periode": "2024",
          "nilai": "383.0",
          "selisih": "-85.5"
        },
        {
          "pembanding": "Nasional",
          "periode": "2024",
          "nilai": null,
          "selisih": null
        }
      ]
    },
    {
      "id": "nilai_sakip",
      "nama": "Nilai SAKIP",
      "tingkat": "sasaran",
      "induk": "ip_asn",
      "satuan": "nilai",
      "arah": "naik",
      "target": "82.10",
      "realisasi": "82.10",
      "sumber_realisasi": "rumus",
      "capaian": "100.00",
      "predikat": "Sangat memuaskan",
      "kategori": "A",
      "anggaran": {
        "pagu": "10656768771",
        "realisasi": "9981255308",
        "serapan": "93.66"
      },
      "efisiensi": "107",
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": "Efisiensi",
      "target_renstra": {
        "2024": "82.10",
        "2025": "82.12",
        "2026": "82.15"
      },
      "realisasi_sebelumnya": {
        "2022": "81.64",
        "2023": "82.05"
      },
      "capaian_sebelumnya": {},
      "pembanding": [
        {
          "pembanding": "Provinsi Jawa Timur",
          "periode": "2023",
          "nilai": "94.16",
          "selisih": "-12.06"
        },
        {
          "pembanding": "Nasional",
          "periode": "2023",
          "nilai": "68.82",
          "selisih": "13.28"
        }
      ]
    },
    {
      "id": "dokumen_administrasi_sesuai",
      "nama": "Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi",
      "tingkat": "program",
      "induk": "nilai_sakip",
      "satuan": "persen",
      "arah": "naik",
      "target": "84",
      "realisasi": "82",
      "sumber_realisasi": "data",
      "capaian": "98",
      "predikat": null,
      "kategori": null,
      "anggaran": {
        "pagu": "10656768771",
        "realisasi": "9981255308",
        "serapan": "93.66"
      },
      "efisiensi": "105",
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": "Efisiensi",
      "target_renstra": {
        "2024": "84"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "nilai_kinerja_penempatan",
      "nama": "Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan",
      "tingkat": "program",
      "induk": "indeks_sistem_merit",
      "satuan": "nilai",
      "arah": "naik",
      "target": "234",
      "realisasi": "244",
      "sumber_realisasi": "data",
      "capaian": "104",
      "predikat": null,
      "kategori": null,
      "anggaran": {
        "pagu": "2379958107",
        "realisasi": "1991707604",
        "serapan": "83.69"
      },
      "efisiensi": "124",
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": "Sangat efisiensi",
      "target_renstra": {
        "2024": "234"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    },
    {
      "id": "nilai_pengembangan_karier",
      "nama": "Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai",
      "tingkat": "program",
      "induk": "indeks_sistem_merit",
      "satuan": "nilai",
      "arah": "naik",
      "target": "71.5",
      "realisasi": "52.5",
      "sumber_realisasi": "data",
      "capaian": "73",
      "predikat": null,
      "kategori": null,
      "anggaran": {
        "pagu": "1253087230",
        "realisasi": "1032961861",
        "serapan": "82.43"
      },
      "efisiensi": "89",
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": "Tidak efisiensi",
      "target_renstra": {
        "2024": "71.5"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {}
    }
  ],
  "nilai": [
    {
      "id": "ip_asn_pns",
      "nama": "IP ASN PNS",
      "nilai": "79.92"
    },
    {
      "id": "ip_asn_pppk",
      "nama": "IP ASN PPPK",
      "nilai": "74.71"
    }
  ],
  "anggaran": {
    "pagu_sebelum_perubahan": "15490779303",
    "pagu": "14289814108",
    "realisasi": "13005924773",
    "serapan": "91.02",
    "predikat": "Sangat Baik",
    "rincian": [
      {
        "kode": "A",
        "nama": "Program Penunjang Urusan Pemerintahan Daerah Kab/Kota",
        "pagu_sebelum_perubahan": "10731527542",
        "pagu": "10656768771",
        "realisasi": "9981255308",
        "serapan": "93.66",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.1",
        "nama": "Administrasi Keuangan Perangkat Daerah",
        "pagu": "9210696084",
        "realisasi": "8666217451",
        "serapan": "94.09",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.1.1",
        "nama": "Penyediaan Gaji dan Tunjangan ASN",
        "pagu": "8606303544",
        "realisasi": "8072123141",
        "serapan": "93.79",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.1.2",
        "nama": "Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "pagu": "501912540",
        "realisasi": "496104310",
        "serapan": "98.84",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.1.3",
        "nama": "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        "pagu": "102480000",
        "realisasi": "97990000",
        "serapan": "95.62",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.2",
        "nama": "Administrasi Kepegawaian Perangkat Daerah",
        "pagu": "90630000",
        "realisasi": "64899100",
        "serapan": "71.61",
        "predikat": "Baik"
      },
      {
        "kode": "A.2.1",
        "nama": "Sosialisasi Peraturan Perundang-Undangan",
        "pagu": "90630000",
        "realisasi": "64899100",
        "serapan": "71.61",
        "predikat": "Baik"
      },
      {
        "kode": "A.3",
        "nama": "Administrasi Umum Perangkat Daerah",
        "pagu": "518679922",
        "realisasi": "491391589",
        "serapan": "94.74",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.3.1",
        "nama": "Penyediaan Bahan Logistik Kantor",
        "pagu": "158489252",
        "realisasi": "151921325",
        "serapan": "95.86",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.3.2",
        "nama": "Penyediaan Barang Cetakan dan Penggandaan",
        "pagu": "112978470",
        "realisasi": "107533150",
        "serapan": "95.18",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.3.3",
        "nama": "Fasilitasi Kunjungan Tamu",
        "pagu": "10312200",
        "realisasi": "9176700",
        "serapan": "88.99",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.3.4",
        "nama": "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
        "pagu": "236900000",
        "realisasi": "222760414",
        "serapan": "94.03",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.4",
        "nama": "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
        "pagu": "101061120",
        "realisasi": "82490000",
        "serapan": "81.62",
        "predikat": "Baik"
      },
      {
        "kode": "A.4.1",
        "nama": "Pengadaan Peralatan dan Mesin Lainnya",
        "pagu": "101061120",
        "realisasi": "82490000",
        "serapan": "81.62",
        "predikat": "Baik"
      },
      {
        "kode": "A.5",
        "nama": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        "pagu": "259879195",
        "realisasi": "236313829",
        "serapan": "90.93",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.5.1",
        "nama": "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
        "pagu": "199110885",
        "realisasi": "180501329",
        "serapan": "90.65",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.5.2",
        "nama": "Penyediaan Jasa Peralatan dan Perlengkapan Kantor",
        "pagu": "60768310",
        "realisasi": "55812500",
        "serapan": "91.84",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.6",
        "nama": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        "pagu": "475822450",
        "realisasi": "439943339",
        "serapan": "92.46",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.6.1",
        "nama": "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
        "pagu": "181767450",
        "realisasi": "151312439",
        "serapan": "83.25",
        "predikat": "Baik"
      },
      {
        "kode": "A.6.2",
        "nama": "Pemeliharaan Peralatan dan Mesin Lainnya",
        "pagu": "64815000",
        "realisasi": "62463500",
        "serapan": "96.37",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "A.6.3",
        "nama": "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
        "pagu": "229240000",
        "realisasi": "226167400",
        "serapan": "98.66",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B",
        "nama": "Program Kepegawaian Daerah",
        "pagu_sebelum_perubahan": "3398999531",
        "pagu": "2379958107",
        "realisasi": "1991707604",
        "serapan": "83.69",
        "predikat": "Baik"
      },
      {
        "kode": "B.1",
        "nama": "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
        "pagu": "680431987",
        "realisasi": "629901801",
        "serapan": "92.57",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.1.1",
        "nama": "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN",
        "pagu": "6109000",
        "realisasi": "5257450",
        "serapan": "86.06",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.1.2",
        "nama": "Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK",
        "pagu": "534694009",
        "realisasi": "498323570",
        "serapan": "93.20",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.1.3",
        "nama": "Koordinasi Pelaksanaan Administrasi Pemberhentian",
        "pagu": "63306026",
        "realisasi": "56247601",
        "serapan": "88.85",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.1.4",
        "nama": "Fasilitasi Lembaga Profesi ASN",
        "pagu": "5982000",
        "realisasi": "5081000",
        "serapan": "84.94",
        "predikat": "Baik"
      },
      {
        "kode": "B.1.5",
        "nama": "Pengelolaan Sistem Informasi Kepergawaihan",
        "pagu": "19264000",
        "realisasi": "17460640",
        "serapan": "90.64",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.1.6",
        "nama": "Pengelolaan Data Kepegawaian",
        "pagu": "51076952",
        "realisasi": "47531540",
        "serapan": "93.06",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.2",
        "nama": "Mutasi dan Promosi ASN",
        "pagu": "551509020",
        "realisasi": "327578389",
        "serapan": "59.40",
        "predikat": "Cukup"
      },
      {
        "kode": "B.2.1",
        "nama": "Pengelolaan Mutasi ASN",
        "pagu": "218243400",
        "realisasi": "96665312",
        "serapan": "44.29",
        "predikat": "Kurang"
      },
      {
        "kode": "B.2.2",
        "nama": "Pengelolaan Kenaikan Pangkat ASN",
        "pagu": "63060020",
        "realisasi": "35059527",
        "serapan": "55.60",
        "predikat": "Cukup"
      },
      {
        "kode": "B.2.3",
        "nama": "Pengelolaan Promosi ASN",
        "pagu": "270205600",
        "realisasi": "195853550",
        "serapan": "72.48",
        "predikat": "Baik"
      },
      {
        "kode": "B.3",
        "nama": "Pengembangan Kompetensi ASN",
        "pagu": "789075100",
        "realisasi": "714391642",
        "serapan": "90.54",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.3.1",
        "nama": "Peningkatan Kapasitas Kinerja ASN",
        "pagu": "446047000",
        "realisasi": "397598443",
        "serapan": "89.14",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.3.2",
        "nama": "Pengelolaan Assesment Center",
        "pagu": "50133100",
        "realisasi": "38031000",
        "serapan": "75.86",
        "predikat": "Baik"
      },
      {
        "kode": "B.3.3",
        "nama": "Pengeloaan Administrasi Diklat dan Sertifikasi ASN",
        "pagu": "238645000",
        "realisasi": "226742699",
        "serapan": "95.01",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.3.4",
        "nama": "Fasilitasi Sertifikasi Jabatan ASN",
        "pagu": "54250000",
        "realisasi": "52019500",
        "serapan": "95.89",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.4",
        "nama": "Penilaian dan Evaluasi Kinerja Aparatur",
        "pagu": "358942000",
        "realisasi": "319835772",
        "serapan": "89.11",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.4.1",
        "nama": "Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur",
        "pagu": "95904800",
        "realisasi": "87614198",
        "serapan": "91.36",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.4.2",
        "nama": "Pengelolaan Pemberian Penghargaan Bagi Pegawai",
        "pagu": "141981500",
        "realisasi": "140168340",
        "serapan": "98.72",
        "predikat": "Sangat Baik"
      },
      {
        "kode": "B.4.3",
        "nama": "Pengelolaan Penyelesaian Pelanggaran Disiplin ASN",
        "pagu": "121055700",
        "realisasi": "92053234",
        "serapan": "76.04",
        "predikat": "Baik"
      },
      {
        "kode": "C",
        "nama": "Program Pengembangan Sumber Daya Manusia",
        "pagu_sebelum_perubahan": "1360252230",
        "pagu": "1253087230",
        "realisasi": "1032961861",
        "serapan": "82.43",
        "predikat": "Baik"
      },
      {
        "kode": "C.1",
        "nama": "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
        "pagu": "1253087230",
        "realisasi": "1032961861",
        "serapan": "82.43",
        "predikat": "Baik"
      },
      {
        "kode": "C.1.1",
        "nama": "Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan",
        "pagu": "255737500",
        "realisasi": "73945611",
        "serapan": "28.91",
        "predikat": "Kurang"
      },
      {
        "kode": "C.1.2",
        "nama": "Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber Belajar, dan Kerjasama, serta Pengembangan Kompetensi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Kepemimpinan, dan Prajabatan Tinggi, Jabatan Fungsional, Kepemimpinan dan Prajabatan",
        "pagu": "997349730",
        "realisasi": "959016250",
        "serapan": "96.16",
        "predikat": "Sangat Baik"
      }
    ]
  },
  "pemeriksaan_data": [
    {
      "judul": "Nilai komponen AKIP tidak melebihi bobotnya",
      "lokasi": "rules/kab-pasuruan.ind:229:1",
      "hasil": "terpenuhi",
      "sisi_kiri": null,
      "sisi_kanan": null,
      "tabel": "sakip_komponen",
      "baris_diperiksa": 4,
      "baris_tidak_memenuhi": 0,
      "baris": [],
      "dasar": [
        "PermenPANRB 88/2021, Lampiran: bobot komponen 30/30/15/25"
      ]
    },
    {
      "judul": "Bobot komponen AKIP berjumlah 100",
      "lokasi": "rules/kab-pasuruan.ind:233:1",
      "hasil": "terpenuhi",
      "sisi_kiri": "100",
      "sisi_kanan": "100",
      "dasar": [
        "PermenPANRB 88/2021, Lampiran"
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
