$ ind audit rules --data examples --format csv
--- stdout
Aturan;Instansi;Periode;Lokasi;Objek;Besaran;Tercetak;Dihitung;Hasil
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;dokumen_formasi;target_tw;3;3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;dokumen_formasi;realisasi_tw;2;2;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;dokumen_formasi;capaian_tw;66,7%;66,7;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;dokumen_formasi;target;3;3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;dokumen_formasi;realisasi;2;2;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;dokumen_formasi;capaian;16,7%;66,7;temuan 1
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;dokumen_formasi;predikat;Kurang;Cukup;akibat temuan 1
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;indeks_kepuasan;realisasi_tw;80,10;80,10;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;indeks_kepuasan;target;82;82;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;indeks_kepuasan;realisasi;80,10;80,10;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;indeks_kepuasan;capaian;97,68%;97,68;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;indeks_kepuasan;predikat;Sangat Baik;Sangat Baik;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;layanan_tepat_waktu;realisasi_tw;91,50;91,50;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;layanan_tepat_waktu;target;95;95;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;layanan_tepat_waktu;realisasi;91,50;91,50;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;layanan_tepat_waktu;capaian;96,3%;96,3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW1;Tabel 3.1;layanan_tepat_waktu;predikat;Sangat Baik;Sangat Baik;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;dokumen_formasi;target_tw;3;3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;dokumen_formasi;realisasi_tw;4;4;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;dokumen_formasi;capaian_tw;133,3%;133,3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;dokumen_formasi;target;6;6;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;dokumen_formasi;realisasi;6;6;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;dokumen_formasi;capaian;100%;100;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;indeks_kepuasan;realisasi_tw;81,35;81,35;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;indeks_kepuasan;target;82;82;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;indeks_kepuasan;realisasi;81,35;81,35;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;indeks_kepuasan;capaian;99,21%;99,21;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;layanan_tepat_waktu;target_tw;93;93;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;layanan_tepat_waktu;realisasi_tw;94,25;94,25;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;layanan_tepat_waktu;capaian_tw;101,3%;101,3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;layanan_tepat_waktu;realisasi;94,25;92,88;temuan 1
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;layanan_tepat_waktu;capaian;101,3%;99,9;akibat temuan 1
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.1;layanan_tepat_waktu;predikat;Sangat memuaskan;Sangat Baik;akibat temuan 1
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A;pagu;1.600.000.000;1600000000;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A;rencana_tw;430.000.000;430000000;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A;realisasi_tw;418.050.000;418050000;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A;serapan_tw;97,22%;97,22;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A;rencana_sd;800.000.000;800000000;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A;realisasi;753.200.000;753200000;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A;serapan_rak;94,15%;94,15;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A;serapan;47,08%;47,08;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A.1.2;realisasi_tw;76.400.000;74600000;temuan 4
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A.1.2;serapan_tw;95,50%;93,25;akibat temuan 4
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A.1.2;realisasi;105.850.000;105850000;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Tabel 3.2;anggaran:A.1.2;serapan;44,10%;44,10;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A;k13;200;200;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A;k14;50,00;50,00;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A;predikat_k14;Sangat rendah;Sangat rendah;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A:2;k16;16,67;16,67;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A.1.1;k10;4;4;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A.1.1;rp10;269.150.000;296150000;temuan 6
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A.1.1;rp13;554.550.000;581550000;akibat temuan 6
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A.1.1;rp14;46,21;48,46;akibat temuan 6
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A.1;rp13;660.400.000;687400000;akibat temuan 6
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A;rp13;726.200.000;753200000;akibat temuan 6
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A;rp14;45,39;47,08;akibat temuan 6
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW2;Lampiran Evaluasi Renja;renja:A.2.1;rp16;13,71;13,71;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;dokumen_formasi;target_tw;3;3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;dokumen_formasi;realisasi_tw;3;3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;dokumen_formasi;capaian_tw;100%;100;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;dokumen_formasi;target;9;9;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;dokumen_formasi;realisasi;3;9;temuan 1
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;dokumen_formasi;capaian;33,3%;100,0;akibat temuan 1
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;dokumen_formasi;predikat;Kurang;Sangat memuaskan;akibat temuan 1
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;indeks_kepuasan;realisasi_tw;81,90;81,90;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;indeks_kepuasan;target;82;82;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;indeks_kepuasan;realisasi;81,90;81,90;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;indeks_kepuasan;capaian;99,88%;99,88;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;indeks_kepuasan;predikat;Sangat Baik;Sangat Baik;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;layanan_tepat_waktu;realisasi_tw;95;95;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;layanan_tepat_waktu;target;95;95;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;layanan_tepat_waktu;realisasi;93,58;93,58;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;layanan_tepat_waktu;capaian;98,5%;98,5;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW3;Tabel 3.1;layanan_tepat_waktu;predikat;Sangat Baik;Sangat Baik;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;dokumen_formasi;target_tw;3;3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;dokumen_formasi;realisasi_tw;4;4;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;dokumen_formasi;capaian_tw;133,3%;133,3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;dokumen_formasi;target;12;12;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;dokumen_formasi;realisasi;13;13;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;dokumen_formasi;capaian;108,3%;108,3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;dokumen_formasi;predikat;Sangat memuaskan;Sangat memuaskan;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;indeks_kepuasan;realisasi_tw;82,60;82,60;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;indeks_kepuasan;target;82;82;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;indeks_kepuasan;realisasi;82,60;82,60;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;indeks_kepuasan;capaian;100,37%;100,73;temuan 1
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;indeks_kepuasan;predikat;Sangat memuaskan;Sangat memuaskan;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;layanan_tepat_waktu;realisasi_tw;96,75;96,75;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;layanan_tepat_waktu;target;95;95;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;layanan_tepat_waktu;realisasi;94,37;94,38;temuan 2
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;layanan_tepat_waktu;capaian;99,3%;99,3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.1;layanan_tepat_waktu;predikat;Sangat Baik;Sangat Baik;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.2;dokumen_formasi;realisasi;13;13;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.2;dokumen_formasi;capaian;108,3%;108,3;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.2;indeks_kepuasan;realisasi;82,60;82,60;cocok
contoh-triwulan;BKPSDM Kabupaten Contoh (sampel);2024-TW4;Tabel 3.2;layanan_tepat_waktu;realisasi;94,38;94,38;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.4 (L601);ip_asn;realisasi;77,32;77,32;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.4 (L601);ip_asn;target;71,17;71,17;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.4 (L601);ip_asn;capaian;108,6%;108,6;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.5 (L627);ip_asn_pns;nilai;79,92;79,92;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.5 (L627);ip_asn_pppk;nilai;74,71;74,71;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.9 (L692);ip_asn;realisasi;54,67;54,67;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.9 (L692);ip_asn;realisasi;71,17;71,17;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.10 (L715);ip_asn;target;77,34;77,34;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.10 (L715);ip_asn;target;77,35;77,35;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.11 (L738), kolom Kabupaten;ip_asn;realisasi;71,17;77,32;temuan 1
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.6 (L649), Total Nilai;indeks_sistem_merit;realisasi;296,5;297,5;temuan 2
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.4 (L603);indeks_sistem_merit;target;281,5;281,5;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.4 (L603);indeks_sistem_merit;capaian;105,3%;105,7;akibat temuan 2
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.9 (L694);indeks_sistem_merit;realisasi;258;258;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.9 (L694);indeks_sistem_merit;realisasi;281,5;281,5;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.11 (L740), kolom Kabupaten;indeks_sistem_merit;realisasi;281,5;297,5;temuan 4
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.8 (L680);nilai_sakip;realisasi;82,10;82,10;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;LHE AKIP (L1203);nilai_sakip;realisasi;81,64;81,64;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;LHE AKIP (L1203);nilai_sakip;realisasi;82,05;82,05;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.4 (L604);nilai_sakip;target;82,10;82,10;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.4 (L604);nilai_sakip;capaian;100%;100;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Bab III (L669);nilai_sakip;kategori;A;A;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Ikhtisar Eksekutif (L52);nilai_sakip;predikat;Sangat Baik;Sangat memuaskan;temuan 5
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.11 (L741), kolom Kabupaten;nilai_sakip;realisasi;82,10;82,10;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.13 (L787);dokumen_administrasi_sesuai;capaian;97%;98;temuan 6
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.13 (L789);nilai_kinerja_penempatan;capaian;104%;104;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.13 (L790);nilai_pengembangan_karier;capaian;73%;73;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.12 (L778);ip_asn;serapan;91,02%;91,02;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.12 (L778);ip_asn;efisiensi;119%;119;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.12 (L780);indeks_sistem_merit;pagu;3.633.045.337;3633045337;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.12 (L780);indeks_sistem_merit;realisasi_anggaran;3.024.669.465;3024669465;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.12 (L780);indeks_sistem_merit;serapan;83,25%;83,25;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.12 (L780);indeks_sistem_merit;efisiensi;126%;127;akibat temuan 2
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.12 (L781);nilai_sakip;serapan;93,66%;93,66;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.12 (L781);nilai_sakip;efisiensi;107%;107;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.13 (L787);dokumen_administrasi_sesuai;efisiensi;104%;105;akibat temuan 6
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.13 (L789);nilai_kinerja_penempatan;efisiensi;124%;124;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.13 (L790);nilai_pengembangan_karier;efisiensi;89%;89;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Bab III (L802);ip_asn;predikat_efisiensi;Sangat efisiensi;Sangat efisiensi;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Bab III (L802);indeks_sistem_merit;predikat_efisiensi;Sangat efisiensi;Sangat efisiensi;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Bab III (L802);nilai_sakip;predikat_efisiensi;Efisiensi;Efisiensi;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Bab III (L803);dokumen_administrasi_sesuai;predikat_efisiensi;Efisiensi;Efisiensi;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Bab III (L803);nilai_kinerja_penempatan;predikat_efisiensi;Sangat efisiensi;Sangat efisiensi;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Bab III (L803);nilai_pengembangan_karier;predikat_efisiensi;Tidak efisiensi;Tidak efisiensi;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Ikhtisar Eksekutif (L51);iku;jumlah:Sangat memuaskan;2;3;akibat temuan 5
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Ikhtisar Eksekutif (L51);iku;persen:Sangat memuaskan;66,7%;100,0;akibat temuan 5
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Ikhtisar Eksekutif (L52);iku;jumlah:Sangat Baik;1;0;akibat temuan 5
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Ikhtisar Eksekutif (L52);iku;persen:Sangat Baik;33,3%;0,0;akibat temuan 5
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Ikhtisar Eksekutif (L63);anggaran;jumlah:Sangat Baik;1;1;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Ikhtisar Eksekutif (L63);anggaran;persen:Sangat Baik;33,3%;33,3;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Ikhtisar Eksekutif (L64);anggaran;jumlah:Baik;3;2;temuan 13
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Ikhtisar Eksekutif (L64);anggaran;persen:Baik;66,7%;66,7;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.15 (L831);anggaran:jumlah;pagu;14.289.814.108;14289814108;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L841);anggaran:A;serapan;93,66%;93,66;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L842);anggaran:A.1;serapan;94,09%;94,09;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L843);anggaran:A.1.1;serapan;93,79%;93,79;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L844);anggaran:A.1.2;serapan;98,84%;98,84;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L845);anggaran:A.1.3;serapan;95,62%;95,62;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L846);anggaran:A.2;serapan;71,61%;71,61;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L848);anggaran:A.2.1;serapan;71,61%;71,61;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L849);anggaran:A.3;serapan;94,74%;94,74;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L850);anggaran:A.3.1;serapan;95,86%;95,86;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L851);anggaran:A.3.2;serapan;95,18%;95,18;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L852);anggaran:A.3.3;serapan;88,99%;88,99;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L853);anggaran:A.3.4;serapan;94,03%;94,03;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L854);anggaran:A.4;serapan;81,62%;81,62;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L855);anggaran:A.4.1;serapan;81,62%;81,62;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L856);anggaran:A.5;serapan;90,93%;90,93;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L857);anggaran:A.5.1;serapan;90,65%;90,65;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L858);anggaran:A.5.2;serapan;91,84%;91,84;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L859);anggaran:A.6;serapan;92,46%;92,46;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L860);anggaran:A.6.1;serapan;83,25%;83,25;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L861);anggaran:A.6.2;serapan;96,37%;96,37;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L862);anggaran:A.6.3;serapan;98,66%;98,66;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L863);anggaran:B;serapan;83,69%;83,69;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L864);anggaran:B.1;serapan;92,57%;92,57;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L865);anggaran:B.1.1;serapan;86,06%;86,06;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L866);anggaran:B.1.2;serapan;93,20%;93,20;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L867);anggaran:B.1.3;serapan;88,85%;88,85;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L868);anggaran:B.1.4;serapan;84,94%;84,94;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L869);anggaran:B.1.5;serapan;90,64%;90,64;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L870);anggaran:B.1.6;serapan;93,06%;93,06;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L871);anggaran:B.2;serapan;59,40%;59,40;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L872);anggaran:B.2.1;serapan;44,29%;44,29;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L873);anggaran:B.2.2;serapan;55,60%;55,60;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L874);anggaran:B.2.3;serapan;72,48%;72,48;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L875);anggaran:B.3;serapan;90,54%;90,54;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L876);anggaran:B.3.1;serapan;89,14%;89,14;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L877);anggaran:B.3.2;serapan;75,86%;75,86;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L878);anggaran:B.3.3;serapan;95,01%;95,01;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L879);anggaran:B.3.4;serapan;95,89%;95,89;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L880);anggaran:B.4;serapan;89,11%;89,11;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L881);anggaran:B.4.1;serapan;91,36%;91,36;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L882);anggaran:B.4.2;serapan;98,72%;98,72;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L883);anggaran:B.4.3;serapan;76,04%;76,04;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L884);anggaran:C;serapan;82,43%;82,43;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L885);anggaran:C.1;serapan;82,43%;82,43;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L886);anggaran:C.1.1;serapan;28,91%;28,91;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L888);anggaran:C.1.2;serapan;96,16%;96,16;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L889);anggaran:jumlah;realisasi;13.005.924.773;13005924773;cocok
kab-pasuruan;BKPSDM Kabupaten Pasuruan;2024;Tabel 3.16 (L889);anggaran:jumlah;serapan;91,02%;91,02;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Ikhtisar Eksekutif (L35);anggaran:jumlah;pagu;Rp. 6.850.200.218,-;6850200218;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Ikhtisar Eksekutif (L35);anggaran:jumlah;realisasi;Rp. 6.700.428.889,-;6700428889;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Ikhtisar Eksekutif (L35);anggaran:jumlah;serapan;97,81%;97,81;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.2 (L159), PNS, Jumlah;golongan_per_kepegawaian;nilai:PNS;23;23;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.2 (L160), PTHLS, Jumlah;golongan_per_kepegawaian;nilai:PTHLS;25;25;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.2 (L161), baris Jumlah, kolom PTH LS;golongan_per_golongan;nilai:PTH LS;25;25;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.2 (L161), baris Jumlah, kolom II/d;golongan_per_golongan;nilai:II/d;1;1;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.2 (L161), baris Jumlah, kolom III/a;golongan_per_golongan;nilai:III/a;4;5;temuan 1
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.2 (L161), baris Jumlah, kolom III/b;golongan_per_golongan;nilai:III/b;2;2;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.2 (L161), baris Jumlah, kolom III/c;golongan_per_golongan;nilai:III/c;3;3;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.2 (L161), baris Jumlah, kolom III/d;golongan_per_golongan;nilai:III/d;4;5;temuan 2
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.2 (L161), baris Jumlah, kolom IV/a;golongan_per_golongan;nilai:IV/a;5;5;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.2 (L161), baris Jumlah, kolom IV/b;golongan_per_golongan;nilai:IV/b;2;2;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.2 (L161), baris Jumlah;golongan_jumlah;nilai;48;48;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.3 (L169), PNS, Jumlah;pendidikan_per_kepegawaian;nilai:PNS;23;23;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.3 (L170), PTHLS, Jumlah;pendidikan_per_kepegawaian;nilai:PTHLS;25;25;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.3 (L171), baris Jumlah, kolom S2;pendidikan_per_jenjang;nilai:S2;7;7;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.3 (L171), baris Jumlah, kolom S1/D4;pendidikan_per_jenjang;nilai:S1/D4;26;26;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.3 (L171), baris Jumlah, kolom SLTA;pendidikan_per_jenjang;nilai:SLTA;14;14;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.3 (L171), baris Jumlah, kolom SLTP;pendidikan_per_jenjang;nilai:SLTP;1;1;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.3 (L171), baris Jumlah;pendidikan_jumlah;nilai;48;48;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.4 (L179), PNS, Jumlah;jenis_kelamin_per_kepegawaian;nilai:PNS;23;23;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.4 (L180), PTHLS, Jumlah;jenis_kelamin_per_kepegawaian;nilai:PTHLS;25;25;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.4 (L181), baris Jumlah, kolom Laki-laki;jenis_kelamin_per_jenis;nilai:Laki-laki;24;27;temuan 3
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.4 (L181), baris Jumlah, kolom Perempuan;jenis_kelamin_per_jenis;nilai:Perempuan;19;21;temuan 4
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.4 (L181), baris Jumlah;jenis_kelamin_jumlah;nilai;43;48;temuan 5
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L189), PNS, Jumlah;umur_per_kepegawaian;nilai:PNS;22;22;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L189), PNS, Jumlah, dibanding jumlah PNS Tabel 2.2.2;golongan_per_kepegawaian;nilai:PNS;22;23;temuan 6
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L190), PTHLS, Jumlah;umur_per_kepegawaian;nilai:PTHLS;25;25;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L191), baris Jumlah, kolom >20;umur_per_kelompok;nilai:>20;3;1;temuan 7
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L191), baris Jumlah, kolom 21-25;umur_per_kelompok;nilai:21-25;14;14;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L191), baris Jumlah, kolom 26-30;umur_per_kelompok;nilai:26-30;4;4;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L191), baris Jumlah, kolom 31-35;umur_per_kelompok;nilai:31-35;8;8;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L191), baris Jumlah, kolom 36-40;umur_per_kelompok;nilai:36-40;9;9;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L191), baris Jumlah, kolom 41-45;umur_per_kelompok;nilai:41-45;6;6;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L191), baris Jumlah, kolom 46-50;umur_per_kelompok;nilai:46-50;2;2;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L191), baris Jumlah, kolom 51-55;umur_per_kelompok;nilai:51-55;2;2;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L191), baris Jumlah, kolom 56-58;umur_per_kelompok;nilai:56-58;1;1;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.5 (L191), baris Jumlah;umur_jumlah;nilai;48;47;temuan 8
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.6 (L205), Jumlah Formasi;formasi_jumlah;nilai;73;84;temuan 9
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.6 (L205), Sudah Terisi;formasi_terisi;nilai;23;23;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.2.6 (L205), Belum Terisi;formasi_belum_terisi;nilai;61;61;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab II 2.6 (L813), pagu setelah APBD Perubahan;anggaran:jumlah;pagu;Rp. 6.850.200.218,-;6850200218;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.1 (L821), Total, tercetak 6.850.200.218,-;pagu_menurut_jenis_belanja;nilai;6.850.200.218;6850200218;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L830);anggaran:C.1.1;pagu;2.668.600,-;2668600;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L831);anggaran:C.1.2;pagu;3.274.000,-;3274000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L832);anggaran:C.1.3;pagu;3.291.000,-;3291000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L833);anggaran:C.1.4;pagu;3.317.000,-;3317000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L835);anggaran:C.2.1;pagu;2.459.563.280,00;2459563280,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L836);anggaran:C.2.2;pagu;157.100.040,-;157100040;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L838);anggaran:C.2.3;pagu;3.983.900,-;3983900;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L839);anggaran:C.2.4;pagu;2.166.000,-;2166000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L840);anggaran:C.2.5;pagu;1.420.000,-;1420000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L842);anggaran:C.3.1;pagu;5.860.000,-;5860000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L843);anggaran:C.3.2;pagu;11.381.398,-;11381398;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L844);anggaran:C.3.3;pagu;9.925.000,-;9925000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L845);anggaran:C.3.4;pagu;190.900.000,-;190900000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L847);anggaran:C.4.1;pagu;500.000,-;500000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L848);anggaran:C.4.2;pagu;175.376.000,-;175376000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L849);anggaran:C.4.3;pagu;62.927.000,-;62927000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L853);anggaran:C.5.1;pagu;26.500.000,-;26500000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L854);anggaran:C.5.2;pagu;144.100.000,-;144100000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L855);anggaran:C.5.3;pagu;5.000.000,-;5000000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L858);anggaran:A.1.1;pagu;193.500.000,-;193500000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L859);anggaran:A.1.2;pagu;5.000.000,-;5000000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L861);anggaran:A.1.3;pagu;31.000.000,-;31000000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L862);anggaran:A.1.4;pagu;5.500.000,-;5500000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L863);anggaran:A.1.5;pagu;630.990.000,-;630990000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L864);anggaran:A.1.6;pagu;826.000,-;862000;temuan 10
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L866);anggaran:A.2.1;pagu;570.000.000,-;570000000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L867);anggaran:A.2.2;pagu;8.000.000,-;8000000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L868);anggaran:A.2.3;pagu;649.500.000,-;649500000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L870);anggaran:A.3.1;pagu;70.000.000,-;70000000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L873);anggaran:A.4.1;pagu;41.000.000,-;41000000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L874);anggaran:A.4.2;pagu;4.000.000,-;4000000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L875);anggaran:A.4.3;pagu;3.000.000,-;3000000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L878);anggaran:B.1.1;pagu;798.180.000,-;798180000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 2.6.2 (L880);anggaran:B.2.1;pagu;570.415.000,-;570415000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.2.2 (L1019), tercetak 59.1;nilai_sakip;target;59,1;59,1;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.2.2 (L1019), tercetak 73.11;nilai_sakip;realisasi;73,11;73,11;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.2.2 (L1020);ip_asn;target;64;64;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.2.2 (L1020), tercetak 84.4;ip_asn;realisasi;84,4;84,4;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.3.1 (L1042), tercetak 69.31;nilai_sakip;realisasi;69,31;69,31;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.3.1 (L1042), tercetak 61.45;nilai_sakip;realisasi;61,45;61,45;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.3.1 (L1044), tercetak 71.67;ip_asn;realisasi;71,67;71,76;temuan 11
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.3.1 (L1044);ip_asn;kategori;Sedang;Sedang;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.3.1 (L1046);indeks_sistem_merit;realisasi;99;99;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.3.1 (L1046);indeks_sistem_merit;kategori;buruk;tidak tersedia (99 tidak masuk kelas mana pun pada skala kategori_merit);temuan 12
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.3.1 (L1046);indeks_sistem_merit;realisasi;209;209;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.3.1 (L1046);indeks_sistem_merit;kategori;kurang;Kurang;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1054), tercetak 54.1;nilai_sakip;target;54,1;54,1;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1054), tercetak 61.45;nilai_sakip;realisasi;61,45;61,45;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1054);nilai_sakip;capaian;114%;114;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1054), tercetak 57.1;nilai_sakip;target;57,1;57,1;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1054), tercetak 69.31;nilai_sakip;realisasi;69,31;69,31;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1054);nilai_sakip;capaian;121%;121;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1054), tercetak 59.1;nilai_sakip;target;59,1;59,1;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1054), tercetak 73.11;nilai_sakip;realisasi;73,11;73,11;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1054), tercetak 123.7%;nilai_sakip;capaian;123,7%;123,7;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1055);ip_asn;target;62;62;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1055), tercetak 71.76;ip_asn;realisasi;71,76;71,76;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1055);ip_asn;capaian;116%;116;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1055);ip_asn;target;63;63;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1055), tercetak 46.23;ip_asn;realisasi;46,23;46,23;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1055);ip_asn;capaian;73%;73;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1055);ip_asn;target;64;64;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1055), tercetak 84.4;ip_asn;realisasi;84,4;84,4;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Tabel 3.3.1 (L1055), tercetak 131.8%;ip_asn;capaian;131,8%;131,9;temuan 13
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1402), tercetak Rp. Rp. 6.850.200.218,-;anggaran:jumlah;pagu;Rp. 6.850.200.218,-;6850200218;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1402);anggaran:jumlah;realisasi;Rp. 6.700.428.889,-;6700428889;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1402), realisasi kinerja keseluruhan;realisasi_kinerja_keseluruhan;nilai;99%;100;akibat temuan 18
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1405), Program Penunjang;cakupan_pelayanan_administrasi_perkantoran;pagu;Rp. 3.269.253.218,-;3269253218;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1405), Program Penunjang;cakupan_pelayanan_administrasi_perkantoran;realisasi_anggaran;Rp. 3.128.567.423,-;3128567423;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1405), Program Penunjang, tercetak 95.7%;cakupan_pelayanan_administrasi_perkantoran;serapan;95,7%;95,7;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1405), Program Penunjang: capaian realisasi kinerja, tercetak 99.6%;capaian_program_penunjang;nilai;99,6%;99,6;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1405), Program Penunjang: capaian realisasi kinerja dibanding target, tercetak 99.6%;cakupan_pelayanan_administrasi_perkantoran;realisasi;99,6%;101,0;temuan 15
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1405), Program Penunjang;cakupan_pelayanan_administrasi_perkantoran;target;100%;100;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1406), Belanja Operasi (Pegawai) = sub kegiatan Penyediaan Gaji dan Tunjangan ASN;anggaran:C.2.1;realisasi;Rp. 2.352.993.298,-;2322993298;temuan 16
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1407), Belanja Operasi (Rutin);realisasi_belanja_rutin_penunjang;nilai;Rp. 775.574.125,-;805574125;temuan 17
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1409), Program Kepegawaian Daerah;cakupan_tertib_administrasi_kepegawaian;pagu;Rp. 2.212.352.000;2212352000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1409), Program Kepegawaian Daerah;cakupan_tertib_administrasi_kepegawaian;realisasi_anggaran;Rp. 2.205.483.616,-;2205483616;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1409), Program Kepegawaian Daerah;cakupan_tertib_administrasi_kepegawaian;serapan;99,7%;99,7;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1409), Program Kepegawaian Daerah: capaian realisasi kinerja, tercetak 95.8%;capaian_program_kepegawaian;nilai;95,8%;100,0;temuan 18
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1409), Program Kepegawaian Daerah: capaian realisasi kinerja dibanding target, tercetak 95.8%;cakupan_tertib_administrasi_kepegawaian;realisasi;95,8%;100,0;temuan 19
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1409), Program Kepegawaian Daerah: target RPJMD;cakupan_tertib_administrasi_kepegawaian;target;90%;100;temuan 20
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1411), Program Pengembangan SDM;cakupan_pengembangan_sdm_aparatur;pagu;Rp. 1.368.595.000;1368595000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1411), Program Pengembangan SDM;cakupan_pengembangan_sdm_aparatur;realisasi_anggaran;Rp. 1.366.377.850,-;1366377850;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1411), Program Pengembangan SDM, tercetak 99.8%;cakupan_pengembangan_sdm_aparatur;serapan;99,8%;99,8;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1413), Program Pengembangan SDM: capaian realisasi kinerja, tercetak 100.3%;capaian_program_pengembangan_sdm;nilai;100,3%;100,3;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1413), Program Pengembangan SDM: capaian realisasi kinerja dibanding target, tercetak 100.3%;cakupan_pengembangan_sdm_aparatur;realisasi;100,3%;100,0;temuan 21
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Bab III 3.5 (L1413), Program Pengembangan SDM;cakupan_pengembangan_sdm_aparatur;target;88%;88;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1437), tercetak 58.64;nilai_sakip_kabupaten;target;58,64;58,64;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1437), tercetak 59.64;nilai_sakip_kabupaten;target;59,64;59,64;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1437), tercetak 60.64;nilai_sakip_kabupaten;target;60,64;60,64;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1437), tercetak 61.64;nilai_sakip_kabupaten;target;61,64;61,64;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1437), tercetak 62.64;nilai_sakip_kabupaten;target;62,64;62,64;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1437), tercetak 63.64;nilai_sakip_kabupaten;target;63,64;63,64;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1438), Pengukuran dengan 4 indikator;jumlah_komponen_sakip;nilai;4;5;temuan 22
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1438), tercetak 51.1;nilai_sakip;target;51,1;54,1;temuan 23
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1438), tercetak 54.1;nilai_sakip;target;54,1;57,1;temuan 24
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1438), tercetak 57.1;nilai_sakip;target;57,1;59,1;temuan 25
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1438), tercetak 59.1;nilai_sakip;target;59,1;59,1;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1438), tercetak 61.1;nilai_sakip;target;61,1;61,1;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1438), tercetak 63.1;nilai_sakip;target;63,1;63,1;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1439);nilai_komponen_kinerja_organisasi;target;4,95;4,95;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1439);nilai_komponen_kinerja_organisasi;target;5,25;5,25;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1439);nilai_komponen_kinerja_organisasi;target;5,55;5,55;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1439);nilai_komponen_kinerja_organisasi;target;5,85;5,85;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1439);nilai_komponen_kinerja_organisasi;target;6,15;6,15;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1439);nilai_komponen_kinerja_organisasi;target;6,45;6,45;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1440);ip_asn;target;61;62;temuan 26
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1440);ip_asn;target;62;63;temuan 27
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1440);ip_asn;target;63;64;temuan 28
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1440);ip_asn;target;64;64;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1440);ip_asn;target;64;64;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1440);ip_asn;target;65;65;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1441);indeks_sistem_merit;target;210;210;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1441);indeks_sistem_merit;target;220;220;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran 2.3 (L1441);indeks_sistem_merit;target;230;230;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1450), Program Kepegawaian Daerah;cakupan_tertib_administrasi_kepegawaian;target;100%;100;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1450), Program Kepegawaian Daerah;cakupan_tertib_administrasi_kepegawaian;realisasi;100%;100;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1450), Program Kepegawaian Daerah;anggaran:A;pagu;2.212.352.000;2212352000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1450), Program Kepegawaian Daerah;anggaran:A;realisasi;2.205.483.616;2205483616;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1450), Program Kepegawaian Daerah;anggaran:A;serapan;99,69%;99,69;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1451);anggaran:A.1.1;serapan;99,69%;99,69;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1452);anggaran:A.1.2;serapan;97,12%;97,12;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1453);anggaran:A.1.3;serapan;99,98%;99,98;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1454);anggaran:A.1.4;serapan;99,45%;99,45;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1455);anggaran:A.1.5;serapan;99,17%;99,17;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1456);anggaran:A.1.6;serapan;100,00%;100,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1457);anggaran:A.2.1;serapan;99,97%;99,97;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1458);anggaran:A.2.2;serapan;99,00%;99,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1459);anggaran:A.2.3;serapan;100,00%;100,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1460);anggaran:A.3.1;serapan;99,96%;99,96;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1461);anggaran:A.4.1;serapan;98,75%;98,75;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1462);anggaran:A.4.2;serapan;98,80%;98,80;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1463);anggaran:A.4.3;serapan;99,87%;99,87;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1464), Program Pengembangan SDM;cakupan_pengembangan_sdm_aparatur;target;88%;88;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1464), Program Pengembangan SDM;cakupan_pengembangan_sdm_aparatur;realisasi;100%;100;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1464), Program Pengembangan SDM;anggaran:B;pagu;1.368.595.000;1368595000;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1464), Program Pengembangan SDM;anggaran:B;realisasi;1.366.377.850;1366377850;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1464), Program Pengembangan SDM;anggaran:B;serapan;99,84%;99,84;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1469);anggaran:B.1.1;serapan;99,72%;99,72;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1470);anggaran:B.2.1;serapan;100,00%;100,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1471), Program Penunjang;cakupan_pelayanan_administrasi_perkantoran;target;100%;100;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1471), Program Penunjang;cakupan_pelayanan_administrasi_perkantoran;realisasi;101%;101;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1471), Program Penunjang;anggaran:C;pagu;3.269.253.218;3269253218;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1471), Program Penunjang;anggaran:C;realisasi;3.128.567.423;3128567423;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1471), Program Penunjang;anggaran:C;serapan;95,70%;95,70;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1472);anggaran:C.1.1;serapan;98,96%;98,96;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1473);anggaran:C.1.2;serapan;99,39%;99,39;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1474);anggaran:C.1.3;serapan;99,57%;99,57;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1475);anggaran:C.1.4;serapan;98,67%;98,67;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1476);anggaran:C.2.1;serapan;94,45%;94,45;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1477);anggaran:C.2.2;serapan;99,64%;99,64;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1478);anggaran:C.2.3;serapan;99,49%;99,49;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1479);anggaran:C.2.4;serapan;99,63%;99,63;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1480);anggaran:C.2.5;serapan;98,80%;98,80;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1485);anggaran:C.3.1;serapan;100,00%;100,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1486);anggaran:C.3.2;serapan;99,82%;99,82;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1487);anggaran:C.3.3;serapan;100,00%;100,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1488);anggaran:C.3.4;serapan;100,00%;100,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1489);anggaran:C.4.1;serapan;100,00%;100,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1490);anggaran:C.4.2;serapan;99,57%;99,57;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1491);anggaran:C.4.3;serapan;100,00%;100,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1492);anggaran:C.5.1;serapan;100,00%;100,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1493);anggaran:C.5.2;serapan;98,18%;98,18;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1494);anggaran:C.5.3;serapan;100,00%;100,00;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1495), Jumlah;anggaran:jumlah;pagu;6.850.200.218;6850200218;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1495), Jumlah;anggaran:jumlah;realisasi;6.700.428.889;6700428889;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran Tabel 4.3 (L1495), Jumlah;anggaran:jumlah;serapan;97,81%;97,81;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1525);asn_per_unit;nilai:Sekretariat Daerah Kabupaten;81;81;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1526);asn_per_unit;nilai:Sekretariat DPRD;16;16;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1527);asn_per_unit;nilai:Inspektorat;59;59;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1528);asn_per_unit;nilai:Badan Perencanaan Pembangunan Daerah;27;27;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1529);asn_per_unit;nilai:Badan Pengelolaan Keuangan dan Aset Daerah;42;42;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1530);asn_per_unit;nilai:Badan Pendapatan Daerah;57;57;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1531);asn_per_unit;nilai:Badan Kepegawaian dan Pengembangan SDM;23;23;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1532);asn_per_unit;nilai:Badan Kesatuan Bangsa dan Politik;13;13;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1533);asn_per_unit;nilai:Badan Penanggulangan Bencana Daerah;18;18;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1534);asn_per_unit;nilai:Dinas Tanaman Pangan, Holtikultura dan Peternakan;151;151;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1535);asn_per_unit;nilai:Dinas Perkebunan;20;20;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1536);asn_per_unit;nilai:Dinas Perikanan;17;17;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1537);asn_per_unit;nilai:Dinas Ketahanan Pangan;10;10;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1538);asn_per_unit;nilai:Perindustrian dan Perdagangan;39;39;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1539);asn_per_unit;nilai:Dinas Pendidikan dan Kebudayaan;54;54;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1540);asn_per_unit;nilai:- Guru SLTP dan DPK;787;787;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1541);asn_per_unit;nilai:- Guru SD;2210;2220;temuan 29
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1542);asn_per_unit;nilai:- Guru TK;45;45;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1543);asn_per_unit;nilai:- Pengawas Sekolah;29;29;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1544);asn_per_unit;nilai:Dinas Kesehatan;35;35;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1545);asn_per_unit;nilai:- UPT Puskesmas;726;726;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1546);asn_per_unit;nilai:- UPT Gudang Farmasi;1;1;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1547);asn_per_unit;nilai:RSUD Z.A. Pagar Alam;126;126;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1548);asn_per_unit;nilai:Dinas Pemuda, Olahraga dan Pariwisata;17;17;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1549);asn_per_unit;nilai:Dinas Sosial;21;21;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1550);asn_per_unit;nilai:Dinas Tenaga Kerja dan Transmigrasi;19;19;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1551);asn_per_unit;nilai:Dinas Perhubungan;20;20;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1552);asn_per_unit;nilai:Dinas Komunikasi dan Informatika;14;14;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1553);asn_per_unit;nilai:Dinas Koperasi, Usaha Kecil dan Menengah;19;19;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1555);asn_per_unit;nilai:Dinas Pekerjaan Umum;84;84;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1556);asn_per_unit;nilai:Dinas Perumahan, Kawasan Permukiman dan Pertanahan;10;10;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1557);asn_per_unit;nilai:Dinas Kependudukan dan Catatan Sipil;26;26;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1558);asn_per_unit;nilai:Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB;45;45;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1559);asn_per_unit;nilai:Dinas Pemberdayaan Masyarakat dan Kampung;17;17;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1560);asn_per_unit;nilai:Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu;25;25;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1561);asn_per_unit;nilai:Dinas Lingkungan Hidup;20;20;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1562);asn_per_unit;nilai:Dinas Perpustakaan dan Kearsipan;16;16;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1563);asn_per_unit;nilai:Satuan Polisi Pamong Praja;32;32;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1564);asn_per_unit;nilai:Kecamatan Blambangan Umpu;15;15;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1565);asn_per_unit;nilai:- Kelurahan Blambangan Umpu;6;6;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1566);asn_per_unit;nilai:Kecamatan Pakuan Ratu;21;21;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1567);asn_per_unit;nilai:Kecamatan Banjit;13;13;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1568);asn_per_unit;nilai:- Kelurahan Pasar Banjit;6;6;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1569);asn_per_unit;nilai:Kecamatan Negeri Agung;10;10;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1570);asn_per_unit;nilai:Kecamatan Bahuga;24;24;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1571);asn_per_unit;nilai:Kecamatan Kasui;18;18;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1572);asn_per_unit;nilai:- Kelurahan Kasui Pasar;8;8;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1573);asn_per_unit;nilai:Kecamatan Baradatu;26;26;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1574);asn_per_unit;nilai:- Kelurahan Tiuh Balak Pasar;8;8;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1575);asn_per_unit;nilai:- Kelurahan Taman Asri;9;9;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1576);asn_per_unit;nilai:- Kelurahan Campur Asri;8;8;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1577);asn_per_unit;nilai:Kecamatan Negara Batin;14;14;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1578);asn_per_unit;nilai:Kecamatan Negeri Besar;13;13;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1579);asn_per_unit;nilai:Kecamatan Way Tuba;18;18;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1580);asn_per_unit;nilai:Kecamatan Rebang Tangkas;13;13;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1581);asn_per_unit;nilai:Kecamatan Gunung Labuhan;15;15;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1582);asn_per_unit;nilai:Kecamatan Buay Bahuga;13;13;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1583);asn_per_unit;nilai:Kecamatan Bumi Agung;8;8;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1584);asn_per_unit;nilai:Kecamatan Umpu Semenguk;12;12;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1585);asn_per_unit;nilai:CPNS Baru;0;0;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1586), Way Kanan, golongan I;asn_gol_i;nilai;13;13;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1586), Way Kanan, golongan II;asn_gol_ii;nilai;477;477;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1586), Way Kanan, golongan III;asn_gol_iii;nilai;3586;3586;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1586), Way Kanan, golongan IV;asn_gol_iv;nilai;1183;1183;cocok
kab-way-kanan;BKPSDM Kabupaten Way Kanan;2023;Lampiran, Jumlah ASN menurut unit kerja (L1586), Way Kanan, Jumlah;asn_jumlah;nilai;5259;5259;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L46);indeks_sistem_merit;efisiensi;1,73;1,73;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L46);indeks_sistem_merit;predikat_efisiensi;efisien;EFISIEN;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L46);indeks_sistem_merit;capaian;100,56%;100,56;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L46);indeks_sistem_merit;serapan;58,14%;58,14;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L47);persentase_asn_diklat;efisiensi;6,69;6,69;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L47);persentase_asn_diklat;predikat_efisiensi;efisien;EFISIEN;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L47);persentase_asn_diklat;capaian;583,03%;583,03;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L47);persentase_asn_diklat;serapan;87,19%;87,19;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L48);nilai_sakip;efisiensi;0,99;1,03;akibat temuan 3
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L48);nilai_sakip;predikat_efisiensi;tidak efisien;EFISIEN;akibat temuan 3
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L48);nilai_sakip;capaian;99,00%;99,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L48);nilai_sakip;serapan;99,63%;95,96;temuan 3
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L50), pagu anggaran 2023, tercetak Rp. 14.645.969.413,00;pagu_dpa;nilai;14.645.969.413,00;14645969413,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L50);anggaran:jumlah;realisasi;Rp. 12.794.779.239,00;12794779239,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Ikhtisar Eksekutif (L50);serapan_dpa;nilai;87,36%;87,36;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab I 1.2 (L231), 35 orang personil;jumlah_pegawai;nilai;35;35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.1 (L244), Total Jumlah;pegawai_laki_laki;nilai;14;14;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.1 (L244), Total Jumlah;pegawai_perempuan;nilai;21;21;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.1 (L244), Total Jumlah;jumlah_pegawai;nilai;35;35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab I 1.2 (L248), komposisi gender;porsi_laki_laki;nilai;40%;40;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab I 1.2 (L248), komposisi gender;porsi_perempuan;nilai;60%;60;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.2 (L268), JUMLAH, tercetak 14 orang;pendidikan_laki_laki;nilai;14;14;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.2 (L268), JUMLAH, tercetak 21 orang;pendidikan_perempuan;nilai;21;21;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.2 (L268), JUMLAH, tercetak 35 orang;pendidikan_jumlah;nilai;35;35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab I 1.2 (L272), strata 1;porsi_pendidikan_s1;nilai;57,14%;54,29;temuan 4
kota-blitar;BKPSDM Kota Blitar;2023;Bab I 1.2 (L272), Diploma III;porsi_pendidikan_d3;nilai;20%;20;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab I 1.2 (L272), SLTA;porsi_pendidikan_slta;nilai;14,29%;14,29;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab I 1.2 (L272), S2;porsi_pendidikan_s2;nilai;8,57%;11,43;temuan 5
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.3 (L292), JUMLAH;golongan_laki_laki;nilai;14;14;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.3 (L292), JUMLAH;golongan_perempuan;nilai;21;20;temuan 6
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.3 (L292), JUMLAH;golongan_jumlah;nilai;35;34;akibat temuan 6
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.4 (L317), Jumlah;pejabat_laki_laki;nilai;14;14;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.4 (L317), Jumlah;pejabat_perempuan;nilai;21;21;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 1.4 (L317), Jumlah;pejabat_jumlah;nilai;35;35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab I 1.2 (L327), Pejabat Fungsional Khusus;porsi_fungsional_khusus;nilai;48,57 %;48,57;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 2.2 (L456);indeks_sistem_merit;target;270;270;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 2.2 (L457);persentase_asn_diklat;target;13,02 %;13,02;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 2.2 (L458), tercetak A (86,35);nilai_sakip;target;86,35;86,35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab II (L460), total anggaran, tercetak Rp. 14.645.969.413,00;pagu_dpa;nilai;14.645.969.413,00;14645969413,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L490);indeks_sistem_merit;target;270;270;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L490);indeks_sistem_merit;realisasi;271,5;271,5;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L490);indeks_sistem_merit;capaian;100,56%;100,56;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L490);indeks_sistem_merit;predikat;Sangat berhasil;Sangat berhasil;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L491);persentase_asn_diklat;target;13,02%;13,02;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L491);persentase_asn_diklat;realisasi;75,91%;75,91;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L491);persentase_asn_diklat;capaian;583,03%;583,03;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L491);persentase_asn_diklat;predikat;Sangat berhasil;Sangat berhasil;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L492), tercetak A (86,35);nilai_sakip;target;86,35;86,35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L492), tercetak A (85,49);nilai_sakip;realisasi;85,49;85,49;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L492);nilai_sakip;capaian;99,00%;99,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1 (L492);nilai_sakip;predikat;Sangat berhasil;Sangat berhasil;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.1.1 (L500);indeks_sistem_merit;realisasi;271,50;271,50;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.1.1 (L500), tercetak kategori III (baik);indeks_sistem_merit;kategori;baik;Baik;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.1.1 (L500), nilai 271,50 yang diuraikan per aspek di L504-L511;jumlah_aspek_sistem_merit;nilai;271,50;271,00;temuan 8
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.1.1 (L572);persentase_asn_diklat;realisasi;75,91%;75,91;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.1.1 (L572);persentase_asn_diklat;target;13,02%;13,02;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.1.1 (L572);persentase_asn_diklat;capaian;583,04%;583,03;temuan 9
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.1.1 (L576);persen_belum_pengkom;nilai;6,9%;6,9;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.1.1 (L576), jumlah ASN dan PTT;jumlah_asn_ptt;nilai;3008;3008;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.1.1 (L576), jumlah ASN dan PTT 3008 = yang telah (2283) dan yang belum (208) mengikuti pengembangan kompetensi;jumlah_ikut_dan_belum_pengkom;nilai;3008;2491;temuan 10
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.1 (L648);indeks_sistem_merit;target;260;260;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.1 (L648);indeks_sistem_merit;target;270;270;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.1 (L648);indeks_sistem_merit;realisasi;262;262;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.1 (L648), tercetak 271, 50;indeks_sistem_merit;realisasi;271,50;271,50;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.1 (L648), tercetak 100, 76%;indeks_sistem_merit;capaian;100,76%;100,77;temuan 11
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.1 (L648), tercetak 100, 56%;indeks_sistem_merit;capaian;100,56%;100,56;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.2 (L667);persentase_asn_diklat;target;11,32;11,32;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.2 (L667);persentase_asn_diklat;target;13,02;13,02;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.2 (L667);persentase_asn_diklat;realisasi;49,00;49,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.2 (L667);persentase_asn_diklat;realisasi;75,91;75,91;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.2 (L667);persentase_asn_diklat;capaian;432,86%;432,86;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.2 (L667);persentase_asn_diklat;capaian;583,03%;583,03;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.3 (L690);nilai_sakip;target;86,30;86,30;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.3 (L690);nilai_sakip;target;86,35;86,35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.3 (L690);nilai_sakip;realisasi;85,16;85,16;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.3 (L690);nilai_sakip;realisasi;85,49;85,49;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.3 (L690);nilai_sakip;capaian;98,68%;98,68;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.2.3 (L690);nilai_sakip;capaian;99,00%;99,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.3 (L713);indeks_sistem_merit;target;300;300;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.3 (L713);indeks_sistem_merit;realisasi;271,50;271,50;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.3 (L713);kemajuan_sistem_merit;nilai;90,50%;90,50;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.3 (L717);persentase_asn_diklat;target;51,00;51,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.3 (L717);persentase_asn_diklat;realisasi;75,91;75,91;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.3 (L717);kemajuan_asn_diklat;nilai;148,84%;148,84;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.3 (L718);nilai_sakip;target;86,38;86,38;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.3 (L718);nilai_sakip;realisasi;85,49;85,49;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.3 (L718);kemajuan_nilai_sakip;nilai;98,96%;98,97;temuan 12
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L730), kolom MenPAN RB;capaian_nasional_ip_asn;nilai;108,11%;108,11;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L730), kolom BKPSDM;ip_asn;target;80,20;80,20;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L730), kolom BKPSDM;ip_asn;realisasi;70,89;70,89;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L730), kolom BKPSDM;ip_asn;capaian;88,39%;88,39;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L731), kolom MenPAN RB;capaian_nasional_sistem_merit;nilai;111,25%;111,25;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L731), kolom BKPSDM;indeks_sistem_merit;target;270;270;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L731), kolom BKPSDM;indeks_sistem_merit;realisasi;271,50;271,50;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L731), kolom BKPSDM;indeks_sistem_merit;capaian;100,56%;100,56;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L732), kolom MenPAN RB;capaian_nasional_sakip;nilai;100,15%;100,15;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L732), kolom BKPSDM;nilai_sakip;target;86,35;86,35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L732), kolom BKPSDM;nilai_sakip;realisasi;85,49;85,49;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.1.4 (L732), kolom BKPSDM;nilai_sakip;capaian;99,00%;99,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.1.4 (L738);indeks_sistem_merit;realisasi;271,50;271,50;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.1.4 (L738);nilai_sakip;realisasi;85,49;85,49;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.1 (L763);anggaran:A;pagu;2.688.593.227;2688593227;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.1 (L763);porsi_anggaran_sistem_merit;nilai;18,36;18,36;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.1 (L764);anggaran:B;pagu;2.411.008.974;2411008974;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.1 (L764);porsi_anggaran_asn_diklat;nilai;16,46;16,46;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.1 (L765);anggaran:C;pagu;9.513.625.429;9513625429;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.1 (L765);porsi_anggaran_nilai_sakip;nilai;65,18;64,96;temuan 13
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.1 (L766), Jumlah;anggaran:jumlah;pagu;14.645.969.413;14613227630;temuan 14
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.1 (L768), tercetak Rp 14.645.969.413,00;pagu_dpa;nilai;14.645.969.413,00;14645969413,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L774);indeks_sistem_merit;target;270;270;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L774);indeks_sistem_merit;realisasi;271,50;271,50;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L774);indeks_sistem_merit;capaian;100,56%;100,56;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L774);indeks_sistem_merit;pagu;2.688.593.227;2688593227;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L774);indeks_sistem_merit;realisasi_anggaran;1.563.272.055;1563272055;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L774);indeks_sistem_merit;serapan;58,14%;58,14;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L775);persentase_asn_diklat;target;13,02;13,02;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L775);persentase_asn_diklat;realisasi;75,91;75,91;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L775);persentase_asn_diklat;capaian;583,03%;583,03;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L775);persentase_asn_diklat;pagu;2.411.008.974;2411008974;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L775);persentase_asn_diklat;realisasi_anggaran;2.102.227.874;2102227874;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L775);persentase_asn_diklat;serapan;87,19%;87,19;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L776);nilai_sakip;target;86,35;86,35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L776);nilai_sakip;realisasi;85,49;85,49;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L776);nilai_sakip;capaian;99,00%;99,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L776);nilai_sakip;pagu;9.513.625.429;9513625429;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L776);nilai_sakip;realisasi_anggaran;9.129.279.310;9129279310;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.2 (L776);nilai_sakip;serapan;99,63%;95,96;temuan 3
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.2 (L778), tercetak Rp. 14.645.969.413,00;pagu_dpa;nilai;14.645.969.413,00;14645969413,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.2 (L778);anggaran:jumlah;realisasi;Rp. 12.794.779.239,00;12794779239,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.2 (L778);serapan_dpa;nilai;87,36%;87,36;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L783);indeks_sistem_merit;capaian;100,56%;100,56;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L783);indeks_sistem_merit;serapan;58,14%;58,14;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L783);indeks_sistem_merit;efisiensi;1,73;1,73;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L783);indeks_sistem_merit;predikat_efisiensi;efisien;EFISIEN;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L784);persentase_asn_diklat;capaian;583,03%;583,03;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L784);persentase_asn_diklat;serapan;87,19%;87,19;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L784);persentase_asn_diklat;efisiensi;6,690;6,687;temuan 15
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L784);persentase_asn_diklat;predikat_efisiensi;efisien;EFISIEN;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L785);nilai_sakip;capaian;99,00%;99,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L785);nilai_sakip;serapan;95,96%;95,96;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L785);nilai_sakip;efisiensi;0,96;1,03;temuan 16
kota-blitar;BKPSDM Kota Blitar;2023;Tabel 3.2.3 (L785);nilai_sakip;predikat_efisiensi;Tidak efisien;EFISIEN;akibat temuan 16
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L793);indeks_sistem_merit;realisasi;271,5;271,5;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L793);indeks_sistem_merit;realisasi;262,0;262,0;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L793);anggaran:A;pagu;Rp. 2.688.593.227;2688593227;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 1 (L798);indeks_sistem_merit;target;260,00;260,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 1 (L798);indeks_sistem_merit;realisasi;262,00;262,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 1 (L799);anggaran:A;pagu;2.688.593.227;2688593227;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 1 (L799);indeks_sistem_merit;target;270,00;270,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 1 (L799);indeks_sistem_merit;realisasi;271,50;271,50;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 1 (L799), penurunan anggaran;penurunan_pagu_sistem_merit;nilai;2.150.769.227;2150769223;temuan 18
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 1 (L799), Ket, tercetak NAIK 9,5;kenaikan_sistem_merit;nilai;9,5;9,5;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L801), penurunan anggaran, tercetak Rp. 2.150.769.227;penurunan_pagu_sistem_merit;nilai;2.150.769.227;2150769223;temuan 18
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L817);anggaran:B;pagu;Rp. 2.411.008.974;2411008974;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L819), total anggaran pengembangan kompetensi, tercetak Rp. 3.161.008.974;anggaran_pengkom_2023;nilai;3.161.008.974;3161008974;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 2 (L826), % Cakupan Pengkom;persentase_asn_diklat;realisasi;49,00;49,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 2 (L827);anggaran_pengkom_2023;nilai;3.161.008.974;3161008974;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 2 (L827), % Cakupan Pengkom;persentase_asn_diklat;realisasi;75,91;75,91;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 2 (L827), % Cakupan Pengkom di samping ASN Ikut Pengkom 2.283 (dari 3008 ASN dan PTT, L576);cakupan_pengkom_dari_jumlah;nilai;75,91;75,90;temuan 19
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 2 (L827), penurunan anggaran;penurunan_anggaran_pengkom;nilai;1.053.628.026;1053628026;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel perbandingan sasaran 2 (L827), Ket, tercetak NAIK 30,91%;kenaikan_cakupan_pengkom;nilai;30,91%;26,91;temuan 20
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L829), hampir seluruh ASN;persen_sudah_pengkom;nilai;93,1%;93,1;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L839);anggaran:C;pagu;Rp. 9.513.625.429;9513625429;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L839);nilai_sakip;realisasi_anggaran;Rp. 9.129.279.310;9129279310;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L839);nilai_sakip;serapan;95,96%;95,96;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L839);nilai_sakip;target;86,35;86,35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L839);nilai_sakip;realisasi;85,49;85,49;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.2.3 (L843);nilai_sakip;capaian;0,99%;99,00;temuan 21
kota-blitar;BKPSDM Kota Blitar;2023;Tabel efisiensi sasaran 3 (L846);nilai_sakip;pagu;9.513.625.429;9513625429;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel efisiensi sasaran 3 (L846);nilai_sakip;realisasi_anggaran;9.129.279.310;9129279310;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel efisiensi sasaran 3 (L846);nilai_sakip;serapan;95,96%;95,96;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel efisiensi sasaran 3 (L847);nilai_sakip;target;86,35;86,35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel efisiensi sasaran 3 (L847);nilai_sakip;realisasi;85,49;85,49;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel efisiensi sasaran 3 (L847);nilai_sakip;capaian;99,00%;99,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Tabel efisiensi sasaran 3 (L848);nilai_sakip;efisiensi;0,96 %;1,03;temuan 16
kota-blitar;BKPSDM Kota Blitar;2023;Tabel efisiensi sasaran 3 (L848);nilai_sakip;predikat_efisiensi;TIDAK EFISIEN;EFISIEN;akibat temuan 16
kota-blitar;BKPSDM Kota Blitar;2023;Bab III 3.3 (L861);nilai_sakip;realisasi;85,49;85,49;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L875);indeks_sistem_merit;efisiensi;1,73;1,73;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L875);indeks_sistem_merit;predikat_efisiensi;efisien;EFISIEN;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L875);indeks_sistem_merit;capaian;100,56%;100,56;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L875);indeks_sistem_merit;serapan;58,14%;58,14;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L876);persentase_asn_diklat;efisiensi;6,69;6,69;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L876);persentase_asn_diklat;predikat_efisiensi;efisien;EFISIEN;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L876);persentase_asn_diklat;capaian;583,03%;583,03;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L876);persentase_asn_diklat;serapan;87,19%;87,19;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L877);nilai_sakip;efisiensi;0,99;1,03;akibat temuan 3
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L877);nilai_sakip;predikat_efisiensi;tidak efisien;EFISIEN;akibat temuan 3
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L877), tercetak 99,00%%;nilai_sakip;capaian;99,00%;99,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L877);nilai_sakip;serapan;99,63%;95,96;temuan 3
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L881), tercetak Rp. 14.645.696.413,00;pagu_dpa;nilai;14.645.696.413,00;14645969413,00;temuan 22
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L881);anggaran:jumlah;realisasi;Rp. 12.794.779.239,00;12794779239,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Kesimpulan (L881);serapan_dpa;nilai;87,36%;87,36;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 1 Matrik Renstra (L954), kondisi awal;ip_asn;realisasi;78,54;78,54;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 1 Matrik Renstra (L954);ip_asn;target;80,20;80,20;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 1 Matrik Renstra (L954), kondisi awal;indeks_sistem_merit;realisasi;208;208;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 1 Matrik Renstra (L954);indeks_sistem_merit;target;270;270;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 1 Matrik Renstra (L958), kondisi awal;persentase_asn_diklat;realisasi;8,30%;8,30;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 1 Matrik Renstra (L958);persentase_asn_diklat;target;13,02%;13,02;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 1 Matrik Renstra (L964), kondisi awal, tercetak A (86,30);nilai_sakip;realisasi;86,30;86,30;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 1 Matrik Renstra (L964), tercetak A (86,35);nilai_sakip;target;86,35;86,35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 2 RKT (L984);indeks_sistem_merit;target;270;270;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 2 RKT (L999);persentase_asn_diklat;target;11,32%;13,02;temuan 23
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 2 RKT (L1007), tercetak A (86,35);nilai_sakip;target;86,35;86,35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 3 (L1050), tercetak 13.02(%);persentase_asn_diklat;target;13,02%;13,02;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 3 (L1051), tercetak 270.00(indeks);indeks_sistem_merit;target;270,00;270,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 3 (L1052), tercetak 86.35(nilai);nilai_sakip;target;86,35;86,35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 3 (L1058), Total, tercetak 14,645,969,413.00;pagu_dpa;nilai;14.645.969.413,00;14645969413,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1079);indeks_sistem_merit;target;270;270;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1079);indeks_sistem_merit;realisasi;271,5;271,5;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1079);indeks_sistem_merit;capaian;100,56%;100,56;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1079);indeks_sistem_merit;pagu;2.688.593.227;2688593227;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1079);indeks_sistem_merit;realisasi_anggaran;1.563.272.055;1563272055;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1079);indeks_sistem_merit;serapan;58,14%;58,14;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1080);persentase_asn_diklat;target;13,02;13,02;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1080);persentase_asn_diklat;realisasi;75,91;75,91;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1080);persentase_asn_diklat;capaian;583,03%;583,03;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1080);persentase_asn_diklat;pagu;2.411.008.974;2411008974;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1080);persentase_asn_diklat;realisasi_anggaran;2.102.227.874;2102227874;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1080);persentase_asn_diklat;serapan;87,19%;87,19;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1081);nilai_sakip;target;86,35;86,35;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1081);nilai_sakip;realisasi;85,49;85,49;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1081);nilai_sakip;capaian;99,00%;99,00;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1081);nilai_sakip;pagu;9.513.625.429;9513625429;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1081);nilai_sakip;realisasi_anggaran;9.129.279.310;9129279310;cocok
kota-blitar;BKPSDM Kota Blitar;2023;Lampiran 4 (L1081);nilai_sakip;serapan;99,63%;95,96;temuan 3

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

--- exit 1
