$ ind eval rules/kab-way-kanan.ind --data examples/kab-way-kanan/2023 --format csv
--- stdout
# Rekapitulasi Capaian Indikator Kinerja Utama — Kriteria Penilaian Realisasi Kinerja
No;Rentang;Predikat;Jumlah IKU;Persentase (%)
1;x ≥ 91;Sangat Baik;2;40,0
2;76 ≤ x ≤ 90;Tinggi;0;0,0
3;66 ≤ x ≤ 75;Sedang;0;0,0
4;51 ≤ x ≤ 65;Rendah;0;0,0
5;x ≤ 50;Sangat Rendah;0;0,0
;;Tanpa predikat;3;60,0
;;Jumlah;5;100,0

# Rekapitulasi Capaian Indikator Kinerja Program — Kriteria Penilaian Realisasi Kinerja
No;Rentang;Predikat;Jumlah Indikator;Persentase (%)
1;x ≥ 91;Sangat Baik;3;100,0
2;76 ≤ x ≤ 90;Tinggi;0;0,0
3;66 ≤ x ≤ 75;Sedang;0;0,0
4;51 ≤ x ≤ 65;Rendah;0;0,0
5;x ≤ 50;Sangat Rendah;0;0,0
;;Jumlah;3;100,0

# Capaian Kinerja 2023
No;Indikator;Tingkat;Satuan;Target;Realisasi;Capaian (%);Predikat;Kategori
1;Nilai Evaluasi SAKIP Kabupaten;tujuan;poin;60,64;-;-;-;-
2;Nilai Komponen Kinerja Organisasi;tujuan;poin;5,55;-;-;-;-
3;Nilai SAKIP BKPSDM;sasaran;poin;59,1;73,11;123,7;Sangat Baik;-
4;Indeks Profesionalitas ASN;sasaran;poin;64;84,4;131,9;Sangat Baik;Tinggi
5;Indeks Sistem Merit;sasaran;poin;-;209;-;-;Kurang
6;Cakupan Tertib Administrasi Kepegawaian;program;persen;100;100;100,0;Sangat Baik;-
7;Cakupan Pengembangan SDM Aparatur;program;persen;88;100;113,6;Sangat Baik;-
8;Cakupan Pelayanan Administrasi Perkantoran BKPSDM;program;persen;100;101;101,0;Sangat Baik;-

# Perbandingan Realisasi dan Target Renstra
Indikator;Realisasi 2021;Realisasi 2022;Realisasi 2023;Target 2024;Target 2025;Target 2026
Nilai Evaluasi SAKIP Kabupaten;-;-;-;61,64;62,64;63,64
Nilai Komponen Kinerja Organisasi;-;-;-;5,85;6,15;6,45
Nilai SAKIP BKPSDM;61,45;69,31;73,11;59,1;61,1;63,1
Indeks Profesionalitas ASN;71,76;46,23;84,4;64;64;65
Indeks Sistem Merit;-;99;209;210;220;230
Cakupan Tertib Administrasi Kepegawaian;-;-;100;-;-;-
Cakupan Pengembangan SDM Aparatur;-;-;100;-;-;-
Cakupan Pelayanan Administrasi Perkantoran BKPSDM;-;-;101;-;-;-

# Target, Realisasi dan Capaian 2021–2023
Indikator;Tahun;Target;Realisasi;Capaian (%);Predikat;Kategori
Nilai SAKIP BKPSDM;2021;54,1;61,45;113,6;Sangat Baik;-
Nilai SAKIP BKPSDM;2022;57,1;69,31;121,4;Sangat Baik;-
Nilai SAKIP BKPSDM;2023;59,1;73,11;123,7;Sangat Baik;-
Indeks Profesionalitas ASN;2021;62;71,76;115,7;Sangat Baik;Sedang
Indeks Profesionalitas ASN;2022;63;46,23;73,4;Sedang;Sangat Rendah
Indeks Profesionalitas ASN;2023;64;84,4;131,9;Sangat Baik;Tinggi
Indeks Sistem Merit;2022;-;99;-;-;-
Indeks Sistem Merit;2023;-;209;-;-;Kurang

