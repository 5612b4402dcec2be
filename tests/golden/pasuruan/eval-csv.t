$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format csv
--- stdout
# Rekapitulasi Capaian Indikator Kinerja Utama — Rentang capaian kinerja
No;Rentang;Predikat;Jumlah IKU;Persentase (%)
1;x ≥ 100;Sangat memuaskan;3;100,0
2;85 ≤ x < 100;Sangat Baik;0;0,0
3;70 ≤ x < 85;Baik;0;0,0
4;55 ≤ x < 70;Cukup;0;0,0
5;x < 55;Kurang;0;0,0
;;Jumlah;3;100,0

# Rekapitulasi Daya Serap Anggaran per Program — Rentang capaian daya serap anggaran
No;Rentang;Predikat;Jumlah Program;Persentase (%)
1;x ≥ 100;Sangat memuaskan;0;0,0
2;85 ≤ x < 100;Sangat Baik;1;33,3
3;70 ≤ x < 85;Baik;2;66,7
4;55 ≤ x < 70;Cukup;0;0,0
5;x < 55;Kurang;0;0,0
;;Jumlah;3;100,0

# Capaian Kinerja 2024
No;Indikator;Tingkat;Satuan;Target;Realisasi;Capaian (%);Predikat;Kategori
1;Indeks Profesionalitas ASN;tujuan;indeks;71,17;77,32;108,6;Sangat memuaskan;Sedang
2;Indeks Sistem Merit;sasaran;nilai;281,5;297,5;105,7;Sangat memuaskan;-
3;Nilai SAKIP;sasaran;nilai;82,10;82,10;100,00;Sangat memuaskan;A
4;Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi;program;persen;84;82;98;-;-
5;Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan;program;nilai;234;244;104;-;-
6;Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai;program;nilai;71,5;52,5;73;-;-

# Perbandingan Realisasi dan Target Renstra
Indikator;Realisasi 2022;Realisasi 2023;Realisasi 2024;Target 2025;Target 2026
Indeks Profesionalitas ASN;54,67;71,17;77,32;77,34;77,35
Indeks Sistem Merit;258,0;281,5;297,5;296,7;296,8
Nilai SAKIP;81,64;82,05;82,10;82,12;82,15
Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi;-;-;82;-;-
Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan;-;-;244;-;-
Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai;-;-;52,5;-;-

# Target, Realisasi dan Capaian 2022–2024
Indikator;Tahun;Target;Realisasi;Capaian (%);Predikat;Kategori
Indeks Profesionalitas ASN;2022;-;54,67;-;-;Sangat Rendah
Indeks Profesionalitas ASN;2023;-;71,17;-;-;Sedang
Indeks Profesionalitas ASN;2024;71,17;77,32;108,6;Sangat memuaskan;Sedang
Indeks Sistem Merit;2022;-;258,0;-;-;-
Indeks Sistem Merit;2023;-;281,5;-;-;-
Indeks Sistem Merit;2024;281,5;297,5;105,7;Sangat memuaskan;-
Nilai SAKIP;2022;-;81,64;-;-;A
Nilai SAKIP;2023;-;82,05;-;-;A
Nilai SAKIP;2024;82,10;82,10;100,00;Sangat memuaskan;A

# Perbandingan Realisasi 2024 dengan Provinsi Jawa Timur dan Nasional
Indikator;Realisasi 2024;Pembanding;Tahun;Nilai Pembanding;Selisih;Keterangan
Indeks Profesionalitas ASN;77,32;Provinsi Jawa Timur;2024;87,67;-10,35;di bawah 10,35
Indeks Profesionalitas ASN;77,32;Nasional;2023;81,71;-4,39;di bawah 4,39
Indeks Sistem Merit;297,5;Provinsi Jawa Timur;2024;383,0;-85,5;di bawah 85,5
Indeks Sistem Merit;297,5;Nasional;2024;-;-;tidak tersedia
Nilai SAKIP;82,10;Provinsi Jawa Timur;2023;94,16;-12,06;di bawah 12,06
Nilai SAKIP;82,10;Nasional;2023;68,82;13,28;di atas 13,28

