$ ind audit rules/kota-blitar.ind --data examples/kota-blitar/2023
--- stdout
Audit BKPSDM Kota Blitar, periode 2023: 225 angka tercetak diperiksa, 23 tidak cocok (di 31 tempat): 19 kesalahan asal, 4 akibat dari kesalahan lain

1. TIDAK COCOK, akibat temuan 3 - Ikhtisar Eksekutif (L48): efisiensi nilai_sakip
   tercetak 0,99, dihitung 1,03   (examples/kota-blitar/2023/tercetak.csv:10:1)
   aturan: capaian / serapan (rules/kota-blitar.ind:277:15)
   petunjuk: sama dengan hasil rumus bila dihitung dari serapan tercetak 99,63% (temuan 3)
   juga tercetak di Kesimpulan (L877)   (examples/kota-blitar/2023/tercetak.csv:187:1)

2. TIDAK COCOK, akibat temuan 3 - Ikhtisar Eksekutif (L48): predikat_efisiensi nilai_sakip
   tercetak tidak efisien, dihitung EFISIEN   (examples/kota-blitar/2023/tercetak.csv:11:1)
   aturan: skala tingkat_efisiensi atas 1,03
   petunjuk: sama dengan hasil rumus bila dihitung dari serapan tercetak 99,63% (temuan 3)
   juga tercetak di Kesimpulan (L877)   (examples/kota-blitar/2023/tercetak.csv:188:1)

3. TIDAK COCOK, kesalahan asal - Ikhtisar Eksekutif (L48): serapan nilai_sakip
   tercetak 99,63%, dihitung 95,96   (examples/kota-blitar/2023/tercetak.csv:13:1)
   aturan: realisasi anggaran / pagu x 100
   petunjuk: angka tercetak lebih besar 3,67
   juga tercetak di Tabel 3.2.2 (L776)   (examples/kota-blitar/2023/tercetak.csv:128:1)
   juga tercetak di Kesimpulan (L877)   (examples/kota-blitar/2023/tercetak.csv:190:1)
   juga tercetak di Lampiran 4 (L1081)   (examples/kota-blitar/2023/tercetak.csv:226:1)

4. TIDAK COCOK, kesalahan asal - Bab I 1.2 (L272), strata 1: nilai porsi_pendidikan_s1
   tercetak 57,14%, dihitung 54,29   (examples/kota-blitar/2023/tercetak.csv:26:1)
   aturan: persen(jumlah(pegawai_pendidikan.l + pegawai_pendidikan.p dengan pendidikan = "S.1"); pendidikan_jumlah) (rules/kota-blitar.ind:348:3)
   petunjuk: angka tercetak lebih besar 2,85

5. TIDAK COCOK, kesalahan asal - Bab I 1.2 (L272), S2: nilai porsi_pendidikan_s2
   tercetak 8,57%, dihitung 11,43   (examples/kota-blitar/2023/tercetak.csv:29:1)
   aturan: persen(jumlah(pegawai_pendidikan.l + pegawai_pendidikan.p dengan pendidikan = "S.2"); pendidikan_jumlah) (rules/kota-blitar.ind:354:3)
   petunjuk: angka tercetak lebih kecil 2,86

6. TIDAK COCOK, kesalahan asal - Tabel 1.3 (L292), JUMLAH: nilai golongan_perempuan
   tercetak 21, dihitung 20   (examples/kota-blitar/2023/tercetak.csv:31:1)
   aturan: jumlah(jika_kosong(pegawai_golongan.p; 0)) (rules/kota-blitar.ind:357:60)
   petunjuk: angka tercetak lebih besar 1

7. TIDAK COCOK, akibat temuan 6 - Tabel 1.3 (L292), JUMLAH: nilai golongan_jumlah
   tercetak 35, dihitung 34   (examples/kota-blitar/2023/tercetak.csv:32:1)
   aturan: golongan_laki_laki + golongan_perempuan (rules/kota-blitar.ind:358:54)
   petunjuk: sama dengan hasil rumus bila dihitung dari nilai golongan_perempuan tercetak 21 (temuan 6)