# Selisih Realisasi 2023 terhadap Target, Tahun Sebelumnya dan Target Renstra
Indikator;Pembanding;Nilai Pembanding;Realisasi 2023;Selisih;Keterangan
Nilai SAKIP BKPSDM;Target 2023;59,1;73,11;14,01;di atas target
Nilai SAKIP BKPSDM;Realisasi 2022;69,31;73,11;3,80;naik
Nilai SAKIP BKPSDM;Realisasi 2021;61,45;73,11;11,66;naik
Nilai SAKIP BKPSDM;Target Renstra 2024;59,1;73,11;-14,01;sudah tercapai
Nilai SAKIP BKPSDM;Target Renstra 2025;61,1;73,11;-12,01;sudah tercapai
Nilai SAKIP BKPSDM;Target Renstra 2026;63,1;73,11;-10,01;sudah tercapai
Indeks Profesionalitas ASN;Target 2023;64;84,4;20,4;di atas target
Indeks Profesionalitas ASN;Realisasi 2022;46,23;84,4;38,17;naik
Indeks Profesionalitas ASN;Realisasi 2021;71,76;84,4;12,64;naik
Indeks Profesionalitas ASN;Target Renstra 2024;64;84,4;-20,4;sudah tercapai
Indeks Profesionalitas ASN;Target Renstra 2025;64;84,4;-20,4;sudah tercapai
Indeks Profesionalitas ASN;Target Renstra 2026;65;84,4;-19,4;sudah tercapai
Indeks Sistem Merit;Realisasi 2022;99;209;110;naik
Indeks Sistem Merit;Target Renstra 2024;210;209;1;perlu peningkatan
Indeks Sistem Merit;Target Renstra 2025;220;209;11;perlu peningkatan
Indeks Sistem Merit;Target Renstra 2026;230;209;21;perlu peningkatan
Cakupan Tertib Administrasi Kepegawaian;Target 2023;100;100;0;sama dengan target
Cakupan Pengembangan SDM Aparatur;Target 2023;88;100;12;di atas target
Cakupan Pelayanan Administrasi Perkantoran BKPSDM;Target 2023;100;101;1;di atas target

# Nilai Komponen
Nilai;Uraian;Angka
capaian_program_kepegawaian;Capaian realisasi kinerja Program Kepegawaian Daerah (rata-rata sub kegiatan);100,0
capaian_program_pengembangan_sdm;Capaian realisasi kinerja Program Pengembangan SDM (rata-rata sub kegiatan);100,3
capaian_program_penunjang;Capaian realisasi kinerja Program Penunjang (rata-rata sub kegiatan);99,6
realisasi_kinerja_keseluruhan;Realisasi kinerja keseluruhan (rata-rata capaian tiga program);100
capaian_seluruh_sub_kegiatan;Rata-rata capaian keluaran seluruh sub kegiatan;99,8
rata_capaian_sasaran;Rata-rata capaian dua sasaran (Nilai SAKIP BKPSDM, IP ASN);127,8
ketepatan_distribusi_cpns_pppk;Persentase Ketepatan Distribusi CPNS dan PPPK sesuai dengan Formasi & Kualifikasi (3.3.1.1);96,40
ketepatan_laporan_kinerja_asn;Persentase Ketepatan Penyusunan Laporan Kinerja ASN sesuai dengan aturan yang berlaku (3.3.1.2);61,68
penyelesaian_kasus_disiplin_layanan;Persentase kasus-kasus kedisiplinan dan pelayanan kepegawaian yang diselesaikan (3.3.1.3);100,00
ketepatan_penataan_asn;Persentase Ketepatan Penataan ASN sesuai dengan Kualifikasi, Formasi dan Promosi (3.3.1.4);-
ketepatan_kp_kgb_status;Persentase Ketepatan ASN yang mengajukan Kenaikan Pangkat, KGB dan Perubahan Status sesuai dengan aturan yang berlaku (3.3.1.5);100,00
asn_diklat_teknis_fungsional;Persentase ASN yang mendapat kesempatan untuk mengikuti Diklat Teknis dan Fungsional (3.3.1.6);100,00
asn_pendidikan_lanjutan;Persentase ASN yang mendapat kesempatan mengikuti pendidikan lanjutan (3.3.1.8);-
pagu_menurut_jenis_belanja;Total pagu menurut jenis belanja (Tabel 2.6.1);6850200218
realisasi_belanja_rutin_penunjang;Realisasi Belanja Operasi (Rutin) Program Penunjang;805574125
golongan_jumlah;Jumlah pegawai (Tabel 2.2.2);48
pendidikan_jumlah;Jumlah pegawai (Tabel 2.2.3);48
jenis_kelamin_jumlah;Jumlah pegawai (Tabel 2.2.4);48
umur_jumlah;Jumlah pegawai (Tabel 2.2.5);47
formasi_jumlah;Jumlah formasi jabatan (Tabel 2.2.6);84
formasi_terisi;Formasi sudah terisi (Tabel 2.2.6);23
formasi_belum_terisi;Formasi belum terisi (Tabel 2.2.6);61
asn_gol_i;ASN golongan I;13
asn_gol_ii;ASN golongan II;477
asn_gol_iii;ASN golongan III;3586
asn_gol_iv;ASN golongan IV;1183
asn_jumlah;Jumlah ASN Kabupaten Way Kanan;5259
jumlah_komponen_sakip;Banyak komponen penilaian SAKIP;5

# Pegawai per kepegawaian (Tabel 2.2.2, kolom Jumlah)
kepegawaian;Angka;Jumlah Baris
PNS;23;7
PTHLS;25;1

