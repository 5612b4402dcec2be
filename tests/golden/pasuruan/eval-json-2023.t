$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --period 2023 --format json
--- stdout
{
  "versi_format": 1,
  "instansi": "BKPSDM Kabupaten Pasuruan",
  "periode": "2023",
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
      "target": null,
      "realisasi": "71.17",
      "sumber_realisasi": "data",
      "capaian": null,
      "predikat": null,
      "kategori": "Sedang",
      "anggaran": {
        "pagu": null,
        "realisasi": null,
        "serapan": null
      },
      "efisiensi": null,
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2024": "71.17",
        "2025": "77.34",
        "2026": "77.35"
      },
      "realisasi_sebelumnya": {
        "2022": "54.67"
      },
      "capaian_sebelumnya": {},
      "pembanding": [
        {
          "pembanding": "Nasional",
          "periode": "2023",
          "nilai": "81.71",
          "selisih": "-10.54"
        }
      ],
      "catatan": [
        "target: target ip_asn periode 2023 tidak ditulis",
        "capaian: target ip_asn periode 2023 tidak ditulis",
        "predikat: target ip_asn periode 2023 tidak ditulis",
        "efisiensi: target ip_asn periode 2023 tidak ditulis",
        "predikat_efisiensi: target ip_asn periode 2023 tidak ditulis"
      ]
    },
    {
      "id": "indeks_sistem_merit",
      "nama": "Indeks Sistem Merit",
      "tingkat": "sasaran",
      "induk": "ip_asn",
      "satuan": "nilai",
      "arah": "naik",
      "target": null,
      "realisasi": "281.5",
      "sumber_realisasi": "data",
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "anggaran": {
        "pagu": null,
        "realisasi": null,
        "serapan": null
      },
      "efisiensi": null,
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2024": "281.5",
        "2025": "296.7",
        "2026": "296.8"
      },
      "realisasi_sebelumnya": {
        "2022": "258.0"
      },
      "capaian_sebelumnya": {},
      "catatan": [
        "target: target indeks_sistem_merit periode 2023 tidak ditulis",
        "capaian: target indeks_sistem_merit periode 2023 tidak ditulis",
        "predikat: target indeks_sistem_merit periode 2023 tidak ditulis",
        "efisiensi: target indeks_sistem_merit periode 2023 tidak ditulis",
        "predikat_efisiensi: target indeks_sistem_merit periode 2023 tidak ditulis"
      ]
    },
    {
      "id": "nilai_sakip",
      "nama": "Nilai SAKIP",
      "tingkat": "sasaran",
      "induk": "ip_asn",
      "satuan": "nilai",
      "arah": "naik",
      "target": null,
      "realisasi": "82.05",
      "sumber_realisasi": "rumus",
      "capaian": null,
      "predikat": null,
      "kategori": "A",
      "anggaran": {
        "pagu": null,
        "realisasi": null,
        "serapan": null
      },
      "efisiensi": null,
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2024": "82.10",
        "2025": "82.12",
        "2026": "82.15"
      },
      "realisasi_sebelumnya": {
        "2022": "81.64"
      },
      "capaian_sebelumnya": {},
      "pembanding": [
        {
          "pembanding": "Provinsi Jawa Timur",
          "periode": "2023",
          "nilai": "94.16",
          "selisih": "-12.11"
        },
        {
          "pembanding": "Nasional",
          "periode": "2023",
          "nilai": "68.82",
          "selisih": "13.23"
        }
      ],
      "catatan": [
        "target: target nilai_sakip periode 2023 tidak ditulis",
        "capaian: target nilai_sakip periode 2023 tidak ditulis",
        "predikat: target nilai_sakip periode 2023 tidak ditulis",
        "efisiensi: target nilai_sakip periode 2023 tidak ditulis",
        "predikat_efisiensi: target nilai_sakip periode 2023 tidak ditulis"
      ]
    },
    {
      "id": "dokumen_administrasi_sesuai",
      "nama": "Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi",
      "tingkat": "program",
      "induk": "nilai_sakip",
      "satuan": "persen",
      "arah": "naik",
      "target": null,
      "realisasi": null,
      "sumber_realisasi": null,
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "anggaran": {
        "pagu": null,
        "realisasi": null,
        "serapan": null
      },
      "efisiensi": null,
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2024": "84"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {},
      "catatan": [
        "target: target dokumen_administrasi_sesuai periode 2023 tidak ditulis",
        "realisasi: tidak ada realisasi dokumen_administrasi_sesuai periode 2023 di data realisasi",
        "capaian: tidak ada realisasi dokumen_administrasi_sesuai periode 2023 di data realisasi",
        "efisiensi: tidak ada realisasi dokumen_administrasi_sesuai periode 2023 di data realisasi",
        "predikat_efisiensi: tidak ada realisasi dokumen_administrasi_sesuai periode 2023 di data realisasi"
      ]
    },
    {
      "id": "nilai_kinerja_penempatan",
      "nama": "Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan",
      "tingkat": "program",
      "induk": "indeks_sistem_merit",
      "satuan": "nilai",
      "arah": "naik",
      "target": null,
      "realisasi": null,
      "sumber_realisasi": null,
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "anggaran": {
        "pagu": null,
        "realisasi": null,
        "serapan": null
      },
      "efisiensi": null,
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2024": "234"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {},
      "catatan": [
        "target: target nilai_kinerja_penempatan periode 2023 tidak ditulis",
        "realisasi: tidak ada realisasi nilai_kinerja_penempatan periode 2023 di data realisasi",
        "capaian: tidak ada realisasi nilai_kinerja_penempatan periode 2023 di data realisasi",
        "efisiensi: tidak ada realisasi nilai_kinerja_penempatan periode 2023 di data realisasi",
        "predikat_efisiensi: tidak ada realisasi nilai_kinerja_penempatan periode 2023 di data realisasi"
      ]
    },
    {
      "id": "nilai_pengembangan_karier",
      "nama": "Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai",
      "tingkat": "program",
      "induk": "indeks_sistem_merit",
      "satuan": "nilai",
      "arah": "naik",
      "target": null,
      "realisasi": null,
      "sumber_realisasi": null,
      "capaian": null,
      "predikat": null,
      "kategori": null,
      "anggaran": {
        "pagu": null,
        "realisasi": null,
        "serapan": null
      },
      "efisiensi": null,
      "bentuk_efisiensi": "persen",
      "predikat_efisiensi": null,
      "target_renstra": {
        "2024": "71.5"
      },
      "realisasi_sebelumnya": {},
      "capaian_sebelumnya": {},
      "catatan": [
        "target: target nilai_pengembangan_karier periode 2023 tidak ditulis",
        "realisasi: tidak ada realisasi nilai_pengembangan_karier periode 2023 di data realisasi",
        "capaian: tidak ada realisasi nilai_pengembangan_karier periode 2023 di data realisasi",
        "efisiensi: tidak ada realisasi nilai_pengembangan_karier periode 2023 di data realisasi",
        "predikat_efisiensi: tidak ada realisasi nilai_pengembangan_karier periode 2023 di data realisasi"
      ]
    }
  ],
  "nilai": [
    {
      "id": "ip_asn_pns",
      "nama": "IP ASN PNS",
      "nilai": null,
      "catatan": "tabel ipasn_dimensi tidak punya data periode 2023"
    },
    {
      "id": "ip_asn_pppk",
      "nama": "IP ASN PPPK",
      "nilai": null,
      "catatan": "tabel ipasn_dimensi tidak punya data periode 2023"
    }
  ]
}