# Selisih Realisasi 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra
Indikator;Pembanding;Nilai Pembanding;Realisasi 2024;Selisih;Keterangan
Indeks Profesionalitas ASN;Target 2024;71,17;77,32;6,15;di atas target
Indeks Profesionalitas ASN;Realisasi 2023;71,17;77,32;6,15;naik
Indeks Profesionalitas ASN;Realisasi 2022;54,67;77,32;22,65;naik
Indeks Profesionalitas ASN;Target Renstra 2025;77,34;77,32;0,02;perlu peningkatan
Indeks Profesionalitas ASN;Target Renstra 2026;77,35;77,32;0,03;perlu peningkatan
Indeks Sistem Merit;Target 2024;281,5;297,5;16,0;di atas target
Indeks Sistem Merit;Realisasi 2023;281,5;297,5;16,0;naik
Indeks Sistem Merit;Realisasi 2022;258,0;297,5;39,5;naik
Indeks Sistem Merit;Target Renstra 2025;296,7;297,5;-0,8;sudah tercapai
Indeks Sistem Merit;Target Renstra 2026;296,8;297,5;-0,7;sudah tercapai
Nilai SAKIP;Target 2024;82,10;82,10;0,00;sama dengan target
Nilai SAKIP;Realisasi 2023;82,05;82,10;0,05;naik
Nilai SAKIP;Realisasi 2022;81,64;82,10;0,46;naik
Nilai SAKIP;Target Renstra 2025;82,12;82,10;0,02;perlu peningkatan
Nilai SAKIP;Target Renstra 2026;82,15;82,10;0,05;perlu peningkatan
Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi;Target 2024;84;82;-2;di bawah target
Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan;Target 2024;234;244;10;di atas target
Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai;Target 2024;71,5;52,5;-19,0;di bawah target

# Nilai Komponen
Nilai;Uraian;Angka
ip_asn_pns;IP ASN PNS;79,92
ip_asn_pppk;IP ASN PPPK;74,71

# Rincian Indeks Profesionalitas ASN per dimensi
dimensi;pns;pppk
Kualifikasi;20,72;24,95
Kompetensi;29,21;19,90
Kinerja;24,99;24,86
Disiplin;5,00;5,00
Jumlah;79,92;74,71

# Rincian Skor aspek Sistem Merit
no;aspek;skor
1;Perencanaan kebutuhan;40,0
2;Pengadaan;40,0
3;Pengembangan karir;63,0
4;Promosi dan Mutasi;20,0
5;Manajemen Kinerja;68,0
6;Penggajian, Penghargaan dan Disiplin;37,5
7;Perlindungan dan Pelayanan;12,0
8;Sistem Informasi;17,0
;Jumlah;297,5

# Rincian Komponen evaluasi AKIP
komponen;bobot;nilai
Perencanaan Kinerja;30;26,10
Pengukuran Kinerja;30;24,00
Pelaporan Kinerja;15;12,00
Evaluasi Akuntabilitas Kinerja Internal;25;20,00
Jumlah;;82,10

# Pagu Anggaran Sebelum dan Sesudah Perubahan 2024
Kode;Uraian;Pagu Sebelum Perubahan (Rp);Pagu Sesudah Perubahan (Rp);Selisih (Rp);Perubahan (%)
A;Program Penunjang Urusan Pemerintahan Daerah Kab/Kota;10731527542;10656768771;-74758771;-0,70
B;Program Kepegawaian Daerah;3398999531;2379958107;-1019041424;-29,98
C;Program Pengembangan Sumber Daya Manusia;1360252230;1253087230;-107165000;-7,88
;Jumlah;15490779303;14289814108;-1200965195;-7,75