# Pegawai per golongan ruang (Tabel 2.2.2, baris Jumlah)
golongan;Angka;Jumlah Baris
II/d;1;1
III/a;5;1
III/b;2;1
III/c;3;1
III/d;5;1
IV/a;5;1
IV/b;2;1
PTH LS;25;1

# Pegawai per kepegawaian (Tabel 2.2.3, kolom Jumlah)
kepegawaian;Angka;Jumlah Baris
PNS;23;3
PTHLS;25;3

# Pegawai per jenjang pendidikan (Tabel 2.2.3, baris Jumlah)
pendidikan;Angka;Jumlah Baris
S1/D4;26;2
S2;7;1
SLTA;14;2
SLTP;1;1

# Pegawai per kepegawaian (Tabel 2.2.4, kolom Jumlah)
kepegawaian;Angka;Jumlah Baris
PNS;23;2
PTHLS;25;2

# Pegawai per jenis kelamin (Tabel 2.2.4, baris Jumlah)
jenis_kelamin;Angka;Jumlah Baris
Laki-laki;27;2
Perempuan;21;2

# Pegawai per kepegawaian (Tabel 2.2.5, kolom Jumlah)
kepegawaian;Angka;Jumlah Baris
PNS;22;7
PTHLS;25;6

# Pegawai per kelompok umur (Tabel 2.2.5, baris Jumlah)
kelompok_umur;Angka;Jumlah Baris
21-25;14;1
26-30;4;2
31-35;8;2
36-40;9;2
41-45;6;2
46-50;2;1
51-55;2;1
56-58;1;1
>20;1;1

# ASN per unit kerja (kolom Jumlah)
unit;Angka;Jumlah Baris
'- Guru SD;2220;1
'- Guru SLTP dan DPK;787;1
'- Guru TK;45;1
'- Kelurahan Blambangan Umpu;6;1
'- Kelurahan Campur Asri;8;1
'- Kelurahan Kasui Pasar;8;1
'- Kelurahan Pasar Banjit;6;1
'- Kelurahan Taman Asri;9;1
'- Kelurahan Tiuh Balak Pasar;8;1
'- Pengawas Sekolah;29;1
'- UPT Gudang Farmasi;1;1
'- UPT Puskesmas;726;1
Badan Kepegawaian dan Pengembangan SDM;23;1
Badan Kesatuan Bangsa dan Politik;13;1
Badan Penanggulangan Bencana Daerah;18;1
Badan Pendapatan Daerah;57;1
Badan Pengelolaan Keuangan dan Aset Daerah;42;1
Badan Perencanaan Pembangunan Daerah;27;1
CPNS Baru;0;1
Dinas Kependudukan dan Catatan Sipil;26;1
Dinas Kesehatan;35;1
Dinas Ketahanan Pangan;10;1
Dinas Komunikasi dan Informatika;14;1
Dinas Koperasi, Usaha Kecil dan Menengah;19;1
Dinas Lingkungan Hidup;20;1
Dinas Pekerjaan Umum;84;1
Dinas Pemberdayaan Masyarakat dan Kampung;17;1
Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB;45;1
Dinas Pemuda, Olahraga dan Pariwisata;17;1
Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu;25;1
Dinas Pendidikan dan Kebudayaan;54;1
Dinas Perhubungan;20;1
Dinas Perikanan;17;1
Dinas Perkebunan;20;1
Dinas Perpustakaan dan Kearsipan;16;1
Dinas Perumahan, Kawasan Permukiman dan Pertanahan;10;1
Dinas Sosial;21;1
Dinas Tanaman Pangan, Holtikultura dan Peternakan;151;1
Dinas Tenaga Kerja dan Transmigrasi;19;1
Inspektorat;59;1
Kecamatan Bahuga;24;1
Kecamatan Banjit;13;1
Kecamatan Baradatu;26;1
Kecamatan Blambangan Umpu;15;1
Kecamatan Buay Bahuga;13;1
Kecamatan Bumi Agung;8;1
Kecamatan Gunung Labuhan;15;1
Kecamatan Kasui;18;1
Kecamatan Negara Batin;14;1
Kecamatan Negeri Agung;10;1
Kecamatan Negeri Besar;13;1
Kecamatan Pakuan Ratu;21;1
Kecamatan Rebang Tangkas;13;1
Kecamatan Umpu Semenguk;12;1
Kecamatan Way Tuba;18;1
Perindustrian dan Perdagangan;39;1
RSUD Z.A. Pagar Alam;126;1
Satuan Polisi Pamong Praja;32;1
Sekretariat DPRD;16;1
Sekretariat Daerah Kabupaten;81;1

