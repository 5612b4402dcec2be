$ ind audit rules/kota-blitar.ind --data examples/kota-blitar/2023
--- stdout
Audit BKPSDM Kota Blitar, periode 2023: 198 angka tercetak diperiksa, 18 tidak cocok (di 38 tempat): 13 kesalahan asal, 5 akibat dari kesalahan lain

1. TIDAK COCOK, akibat temuan 5 - Ikhtisar Eksekutif (L47): capaian persentase_asn_diklat
   tercetak 583,03%, dihitung 582,95   (examples/kota-blitar/2023/tercetak.csv:8:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 75,91% (temuan 5)
   juga tercetak di Tabel 3.1 (L491)   (examples/kota-blitar/2023/tercetak.csv:27:1)
   juga tercetak di Tabel 3.1.2.2 (L667)   (examples/kota-blitar/2023/tercetak.csv:50:1)
   juga tercetak di Tabel 3.2.2 (L775)   (examples/kota-blitar/2023/tercetak.csv:96:1)
   juga tercetak di Tabel 3.2.3 (L784)   (examples/kota-blitar/2023/tercetak.csv:113:1)
   juga tercetak di Kesimpulan (L876)   (examples/kota-blitar/2023/tercetak.csv:158:1)
   juga tercetak di Lampiran 4 (L1080)   (examples/kota-blitar/2023/tercetak.csv:190:1)

2. TIDAK COCOK, akibat temuan 4 - Ikhtisar Eksekutif (L48): efisiensi nilai_sakip
   tercetak 0,99, dihitung 1,03   (examples/kota-blitar/2023/tercetak.csv:10:1)
   aturan: capaian / serapan (rules/kota-blitar.ind:225:15)
   petunjuk: sama dengan hasil rumus bila dihitung dari serapan tercetak 99,63% (temuan 4)
   juga tercetak di Kesimpulan (L877)   (examples/kota-blitar/2023/tercetak.csv:160:1)

3. TIDAK COCOK, akibat temuan 4 - Ikhtisar Eksekutif (L48): predikat_efisiensi nilai_sakip
   tercetak tidak efisien, dihitung EFISIEN   (examples/kota-blitar/2023/tercetak.csv:11:1)
   aturan: skala tingkat_efisiensi atas 1,03
   petunjuk: sama dengan hasil rumus bila dihitung dari serapan tercetak 99,63% (temuan 4)
   juga tercetak di Kesimpulan (L877)   (examples/kota-blitar/2023/tercetak.csv:161:1)

4. TIDAK COCOK, kesalahan asal - Ikhtisar Eksekutif (L48): serapan nilai_sakip
   tercetak 99,63%, dihitung 95,96   (examples/kota-blitar/2023/tercetak.csv:13:1)
   aturan: realisasi anggaran / pagu x 100
   petunjuk: angka tercetak lebih besar 3,67
   juga tercetak di Tabel 3.2.2 (L776)   (examples/kota-blitar/2023/tercetak.csv:105:1)
   juga tercetak di Kesimpulan (L877)   (examples/kota-blitar/2023/tercetak.csv:163:1)
   juga tercetak di Lampiran 4 (L1081)   (examples/kota-blitar/2023/tercetak.csv:199:1)

5. TIDAK COCOK, kesalahan asal - Tabel 3.1 (L491): realisasi persentase_asn_diklat
   tercetak 75,91%, dihitung 75,90   (examples/kota-blitar/2023/tercetak.csv:26:1)
   aturan: persen(ambil(pengkom.orang dengan kode = "ikut"); jumlah(pegawai.orang)) (rules/kota-blitar.ind:200:9)
   petunjuk: angka tercetak lebih besar 0,01
   juga tercetak di Bab III 3.1.1 (L572)   (examples/kota-blitar/2023/tercetak.csv:35:1)
   juga tercetak di Tabel 3.1.2.2 (L667)   (examples/kota-blitar/2023/tercetak.csv:48:1)
   juga tercetak di Tabel 3.1.3 (L717)   (examples/kota-blitar/2023/tercetak.csv:61:1)
   juga tercetak di Tabel 3.2.2 (L775)   (examples/kota-blitar/2023/tercetak.csv:95:1)
   juga tercetak di Tabel perbandingan sasaran 2 (L827), % Cakupan Pengkom   (examples/kota-blitar/2023/tercetak.csv:135:1)
   juga tercetak di Lampiran 4 (L1080)   (examples/kota-blitar/2023/tercetak.csv:189:1)

6. TIDAK COCOK, kesalahan asal - Bab III 3.1.1 (L572): capaian persentase_asn_diklat
   tercetak 583,04%, dihitung 582,95   (examples/kota-blitar/2023/tercetak.csv:37:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak lebih besar 0,09

7. TIDAK COCOK, kesalahan asal - Tabel 3.1.2.1 (L648), tercetak 100, 76%: capaian indeks_sistem_merit 2022
   tercetak 100,76%, dihitung 100,77   (examples/kota-blitar/2023/tercetak.csv:43:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak dipotong (100,76923 dibulatkan ke bawah), bukan dibulatkan setengah ke atas

8. TIDAK COCOK, akibat temuan 5 - Tabel 3.1.3 (L717): nilai kemajuan_asn_diklat
   tercetak 148,84%, dihitung 148,82   (examples/kota-blitar/2023/tercetak.csv:62:1)
   aturan: persen(persentase_asn_diklat; target(persentase_asn_diklat; 2026)) (rules/kota-blitar.ind:237:3)
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi persentase_asn_diklat tercetak 75,91% (temuan 5)

9. TIDAK COCOK, kesalahan asal - Tabel 3.1.3 (L718): nilai kemajuan_nilai_sakip
   tercetak 98,96%, dihitung 98,97   (examples/kota-blitar/2023/tercetak.csv:65:1)
   aturan: persen(nilai_sakip; target(nilai_sakip; 2026)) (rules/kota-blitar.ind:239:3)
   petunjuk: angka tercetak dipotong (98,96967 dibulatkan ke bawah), bukan dibulatkan setengah ke atas

10. TIDAK COCOK, kesalahan asal - Tabel 3.2.1 (L765): nilai porsi_anggaran_nilai_sakip
   tercetak 65,18, dihitung 64,96   (examples/kota-blitar/2023/tercetak.csv:85:1)
   aturan: persen(ambil(anggaran_sasaran.pagu dengan kode = "C"); pagu_dpa) (rules/kota-blitar.ind:268:3)
   petunjuk: angka tercetak lebih besar 0,22

11. TIDAK COCOK, kesalahan asal - Tabel 3.2.1 (L766), Jumlah: pagu anggaran:jumlah
   tercetak 14.645.969.413, dihitung 14.613.227.630   (examples/kota-blitar/2023/tercetak.csv:86:1)
   aturan: jumlah baris terendah di bawah kode mana pun
   petunjuk: angka tercetak lebih besar 32.741.783

12. TIDAK COCOK, kesalahan asal - Tabel 3.2.3 (L784): efisiensi persentase_asn_diklat
   tercetak 6,690, dihitung 6,686   (examples/kota-blitar/2023/tercetak.csv:115:1)
   aturan: capaian / serapan (rules/kota-blitar.ind:205:15)
   petunjuk: angka tercetak lebih besar 0,004

13. TIDAK COCOK, kesalahan asal - Tabel 3.2.3 (L785): efisiensi nilai_sakip
   tercetak 0,96, dihitung 1,03   (examples/kota-blitar/2023/tercetak.csv:119:1)
   aturan: capaian / serapan (rules/kota-blitar.ind:225:15)
   petunjuk: angka tercetak lebih kecil 0,07
   juga tercetak di Tabel efisiensi sasaran 3 (L848)   (examples/kota-blitar/2023/tercetak.csv:149:1)

14. TIDAK COCOK, akibat temuan 13 - Tabel 3.2.3 (L785): predikat_efisiensi nilai_sakip
   tercetak Tidak efisien, dihitung EFISIEN   (examples/kota-blitar/2023/tercetak.csv:120:1)
   aturan: skala tingkat_efisiensi atas 1,03
   petunjuk: sama dengan hasil rumus bila dihitung dari efisiensi tercetak 0,96 (temuan 13)
   juga tercetak di Tabel efisiensi sasaran 3 (L848)   (examples/kota-blitar/2023/tercetak.csv:150:1)

15. TIDAK COCOK, kesalahan asal - Tabel perbandingan sasaran 1 (L799), penurunan anggaran: nilai penurunan_pagu_sistem_merit
   tercetak 2.150.769.227, dihitung 2.150.769.223   (examples/kota-blitar/2023/tercetak.csv:129:1)
   aturan: jumlah(pagu_tahunan.anggaran dengan pos = "sistem_merit" dan tahun = "2022") - jumlah(pagu_tahunan.anggaran dengan pos = "sistem_merit" dan tahun = "2023") (rules/kota-blitar.ind:272:3)
   petunjuk: angka tercetak lebih besar 4
   juga tercetak di Bab III 3.2.3 (L801), penurunan anggaran, tercetak Rp. 2.150.769.227   (examples/kota-blitar/2023/tercetak.csv:130:1)

16. TIDAK COCOK, kesalahan asal - Bab III 3.2.3 (L843): capaian nilai_sakip
   tercetak 0,99%, dihitung 99,00   (examples/kota-blitar/2023/tercetak.csv:142:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak lebih kecil 98,01

17. TIDAK COCOK, kesalahan asal - Kesimpulan (L881), tercetak Rp. 14.645.696.413,00: nilai pagu_dpa
   tercetak 14.645.696.413,00, dihitung 14.645.969.413,00   (examples/kota-blitar/2023/tercetak.csv:164:1)
   aturan: jumlah(program_pagu.anggaran) (rules/kota-blitar.ind:254:58)
   petunjuk: angka tercetak lebih kecil 273.000,00

18. TIDAK COCOK, kesalahan asal - Lampiran 2 RKT (L999): target persentase_asn_diklat
   tercetak 11,32%, dihitung 13,02   (examples/kota-blitar/2023/tercetak.csv:176:1)
   aturan: target dalam berkas aturan
   petunjuk: sama dengan target 2022

160 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

--- stderr

--- exit 1
