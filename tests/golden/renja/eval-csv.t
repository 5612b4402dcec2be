$ ind eval tests/golden/renja/renja.ind --data tests/golden/renja/data/tw2 --period 2024-TW2 --format csv
--- stdout
# Evaluasi Hasil Renja TW II 2024
Kode;Uraian;Indikator;Satuan;(6) Target Renstra K;(6) Target Renstra Rp;(7) Realisasi s.d. Tahun Lalu K;(7) Realisasi s.d. Tahun Lalu Rp;(8) Target Renja K;(8) Target Renja Rp;(9) TW I K;(9) TW I Rp;(10) TW II K;(10) TW II Rp;(11) TW III K;(11) TW III Rp;(12) TW IV K;(12) TW IV Rp;(13) Realisasi Tahun Ini K;(13) Realisasi Tahun Ini Rp;(14) Capaian Renja (%) K;(14) Capaian Renja (%) Rp;(15) Realisasi Renstra K;(15) Realisasi Renstra Rp;(16) Capaian Renstra (%) K;(16) Capaian Renstra (%) Rp;Predikat K;Predikat Rp
A;Program Pelayanan;Layanan yang diselesaikan;layanan;300;900000000;90;280000000;100;300000000;20;60000000;30;80000000;-;-;-;-;50;140000000;50,00;46,67;140;420000000;46,67;46,67;Sangat rendah;Sangat rendah
A.1;Kegiatan Satu;Dokumen satu;dokumen;60;600000000;18;180000000;20;200000000;5;40000000;6;55000000;-;-;-;-;11;95000000;55,00;47,50;29;275000000;48,33;45,83;Rendah;Sangat rendah
A.1.1;Sub Satu;Kelas satu;kelas;30;400000000;9;120000000;10;150000000;2;30000000;3;40000000;-;-;-;-;5;70000000;50,00;46,67;14;190000000;46,67;47,50;Sangat rendah;Sangat rendah
A.1.2;Sub Dua;Kelas dua;kelas;30;200000000;9;60000000;10;50000000;2;10000000;2;15000000;-;-;-;-;4;25000000;40,00;50,00;13;85000000;43,33;42,50;Sangat rendah;Sangat rendah
A.2;Kegiatan Dua;Dokumen dua;dokumen;45;300000000;12;100000000;15;100000000;4;20000000;5;25000000;-;-;-;-;9;45000000;60,00;45,00;21;145000000;46,67;48,33;Rendah;Sangat rendah
A.2;Kegiatan Dua;Peserta dua;orang;150;;40;;50;;12;;14;;-;;-;;26;;52,00;;66;;44,00;;Rendah;
A.2.1;Sub Tiga;Kelas tiga;kelas;15;300000000;4;100000000;5;100000000;1;20000000;1;25000000;-;-;-;-;2;45000000;40,00;45,00;6;145000000;40,00;48,33;Sangat rendah;Sangat rendah

# Asal laporan
Unsur;Berkas;Versi atau waktu;SHA-256
program;ind;0.1.0;
waktu hitung;;1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH);
aturan;tests/golden/renja/renja.ind;;ea06e44ecbee311bf2b1b0d2f180197c704551314574d92d3829f83a9d293713
data;tests/golden/renja/data/tw2/renja.csv;;5d5964e4f91b17cf2eb6a14ac444e7724e769f8fb628fa11dee031c0ec82d704

--- stderr

--- exit 0