# Rincian Target dan realisasi keluaran sub kegiatan (Lampiran Tabel 4.3)
kode;program;indikator;satuan;target;realisasi
A.1.1;A;Jumlah Dokumen Kegiatan Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK;Dokumen;2;2
A.1.2;A;Jumlah Laporan Hasil Evaluasi Pengadaan ASN;Laporan;1;1
A.1.3;A;Jumlah Dokumen Hasil Evaluasi Pemberhentian ASN;Dokumen;1;1
A.1.4;A;Jumlah Lembaga Profesi ASN yang Difasilitasi;Lembaga;1;1
A.1.5;A;Jumlah Dokumen Hasil Pengelolaan Sistem Informasi Kepegawaian;Dokumen;2;2
A.1.6;A;Jumlah Dokumen Hasil Pengelolaan Data Kepegawaian;Dokumen;1;1
A.2.1;A;Jumlah Dokumen Hasil Pelaksanaan Mutasi Jabatan Pimpinan Tinggi, Jabatan Administrasi, Jabatan Pelaksana dan Mutasi ASN antar Daerah;Dokumen;2;2
A.2.2;A;Jumlah Pengelolaan Kenaikan pangkat;Dokumen;2;2
A.2.3;A;Jumlah Dokumen Hasil Pengelolaan Promosi ASN;Dokumen;1;1
A.3.1;A;Jumlah ASN Fungsional yang Dibina;orang;230;230
A.4.1;A;Jumlah Dokumen Hasil Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur;Dokumen;1;1
A.4.2;A;Jumlah ASN yang Diberikan Penghargaan;Dokumen;1;1
A.4.3;A;Jumlah Laporan Hasil Pengelolaan Penyelesaian Pelanggaran Disiplin ASN;Laporan;1;1
B.1.1;B;Jumlah ASN yang Mengikuti Pengembangan Kompetensi;orang;149;150
B.2.1;B;Jumlah Laporan Hasil Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan;Laporan;2;2
C.1.1;C;Jumlah Dokumen Perencanaan Perangkat Daerah;Dokumen;1;1
C.1.2;C;Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD;Dokumen;1;1
C.1.3;C;Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD;;4;4
C.1.4;C;Jumlah Laporan Evaluasi Kinerja Perangkat;Dokumen;1;1
C.2.1;C;Jumlah Orang yang Menerima Gaji dan Tunjangan ASN;orang;360;333
C.2.2;C;Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD;Dokumen;1;1
C.2.3;C;Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi;Laporan;1;1
C.2.4;C;Jumlah Laporan Keuangan Bulanan/ Triwulan/ Semesteran SKPD dan Laporan Koordinasi Penyusunan Laporan Keuangan Bulanan/Triwulan/Semesteran;Laporan;2;2
C.2.5;C;Jumlah dokumen pelaporan dan analisis prognosis realisasi anggaran;Dokumen;1;1
C.3.1;C;Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan yang Disediakan;Paket;1;1
C.3.2;C;Jumlah Paket Bahan Logistik Kantor yang Disediakan;Paket;1;1
C.3.3;C;Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan;Paket;1;1
C.3.4;C;Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD;Laporan;1;1
C.4.1;C;Jumlah Laporan Penyediaan Jasa Surat Menyurat;Laporan;1;1
C.4.2;C;Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan;Laporan;1;1
C.4.3;C;Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan;Laporan;1;1
C.5.1;C;Jumlah Peralatan dan Mesin Lainnya yang Dipelihara;Unit;28;28
C.5.2;C;Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi;Unit;1;1
C.5.3;C;Jumlah Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya yang Dipelihara/Direhabilitasi;Unit;10;10

# Rincian indikator program (Tabel 3.3.1.1-3.3.1.8)
bagian;no;rincian;target;realisasi
3.3.1.1;1;Calon ASN;100;96
3.3.1.1;2;Perpanjangan SK PTHL;47;47
3.3.1.1;3;Penginputan Proyeksi Kebutuhan ASN 2024-2028;798;768
3.3.1.2;1;PNS yang melaporkan e-Lapkin;5518;3307
3.3.1.2;2;PNS yang melaporkan PIP;5518;3500
3.3.1.3;1;Kasus Hukuman Disiplin;3;3
3.3.1.3;2;Kasus Perceraian Pegawai;11;11
3.3.1.3;3;Pengajuan Cuti;2108;2108
3.3.1.3;4;Pengajuan Kartu Istri;91;91
3.3.1.3;5;Pengajuan Kartu Suami;141;141
3.3.1.3;6;Pengajuan Kartu Pegawai;177;177
3.3.1.3;7;Pengajuan Kartu Taspen;965;965
3.3.1.3;8;Pengajuan Kartu BPJS Ketenagakerjaan Non ASN;1729;1729
3.3.1.3;9;Pengajuan Pensiun;202;202
3.3.1.3;10;Sumpah Pegawai;83;83
3.3.1.4;1;PNS Mutasi antar SKPD;46;46
3.3.1.4;2;PNS Mutasi keluar masuk Kabupaten;45;45
3.3.1.4;3;PNS Mutasi Jabatan Fungsional;314;314
3.3.1.4;4;Pelantikan Rotasi/Promosi;368;368
3.3.1.4;5;Assesemen Jabatan;16;16
3.3.1.4;6;Update Data SIKOP & SAPK;1513;1513
3.3.1.4;7;Aproval Usulan data Mandiri Kepegawaian;47843;47843
3.3.1.4;8;Update Data Pegawai pe-Desember 2022 (Tabel Terlampir);-;5518
3.3.1.5;1;Kenaikan Pangkat;920;920
3.3.1.5;2;Kenaikan Gaji Berkala;2110;2110
3.3.1.5;3;Perubahan Status;72;72
3.3.1.6;1;Diklat Penyusunan Anjab ABK & SKP (Struktural & Fungsional);26;26
3.3.1.6;2;Diklat Penyusunan Perencanaan Daerah dan Pelaporan Kinerja (Struktural & Fungsional);1;1
3.3.1.6;3;Diklat Fungsional Penyuluh di Lingkungan Hidup;6;6
3.3.1.6;4;Dnas Fungsional Terkait Kepariwisata;6;6
3.3.1.6;5;Diklat Fungsional BUMDES;6;6
3.3.1.6;6;Diklat PTK untuk Guru;60;60
3.3.1.8;1;Beasiswa S3;1;1
3.3.1.8;2;Beasiswa S1;-;1
3.3.1.8;3;Usulan Mandiri;-;26