# Realisasi Anggaran 2024
Kode;Uraian;Tingkat;Pagu (Rp);Realisasi (Rp);Serapan (%);Predikat
A;Program Penunjang Urusan Pemerintahan Daerah Kab/Kota;Program;10656768771;9981255308;93,66;Sangat Baik
A.1;Administrasi Keuangan Perangkat Daerah;Kegiatan;9210696084;8666217451;94,09;Sangat Baik
A.1.1;Penyediaan Gaji dan Tunjangan ASN;Sub Kegiatan;8606303544;8072123141;93,79;Sangat Baik
A.1.2;Penyediaan Administrasi Pelaksanaan Tugas ASN;Sub Kegiatan;501912540;496104310;98,84;Sangat Baik
A.1.3;Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD;Sub Kegiatan;102480000;97990000;95,62;Sangat Baik
A.2;Administrasi Kepegawaian Perangkat Daerah;Kegiatan;90630000;64899100;71,61;Baik
A.2.1;Sosialisasi Peraturan Perundang-Undangan;Sub Kegiatan;90630000;64899100;71,61;Baik
A.3;Administrasi Umum Perangkat Daerah;Kegiatan;518679922;491391589;94,74;Sangat Baik
A.3.1;Penyediaan Bahan Logistik Kantor;Sub Kegiatan;158489252;151921325;95,86;Sangat Baik
A.3.2;Penyediaan Barang Cetakan dan Penggandaan;Sub Kegiatan;112978470;107533150;95,18;Sangat Baik
A.3.3;Fasilitasi Kunjungan Tamu;Sub Kegiatan;10312200;9176700;88,99;Sangat Baik
A.3.4;Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD;Sub Kegiatan;236900000;222760414;94,03;Sangat Baik
A.4;Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah;Kegiatan;101061120;82490000;81,62;Baik
A.4.1;Pengadaan Peralatan dan Mesin Lainnya;Sub Kegiatan;101061120;82490000;81,62;Baik
A.5;Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah;Kegiatan;259879195;236313829;90,93;Sangat Baik
A.5.1;Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik;Sub Kegiatan;199110885;180501329;90,65;Sangat Baik
A.5.2;Penyediaan Jasa Peralatan dan Perlengkapan Kantor;Sub Kegiatan;60768310;55812500;91,84;Sangat Baik
A.6;Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah;Kegiatan;475822450;439943339;92,46;Sangat Baik
A.6.1;Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan;Sub Kegiatan;181767450;151312439;83,25;Baik
A.6.2;Pemeliharaan Peralatan dan Mesin Lainnya;Sub Kegiatan;64815000;62463500;96,37;Sangat Baik
A.6.3;Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya;Sub Kegiatan;229240000;226167400;98,66;Sangat Baik
B;Program Kepegawaian Daerah;Program;2379958107;1991707604;83,69;Baik
B.1;Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN;Kegiatan;680431987;629901801;92,57;Sangat Baik
B.1.1;Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN;Sub Kegiatan;6109000;5257450;86,06;Sangat Baik
B.1.2;Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK;Sub Kegiatan;534694009;498323570;93,20;Sangat Baik
B.1.3;Koordinasi Pelaksanaan Administrasi Pemberhentian;Sub Kegiatan;63306026;56247601;88,85;Sangat Baik
B.1.4;Fasilitasi Lembaga Profesi ASN;Sub Kegiatan;5982000;5081000;84,94;Baik
B.1.5;Pengelolaan Sistem Informasi Kepergawaihan;Sub Kegiatan;19264000;17460640;90,64;Sangat Baik
B.1.6;Pengelolaan Data Kepegawaian;Sub Kegiatan;51076952;47531540;93,06;Sangat Baik
B.2;Mutasi dan Promosi ASN;Kegiatan;551509020;327578389;59,40;Cukup
B.2.1;Pengelolaan Mutasi ASN;Sub Kegiatan;218243400;96665312;44,29;Kurang
B.2.2;Pengelolaan Kenaikan Pangkat ASN;Sub Kegiatan;63060020;35059527;55,60;Cukup
B.2.3;Pengelolaan Promosi ASN;Sub Kegiatan;270205600;195853550;72,48;Baik
B.3;Pengembangan Kompetensi ASN;Kegiatan;789075100;714391642;90,54;Sangat Baik
B.3.1;Peningkatan Kapasitas Kinerja ASN;Sub Kegiatan;446047000;397598443;89,14;Sangat Baik
B.3.2;Pengelolaan Assesment Center;Sub Kegiatan;50133100;38031000;75,86;Baik
B.3.3;Pengeloaan Administrasi Diklat dan Sertifikasi ASN;Sub Kegiatan;238645000;226742699;95,01;Sangat Baik
B.3.4;Fasilitasi Sertifikasi Jabatan ASN;Sub Kegiatan;54250000;52019500;95,89;Sangat Baik
B.4;Penilaian dan Evaluasi Kinerja Aparatur;Kegiatan;358942000;319835772;89,11;Sangat Baik
B.4.1;Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur;Sub Kegiatan;95904800;87614198;91,36;Sangat Baik
B.4.2;Pengelolaan Pemberian Penghargaan Bagi Pegawai;Sub Kegiatan;141981500;140168340;98,72;Sangat Baik
B.4.3;Pengelolaan Penyelesaian Pelanggaran Disiplin ASN;Sub Kegiatan;121055700;92053234;76,04;Baik
C;Program Pengembangan Sumber Daya Manusia;Program;1253087230;1032961861;82,43;Baik
C.1;Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional;Kegiatan;1253087230;1032961861;82,43;Baik
C.1.1;Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan;Sub Kegiatan;255737500;73945611;28,91;Kurang
C.1.2;Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber Belajar, dan Kerjasama, serta Pengembangan Kompetensi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Kepemimpinan, dan Prajabatan Tinggi, Jabatan Fungsional, Kepemimpinan dan Prajabatan;Sub Kegiatan;997349730;959016250;96,16;Sangat Baik
;Jumlah;;14289814108;13005924773;91,02;Sangat Baik