--- stderr
rules/kab-pasuruan.ind:38:1: warning[W-TIDAK-TERSEDIA]: realisasi dokumen_administrasi_sesuai periode 2023 tidak tersedia: tidak ada realisasi dokumen_administrasi_sesuai periode 2023 di data realisasi
 38 | realisasi "realisasi.csv"
    | ^~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-pasuruan.ind:38:1: warning[W-TIDAK-TERSEDIA]: realisasi nilai_kinerja_penempatan periode 2023 tidak tersedia: tidak ada realisasi nilai_kinerja_penempatan periode 2023 di data realisasi
 38 | realisasi "realisasi.csv"
    | ^~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-pasuruan.ind:38:1: warning[W-TIDAK-TERSEDIA]: realisasi nilai_pengembangan_karier periode 2023 tidak tersedia: tidak ada realisasi nilai_pengembangan_karier periode 2023 di data realisasi
 38 | realisasi "realisasi.csv"
    | ^~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-pasuruan.ind:118:1: warning[W-TIDAK-TERSEDIA]: target ip_asn periode 2023 tidak tersedia: target ip_asn periode 2023 tidak ditulis
 118 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-pasuruan.ind:138:1: warning[W-TIDAK-TERSEDIA]: target indeks_sistem_merit periode 2023 tidak tersedia: target indeks_sistem_merit periode 2023 tidak ditulis
 138 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-pasuruan.ind:154:1: warning[W-TIDAK-TERSEDIA]: target nilai_sakip periode 2023 tidak tersedia: target nilai_sakip periode 2023 tidak ditulis
 154 | indikator nilai_sakip "Nilai SAKIP" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-pasuruan.ind:173:1: warning[W-TIDAK-TERSEDIA]: target dokumen_administrasi_sesuai periode 2023 tidak tersedia: target dokumen_administrasi_sesuai periode 2023 tidak ditulis
 173 | indikator dokumen_administrasi_sesuai "Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-pasuruan.ind:186:1: warning[W-TIDAK-TERSEDIA]: target nilai_kinerja_penempatan periode 2023 tidak tersedia: target nilai_kinerja_penempatan periode 2023 tidak ditulis
 186 | indikator nilai_kinerja_penempatan "Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-pasuruan.ind:199:1: warning[W-TIDAK-TERSEDIA]: target nilai_pengembangan_karier periode 2023 tidak tersedia: target nilai_pengembangan_karier periode 2023 tidak ditulis
 199 | indikator nilai_pengembangan_karier "Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
