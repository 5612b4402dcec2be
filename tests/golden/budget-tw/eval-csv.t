$ ind eval tests/golden/budget-tw/tw.ind --period 2024-TW2 --data tests/golden/budget-tw/data/ok --format csv
--- stdout
# Rekapitulasi Daya Serap Anggaran per Program — Rentang daya serap
No;Rentang;Predikat;Jumlah Program;Persentase (%)
1;x ≥ 85;Baik;0;0,0
2;40 ≤ x < 85;Cukup;1;100,0
3;x < 40;Kurang;0;0,0
;;Jumlah;1;100,0

# Capaian Kinerja TW II 2024
No;Indikator;Tingkat;Satuan;Target;Target untuk;Realisasi;Capaian (%);Predikat;Kategori
1;Layanan selesai;sasaran;persen;100;2024;90;90,0;-;-

# Perbandingan Realisasi dan Target Renstra
Indikator;Realisasi TW II 2024
Layanan selesai;90

# Selisih Realisasi TW II 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra
Indikator;Pembanding;Nilai Pembanding;Realisasi TW II 2024;Selisih;Keterangan
Layanan selesai;Target 2024;100;90;-10;di bawah target

# Realisasi Anggaran TW II 2024
Kode;Uraian;Tingkat;Pagu (Rp);Rencana TW II (Rp);Realisasi TW II (Rp);Serapan TW II (%);Rencana s.d. TW II (Rp);Realisasi s.d. TW II (Rp);Serapan thd Rencana (%);Serapan thd Pagu (%);Predikat
A;Program;Program;1000000;350000;320000;91,43;500000;450000;90,00;45,00;Cukup
A.1;Kegiatan satu;Kegiatan;600000;200000;175000;87,50;300000;265000;88,33;44,17;Cukup
A.1.1;Sub satu;Sub Kegiatan;400000;100000;95000;95,00;200000;185000;92,50;46,25;Cukup
A.1.2;Sub dua;Sub Kegiatan;200000;100000;80000;80,00;100000;80000;80,00;40,00;Cukup
A.2;Kegiatan dua;Kegiatan;400000;150000;145000;96,67;200000;185000;92,50;46,25;Cukup
;Jumlah;;1000000;350000;320000;91,43;500000;450000;90,00;45,00;Cukup

# Efisiensi Penggunaan Sumber Daya
Indikator;Capaian Kinerja (%);Pagu (Rp);Realisasi (Rp);Serapan (%);Efisiensi (%);Tingkat Efisiensi
Layanan selesai;90,0;1000000;450000;45,00;200;-

# Asal laporan
Unsur;Berkas;Versi atau waktu;SHA-256
program;ind;0.1.0;
waktu hitung;;1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH);
aturan;tests/golden/budget-tw/tw.ind;;d0ed492ba4995fde2610e7ead4991608c5017a1166d474070cb901d3501a92b4
data;tests/golden/budget-tw/data/ok/realisasi.csv;;e7efdefa780b4fa2a048ce066d132339d36b1ccd9986a136f542ac3ba1aecf74
data;tests/golden/budget-tw/data/ok/anggaran.csv;;02e21977fd6f4be207ffdd8e2512b98bddfef1c4842daf8265415aeb1caa423e

--- stderr

--- exit 0