# Efisiensi Penggunaan Sumber Daya
Indikator;Capaian Kinerja (%);Pagu (Rp);Realisasi (Rp);Serapan (%);Efisiensi (%);Tingkat Efisiensi
Indeks Profesionalitas ASN;108,6;14289814108;13005924773;91,02;119;Sangat efisiensi
Indeks Sistem Merit;105,7;3633045337;3024669465;83,25;127;Sangat efisiensi
Nilai SAKIP;100,00;10656768771;9981255308;93,66;107;Efisiensi
Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi;98;10656768771;9981255308;93,66;105;Efisiensi
Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan;104;2379958107;1991707604;83,69;124;Sangat efisiensi
Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai;73;1253087230;1032961861;82,43;89;Tidak efisiensi

# Pemeriksaan data
No;Syarat;Hasil;Sisi kiri;Sisi kanan;Keterangan;Dasar
1;Nilai komponen AKIP tidak melebihi bobotnya;terpenuhi;;;4 baris tabel sakip_komponen diperiksa;PermenPANRB 88/2021, Lampiran: bobot komponen 30/30/15/25
2;Bobot komponen AKIP berjumlah 100;terpenuhi;100;100;;PermenPANRB 88/2021, Lampiran

# Asal laporan
Unsur;Berkas;Versi atau waktu;SHA-256
program;ind;0.1.0;
waktu hitung;;1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH);
aturan;rules/kab-pasuruan.ind;;cde1f986cb455e251d85ae80ddcac667ae3e8ccc45f77bc996787f7c3a7c2bab
modul;stdlib/capaian.ind;pustaka standar versi 1;0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12
modul;stdlib/efisiensi.ind;pustaka standar versi 1;765fe587f602a470edd68b8d4c7a082ccf7b847ee4949986db6caabf2591d510
modul;stdlib/ipasn.ind;pustaka standar versi 1;b45ec641a27e917d95bc5c2c1249e7b8c3a404435d6c73192d2912d22c631fe8
modul;stdlib/skp.ind;pustaka standar versi 1;f90202e8ca8d971d76da6ab00b64c6f2c4ea843d886ae0670df909de92c49c9e
modul;stdlib/sakip.ind;pustaka standar versi 1;f451084bb2ee33a85703f387ca8a003f025ad2723bd42f6ba5bbc0d5b4d573c5
data;examples/kab-pasuruan/2024/ipasn_dimensi.csv;;1af3258e1f418d28559b53263b3cffa3092e793d81b885bafacf4e9f2a276bd1
data;examples/kab-pasuruan/2024/merit_aspek.csv;;17406662efa45a90c2355234225c3626518613eef4072ecf95030ff0a4d41ef8
data;examples/kab-pasuruan/2024/sakip_komponen.csv;;32046497b6ab3016cab2a9dddf6d950692dc289a706e323c3e668ea3ecaf49b2
data;examples/kab-pasuruan/2024/realisasi.csv;;1010f5207a89c1791188d5a31de11ecf1a7bc501feb2a53dd0f67d11066197f2
data;examples/kab-pasuruan/2024/anggaran.csv;;8f22723516fee67b5212bc71cb5c2ad38219bc9ae1de46b111d0c52c860831be

--- stderr

--- exit 0