8. TIDAK COCOK, kesalahan asal - Bab III 3.1.1 (L500), nilai 271,50 yang diuraikan per aspek di L504-L511: nilai jumlah_aspek_sistem_merit
   tercetak 271,50, dihitung 271,00   (examples/kota-blitar/2023/tercetak.csv:55:1)
   aturan: jumlah(merit_aspek.nilai) (rules/kota-blitar.ind:304:3)
   petunjuk: angka tercetak lebih besar 0,50

9. TIDAK COCOK, kesalahan asal - Bab III 3.1.1 (L572): capaian persentase_asn_diklat
   tercetak 583,04%, dihitung 583,03   (examples/kota-blitar/2023/tercetak.csv:58:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak lebih besar 0,01

10. TIDAK COCOK, kesalahan asal - Bab III 3.1.1 (L576), jumlah ASN dan PTT 3008 = yang telah (2283) dan yang belum (208) mengikuti pengembangan kompetensi: nilai jumlah_ikut_dan_belum_pengkom
   tercetak 3008, dihitung 2.491   (examples/kota-blitar/2023/tercetak.csv:61:1)
   aturan: jumlah(pengkom.orang) (rules/kota-blitar.ind:313:3)
   petunjuk: angka tercetak lebih besar 517

11. TIDAK COCOK, kesalahan asal - Tabel 3.1.2.1 (L648), tercetak 100, 76%: capaian indeks_sistem_merit 2022
   tercetak 100,76%, dihitung 100,77   (examples/kota-blitar/2023/tercetak.csv:66:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak dipotong (100,76923 dibulatkan ke bawah), bukan dibulatkan setengah ke atas

12. TIDAK COCOK, kesalahan asal - Tabel 3.1.3 (L718): nilai kemajuan_nilai_sakip
   tercetak 98,96%, dihitung 98,97   (examples/kota-blitar/2023/tercetak.csv:88:1)
   aturan: persen(nilai_sakip; target(nilai_sakip; 2026)) (rules/kota-blitar.ind:291:3)
   petunjuk: angka tercetak dipotong (98,96967 dibulatkan ke bawah), bukan dibulatkan setengah ke atas

13. TIDAK COCOK, kesalahan asal - Tabel 3.2.1 (L765): nilai porsi_anggaran_nilai_sakip
   tercetak 65,18, dihitung 64,96   (examples/kota-blitar/2023/tercetak.csv:108:1)
   aturan: persen(ambil(anggaran_sasaran.pagu dengan kode = "C"); pagu_dpa) (rules/kota-blitar.ind:382:3)
   petunjuk: angka tercetak lebih besar 0,22

14. TIDAK COCOK, kesalahan asal - Tabel 3.2.1 (L766), Jumlah: pagu anggaran:jumlah
   tercetak 14.645.969.413, dihitung 14.613.227.630   (examples/kota-blitar/2023/tercetak.csv:109:1)
   aturan: jumlah baris terendah di bawah kode mana pun
   petunjuk: angka tercetak lebih besar 32.741.783

15. TIDAK COCOK, kesalahan asal - Tabel 3.2.3 (L784): efisiensi persentase_asn_diklat
   tercetak 6,690, dihitung 6,687   (examples/kota-blitar/2023/tercetak.csv:138:1)
   aturan: capaian / serapan (rules/kota-blitar.ind:257:15)
   petunjuk: angka tercetak lebih besar 0,003

16. TIDAK COCOK, kesalahan asal - Tabel 3.2.3 (L785): efisiensi nilai_sakip
   tercetak 0,96, dihitung 1,03   (examples/kota-blitar/2023/tercetak.csv:142:1)
   aturan: capaian / serapan (rules/kota-blitar.ind:277:15)
   petunjuk: angka tercetak lebih kecil 0,07
   juga tercetak di Tabel efisiensi sasaran 3 (L848)   (examples/kota-blitar/2023/tercetak.csv:176:1)

17. TIDAK COCOK, akibat temuan 16 - Tabel 3.2.3 (L785): predikat_efisiensi nilai_sakip
   tercetak Tidak efisien, dihitung EFISIEN   (examples/kota-blitar/2023/tercetak.csv:143:1)
   aturan: skala tingkat_efisiensi atas 1,03
   petunjuk: sama dengan hasil rumus bila dihitung dari efisiensi tercetak 0,96 (temuan 16)
   juga tercetak di Tabel efisiensi sasaran 3 (L848)   (examples/kota-blitar/2023/tercetak.csv:177:1)

18. TIDAK COCOK, kesalahan asal - Tabel perbandingan sasaran 1 (L799), penurunan anggaran: nilai penurunan_pagu_sistem_merit
   tercetak 2.150.769.227, dihitung 2.150.769.223   (examples/kota-blitar/2023/tercetak.csv:152:1)
   aturan: jumlah(pagu_tahunan.anggaran dengan pos = "sistem_merit" dan tahun = "2022") - jumlah(pagu_tahunan.anggaran dengan pos = "sistem_merit" dan tahun = "2023") (rules/kota-blitar.ind:386:3)
   petunjuk: angka tercetak lebih besar 4
   juga tercetak di Bab III 3.2.3 (L801), penurunan anggaran, tercetak Rp. 2.150.769.227   (examples/kota-blitar/2023/tercetak.csv:154:1)

19. TIDAK COCOK, kesalahan asal - Tabel perbandingan sasaran 2 (L827), % Cakupan Pengkom di samping ASN Ikut Pengkom 2.283 (dari 3008 ASN dan PTT, L576): nilai cakupan_pengkom_dari_jumlah
   tercetak 75,91, dihitung 75,90   (examples/kota-blitar/2023/tercetak.csv:160:1)
   aturan: persen(ambil(pengkom.orang dengan kode = "ikut"); jumlah(pegawai.orang)) (rules/kota-blitar.ind:318:3)
   petunjuk: angka tercetak lebih besar 0,01

20. TIDAK COCOK, kesalahan asal - Tabel perbandingan sasaran 2 (L827), Ket, tercetak NAIK 30,91%: nilai kenaikan_cakupan_pengkom
   tercetak 30,91%, dihitung 26,91   (examples/kota-blitar/2023/tercetak.csv:162:1)
   aturan: persentase_asn_diklat - realisasi(persentase_asn_diklat; periode - 1) (rules/kota-blitar.ind:333:3)
   petunjuk: angka tercetak lebih besar 4,00

21. TIDAK COCOK, kesalahan asal - Bab III 3.2.3 (L843): capaian nilai_sakip
   tercetak 0,99%, dihitung 99,00   (examples/kota-blitar/2023/tercetak.csv:169:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak lebih kecil 98,01

22. TIDAK COCOK, kesalahan asal - Kesimpulan (L881), tercetak Rp. 14.645.696.413,00: nilai pagu_dpa
   tercetak 14.645.696.413,00, dihitung 14.645.969.413,00   (examples/kota-blitar/2023/tercetak.csv:191:1)
   aturan: jumlah(program_pagu.anggaran) (rules/kota-blitar.ind:368:58)
   petunjuk: angka tercetak lebih kecil 273.000,00

23. TIDAK COCOK, kesalahan asal - Lampiran 2 RKT (L999): target persentase_asn_diklat
   tercetak 11,32%, dihitung 13,02   (examples/kota-blitar/2023/tercetak.csv:203:1)
   aturan: target dalam berkas aturan
   petunjuk: sama dengan target 2022

194 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

--- stderr

--- exit 1
