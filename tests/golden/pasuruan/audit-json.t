$ ind audit rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format json
--- stdout
{
  "versi_format": 2,
  "judul": "Audit: BKPSDM Kabupaten Pasuruan — 2024",
  "instansi": "BKPSDM Kabupaten Pasuruan",
  "periode": "2024",
  "putusan": {
    "diperiksa": 101,
    "cocok": 88,
    "tidak_cocok": 13,
    "kesalahan_asal": 6,
    "akibat": 7,
    "tempat_tidak_cocok": 13
  },
  "angka": [
    {
      "cocok": true,
      "lokasi": "Tabel 3.4 (L601)",
      "objek": "ip_asn",
      "besaran": "realisasi",
      "periode": "2024",
      "tercetak": "77.32",
      "tercetak_teks": "77,32",
      "dihitung": "77.32",
      "aturan": "ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk) (rules/kab-pasuruan.ind:125:9)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.4 (L601)",
      "objek": "ip_asn",
      "besaran": "target",
      "periode": "2024",
      "tercetak": "71.17",
      "tercetak_teks": "71,17",
      "dihitung": "71.17",
      "aturan": "target dalam berkas aturan"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.4 (L601)",
      "objek": "ip_asn",
      "besaran": "capaian",
      "periode": "2024",
      "tercetak": "108.6",
      "tercetak_teks": "108,6%",
      "dihitung": "108.6",
      "aturan": "capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:128:13)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.5 (L627)",
      "objek": "ip_asn_pns",
      "besaran": "nilai",
      "periode": "2024",
      "tercetak": "79.92",
      "tercetak_teks": "79,92",
      "dihitung": "79.92",
      "aturan": "jumlah(ipasn_dimensi.pns) (rules/kab-pasuruan.ind:113:33)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.5 (L627)",
      "objek": "ip_asn_pppk",
      "besaran": "nilai",
      "periode": "2024",
      "tercetak": "74.71",
      "tercetak_teks": "74,71",
      "dihitung": "74.71",
      "aturan": "jumlah(ipasn_dimensi.pppk) (rules/kab-pasuruan.ind:114:35)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.9 (L692)",
      "objek": "ip_asn",
      "besaran": "realisasi",
      "periode": "2022",
      "tercetak": "54.67",
      "tercetak_teks": "54,67",
      "dihitung": "54.67",
      "aturan": "ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk) (rules/kab-pasuruan.ind:125:9)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.9 (L692)",
      "objek": "ip_asn",
      "besaran": "realisasi",
      "periode": "2023",
      "tercetak": "71.17",
      "tercetak_teks": "71,17",
      "dihitung": "71.17",
      "aturan": "ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk) (rules/kab-pasuruan.ind:125:9)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.10 (L715)",
      "objek": "ip_asn",
      "besaran": "target",
      "periode": "2025",
      "tercetak": "77.34",
      "tercetak_teks": "77,34",
      "dihitung": "77.34",
      "aturan": "target dalam berkas aturan"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.10 (L715)",
      "objek": "ip_asn",
      "besaran": "target",
      "periode": "2026",
      "tercetak": "77.35",
      "tercetak_teks": "77,35",
      "dihitung": "77.35",
      "aturan": "target dalam berkas aturan"
    },
    {
      "cocok": false,
      "temuan": 1,
      "jenis": "kesalahan_asal",
      "lokasi": "Tabel 3.11 (L738), kolom Kabupaten",
      "objek": "ip_asn",
      "besaran": "realisasi",
      "periode": "2024",
      "tercetak": "71.17",
      "tercetak_teks": "71,17",
      "dihitung": "77.32",
      "aturan": "ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk) (rules/kab-pasuruan.ind:125:9)",
      "petunjuk": "sama dengan target 2024"
    },
    {
      "cocok": false,
      "temuan": 2,
      "jenis": "kesalahan_asal",
      "lokasi": "Tabel 3.6 (L649), Total Nilai",
      "objek": "indeks_sistem_merit",
      "besaran": "realisasi",
      "periode": "2024",
      "tercetak": "296.5",
      "tercetak_teks": "296,5",
      "dihitung": "297.5",
      "aturan": "jumlah(merit_aspek.skor) (rules/kab-pasuruan.ind:145:9)",
      "petunjuk": "angka tercetak lebih kecil 1,0"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.4 (L603)",
      "objek": "indeks_sistem_merit",
      "besaran": "target",
      "periode": "2024",
      "tercetak": "281.5",
      "tercetak_teks": "281,5",
      "dihitung": "281.5",
      "aturan": "target dalam berkas aturan"
    },
    {
      "cocok": false,
      "temuan": 3,
      "jenis": "akibat",
      "akibat_dari": [
        2
      ],
      "akibat_bersama": false,
      "lokasi": "Tabel 3.4 (L603)",
      "objek": "indeks_sistem_merit",
      "besaran": "capaian",
      "periode": "2024",
      "tercetak": "105.3",
      "tercetak_teks": "105,3%",
      "dihitung": "105.7",
      "aturan": "capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:147:13)",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari realisasi tercetak 296,5 (temuan 2)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.9 (L694)",
      "objek": "indeks_sistem_merit",
      "besaran": "realisasi",
      "periode": "2022",
      "tercetak": "258",
      "tercetak_teks": "258",
      "dihitung": "258",
      "aturan": "jumlah(merit_aspek.skor) (rules/kab-pasuruan.ind:145:9)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.9 (L694)",
      "objek": "indeks_sistem_merit",
      "besaran": "realisasi",
      "periode": "2023",
      "tercetak": "281.5",
      "tercetak_teks": "281,5",
      "dihitung": "281.5",
      "aturan": "jumlah(merit_aspek.skor) (rules/kab-pasuruan.ind:145:9)"
    },
    {
      "cocok": false,
      "temuan": 4,
      "jenis": "kesalahan_asal",
      "lokasi": "Tabel 3.11 (L740), kolom Kabupaten",
      "objek": "indeks_sistem_merit",
      "besaran": "realisasi",
      "periode": "2024",
      "tercetak": "281.5",
      "tercetak_teks": "281,5",
      "dihitung": "297.5",
      "aturan": "jumlah(merit_aspek.skor) (rules/kab-pasuruan.ind:145:9)",
      "petunjuk": "sama dengan target 2024"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.8 (L680)",
      "objek": "nilai_sakip",
      "besaran": "realisasi",
      "periode": "2024",
      "tercetak": "82.10",
      "tercetak_teks": "82,10",
      "dihitung": "82.10",
      "aturan": "jumlah(sakip_komponen.nilai) (rules/kab-pasuruan.ind:161:9)"
    },
    {
      "cocok": true,
      "lokasi": "LHE AKIP (L1203)",
      "objek": "nilai_sakip",
      "besaran": "realisasi",
      "periode": "2022",
      "tercetak": "81.64",
      "tercetak_teks": "81,64",
      "dihitung": "81.64",
      "aturan": "jumlah(sakip_komponen.nilai) (rules/kab-pasuruan.ind:161:9)"
    },
    {
      "cocok": true,
      "lokasi": "LHE AKIP (L1203)",
      "objek": "nilai_sakip",
      "besaran": "realisasi",
      "periode": "2023",
      "tercetak": "82.05",
      "tercetak_teks": "82,05",
      "dihitung": "82.05",
      "aturan": "jumlah(sakip_komponen.nilai) (rules/kab-pasuruan.ind:161:9)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.4 (L604)",
      "objek": "nilai_sakip",
      "besaran": "target",
      "periode": "2024",
      "tercetak": "82.10",
      "tercetak_teks": "82,10",
      "dihitung": "82.10",
      "aturan": "target dalam berkas aturan"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.4 (L604)",
      "objek": "nilai_sakip",
      "besaran": "capaian",
      "periode": "2024",
      "tercetak": "100",
      "tercetak_teks": "100%",
      "dihitung": "100",
      "aturan": "capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:164:13)"
    },
    {
      "cocok": true,
      "lokasi": "Bab III (L669)",
      "objek": "nilai_sakip",
      "besaran": "kategori",
      "periode": "2024",
      "tercetak": "A",
      "tercetak_teks": "A",
      "dihitung": "A",
      "aturan": "skala sakip.predikat atas 82,1"
    },
    {
      "cocok": false,
      "temuan": 5,
      "jenis": "kesalahan_asal",
      "lokasi": "Ikhtisar Eksekutif (L52)",
      "objek": "nilai_sakip",
      "besaran": "predikat",
      "periode": "2024",
      "tercetak": "Sangat Baik",
      "tercetak_teks": "Sangat Baik",
      "dihitung": "Sangat memuaskan",
      "aturan": "skala rentang_capaian atas 100",
      "petunjuk": "label itu milik kelas [85..100) pada skala yang sama"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.11 (L741), kolom Kabupaten",
      "objek": "nilai_sakip",
      "besaran": "realisasi",
      "periode": "2024",
      "tercetak": "82.10",
      "tercetak_teks": "82,10",
      "dihitung": "82.10",
      "aturan": "jumlah(sakip_komponen.nilai) (rules/kab-pasuruan.ind:161:9)"
    },
    {
      "cocok": false,
      "temuan": 6,
      "jenis": "kesalahan_asal",
      "lokasi": "Tabel 3.13 (L787)",
      "objek": "dokumen_administrasi_sesuai",
      "besaran": "capaian",
      "periode": "2024",
      "tercetak": "97",
      "tercetak_teks": "97%",
      "dihitung": "98",
      "aturan": "capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:180:13)",
      "petunjuk": "angka tercetak dipotong (97,619 dibulatkan ke bawah), bukan dibulatkan setengah ke atas"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.13 (L789)",
      "objek": "nilai_kinerja_penempatan",
      "besaran": "capaian",
      "periode": "2024",
      "tercetak": "104",
      "tercetak_teks": "104%",
      "dihitung": "104",
      "aturan": "capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:193:13)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.13 (L790)",
      "objek": "nilai_pengembangan_karier",
      "besaran": "capaian",
      "periode": "2024",
      "tercetak": "73",
      "tercetak_teks": "73%",
      "dihitung": "73",
      "aturan": "capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:206:13)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.12 (L778)",
      "objek": "ip_asn",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "91.02",
      "tercetak_teks": "91,02%",
      "dihitung": "91.02",
      "aturan": "realisasi anggaran / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.12 (L778)",
      "objek": "ip_asn",
      "besaran": "efisiensi",
      "periode": "2024",
      "tercetak": "119",
      "tercetak_teks": "119%",
      "dihitung": "119",
      "aturan": "efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:132:15)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.12 (L780)",
      "objek": "indeks_sistem_merit",
      "besaran": "pagu",
      "periode": "2024",
      "tercetak": "3633045337",
      "tercetak_teks": "3.633.045.337",
      "dihitung": "3633045337",
      "aturan": "jumlah baris anggaran"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.12 (L780)",
      "objek": "indeks_sistem_merit",
      "besaran": "realisasi_anggaran",
      "periode": "2024",
      "tercetak": "3024669465",
      "tercetak_teks": "3.024.669.465",
      "dihitung": "3024669465",
      "aturan": "jumlah baris anggaran"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.12 (L780)",
      "objek": "indeks_sistem_merit",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "83.25",
      "tercetak_teks": "83,25%",
      "dihitung": "83.25",
      "aturan": "realisasi anggaran / pagu x 100"
    },
    {
      "cocok": false,
      "temuan": 7,
      "jenis": "akibat",
      "akibat_dari": [
        2
      ],
      "akibat_bersama": false,
      "lokasi": "Tabel 3.12 (L780)",
      "objek": "indeks_sistem_merit",
      "besaran": "efisiensi",
      "periode": "2024",
      "tercetak": "126",
      "tercetak_teks": "126%",
      "dihitung": "127",
      "aturan": "efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:150:15)",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari realisasi tercetak 296,5 (temuan 2)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.12 (L781)",
      "objek": "nilai_sakip",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "93.66",
      "tercetak_teks": "93,66%",
      "dihitung": "93.66",
      "aturan": "realisasi anggaran / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.12 (L781)",
      "objek": "nilai_sakip",
      "besaran": "efisiensi",
      "periode": "2024",
      "tercetak": "107",
      "tercetak_teks": "107%",
      "dihitung": "107",
      "aturan": "efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:167:15)"
    },
    {
      "cocok": false,
      "temuan": 8,
      "jenis": "akibat",
      "akibat_dari": [
        6
      ],
      "akibat_bersama": false,
      "lokasi": "Tabel 3.13 (L787)",
      "objek": "dokumen_administrasi_sesuai",
      "besaran": "efisiensi",
      "periode": "2024",
      "tercetak": "104",
      "tercetak_teks": "104%",
      "dihitung": "105",
      "aturan": "efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:182:15)",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari capaian tercetak 97% (temuan 6)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.13 (L789)",
      "objek": "nilai_kinerja_penempatan",
      "besaran": "efisiensi",
      "periode": "2024",
      "tercetak": "124",
      "tercetak_teks": "124%",
      "dihitung": "124",
      "aturan": "efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:195:15)"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.13 (L790)",
      "objek": "nilai_pengembangan_karier",
      "besaran": "efisiensi",
      "periode": "2024",
      "tercetak": "89",
      "tercetak_teks": "89%",
      "dihitung": "89",
      "aturan": "efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:208:15)"
    },
    {
      "cocok": true,
      "lokasi": "Bab III (L802)",
      "objek": "ip_asn",
      "besaran": "predikat_efisiensi",
      "periode": "2024",
      "tercetak": "Sangat efisiensi",
      "tercetak_teks": "Sangat efisiensi",
      "dihitung": "Sangat efisiensi",
      "aturan": "skala tingkat_efisiensi atas 119"
    },
    {
      "cocok": true,
      "lokasi": "Bab III (L802)",
      "objek": "indeks_sistem_merit",
      "besaran": "predikat_efisiensi",
      "periode": "2024",
      "tercetak": "Sangat efisiensi",
      "tercetak_teks": "Sangat efisiensi",
      "dihitung": "Sangat efisiensi",
      "aturan": "skala tingkat_efisiensi atas 127"
    },
    {
      "cocok": true,
      "lokasi": "Bab III (L802)",
      "objek": "nilai_sakip",
      "besaran": "predikat_efisiensi",
      "periode": "2024",
      "tercetak": "Efisiensi",
      "tercetak_teks": "Efisiensi",
      "dihitung": "Efisiensi",
      "aturan": "skala tingkat_efisiensi atas 107"
    },
    {
      "cocok": true,
      "lokasi": "Bab III (L803)",
      "objek": "dokumen_administrasi_sesuai",
      "besaran": "predikat_efisiensi",
      "periode": "2024",
      "tercetak": "Efisiensi",
      "tercetak_teks": "Efisiensi",
      "dihitung": "Efisiensi",
      "aturan": "skala tingkat_efisiensi atas 105"
    },
    {
      "cocok": true,
      "lokasi": "Bab III (L803)",
      "objek": "nilai_kinerja_penempatan",
      "besaran": "predikat_efisiensi",
      "periode": "2024",
      "tercetak": "Sangat efisiensi",
      "tercetak_teks": "Sangat efisiensi",
      "dihitung": "Sangat efisiensi",
      "aturan": "skala tingkat_efisiensi atas 124"
    },
    {
      "cocok": true,
      "lokasi": "Bab III (L803)",
      "objek": "nilai_pengembangan_karier",
      "besaran": "predikat_efisiensi",
      "periode": "2024",
      "tercetak": "Tidak efisiensi",
      "tercetak_teks": "Tidak efisiensi",
      "dihitung": "Tidak efisiensi",
      "aturan": "skala tingkat_efisiensi atas 89"
    },
    {
      "cocok": false,
      "temuan": 9,
      "jenis": "akibat",
      "akibat_dari": [
        5
      ],
      "akibat_bersama": false,
      "lokasi": "Ikhtisar Eksekutif (L51)",
      "objek": "iku",
      "besaran": "jumlah:Sangat memuaskan",
      "periode": "2024",
      "tercetak": "2",
      "tercetak_teks": "2",
      "dihitung": "3",
      "aturan": "Rekapitulasi Capaian Indikator Kinerja Utama: 3 dari 3",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari predikat nilai_sakip tercetak Sangat Baik (temuan 5)"
    },
    {
      "cocok": false,
      "temuan": 10,
      "jenis": "akibat",
      "akibat_dari": [
        5
      ],
      "akibat_bersama": false,
      "lokasi": "Ikhtisar Eksekutif (L51)",
      "objek": "iku",
      "besaran": "persen:Sangat memuaskan",
      "periode": "2024",
      "tercetak": "66.7",
      "tercetak_teks": "66,7%",
      "dihitung": "100.0",
      "aturan": "Rekapitulasi Capaian Indikator Kinerja Utama: 3 dari 3",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari predikat nilai_sakip tercetak Sangat Baik (temuan 5)"
    },
    {
      "cocok": false,
      "temuan": 11,
      "jenis": "akibat",
      "akibat_dari": [
        5
      ],
      "akibat_bersama": false,
      "lokasi": "Ikhtisar Eksekutif (L52)",
      "objek": "iku",
      "besaran": "jumlah:Sangat Baik",
      "periode": "2024",
      "tercetak": "1",
      "tercetak_teks": "1",
      "dihitung": "0",
      "aturan": "Rekapitulasi Capaian Indikator Kinerja Utama: 0 dari 3",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari predikat nilai_sakip tercetak Sangat Baik (temuan 5)"
    },
    {
      "cocok": false,
      "temuan": 12,
      "jenis": "akibat",
      "akibat_dari": [
        5
      ],
      "akibat_bersama": false,
      "lokasi": "Ikhtisar Eksekutif (L52)",
      "objek": "iku",
      "besaran": "persen:Sangat Baik",
      "periode": "2024",
      "tercetak": "33.3",
      "tercetak_teks": "33,3%",
      "dihitung": "0.0",
      "aturan": "Rekapitulasi Capaian Indikator Kinerja Utama: 0 dari 3",
      "petunjuk": "sama dengan hasil rumus bila dihitung dari predikat nilai_sakip tercetak Sangat Baik (temuan 5)"
    },
    {
      "cocok": true,
      "lokasi": "Ikhtisar Eksekutif (L63)",
      "objek": "anggaran",
      "besaran": "jumlah:Sangat Baik",
      "periode": "2024",
      "tercetak": "1",
      "tercetak_teks": "1",
      "dihitung": "1",
      "aturan": "Rekapitulasi Daya Serap Anggaran per Program: 1 dari 3"
    },
    {
      "cocok": true,
      "lokasi": "Ikhtisar Eksekutif (L63)",
      "objek": "anggaran",
      "besaran": "persen:Sangat Baik",
      "periode": "2024",
      "tercetak": "33.3",
      "tercetak_teks": "33,3%",
      "dihitung": "33.3",
      "aturan": "Rekapitulasi Daya Serap Anggaran per Program: 1 dari 3"
    },
    {
      "cocok": false,
      "temuan": 13,
      "jenis": "kesalahan_asal",
      "lokasi": "Ikhtisar Eksekutif (L64)",
      "objek": "anggaran",
      "besaran": "jumlah:Baik",
      "periode": "2024",
      "tercetak": "3",
      "tercetak_teks": "3",
      "dihitung": "2",
      "aturan": "Rekapitulasi Daya Serap Anggaran per Program: 2 dari 3",
      "petunjuk": "angka tercetak lebih besar 1"
    },
    {
      "cocok": true,
      "lokasi": "Ikhtisar Eksekutif (L64)",
      "objek": "anggaran",
      "besaran": "persen:Baik",
      "periode": "2024",
      "tercetak": "66.7",
      "tercetak_teks": "66,7%",
      "dihitung": "66.7",
      "aturan": "Rekapitulasi Daya Serap Anggaran per Program: 2 dari 3"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.15 (L831)",
      "objek": "anggaran:jumlah",
      "besaran": "pagu",
      "periode": "2024",
      "tercetak": "14289814108",
      "tercetak_teks": "14.289.814.108",
      "dihitung": "14289814108",
      "aturan": "jumlah baris terendah di bawah kode mana pun"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L841)",
      "objek": "anggaran:A",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "93.66",
      "tercetak_teks": "93,66%",
      "dihitung": "93.66",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L842)",
      "objek": "anggaran:A.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "94.09",
      "tercetak_teks": "94,09%",
      "dihitung": "94.09",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L843)",
      "objek": "anggaran:A.1.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "93.79",
      "tercetak_teks": "93,79%",
      "dihitung": "93.79",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L844)",
      "objek": "anggaran:A.1.2",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "98.84",
      "tercetak_teks": "98,84%",
      "dihitung": "98.84",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L845)",
      "objek": "anggaran:A.1.3",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "95.62",
      "tercetak_teks": "95,62%",
      "dihitung": "95.62",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L846)",
      "objek": "anggaran:A.2",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "71.61",
      "tercetak_teks": "71,61%",
      "dihitung": "71.61",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L848)",
      "objek": "anggaran:A.2.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "71.61",
      "tercetak_teks": "71,61%",
      "dihitung": "71.61",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L849)",
      "objek": "anggaran:A.3",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "94.74",
      "tercetak_teks": "94,74%",
      "dihitung": "94.74",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L850)",
      "objek": "anggaran:A.3.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "95.86",
      "tercetak_teks": "95,86%",
      "dihitung": "95.86",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L851)",
      "objek": "anggaran:A.3.2",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "95.18",
      "tercetak_teks": "95,18%",
      "dihitung": "95.18",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L852)",
      "objek": "anggaran:A.3.3",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "88.99",
      "tercetak_teks": "88,99%",
      "dihitung": "88.99",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L853)",
      "objek": "anggaran:A.3.4",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "94.03",
      "tercetak_teks": "94,03%",
      "dihitung": "94.03",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L854)",
      "objek": "anggaran:A.4",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "81.62",
      "tercetak_teks": "81,62%",
      "dihitung": "81.62",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L855)",
      "objek": "anggaran:A.4.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "81.62",
      "tercetak_teks": "81,62%",
      "dihitung": "81.62",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L856)",
      "objek": "anggaran:A.5",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "90.93",
      "tercetak_teks": "90,93%",
      "dihitung": "90.93",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L857)",
      "objek": "anggaran:A.5.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "90.65",
      "tercetak_teks": "90,65%",
      "dihitung": "90.65",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L858)",
      "objek": "anggaran:A.5.2",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "91.84",
      "tercetak_teks": "91,84%",
      "dihitung": "91.84",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L859)",
      "objek": "anggaran:A.6",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "92.46",
      "tercetak_teks": "92,46%",
      "dihitung": "92.46",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L860)",
      "objek": "anggaran:A.6.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "83.25",
      "tercetak_teks": "83,25%",
      "dihitung": "83.25",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L861)",
      "objek": "anggaran:A.6.2",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "96.37",
      "tercetak_teks": "96,37%",
      "dihitung": "96.37",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L862)",
      "objek": "anggaran:A.6.3",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "98.66",
      "tercetak_teks": "98,66%",
      "dihitung": "98.66",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L863)",
      "objek": "anggaran:B",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "83.69",
      "tercetak_teks": "83,69%",
      "dihitung": "83.69",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L864)",
      "objek": "anggaran:B.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "92.57",
      "tercetak_teks": "92,57%",
      "dihitung": "92.57",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L865)",
      "objek": "anggaran:B.1.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "86.06",
      "tercetak_teks": "86,06%",
      "dihitung": "86.06",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L866)",
      "objek": "anggaran:B.1.2",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "93.20",
      "tercetak_teks": "93,20%",
      "dihitung": "93.20",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L867)",
      "objek": "anggaran:B.1.3",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "88.85",
      "tercetak_teks": "88,85%",
      "dihitung": "88.85",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L868)",
      "objek": "anggaran:B.1.4",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "84.94",
      "tercetak_teks": "84,94%",
      "dihitung": "84.94",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L869)",
      "objek": "anggaran:B.1.5",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "90.64",
      "tercetak_teks": "90,64%",
      "dihitung": "90.64",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L870)",
      "objek": "anggaran:B.1.6",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "93.06",
      "tercetak_teks": "93,06%",
      "dihitung": "93.06",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L871)",
      "objek": "anggaran:B.2",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "59.40",
      "tercetak_teks": "59,40%",
      "dihitung": "59.40",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L872)",
      "objek": "anggaran:B.2.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "44.29",
      "tercetak_teks": "44,29%",
      "dihitung": "44.29",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L873)",
      "objek": "anggaran:B.2.2",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "55.60",
      "tercetak_teks": "55,60%",
      "dihitung": "55.60",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L874)",
      "objek": "anggaran:B.2.3",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "72.48",
      "tercetak_teks": "72,48%",
      "dihitung": "72.48",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L875)",
      "objek": "anggaran:B.3",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "90.54",
      "tercetak_teks": "90,54%",
      "dihitung": "90.54",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L876)",
      "objek": "anggaran:B.3.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "89.14",
      "tercetak_teks": "89,14%",
      "dihitung": "89.14",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L877)",
      "objek": "anggaran:B.3.2",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "75.86",
      "tercetak_teks": "75,86%",
      "dihitung": "75.86",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L878)",
      "objek": "anggaran:B.3.3",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "95.01",
      "tercetak_teks": "95,01%",
      "dihitung": "95.01",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L879)",
      "objek": "anggaran:B.3.4",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "95.89",
      "tercetak_teks": "95,89%",
      "dihitung": "95.89",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L880)",
      "objek": "anggaran:B.4",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "89.11",
      "tercetak_teks": "89,11%",
      "dihitung": "89.11",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L881)",
      "objek": "anggaran:B.4.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "91.36",
      "tercetak_teks": "91,36%",
      "dihitung": "91.36",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L882)",
      "objek": "anggaran:B.4.2",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "98.72",
      "tercetak_teks": "98,72%",
      "dihitung": "98.72",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L883)",
      "objek": "anggaran:B.4.3",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "76.04",
      "tercetak_teks": "76,04%",
      "dihitung": "76.04",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L884)",
      "objek": "anggaran:C",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "82.43",
      "tercetak_teks": "82,43%",
      "dihitung": "82.43",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L885)",
      "objek": "anggaran:C.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "82.43",
      "tercetak_teks": "82,43%",
      "dihitung": "82.43",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L886)",
      "objek": "anggaran:C.1.1",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "28.91",
      "tercetak_teks": "28,91%",
      "dihitung": "28.91",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L888)",
      "objek": "anggaran:C.1.2",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "96.16",
      "tercetak_teks": "96,16%",
      "dihitung": "96.16",
      "aturan": "realisasi / pagu x 100"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L889)",
      "objek": "anggaran:jumlah",
      "besaran": "realisasi",
      "periode": "2024",
      "tercetak": "13005924773",
      "tercetak_teks": "13.005.924.773",
      "dihitung": "13005924773",
      "aturan": "jumlah baris terendah di bawah kode mana pun"
    },
    {
      "cocok": true,
      "lokasi": "Tabel 3.16 (L889)",
      "objek": "anggaran:jumlah",
      "besaran": "serapan",
      "periode": "2024",
      "tercetak": "91.02",
      "tercetak_teks": "91,02%",
      "dihitung": "91.02",
      "aturan": "realisasi / pagu x 100"
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
      },
      {
        "jenis": "tercetak",
        "berkas": "examples/kab-pasuruan/2024/tercetak.csv",
        "sha256": "ac24af7ceb5b9894feb2aa050232f577503e68fdc2bc59708c3adce52b18812b"
      }
    ]
  }
}

--- stderr

--- exit 1
