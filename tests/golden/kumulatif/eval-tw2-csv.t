$ ind eval tests/golden/kumulatif/kumulatif.ind --data tests/golden/kumulatif/data/2024-TW2 --format csv
--- stdout
# Rekapitulasi Capaian Indikator Kinerja Utama — Rentang capaian
No;Rentang;Predikat;Jumlah IKU;Persentase (%)
1;x ≥ 100;Sangat memuaskan;1;33,3
2;85 ≤ x < 100;Sangat Baik;2;66,7
3;x < 85;Kurang;0;0,0
;;Jumlah;3;100,0

# Capaian Kinerja TW II 2024
No;Indikator;Tingkat;Satuan;Target;Target untuk;Realisasi;Capaian (%);Predikat;Kategori
1;Dokumen formasi ASN yang selesai;sasaran;dokumen;6;TW I s.d. TW II 2024;6;100,0;Sangat memuaskan;-
2;Indeks kepuasan layanan kepegawaian;sasaran;indeks;82;2024;81,35;99,21;Sangat Baik;-
3;Layanan kepegawaian selesai tepat waktu;sasaran;persen;93,00;TW II 2024;92,88;99,9;Sangat Baik;-

# Realisasi TW II 2024 dan Kumulatif
No;Indikator;Satuan;Kumulatif;Target TW II 2024;Realisasi TW II 2024;Capaian TW II 2024 (%);Target s.d. TW II 2024;Realisasi s.d. TW II 2024;Capaian s.d. TW II 2024 (%)
1;Dokumen formasi ASN yang selesai;dokumen;jumlah;3;4;133,3;6;6;100,0
2;Indeks kepuasan layanan kepegawaian;indeks;akhir;-;81,35;-;82;81,35;99,21
3;Layanan kepegawaian selesai tepat waktu;persen;rata;93,00;94,25;101,3;93,00;92,88;99,9

# Perbandingan Realisasi dan Target Renstra
Indikator;Realisasi TW II 2024;Target TW III 2024;Target TW IV 2024
Dokumen formasi ASN yang selesai;6;3;3
Indeks kepuasan layanan kepegawaian;81,35;-;-
Layanan kepegawaian selesai tepat waktu;92,88;-;-

# Selisih Realisasi TW II 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra
Indikator;Pembanding;Nilai Pembanding;Realisasi TW II 2024;Selisih;Keterangan
Dokumen formasi ASN yang selesai;Target TW II 2024;6;6;0;sama dengan target
Indeks kepuasan layanan kepegawaian;Target 2024;82;81,35;-0,65;di bawah target
Layanan kepegawaian selesai tepat waktu;Target TW II 2024;93,00;92,88;-0,12;di bawah target

# Nilai Komponen
Nilai;Uraian;Angka
dokumen_tw;Dokumen selesai dalam triwulan;4
dokumen_sd;Dokumen selesai s.d. triwulan;6
capaian_dokumen_tw;Capaian dokumen triwulan itu;133,3

# Asal laporan
Unsur;Berkas;Versi atau waktu;SHA-256
program;ind;0.1.0;
waktu hitung;;1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH);
aturan;tests/golden/kumulatif/kumulatif.ind;;16bff3ddd8ef968c71404efe21eb14b24f7bcaba2cb5d85ad78783ba7076bdf4
data;tests/golden/kumulatif/data/2024-TW2/realisasi.csv;;bf0888f4107eea90517a90d691adc9304f2513ddcaa7a58c33e5599d16d14b56

--- stderr

--- exit 0