# Rincian Pagu menurut jenis belanja (Tabel 2.6.1)
uraian;pagu
Belanja Pegawai;2459563280
Belanja Barang dan Jasa;4390636938
Belanja Modal;0
Jumlah;6850200218

# Rincian Baris Lampiran Tabel 4.3 (pagu dan realisasi)
kode;pagu;realisasi
A;2212352000;2205483616
A.1;-;-
A.1.1;193500000;192895028
A.1.2;5000000;4856000
A.1.3;31000000;30993900
A.1.4;5500000;5469800
A.1.5;630990000;625774000
A.1.6;862000;862000
A.2;-;-
A.2.1;570000000;569807188
A.2.2;8000000;7919800
A.2.3;649500000;649500000
A.3;-;-
A.3.1;70000000;69968900
A.4;-;-
A.4.1;41000000;40489000
A.4.2;4000000;3952000
A.4.3;3000000;2996000
B;1368595000;1366377850
B.1;-;-
B.1.1;798180000;795967000
B.2;-;-
B.2.1;570415000;570410850
C;3269253218;3128567423
C.1;-;-
C.1.1;2668600;2640950
C.1.2;3274000;3254000
C.1.3;3291000;3277000
C.1.4;3317000;3273000
C.2;-;-
C.2.1;2459563280;2322993298
C.2.2;157100040;156539520
C.2.3;3983900;3963600
C.2.4;2166000;2158000
C.2.5;1420000;1403000
C.3;-;-
C.3.1;5860000;5860000
C.3.2;11381398;11360500
C.3.3;9925000;9925000
C.3.4;190900000;190896096
C.4;-;-
C.4.1;500000;500000
C.4.2;175376000;174613665
C.4.3;62927000;62927000
C.5;-;-
C.5.1;26500000;26500000
C.5.2;144100000;141482794
C.5.3;5000000;5000000

# Rincian PNS dan PTHLS menurut pangkat/golongan ruang (Tabel 2.2.2)
kepegawaian;golongan;orang;baris
PNS;II/d;1;L159
PNS;III/a;5;L159
PNS;III/b;2;L159
PNS;III/c;3;L159
PNS;III/d;5;L159
PNS;IV/a;5;L159
PNS;IV/b;2;L159
PTHLS;PTH LS;25;L160
Jumlah;;48;

# Rincian PNS dan PTHLS menurut tingkat pendidikan (Tabel 2.2.3)
kepegawaian;pendidikan;orang;baris
PNS;S2;7;L169
PNS;S1/D4;15;L169
PNS;SLTA;1;L169
PTHLS;S1/D4;11;L170
PTHLS;SLTA;13;L170
PTHLS;SLTP;1;L170
Jumlah;;48;

# Rincian PNS dan PTHLS menurut jenis kelamin (Tabel 2.2.4)
kepegawaian;jenis_kelamin;orang;baris
PNS;Laki-laki;14;L179
PNS;Perempuan;9;L179
PTHLS;Laki-laki;13;L180
PTHLS;Perempuan;12;L180
Jumlah;;48;

# Rincian PNS dan PTHLS menurut kelompok umur (Tabel 2.2.5)
kepegawaian;kelompok_umur;orang;baris
PNS;26-30;1;L189
PNS;31-35;4;L189
PNS;36-40;7;L189
PNS;41-45;5;L189
PNS;46-50;2;L189
PNS;51-55;2;L189
PNS;56-58;1;L189
PTHLS;>20;1;L190
PTHLS;21-25;14;L190
PTHLS;26-30;3;L190
PTHLS;31-35;4;L190
PTHLS;36-40;2;L190
PTHLS;41-45;1;L190
Jumlah;;47;

