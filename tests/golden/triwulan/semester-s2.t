$ ind eval tests/golden/triwulan/semester.ind --data tests/golden/triwulan/data/semester --period 2024-S2 --format csv
--- stdout
# Capaian Kinerja Semester II 2024
No;Indikator;Tingkat;Satuan;Target;Realisasi;Capaian (%);Predikat;Kategori
1;Dokumen formasi ASN yang selesai;sasaran;dokumen;12;13;108,3;-;-
2;Rekomendasi mutasi yang diterbitkan;sasaran;dokumen;22;22;100,0;-;-

# Realisasi Semester II 2024 dan Kumulatif
No;Indikator;Satuan;Kumulatif;Target Semester II 2024;Realisasi Semester II 2024;Capaian Semester II 2024 (%);Target s.d. Semester II 2024;Realisasi s.d. Semester II 2024;Capaian s.d. Semester II 2024 (%)
1;Dokumen formasi ASN yang selesai;dokumen;jumlah;-;-;-;12;13;108,3
2;Rekomendasi mutasi yang diterbitkan;dokumen;jumlah;12;-;-;22;22;100,0

# Perbandingan Realisasi dan Target Renstra
Indikator;Realisasi Semester II 2024;Target TW I 2024;Target TW II 2024;Target TW III 2024;Target TW IV 2024
Dokumen formasi ASN yang selesai;13;3;3;3;3
Rekomendasi mutasi yang diterbitkan;22;-;-;-;-

# Selisih Realisasi Semester II 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra
Indikator;Pembanding;Nilai Pembanding;Realisasi Semester II 2024;Selisih;Keterangan
Dokumen formasi ASN yang selesai;Target Semester II 2024;12;13;1;di atas target
Rekomendasi mutasi yang diterbitkan;Target Semester II 2024;22;22;0;sama dengan target

# Asal laporan
Unsur;Berkas;Versi atau waktu;SHA-256
program;ind;0.1.0;
waktu hitung;;1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH);
aturan;tests/golden/triwulan/semester.ind;;72812fd3833c453351d202e73e6bbc784b93cb4520ce24f8e96530ced55f0c43
data;tests/golden/triwulan/data/semester/realisasi.csv;;9289815c2ca38f232187bd7786788c929bb8b2760d34720638f69d85dbe778aa

--- stderr

--- exit 0
