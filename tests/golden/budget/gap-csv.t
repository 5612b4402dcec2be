$ ind eval tests/golden/errors/base.ind --data tests/golden/budget/data/gap --period 2024 --format csv
--- stdout
# Rekapitulasi Capaian Indikator Kinerja Utama — Rentang capaian
No;Rentang;Predikat;Jumlah IKU;Persentase (%)
1;x ≥ 100;Sangat memuaskan;1;100,0
2;85 ≤ x < 100;Sangat Baik;0;0,0
3;x < 85;Kurang;0;0,0
;;Jumlah;1;100,0

# Capaian Kinerja 2024
No;Indikator;Tingkat;Satuan;Target;Realisasi;Capaian (%);Predikat;Kategori
1;Indeks contoh;tujuan;indeks;80,00;81,75;102,2;Sangat memuaskan;-

# Perbandingan Realisasi dan Target Renstra
Indikator;Realisasi 2024
Indeks contoh;81,75

# Selisih Realisasi 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra
Indikator;Pembanding;Nilai Pembanding;Realisasi 2024;Selisih;Keterangan
Indeks contoh;Target 2024;80,00;81,75;1,75;di atas target

# Rincian skor
unsur;nilai
Satu;40,50
Dua;41,25
Jumlah;81,75

# Realisasi Anggaran 2024
Kode;Uraian;Tingkat;Pagu (Rp);Realisasi (Rp);Serapan (%);Predikat
A;Program;Program;3000000;tidak lengkap;-;-
A.1;Sub satu;Kegiatan;1729500;1500000;86,73;-
A.2;Sub dua;Kegiatan;1270500;-;-;-
B;Program B;Program;tidak lengkap;400000;-;-
B.1;Kegiatan B;Kegiatan;-;400000;-;-
;Jumlah;;tidak lengkap;tidak lengkap;-;-

# Efisiensi Penggunaan Sumber Daya
Indikator;Capaian Kinerja (%);Pagu (Rp);Realisasi (Rp);Serapan (%);Efisiensi (%);Tingkat Efisiensi
Indeks contoh;102,2;tidak lengkap;tidak lengkap;-;-;-

# Asal laporan
Unsur;Berkas;Versi atau waktu;SHA-256
program;ind;0.1.0;
waktu hitung;;1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH);
aturan;tests/golden/errors/base.ind;;9b991f50cc59a1665dc765d76834f14392688096857d5cd124099e977423a506
data;tests/golden/budget/data/gap/skor.csv;;3a9a1e3ca23d1acad37b35e38a28000fade66f01bab8469f0c0f8e134671efe0
data;tests/golden/budget/data/gap/anggaran.csv;;da0e9e4147592dead7507173509b0a6c3be3bff7fa8f74ecbde2633f11b1b5b3

--- stderr
tests/golden/budget/data/gap/anggaran.csv:4:23: warning[W-TIDAK-TERSEDIA]: efisiensi indeks periode 2024 tidak tersedia: tidak lengkap: realisasi A.2 tidak tersedia (sel kolom realisasi kosong (""))
 4 | A.2;Sub dua;1.270.500;
   |                       ^
tests/golden/budget/data/gap/anggaran.csv:4:23: warning[W-TIDAK-TERSEDIA]: realisasi anggaran A.2 tidak tersedia: sel kolom realisasi kosong ("")
 4 | A.2;Sub dua;1.270.500;
   |                       ^
   = saran: realisasi A dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada realisasi
tests/golden/budget/data/gap/anggaran.csv:6:16: warning[W-TIDAK-TERSEDIA]: pagu anggaran B.1 tidak tersedia: sel kolom pagu kosong ("-")
 6 | B.1;Kegiatan B;-;400.000
   |                ^
   = saran: pagu B dan Jumlah ditulis tidak lengkap, tidak dijumlahkan sebagian; tulis 0 bila memang belum ada pagu

--- exit 0