# Rincian Formasi jabatan BKPSDM (Tabel 2.2.6)
no;eselon;jabatan;formasi;terisi;belum_terisi;baris
1;II.b;Kepala Badan;1;1;-;L199
2;III.a;Sekretaris;1;1;-;L200
3;III.b;Kepala Bidang;3;3;-;L201
4;IV.a;Kasubbag/ Kasubbid;2;2;-;L202
5;;Fungsional;32;8;24;L203
6;;Pelaksana;45;8;37;L204
;Jumlah;;84;23;;

# Rincian Jumlah ASN menurut unit kerja dan golongan (Lampiran)
no;unit;gol_i;gol_ii;gol_iii;gol_iv;baris
1;Sekretariat Daerah Kabupaten;0;6;44;31;L1525
2;Sekretariat DPRD;0;1;12;3;L1526
3;Inspektorat;0;1;43;15;L1527
4;Badan Perencanaan Pembangunan Daerah;0;3;18;6;L1528
5;Badan Pengelolaan Keuangan dan Aset Daerah;0;2;32;8;L1529
6;Badan Pendapatan Daerah;0;9;43;5;L1530
7;Badan Kepegawaian dan Pengembangan SDM;0;1;15;7;L1531
8;Badan Kesatuan Bangsa dan Politik;0;1;8;4;L1532
9;Badan Penanggulangan Bencana Daerah;0;1;13;4;L1533
10;Dinas Tanaman Pangan, Holtikultura dan Peternakan;1;46;89;15;L1534
11;Dinas Perkebunan;0;1;13;6;L1535
12;Dinas Perikanan;0;1;13;3;L1536
13;Dinas Ketahanan Pangan;0;0;6;4;L1537
14;Perindustrian dan Perdagangan;1;3;28;7;L1538
15;Dinas Pendidikan dan Kebudayaan;1;2;31;20;L1539
-;'- Guru SLTP dan DPK;0;33;513;241;L1540
-;'- Guru SD;3;128;1475;614;L1541
-;'- Guru TK;0;2;39;4;L1542
-;'- Pengawas Sekolah;0;0;4;25;L1543
16;Dinas Kesehatan;0;3;23;9;L1544
-;'- UPT Puskesmas;1;115;574;36;L1545
-;'- UPT Gudang Farmasi;0;0;0;1;L1546
17;RSUD Z.A. Pagar Alam;0;25;80;21;L1547
18;Dinas Pemuda, Olahraga dan Pariwisata;0;0;12;5;L1548
19;Dinas Sosial;0;0;15;6;L1549
20;Dinas Tenaga Kerja dan Transmigrasi;0;1;13;5;L1550
21;Dinas Perhubungan;0;3;15;2;L1551
22;Dinas Komunikasi dan Informatika;0;1;10;3;L1552
23;Dinas Koperasi, Usaha Kecil dan Menengah;1;2;11;5;L1553
24;Dinas Pekerjaan Umum;1;20;55;8;L1555
25;Dinas Perumahan, Kawasan Permukiman dan Pertanahan;0;2;3;5;L1556
26;Dinas Kependudukan dan Catatan Sipil;0;0;21;5;L1557
27;Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB;0;1;36;8;L1558
28;Dinas Pemberdayaan Masyarakat dan Kampung;0;1;11;5;L1559
29;Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu;0;1;20;4;L1560
30;Dinas Lingkungan Hidup;0;2;16;2;L1561
31;Dinas Perpustakaan dan Kearsipan;0;2;11;3;L1562
32;Satuan Polisi Pamong Praja;0;4;24;4;L1563
33;Kecamatan Blambangan Umpu;0;2;12;1;L1564
-;'- Kelurahan Blambangan Umpu;1;0;5;0;L1565
34;Kecamatan Pakuan Ratu;1;13;6;1;L1566
35;Kecamatan Banjit;0;2;9;2;L1567
-;'- Kelurahan Pasar Banjit;0;0;6;0;L1568
36;Kecamatan Negeri Agung;0;1;8;1;L1569
37;Kecamatan Bahuga;0;5;15;4;L1570
38;Kecamatan Kasui;0;3;13;2;L1571
-;'- Kelurahan Kasui Pasar;0;2;6;0;L1572
39;Kecamatan Baradatu;0;0;24;2;L1573
-;'- Kelurahan Tiuh Balak Pasar;0;2;5;1;L1574
-;'- Kelurahan Taman Asri;0;2;7;0;L1575
-;'- Kelurahan Campur Asri;0;1;6;1;L1576
40;Kecamatan Negara Batin;0;2;11;1;L1577
41;Kecamatan Negeri Besar;1;2;7;3;L1578
42;Kecamatan Way Tuba;0;5;12;1;L1579
43;Kecamatan Rebang Tangkas;1;2;10;0;L1580
44;Kecamatan Gunung Labuhan;0;4;9;2;L1581
45;Kecamatan Buay Bahuga;0;4;9;0;L1582
46;Kecamatan Bumi Agung;0;0;7;1;L1583
47;Kecamatan Umpu Semenguk;0;1;10;1;L1584
48;CPNS Baru;0;0;0;0;L1585
;Jumlah;13;477;3586;1183;

