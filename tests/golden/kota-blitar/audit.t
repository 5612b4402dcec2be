$ ind audit rules/kota-blitar.ind --data examples/kota-blitar/2023
--- stdout
Audit: BKPSDM Kota Blitar — 2023

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                   225
Cocok pada ketelitian cetaknya             194
Tidak cocok (temuan)                        23
Kesalahan asal laporan                      19
Akibat dari kesalahan lain                   4
Tempat angka yang tidak cocok tercetak      31

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

Asal laporan
Unsur         Berkas                                                 Versi atau waktu                                    SHA-256
------------  -----------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                    0.1.0
waktu hitung                                                         1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/kota-blitar.ind                                                                                      5b8dd78b5023d688fb580298f05a22143f9d23b1f63f823bf015c68d33cf0df2
data          examples/kota-blitar/2023/anggaran.csv                                                                     e6b82f8b646a1232cc2c2aaef89e86fe6ded6d481200a5ded8177f78bc1a69d1
data          examples/kota-blitar/2023/program_pagu.csv                                                                 a9033e8db39e13847e4e97f46b2702a6ef6cf09eb3c69aa899c807a9ad07ab9e
data          examples/kota-blitar/2023/merit_aspek.csv                                                                  901c7d80d20eea8c55c9b5bb1479e29484b09b027585374e73ee5f1afe007ac3
data          examples/kota-blitar/2023/pegawai.csv                                                                      dba7498055100712efb92f384d014477f07909ad4113ff9266bb149823c760d2
data          examples/kota-blitar/2023/pengembangan_kompetensi.csv                                                      b85a4283a2842b1aaf7f3690d708dc375c8ea4efd095831e8c3d67c9a3f4551a
data          examples/kota-blitar/2023/pegawai_jabatan.csv                                                              eed7fc9d5fbbd2271ac1088c98a66e0695d01c19fbc13e5cfe241542be4fd979
data          examples/kota-blitar/2023/pegawai_pendidikan.csv                                                           beae0cb353e54ad882a54dc0e5911b3826da182adc0bc34490131af6d2929b39
data          examples/kota-blitar/2023/pegawai_golongan.csv                                                             ae19a7cab691310b454d991bce2de37e3c3b2599ca8b9497b6a19bebc31e6baa
data          examples/kota-blitar/2023/pejabat.csv                                                                      773d6274845a260e0f93d61119de38ef1693f033256c741ff23f1611ed80424a
data          examples/kota-blitar/2023/pagu_tahunan.csv                                                                 c0db4ea61893922903be5baaf6b1cfc9e3f2175867b8ae75e8316658bc44716b
data          examples/kota-blitar/2023/nasional.csv                                                                     baab721bf3f1a38d31d655db0f5c41b16cbe86746fd7ecf93895179ed39157b0
data          examples/kota-blitar/2023/realisasi.csv                                                                    b25fb589a96a25a1d029657106a95913bc94eeb535f4b317f0000a71f25d5ac6
tercetak      examples/kota-blitar/2023/tercetak.csv                                                                     104757ab95b99bdad41d5ad7a511639befa872c99bda5a058e0383643fa80fcc
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
