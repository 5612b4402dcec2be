$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --period 2023 --format json
--- stdout
{
  "versi_format": 2,
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
  ],
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