# Rincian Komponen penilaian SAKIP (L916-L920)
no;komponen;bobot;baris
1;Perencanaan Kinerja;30;L916
2;Pengukuran Kinerja;25;L917
3;Pelaporan Kinerja;15;L918
4;Evaluasi Internal;10;L919
5;Pencapaian Evaluasi;20;L920

# Realisasi Anggaran 2023
Kode;Uraian;Tingkat;Pagu (Rp);Realisasi (Rp);Serapan (%);Predikat
A;PROGRAM KEPEGAWAIAN DAERAH;Program;2212352000;2205483616;99,69;-
A.1;Pengadaan, Pemberhentian dan Informasi Kepegawaian Daerah;Kegiatan;866852000;860850728;99,31;-
A.1.1;Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK;Sub Kegiatan;193500000;192895028;99,69;-
A.1.2;Evaluasi Pengadaan dan Pengadaan ASN;Sub Kegiatan;5000000;4856000;97,12;-
A.1.3;Evaluasi Pemberhentian ASN;Sub Kegiatan;31000000;30993900;99,98;-
A.1.4;Fasilitasi Lembaga Profesi ASN;Sub Kegiatan;5500000;5469800;99,45;-
A.1.5;Pengelolaan Sistem Informasi Kepegawaian;Sub Kegiatan;630990000;625774000;99,17;-
A.1.6;Pengelolaan Data Kepegawaian;Sub Kegiatan;862000;862000;100,00;-
A.2;Mutasi dan Promosi ASN;Kegiatan;1227500000;1227226988;99,98;-
A.2.1;Pengelolaan Mutasi ASN;Sub Kegiatan;570000000;569807188;99,97;-
A.2.2;Pengelolaan Kenaikan Pangkat ASN;Sub Kegiatan;8000000;7919800;99,00;-
A.2.3;Pengelolaan Promosi ASN;Sub Kegiatan;649500000;649500000;100,00;-
A.3;Pengembangan Kompetensi ASN;Kegiatan;70000000;69968900;99,96;-
A.3.1;Pembinaan Jabatan Fungsional ASN;Sub Kegiatan;70000000;69968900;99,96;-
A.4;Pendidikan dan Evaluasi Kinerja Aparatur;Kegiatan;48000000;47437000;98,83;-
A.4.1;Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur;Sub Kegiatan;41000000;40489000;98,75;-
A.4.2;Pengelolaan Pemberian Penghargaan bagi Pegawai;Sub Kegiatan;4000000;3952000;98,80;-
A.4.3;Pengelolaan Penyelesaian Pelanggaran Disiplin ASN;Sub Kegiatan;3000000;2996000;99,87;-
B;PROGRAM PENGEMBANGAN SDM;Program;1368595000;1366377850;99,84;-
B.1;Pengembangan Kompetensi Teknis;Kegiatan;798180000;795967000;99,72;-
B.1.1;Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti dan Pilihan bagi Jabatan Administrasi Penyelenggara Urusan Pemerintahan Konkuren, Perangkat Daerah Penunjang;Sub Kegiatan;798180000;795967000;99,72;-
B.2;Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional;Kegiatan;570415000;570410850;100,00;-
B.2.1;Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan dan Prajabatan;Sub Kegiatan;570415000;570410850;100,00;-
C;PROGRAM PENUNJANG URUSAN KEPEGAWAIAN DAERAH;Program;3269253218;3128567423;95,70;-
C.1;Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah;Kegiatan;12550600;12444950;99,16;-
C.1.1;Penyusunan Dokumen Perencanaan Perangkat Daerah;Sub Kegiatan;2668600;2640950;98,96;-
C.1.2;Koordinasi dan Penyusunan Dokumen RKA-SKPD;Sub Kegiatan;3274000;3254000;99,39;-
C.1.3;Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar realisasi Kinerja SKPD;Sub Kegiatan;3291000;3277000;99,57;-
C.1.4;Evaluasi Kinerja Perangkat Daerah;Sub Kegiatan;3317000;3273000;98,67;-
C.2;Administrasi Keuangan Perangkat Daerah;Kegiatan;2624233220;2487057418;94,77;-
C.2.1;Penyediaan Gaji dan Tunjangan ASN;Sub Kegiatan;2459563280;2322993298;94,45;-
C.2.2;Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD;Sub Kegiatan;157100040;156539520;99,64;-
C.2.3;Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun;Sub Kegiatan;3983900;3963600;99,49;-
C.2.4;Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulan/Semesteran SKPD;Sub Kegiatan;2166000;2158000;99,63;-
C.2.5;Penyusunan Pelaporan dan Analisis Prognosis Realisasi Anggaran;Sub Kegiatan;1420000;1403000;98,80;-
C.3;Administrasi Umum Perangkat Daerah;Kegiatan;218066398;218041596;99,99;-
C.3.1;Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor;Sub Kegiatan;5860000;5860000;100,00;-
C.3.2;Penyediaan Bahan Logistik Kantor;Sub Kegiatan;11381398;11360500;99,82;-
C.3.3;Penyediaan Barang Cetak dan Penggandaan;Sub Kegiatan;9925000;9925000;100,00;-
C.3.4;Penyelenggaraan Rapat koordinasi dan konsultasi SKPD;Sub Kegiatan;190900000;190896096;100,00;-
C.4;Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah;Kegiatan;238803000;238040665;99,68;-
C.4.1;Penyediaan Jasa Surat Menyurat;Sub Kegiatan;500000;500000;100,00;-
C.4.2;Penyediaan Jasa Komunikasi, Sumber Daya Air, dan Listrik;Sub Kegiatan;175376000;174613665;99,57;-
C.4.3;Penyediaan Jasa Pelayanan Kantor;Sub Kegiatan;62927000;62927000;100,00;-
C.5;Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Umum;Kegiatan;175600000;172982794;98,51;-
C.5.1;Pemeliharaan Peralatan dan Mesin Lainnya;Sub Kegiatan;26500000;26500000;100,00;-
C.5.2;Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya;Sub Kegiatan;144100000;141482794;98,18;-
C.5.3;Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya;Sub Kegiatan;5000000;5000000;100,00;-
;Jumlah;;6850200218;6700428889;97,81;-

