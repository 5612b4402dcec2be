$ ind template tests/golden/renja/renja.ind --period 2024-TW2 --out $OUT/data/
--- stdout
$OUT/data/renja.csv (0 baris): satu baris per program, kegiatan, sub kegiatan (kode A, A.1, A.1.1) dan indikator; k = kinerja, rp = anggaran, angka kolom seperti form Permendagri 86/2017: (6) target Renstra akhir periode, (7) realisasi Renstra s.d. tahun lalu, (8) target Renja tahun ini, (9)-(12) realisasi TW I-IV; Rp kegiatan dan program boleh dikosongkan (diisi jumlah rinciannya); Rp kode dengan beberapa indikator ditulis pada baris pertamanya; triwulan yang belum berjalan dikosongkan
$OUT/data/tercetak.csv (24 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok; KODE: kode renja yang tercetak, satu baris per kode dan indikator

--- stderr

--- file data/renja.csv
kode;uraian;indikator;satuan;k6;rp6;k7;rp7;k8;rp8;k9;rp9;k10;rp10;k11;rp11;k12;rp12

--- file data/tercetak.csv
lokasi;objek;besaran;nilai;periode
;renja:KODE;k6;;2024-TW2
;renja:KODE;k7;;2024-TW2
;renja:KODE;k8;;2024-TW2
;renja:KODE;k9;;2024-TW2
;renja:KODE;k10;;2024-TW2
;renja:KODE;k11;;2024-TW2
;renja:KODE;k12;;2024-TW2
;renja:KODE;k13;;2024-TW2
;renja:KODE;k14;;2024-TW2
;renja:KODE;k15;;2024-TW2
;renja:KODE;k16;;2024-TW2
;renja:KODE;rp6;;2024-TW2
;renja:KODE;rp7;;2024-TW2
;renja:KODE;rp8;;2024-TW2
;renja:KODE;rp9;;2024-TW2
;renja:KODE;rp10;;2024-TW2
;renja:KODE;rp11;;2024-TW2
;renja:KODE;rp12;;2024-TW2
;renja:KODE;rp13;;2024-TW2
;renja:KODE;rp14;;2024-TW2
;renja:KODE;rp15;;2024-TW2
;renja:KODE;rp16;;2024-TW2
;renja:KODE;predikat_k14;;2024-TW2
;renja:KODE;predikat_rp14;;2024-TW2

--- exit 0
