$ ind eval rules --data examples --format csv
--- stdout
Aturan;Instansi;Periode;Indikator;Nama;Besaran;Nilai
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;target;3
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;realisasi;2
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;capaian;66,7
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;predikat;Cukup
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;target;82
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;realisasi;80,1
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;capaian;97,68
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;predikat;Sangat Baik
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;target;95,00
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;realisasi;91,50
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;capaian;96,3
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;predikat;Sangat Baik
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;target;6
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;realisasi;6
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;capaian;100,0
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;predikat;Sangat memuaskan
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;target;82
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;realisasi;81,35
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;capaian;99,21
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;predikat;Sangat Baik
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;target;93,00
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;realisasi;92,88
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;capaian;99,9
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;predikat;Sangat Baik
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;target;9
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;realisasi;9
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;capaian;100,0
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;predikat;Sangat memuaskan
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;target;82
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;realisasi;81,9
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;capaian;99,88
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;predikat;Sangat Baik
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;target;95,00
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;realisasi;93,58
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;capaian;98,5
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;predikat;Sangat Baik
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;target;12
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;realisasi;13
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;capaian;108,3
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;dokumen_formasi;Dokumen analisis kebutuhan formasi ASN yang diselesaikan;predikat;Sangat memuaskan
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;target;82
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;realisasi;82,6
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;capaian;100,73
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;indeks_kepuasan;Indeks kepuasan layanan kepegawaian;predikat;Sangat memuaskan
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;target;95,00
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;realisasi;94,38
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;capaian;99,3
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;layanan_tepat_waktu;Layanan kepegawaian yang selesai tepat waktu;predikat;Sangat Baik
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;ip_asn;Indeks Profesionalitas ASN;target;71,17
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;ip_asn;Indeks Profesionalitas ASN;realisasi;77,32
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;ip_asn;Indeks Profesionalitas ASN;capaian;108,6
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;ip_asn;Indeks Profesionalitas ASN;predikat;Sangat memuaskan
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;ip_asn;Indeks Profesionalitas ASN;kategori;Sedang
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;indeks_sistem_merit;Indeks Sistem Merit;target;281,5
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;indeks_sistem_merit;Indeks Sistem Merit;realisasi;297,5
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;indeks_sistem_merit;Indeks Sistem Merit;capaian;105,7
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;indeks_sistem_merit;Indeks Sistem Merit;predikat;Sangat memuaskan
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;nilai_sakip;Nilai SAKIP;target;82,10
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;nilai_sakip;Nilai SAKIP;realisasi;82,10
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;nilai_sakip;Nilai SAKIP;capaian;100,00
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;nilai_sakip;Nilai SAKIP;predikat;Sangat memuaskan
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;nilai_sakip;Nilai SAKIP;kategori;A
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;dokumen_administrasi_sesuai;Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi;target;84
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;dokumen_administrasi_sesuai;Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi;realisasi;82
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;dokumen_administrasi_sesuai;Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi;capaian;98
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;nilai_kinerja_penempatan;Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan;target;234
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;nilai_kinerja_penempatan;Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan;realisasi;244
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;nilai_kinerja_penempatan;Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan;capaian;104
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;nilai_pengembangan_karier;Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai;target;71,5
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;nilai_pengembangan_karier;Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai;realisasi;52,5
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;nilai_pengembangan_karier;Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai;capaian;73
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;nilai_sakip_kabupaten;Nilai Evaluasi SAKIP Kabupaten;target;60,64
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;nilai_sakip_kabupaten;Nilai Evaluasi SAKIP Kabupaten;realisasi;-
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;nilai_sakip_kabupaten;Nilai Evaluasi SAKIP Kabupaten;capaian;-
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;nilai_sakip;Nilai SAKIP BKPSDM;target;59,1
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;nilai_sakip;Nilai SAKIP BKPSDM;realisasi;73,11
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;nilai_sakip;Nilai SAKIP BKPSDM;capaian;123,7
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;nilai_sakip;Nilai SAKIP BKPSDM;predikat;Sangat Baik
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;nilai_komponen_kinerja_organisasi;Nilai Komponen Kinerja Organisasi;target;5,55
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;nilai_komponen_kinerja_organisasi;Nilai Komponen Kinerja Organisasi;realisasi;-
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;nilai_komponen_kinerja_organisasi;Nilai Komponen Kinerja Organisasi;capaian;-
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;ip_asn;Indeks Profesionalitas ASN;target;64
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;ip_asn;Indeks Profesionalitas ASN;realisasi;84,4
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;ip_asn;Indeks Profesionalitas ASN;capaian;131,9
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;ip_asn;Indeks Profesionalitas ASN;predikat;Sangat Baik
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;ip_asn;Indeks Profesionalitas ASN;kategori;Tinggi
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;indeks_sistem_merit;Indeks Sistem Merit;target;-
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;indeks_sistem_merit;Indeks Sistem Merit;realisasi;209
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;indeks_sistem_merit;Indeks Sistem Merit;capaian;-
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;indeks_sistem_merit;Indeks Sistem Merit;kategori;Kurang
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_tertib_administrasi_kepegawaian;Cakupan Tertib Administrasi Kepegawaian;target;100
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_tertib_administrasi_kepegawaian;Cakupan Tertib Administrasi Kepegawaian;realisasi;100
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_tertib_administrasi_kepegawaian;Cakupan Tertib Administrasi Kepegawaian;capaian;100,0
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_tertib_administrasi_kepegawaian;Cakupan Tertib Administrasi Kepegawaian;predikat;Sangat Baik
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_pengembangan_sdm_aparatur;Cakupan Pengembangan SDM Aparatur;target;88
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_pengembangan_sdm_aparatur;Cakupan Pengembangan SDM Aparatur;realisasi;100
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_pengembangan_sdm_aparatur;Cakupan Pengembangan SDM Aparatur;capaian;113,6
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_pengembangan_sdm_aparatur;Cakupan Pengembangan SDM Aparatur;predikat;Sangat Baik
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_pelayanan_administrasi_perkantoran;Cakupan Pelayanan Administrasi Perkantoran BKPSDM;target;100
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_pelayanan_administrasi_perkantoran;Cakupan Pelayanan Administrasi Perkantoran BKPSDM;realisasi;101
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_pelayanan_administrasi_perkantoran;Cakupan Pelayanan Administrasi Perkantoran BKPSDM;capaian;101,0
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;cakupan_pelayanan_administrasi_perkantoran;Cakupan Pelayanan Administrasi Perkantoran BKPSDM;predikat;Sangat Baik
kota-blitar;BKPSDM Kota Blitar;2023;ip_asn;Indeks Profesionalitas ASN;target;80,20
kota-blitar;BKPSDM Kota Blitar;2023;ip_asn;Indeks Profesionalitas ASN;realisasi;70,89
kota-blitar;BKPSDM Kota Blitar;2023;ip_asn;Indeks Profesionalitas ASN;capaian;88,39
kota-blitar;BKPSDM Kota Blitar;2023;ip_asn;Indeks Profesionalitas ASN;predikat;Sangat berhasil
kota-blitar;BKPSDM Kota Blitar;2023;indeks_sistem_merit;Indeks Sistem Merit;target;270,00
kota-blitar;BKPSDM Kota Blitar;2023;indeks_sistem_merit;Indeks Sistem Merit;realisasi;271,50
kota-blitar;BKPSDM Kota Blitar;2023;indeks_sistem_merit;Indeks Sistem Merit;capaian;100,56
kota-blitar;BKPSDM Kota Blitar;2023;indeks_sistem_merit;Indeks Sistem Merit;predikat;Sangat berhasil
kota-blitar;BKPSDM Kota Blitar;2023;indeks_sistem_merit;Indeks Sistem Merit;kategori;Baik
kota-blitar;BKPSDM Kota Blitar;2023;persentase_asn_diklat;Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN;target;13,02
kota-blitar;BKPSDM Kota Blitar;2023;persentase_asn_diklat;Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN;realisasi;75,91
kota-blitar;BKPSDM Kota Blitar;2023;persentase_asn_diklat;Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN;capaian;583,03
kota-blitar;BKPSDM Kota Blitar;2023;persentase_asn_diklat;Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN;predikat;Sangat berhasil
kota-blitar;BKPSDM Kota Blitar;2023;nilai_sakip;Nilai SAKIP Perangkat Daerah;target;86,35
kota-blitar;BKPSDM Kota Blitar;2023;nilai_sakip;Nilai SAKIP Perangkat Daerah;realisasi;85,49
kota-blitar;BKPSDM Kota Blitar;2023;nilai_sakip;Nilai SAKIP Perangkat Daerah;capaian;99,00
kota-blitar;BKPSDM Kota Blitar;2023;nilai_sakip;Nilai SAKIP Perangkat Daerah;predikat;Sangat berhasil

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