# Efisiensi Penggunaan Sumber Daya
Indikator;Capaian Kinerja (%);Pagu (Rp);Realisasi (Rp);Serapan (%);Efisiensi (%);Tingkat Efisiensi
Cakupan Tertib Administrasi Kepegawaian;100,0;2212352000;2205483616;99,69;-;-
Cakupan Pengembangan SDM Aparatur;113,6;1368595000;1366377850;99,84;-;-
Cakupan Pelayanan Administrasi Perkantoran BKPSDM;101,0;3269253218;3128567423;95,70;-;-

# Pemeriksaan data
No;Syarat;Hasil;Sisi kiri;Sisi kanan;Keterangan;Dasar
1;Pegawai per pendidikan = pegawai per golongan;terpenuhi;48;48;;LKjIP 2023 Bab II, Tabel 2.2.2-2.2.3
2;Pegawai per jenis kelamin = pegawai per golongan;terpenuhi;48;48;;LKjIP 2023 Bab II, Tabel 2.2.2 dan 2.2.4

# Asal laporan
Unsur;Berkas;Versi atau waktu;SHA-256
program;ind;0.1.0;
waktu hitung;;1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH);
aturan;rules/kab-way-kanan.ind;;903291767e2bed9402ea7abfb974177e20c01f93c983f4cf7620fd9ebc7f8fed
data;examples/kab-way-kanan/2023/keluaran.csv;;d89c7c3dec9960e7eb49f3a0e3cf85dd7b3c608ed25c1705167170ea5471d691
data;examples/kab-way-kanan/2023/indikator_program_rincian.csv;;d874409868ca342ecb40d7d57d09ea020f9da139ef080dc82fbbc5210541703e
data;examples/kab-way-kanan/2023/belanja.csv;;e419460d3b9870ff190b42bef8122258431ca6a03b1fb2dabf67063fbe72742c
data;examples/kab-way-kanan/2023/pegawai_golongan.csv;;b2f0be90e0aaa5366161bd0e2f6723cab5a2067762ef725ba9f12525502d4998
data;examples/kab-way-kanan/2023/pegawai_pendidikan.csv;;6d8ffd2d527d2843248b368b6b1939d51fa24e176a28a7e60434601c1ef37d88
data;examples/kab-way-kanan/2023/pegawai_jenis_kelamin.csv;;cba89b71b46f80ff2010d84ce1a27bec2062cee1888e9594c73df9482ef5694d
data;examples/kab-way-kanan/2023/pegawai_umur.csv;;ba8b7787fb98fc68cdafba192292b8d647d06034b907a3741d2d1762f5e21b2a
data;examples/kab-way-kanan/2023/formasi.csv;;74b03b81c5758550ec98f0de27cd6c727e2ba0da135f3ccf6169fcc4ec8b8033
data;examples/kab-way-kanan/2023/asn_unit_kerja.csv;;8d9dd64af5400502ff3edbc48f0e53562140f04e6d89573c3102e3e004c7db95
data;examples/kab-way-kanan/2023/komponen_sakip.csv;;9a3047297a4deb092258f9c04cfc9e5641e466f2ee561741e9164b911f30b12a
data;examples/kab-way-kanan/2023/anggaran.csv;;54e8bd0614c3b848896eec5d7aa7e71fc0c4727061f8941f47808b7d359aba6b
data;examples/kab-way-kanan/2023/realisasi.csv;;50d4a8221e545d22f0e6a67874a0056630f2f6c535b7b7391378f4216e1a5ec3

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
