$ ind audit rules/kota-blitar.ind --data examples/kota-blitar/2023
--- stdout
Audit BKPSDM Kota Blitar, periode 2023: 198 angka tercetak diperiksa, 38 tidak cocok

1. TIDAK COCOK - Ikhtisar Eksekutif (L47): capaian persentase_asn_diklat
   tercetak 583,03%, dihitung 582,95   (examples/kota-blitar/2023/tercetak.csv:8:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 75,91%

2. TIDAK COCOK - Ikhtisar Eksekutif (L48): efisiensi nilai_sakip
   tercetak 0,99, dihitung 1,03   (examples/kota-blitar/2023/tercetak.csv:10:1)
   aturan: capaian / serapan (rules/kota-blitar.ind:225:15)
   petunjuk: angka tercetak lebih kecil 0,04

3. TIDAK COCOK - Ikhtisar Eksekutif (L48): predikat_efisiensi nilai_sakip
   tercetak tidak efisien, dihitung EFISIEN   (examples/kota-blitar/2023/tercetak.csv:11:1)
   aturan: skala tingkat_efisiensi atas 1,03
   petunjuk: label itu milik kelas (~..1) pada skala yang sama

4. TIDAK COCOK - Ikhtisar Eksekutif (L48): serapan nilai_sakip
   tercetak 99,63%, dihitung 95,96   (examples/kota-blitar/2023/tercetak.csv:13:1)
   aturan: realisasi anggaran / pagu x 100
   petunjuk: angka tercetak lebih besar 3,67

5. TIDAK COCOK - Tabel 3.1 (L491): realisasi persentase_asn_diklat
   tercetak 75,91%, dihitung 75,90   (examples/kota-blitar/2023/tercetak.csv:26:1)
   aturan: persen(ambil(pengkom.orang dengan kode = "ikut"); jumlah(pegawai.orang)) (rules/kota-blitar.ind:200:9)
   petunjuk: angka tercetak lebih besar 0,01

6. TIDAK COCOK - Tabel 3.1 (L491): capaian persentase_asn_diklat
   tercetak 583,03%, dihitung 582,95   (examples/kota-blitar/2023/tercetak.csv:27:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 75,91%

7. TIDAK COCOK - Bab III 3.1.1 (L572): realisasi persentase_asn_diklat
   tercetak 75,91%, dihitung 75,90   (examples/kota-blitar/2023/tercetak.csv:35:1)
   aturan: persen(ambil(pengkom.orang dengan kode = "ikut"); jumlah(pegawai.orang)) (rules/kota-blitar.ind:200:9)
   petunjuk: angka tercetak lebih besar 0,01

8. TIDAK COCOK - Bab III 3.1.1 (L572): capaian persentase_asn_diklat
   tercetak 583,04%, dihitung 582,95   (examples/kota-blitar/2023/tercetak.csv:37:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak lebih besar 0,09

9. TIDAK COCOK - Tabel 3.1.2.1 (L648), tercetak 100, 76%: capaian indeks_sistem_merit 2022
   tercetak 100,76%, dihitung 100,77   (examples/kota-blitar/2023/tercetak.csv:43:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak dipotong (100,76923 dibulatkan ke bawah), bukan dibulatkan setengah ke atas

10. TIDAK COCOK - Tabel 3.1.2.2 (L667): realisasi persentase_asn_diklat
   tercetak 75,91, dihitung 75,90   (examples/kota-blitar/2023/tercetak.csv:48:1)
   aturan: persen(ambil(pengkom.orang dengan kode = "ikut"); jumlah(pegawai.orang)) (rules/kota-blitar.ind:200:9)
   petunjuk: angka tercetak lebih besar 0,01

11. TIDAK COCOK - Tabel 3.1.2.2 (L667): capaian persentase_asn_diklat
   tercetak 583,03%, dihitung 582,95   (examples/kota-blitar/2023/tercetak.csv:50:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 75,91%

12. TIDAK COCOK - Tabel 3.1.3 (L717): realisasi persentase_asn_diklat
   tercetak 75,91, dihitung 75,90   (examples/kota-blitar/2023/tercetak.csv:61:1)
   aturan: persen(ambil(pengkom.orang dengan kode = "ikut"); jumlah(pegawai.orang)) (rules/kota-blitar.ind:200:9)
   petunjuk: angka tercetak lebih besar 0,01

13. TIDAK COCOK - Tabel 3.1.3 (L717): nilai kemajuan_asn_diklat
   tercetak 148,84%, dihitung 148,82   (examples/kota-blitar/2023/tercetak.csv:62:1)
   aturan: persen(persentase_asn_diklat; target(persentase_asn_diklat; 2026)) (rules/kota-blitar.ind:237:3)
   petunjuk: angka tercetak lebih besar 0,02

14. TIDAK COCOK - Tabel 3.1.3 (L718): nilai kemajuan_nilai_sakip
   tercetak 98,96%, dihitung 98,97   (examples/kota-blitar/2023/tercetak.csv:65:1)
   aturan: persen(nilai_sakip; target(nilai_sakip; 2026)) (rules/kota-blitar.ind:239:3)
   petunjuk: angka tercetak dipotong (98,96967 dibulatkan ke bawah), bukan dibulatkan setengah ke atas

15. TIDAK COCOK - Tabel 3.2.1 (L765): nilai porsi_anggaran_nilai_sakip
   tercetak 65,18, dihitung 64,96   (examples/kota-blitar/2023/tercetak.csv:85:1)
   aturan: persen(ambil(anggaran_sasaran.pagu dengan kode = "C"); pagu_dpa) (rules/kota-blitar.ind:268:3)
   petunjuk: angka tercetak lebih besar 0,22

16. TIDAK COCOK - Tabel 3.2.1 (L766), Jumlah: pagu anggaran:jumlah
   tercetak 14.645.969.413, dihitung 14.613.227.630   (examples/kota-blitar/2023/tercetak.csv:86:1)
   aturan: jumlah baris terendah di bawah kode mana pun
   petunjuk: angka tercetak lebih besar 32.741.783

17. TIDAK COCOK - Tabel 3.2.2 (L775): realisasi persentase_asn_diklat
   tercetak 75,91, dihitung 75,90   (examples/kota-blitar/2023/tercetak.csv:95:1)
   aturan: persen(ambil(pengkom.orang dengan kode = "ikut"); jumlah(pegawai.orang)) (rules/kota-blitar.ind:200:9)
   petunjuk: angka tercetak lebih besar 0,01

18. TIDAK COCOK - Tabel 3.2.2 (L775): capaian persentase_asn_diklat
   tercetak 583,03%, dihitung 582,95   (examples/kota-blitar/2023/tercetak.csv:96:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 75,91%

19. TIDAK COCOK - Tabel 3.2.2 (L776): serapan nilai_sakip
   tercetak 99,63%, dihitung 95,96   (examples/kota-blitar/2023/tercetak.csv:105:1)
   aturan: realisasi anggaran / pagu x 100
   petunjuk: angka tercetak lebih besar 3,67

20. TIDAK COCOK - Tabel 3.2.3 (L784): capaian persentase_asn_diklat
   tercetak 583,03%, dihitung 582,95   (examples/kota-blitar/2023/tercetak.csv:113:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 75,91%

21. TIDAK COCOK - Tabel 3.2.3 (L784): efisiensi persentase_asn_diklat
   tercetak 6,690, dihitung 6,686   (examples/kota-blitar/2023/tercetak.csv:115:1)
   aturan: capaian / serapan (rules/kota-blitar.ind:205:15)
   petunjuk: angka tercetak lebih besar 0,004

22. TIDAK COCOK - Tabel 3.2.3 (L785): efisiensi nilai_sakip
   tercetak 0,96, dihitung 1,03   (examples/kota-blitar/2023/tercetak.csv:119:1)
   aturan: capaian / serapan (rules/kota-blitar.ind:225:15)
   petunjuk: angka tercetak lebih kecil 0,07

23. TIDAK COCOK - Tabel 3.2.3 (L785): predikat_efisiensi nilai_sakip
   tercetak Tidak efisien, dihitung EFISIEN   (examples/kota-blitar/2023/tercetak.csv:120:1)
   aturan: skala tingkat_efisiensi atas 1,03
   petunjuk: label itu milik kelas (~..1) pada skala yang sama

24. TIDAK COCOK - Tabel perbandingan sasaran 1 (L799), penurunan anggaran: nilai penurunan_pagu_sistem_merit
   tercetak 2.150.769.227, dihitung 2.150.769.223   (examples/kota-blitar/2023/tercetak.csv:129:1)
   aturan: jumlah(pagu_tahunan.anggaran dengan pos = "sistem_merit" dan tahun = "2022") - jumlah(pagu_tahunan.anggaran dengan pos = "sistem_merit" dan tahun = "2023") (rules/kota-blitar.ind:272:3)
   petunjuk: angka tercetak lebih besar 4

25. TIDAK COCOK - Bab III 3.2.3 (L801), penurunan anggaran, tercetak Rp. 2.150.769.227: nilai penurunan_pagu_sistem_merit
   tercetak 2.150.769.227, dihitung 2.150.769.223   (examples/kota-blitar/2023/tercetak.csv:130:1)
   aturan: jumlah(pagu_tahunan.anggaran dengan pos = "sistem_merit" dan tahun = "2022") - jumlah(pagu_tahunan.anggaran dengan pos = "sistem_merit" dan tahun = "2023") (rules/kota-blitar.ind:272:3)
   petunjuk: angka tercetak lebih besar 4

26. TIDAK COCOK - Tabel perbandingan sasaran 2 (L827), % Cakupan Pengkom: realisasi persentase_asn_diklat
   tercetak 75,91, dihitung 75,90   (examples/kota-blitar/2023/tercetak.csv:135:1)
   aturan: persen(ambil(pengkom.orang dengan kode = "ikut"); jumlah(pegawai.orang)) (rules/kota-blitar.ind:200:9)
   petunjuk: angka tercetak lebih besar 0,01

27. TIDAK COCOK - Bab III 3.2.3 (L843): capaian nilai_sakip
   tercetak 0,99%, dihitung 99,00   (examples/kota-blitar/2023/tercetak.csv:142:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak lebih kecil 98,01

28. TIDAK COCOK - Tabel efisiensi sasaran 3 (L848): efisiensi nilai_sakip
   tercetak 0,96 %, dihitung 1,03   (examples/kota-blitar/2023/tercetak.csv:149:1)
   aturan: capaian / serapan (rules/kota-blitar.ind:225:15)
   petunjuk: angka tercetak lebih kecil 0,07

29. TIDAK COCOK - Tabel efisiensi sasaran 3 (L848): predikat_efisiensi nilai_sakip
   tercetak TIDAK EFISIEN, dihitung EFISIEN   (examples/kota-blitar/2023/tercetak.csv:150:1)
   aturan: skala tingkat_efisiensi atas 1,03
   petunjuk: label itu milik kelas (~..1) pada skala yang sama

30. TIDAK COCOK - Kesimpulan (L876): capaian persentase_asn_diklat
   tercetak 583,03%, dihitung 582,95   (examples/kota-blitar/2023/tercetak.csv:158:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 75,91%

31. TIDAK COCOK - Kesimpulan (L877): efisiensi nilai_sakip
   tercetak 0,99, dihitung 1,03   (examples/kota-blitar/2023/tercetak.csv:160:1)
   aturan: capaian / serapan (rules/kota-blitar.ind:225:15)
   petunjuk: angka tercetak lebih kecil 0,04

32. TIDAK COCOK - Kesimpulan (L877): predikat_efisiensi nilai_sakip
   tercetak tidak efisien, dihitung EFISIEN   (examples/kota-blitar/2023/tercetak.csv:161:1)
   aturan: skala tingkat_efisiensi atas 1,03
   petunjuk: label itu milik kelas (~..1) pada skala yang sama

33. TIDAK COCOK - Kesimpulan (L877): serapan nilai_sakip
   tercetak 99,63%, dihitung 95,96   (examples/kota-blitar/2023/tercetak.csv:163:1)
   aturan: realisasi anggaran / pagu x 100
   petunjuk: angka tercetak lebih besar 3,67

34. TIDAK COCOK - Kesimpulan (L881), tercetak Rp. 14.645.696.413,00: nilai pagu_dpa
   tercetak 14.645.696.413,00, dihitung 14.645.969.413,00   (examples/kota-blitar/2023/tercetak.csv:164:1)
   aturan: jumlah(program_pagu.anggaran) (rules/kota-blitar.ind:254:58)
   petunjuk: angka tercetak lebih kecil 273.000,00

35. TIDAK COCOK - Lampiran 2 RKT (L999): target persentase_asn_diklat
   tercetak 11,32%, dihitung 13,02   (examples/kota-blitar/2023/tercetak.csv:176:1)
   aturan: target dalam berkas aturan
   petunjuk: sama dengan target 2022

36. TIDAK COCOK - Lampiran 4 (L1080): realisasi persentase_asn_diklat
   tercetak 75,91, dihitung 75,90   (examples/kota-blitar/2023/tercetak.csv:189:1)
   aturan: persen(ambil(pengkom.orang dengan kode = "ikut"); jumlah(pegawai.orang)) (rules/kota-blitar.ind:200:9)
   petunjuk: angka tercetak lebih besar 0,01

37. TIDAK COCOK - Lampiran 4 (L1080): capaian persentase_asn_diklat
   tercetak 583,03%, dihitung 582,95   (examples/kota-blitar/2023/tercetak.csv:190:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 75,91%

38. TIDAK COCOK - Lampiran 4 (L1081): serapan nilai_sakip
   tercetak 99,63%, dihitung 95,96   (examples/kota-blitar/2023/tercetak.csv:199:1)
   aturan: realisasi anggaran / pagu x 100
   petunjuk: angka tercetak lebih besar 3,67

160 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

--- stderr

--- exit 1
