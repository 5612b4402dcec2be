$ ind audit rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024
--- stdout
Audit BKPSDM Kabupaten Pasuruan, periode 2024: 101 angka tercetak diperiksa, 13 tidak cocok: 6 kesalahan asal, 7 akibat dari kesalahan lain

1. TIDAK COCOK, kesalahan asal - Tabel 3.11 (L738), kolom Kabupaten: realisasi ip_asn
   tercetak 71,17, dihitung 77,32   (examples/kab-pasuruan/2024/tercetak.csv:11:1)
   aturan: ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk) (rules/kab-pasuruan.ind:125:9)
   petunjuk: sama dengan target 2024

2. TIDAK COCOK, kesalahan asal - Tabel 3.6 (L649), Total Nilai: realisasi indeks_sistem_merit
   tercetak 296,5, dihitung 297,5   (examples/kab-pasuruan/2024/tercetak.csv:12:1)
   aturan: jumlah(merit_aspek.skor) (rules/kab-pasuruan.ind:145:9)
   petunjuk: angka tercetak lebih kecil 1,0

3. TIDAK COCOK, akibat temuan 2 - Tabel 3.4 (L603): capaian indeks_sistem_merit
   tercetak 105,3%, dihitung 105,7   (examples/kab-pasuruan/2024/tercetak.csv:14:1)
   aturan: capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:147:13)
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 296,5 (temuan 2)

4. TIDAK COCOK, kesalahan asal - Tabel 3.11 (L740), kolom Kabupaten: realisasi indeks_sistem_merit
   tercetak 281,5, dihitung 297,5   (examples/kab-pasuruan/2024/tercetak.csv:17:1)
   aturan: jumlah(merit_aspek.skor) (rules/kab-pasuruan.ind:145:9)
   petunjuk: sama dengan target 2024

5. TIDAK COCOK, kesalahan asal - Ikhtisar Eksekutif (L52): predikat nilai_sakip
   tercetak Sangat Baik, dihitung Sangat memuaskan   (examples/kab-pasuruan/2024/tercetak.csv:24:1)
   aturan: skala rentang_capaian atas 100
   petunjuk: label itu milik kelas [85..100) pada skala yang sama

6. TIDAK COCOK, kesalahan asal - Tabel 3.13 (L787): capaian dokumen_administrasi_sesuai
   tercetak 97%, dihitung 98   (examples/kab-pasuruan/2024/tercetak.csv:26:1)
   aturan: capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:180:13)
   petunjuk: angka tercetak dipotong (97,619 dibulatkan ke bawah), bukan dibulatkan setengah ke atas

7. TIDAK COCOK, akibat temuan 2 - Tabel 3.12 (L780): efisiensi indeks_sistem_merit
   tercetak 126%, dihitung 127   (examples/kab-pasuruan/2024/tercetak.csv:34:1)
   aturan: efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:150:15)
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 296,5 (temuan 2)

8. TIDAK COCOK, akibat temuan 6 - Tabel 3.13 (L787): efisiensi dokumen_administrasi_sesuai
   tercetak 104%, dihitung 105   (examples/kab-pasuruan/2024/tercetak.csv:37:1)
   aturan: efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:182:15)
   petunjuk: sama dengan hasil rumus bila dihitung dari capaian tercetak 97% (temuan 6)

9. TIDAK COCOK, akibat temuan 5 - Ikhtisar Eksekutif (L51): jumlah:Sangat memuaskan iku
   tercetak 2, dihitung 3   (examples/kab-pasuruan/2024/tercetak.csv:46:1)
   aturan: Rekapitulasi Capaian Indikator Kinerja Utama: 3 dari 3
   petunjuk: sama dengan hasil rumus bila dihitung dari predikat nilai_sakip tercetak Sangat Baik (temuan 5)

10. TIDAK COCOK, akibat temuan 5 - Ikhtisar Eksekutif (L51): persen:Sangat memuaskan iku
   tercetak 66,7%, dihitung 100,0   (examples/kab-pasuruan/2024/tercetak.csv:47:1)
   aturan: Rekapitulasi Capaian Indikator Kinerja Utama: 3 dari 3
   petunjuk: sama dengan hasil rumus bila dihitung dari predikat nilai_sakip tercetak Sangat Baik (temuan 5)

11. TIDAK COCOK, akibat temuan 5 - Ikhtisar Eksekutif (L52): jumlah:Sangat Baik iku
   tercetak 1, dihitung 0   (examples/kab-pasuruan/2024/tercetak.csv:48:1)
   aturan: Rekapitulasi Capaian Indikator Kinerja Utama: 0 dari 3
   petunjuk: sama dengan hasil rumus bila dihitung dari predikat nilai_sakip tercetak Sangat Baik (temuan 5)

12. TIDAK COCOK, akibat temuan 5 - Ikhtisar Eksekutif (L52): persen:Sangat Baik iku
   tercetak 33,3%, dihitung 0,0   (examples/kab-pasuruan/2024/tercetak.csv:49:1)
   aturan: Rekapitulasi Capaian Indikator Kinerja Utama: 0 dari 3
   petunjuk: sama dengan hasil rumus bila dihitung dari predikat nilai_sakip tercetak Sangat Baik (temuan 5)

13. TIDAK COCOK, kesalahan asal - Ikhtisar Eksekutif (L64): jumlah:Baik anggaran
   tercetak 3, dihitung 2   (examples/kab-pasuruan/2024/tercetak.csv:52:1)
   aturan: Rekapitulasi Daya Serap Anggaran per Program: 2 dari 3
   petunjuk: angka tercetak lebih besar 1

88 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

--- stderr

--- exit 1
