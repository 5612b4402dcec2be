$ ind audit rules/kab-way-kanan.ind --data examples/kab-way-kanan/2023
--- stdout
Audit: BKPSDM Kabupaten Way Kanan — 2023

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                   276
Cocok pada ketelitian cetaknya             247
Tidak cocok (temuan)                        29
Kesalahan asal laporan                      28
Akibat dari kesalahan lain                   1
Tempat angka yang tidak cocok tercetak      29

1. TIDAK COCOK, kesalahan asal - Tabel 2.2.2 (L161), baris Jumlah, kolom III/a: nilai:III/a golongan_per_golongan
   tercetak 4, dihitung 5   (examples/kab-way-kanan/2023/tercetak.csv:9:1)
   aturan: jumlah(pegawai_golongan.orang menurut pegawai_golongan.golongan) (rules/kab-way-kanan.ind:429:3)
   petunjuk: angka tercetak lebih kecil 1

2. TIDAK COCOK, kesalahan asal - Tabel 2.2.2 (L161), baris Jumlah, kolom III/d: nilai:III/d golongan_per_golongan
   tercetak 4, dihitung 5   (examples/kab-way-kanan/2023/tercetak.csv:12:1)
   aturan: jumlah(pegawai_golongan.orang menurut pegawai_golongan.golongan) (rules/kab-way-kanan.ind:429:3)
   petunjuk: angka tercetak lebih kecil 1

3. TIDAK COCOK, kesalahan asal - Tabel 2.2.4 (L181), baris Jumlah, kolom Laki-laki: nilai:Laki-laki jenis_kelamin_per_jenis
   tercetak 24, dihitung 27   (examples/kab-way-kanan/2023/tercetak.csv:25:1)
   aturan: jumlah(pegawai_jenis_kelamin.orang menurut pegawai_jenis_kelamin.jenis_kelamin) (rules/kab-way-kanan.ind:439:3)
   petunjuk: angka tercetak lebih kecil 3

4. TIDAK COCOK, kesalahan asal - Tabel 2.2.4 (L181), baris Jumlah, kolom Perempuan: nilai:Perempuan jenis_kelamin_per_jenis
   tercetak 19, dihitung 21   (examples/kab-way-kanan/2023/tercetak.csv:26:1)
   aturan: jumlah(pegawai_jenis_kelamin.orang menurut pegawai_jenis_kelamin.jenis_kelamin) (rules/kab-way-kanan.ind:439:3)
   petunjuk: angka tercetak lebih kecil 2

5. TIDAK COCOK, kesalahan asal - Tabel 2.2.4 (L181), baris Jumlah: nilai jenis_kelamin_jumlah
   tercetak 43, dihitung 48   (examples/kab-way-kanan/2023/tercetak.csv:27:1)
   aturan: jumlah(pegawai_jenis_kelamin.orang) (rules/kab-way-kanan.ind:440:61)
   petunjuk: angka tercetak lebih kecil 5

6. TIDAK COCOK, kesalahan asal - Tabel 2.2.5 (L189), PNS, Jumlah, dibanding jumlah PNS Tabel 2.2.2: nilai:PNS golongan_per_kepegawaian
   tercetak 22, dihitung 23   (examples/kab-way-kanan/2023/tercetak.csv:29:1)
   aturan: jumlah(pegawai_golongan.orang menurut pegawai_golongan.kepegawaian) (rules/kab-way-kanan.ind:427:3)
   petunjuk: angka tercetak lebih kecil 1

7. TIDAK COCOK, kesalahan asal - Tabel 2.2.5 (L191), baris Jumlah, kolom >20: nilai:>20 umur_per_kelompok
   tercetak 3, dihitung 1   (examples/kab-way-kanan/2023/tercetak.csv:31:1)
   aturan: jumlah(pegawai_umur.orang menurut pegawai_umur.kelompok_umur) (rules/kab-way-kanan.ind:444:3)
   petunjuk: angka tercetak lebih besar 2

8. TIDAK COCOK, kesalahan asal - Tabel 2.2.5 (L191), baris Jumlah: nilai umur_jumlah
   tercetak 48, dihitung 47   (examples/kab-way-kanan/2023/tercetak.csv:40:1)
   aturan: jumlah(pegawai_umur.orang) (rules/kab-way-kanan.ind:445:52)
   petunjuk: angka tercetak lebih besar 1

9. TIDAK COCOK, kesalahan asal - Tabel 2.2.6 (L205), Jumlah Formasi: nilai formasi_jumlah
   tercetak 73, dihitung 84   (examples/kab-way-kanan/2023/tercetak.csv:41:1)
   aturan: jumlah(formasi.formasi) (rules/kab-way-kanan.ind:448:63)
   petunjuk: angka tercetak lebih kecil 11

10. TIDAK COCOK, kesalahan asal - Tabel 2.6.2 (L864): pagu anggaran:A.1.6
   tercetak 826.000,-, dihitung 862.000   (examples/kab-way-kanan/2023/tercetak.csv:70:1)
   aturan: jumlah baris terendah di bawah kode A.1.6
   petunjuk: angka tercetak lebih kecil 36.000

11. TIDAK COCOK, kesalahan asal - Bab III 3.3.1 (L1044), tercetak 71.67: realisasi ip_asn 2021
   tercetak 71,67, dihitung 71,76   (examples/kab-way-kanan/2023/tercetak.csv:86:1)
   aturan: data realisasi
   petunjuk: angka tercetak lebih kecil 0,09

12. TIDAK COCOK, kesalahan asal - Bab III 3.3.1 (L1046): kategori indeks_sistem_merit 2022
   tercetak buruk, dihitung tidak tersedia (99 tidak masuk kelas mana pun pada skala kategori_merit)   (examples/kab-way-kanan/2023/tercetak.csv:89:1)
   aturan: skala kategori_merit atas 99
   petunjuk: label itu milik kelas [100..174] pada skala yang sama

13. TIDAK COCOK, kesalahan asal - Tabel 3.3.1 (L1055), tercetak 131.8%: capaian ip_asn
   tercetak 131,8%, dihitung 131,9   (examples/kab-way-kanan/2023/tercetak.csv:109:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak dipotong (131,8750 dibulatkan ke bawah), bukan dibulatkan setengah ke atas

14. TIDAK COCOK, akibat temuan 18 - Bab III 3.5 (L1402), realisasi kinerja keseluruhan: nilai realisasi_kinerja_keseluruhan
   tercetak 99%, dihitung 100   (examples/kab-way-kanan/2023/tercetak.csv:112:1)
   aturan: rata(capaian_program_penunjang; capaian_program_kepegawaian; capaian_program_pengembangan_sdm) (rules/kab-way-kanan.ind:381:3)
   petunjuk: sama dengan hasil rumus bila dihitung dari nilai capaian_program_kepegawaian tercetak 95,8% (temuan 18)

15. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1405), Program Penunjang: capaian realisasi kinerja dibanding target, tercetak 99.6%: realisasi cakupan_pelayanan_administrasi_perkantoran
   tercetak 99,6%, dihitung 101,0   (examples/kab-way-kanan/2023/tercetak.csv:117:1)
   aturan: data realisasi
   petunjuk: angka tercetak lebih kecil 1,4

16. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1406), Belanja Operasi (Pegawai) = sub kegiatan Penyediaan Gaji dan Tunjangan ASN: realisasi anggaran:C.2.1
   tercetak Rp. 2.352.993.298,-, dihitung 2.322.993.298   (examples/kab-way-kanan/2023/tercetak.csv:119:1)
   aturan: jumlah baris terendah di bawah kode C.2.1
   petunjuk: angka tercetak lebih besar 30.000.000

17. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1407), Belanja Operasi (Rutin): nilai realisasi_belanja_rutin_penunjang
   tercetak Rp. 775.574.125,-, dihitung 805.574.125   (examples/kab-way-kanan/2023/tercetak.csv:120:1)
   aturan: ambil(anggaran_baris.realisasi dengan kode = "C") - ambil(anggaran_baris.realisasi dengan kode = "C.2.1") (rules/kab-way-kanan.ind:422:3)
   petunjuk: angka tercetak lebih kecil 30.000.000

18. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1409), Program Kepegawaian Daerah: capaian realisasi kinerja, tercetak 95.8%: nilai capaian_program_kepegawaian
   tercetak 95,8%, dihitung 100,0   (examples/kab-way-kanan/2023/tercetak.csv:124:1)
   aturan: rata(keluaran.realisasi / keluaran.target * 100 dengan program = "A") (rules/kab-way-kanan.ind:371:3)
   petunjuk: angka tercetak lebih kecil 4,2

19. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1409), Program Kepegawaian Daerah: capaian realisasi kinerja dibanding target, tercetak 95.8%: realisasi cakupan_tertib_administrasi_kepegawaian
   tercetak 95,8%, dihitung 100,0   (examples/kab-way-kanan/2023/tercetak.csv:125:1)
   aturan: data realisasi
   petunjuk: angka tercetak lebih kecil 4,2

20. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1409), Program Kepegawaian Daerah: target RPJMD: target cakupan_tertib_administrasi_kepegawaian
   tercetak 90%, dihitung 100   (examples/kab-way-kanan/2023/tercetak.csv:126:1)
   aturan: target dalam berkas aturan
   petunjuk: angka tercetak lebih kecil 10

21. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1413), Program Pengembangan SDM: capaian realisasi kinerja dibanding target, tercetak 100.3%: realisasi cakupan_pengembangan_sdm_aparatur
   tercetak 100,3%, dihitung 100,0   (examples/kab-way-kanan/2023/tercetak.csv:131:1)
   aturan: data realisasi
   petunjuk: angka tercetak lebih besar 0,3

22. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1438), Pengukuran dengan 4 indikator: nilai jumlah_komponen_sakip
   tercetak 4, dihitung 5   (examples/kab-way-kanan/2023/tercetak.csv:139:1)
   aturan: hitung(komponen_sakip) (rules/kab-way-kanan.ind:463:65)
   petunjuk: angka tercetak lebih kecil 1

23. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1438), tercetak 51.1: target nilai_sakip 2021
   tercetak 51,1, dihitung 54,1   (examples/kab-way-kanan/2023/tercetak.csv:140:1)
   aturan: target dalam berkas aturan
   petunjuk: angka tercetak lebih kecil 3,0

24. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1438), tercetak 54.1: target nilai_sakip 2022
   tercetak 54,1, dihitung 57,1   (examples/kab-way-kanan/2023/tercetak.csv:141:1)
   aturan: target dalam berkas aturan
   petunjuk: sama dengan target 2021

25. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1438), tercetak 57.1: target nilai_sakip
   tercetak 57,1, dihitung 59,1   (examples/kab-way-kanan/2023/tercetak.csv:142:1)
   aturan: target dalam berkas aturan
   petunjuk: sama dengan target 2022

26. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1440): target ip_asn 2021
   tercetak 61, dihitung 62   (examples/kab-way-kanan/2023/tercetak.csv:152:1)
   aturan: target dalam berkas aturan
   petunjuk: angka tercetak lebih kecil 1

27. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1440): target ip_asn 2022
   tercetak 62, dihitung 63   (examples/kab-way-kanan/2023/tercetak.csv:153:1)
   aturan: target dalam berkas aturan
   petunjuk: sama dengan target 2021

28. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1440): target ip_asn
   tercetak 63, dihitung 64   (examples/kab-way-kanan/2023/tercetak.csv:154:1)
   aturan: target dalam berkas aturan
   petunjuk: sama dengan target 2022

29. TIDAK COCOK, kesalahan asal - Lampiran, Jumlah ASN menurut unit kerja (L1541): nilai:- Guru SD asn_per_unit
   tercetak 2210, dihitung 2.220   (examples/kab-way-kanan/2023/tercetak.csv:229:1)
   aturan: jumlah(asn_unit_kerja.gol_i + asn_unit_kerja.gol_ii + asn_unit_kerja.gol_iii + asn_unit_kerja.gol_iv menurut asn_unit_kerja.unit) (rules/kab-way-kanan.ind:455:3)
   petunjuk: angka tercetak lebih kecil 10

247 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Pemeriksaan data
No  Syarat                                            Hasil      Sisi kiri  Sisi kanan  Keterangan  Dasar
--  ------------------------------------------------  ---------  ---------  ----------  ----------  ----------------------------------------
 1  Pegawai per pendidikan = pegawai per golongan     terpenuhi  48         48                      LKjIP 2023 Bab II, Tabel 2.2.2-2.2.3
 2  Pegawai per jenis kelamin = pegawai per golongan  terpenuhi  48         48                      LKjIP 2023 Bab II, Tabel 2.2.2 dan 2.2.4
Setiap syarat yang berlaku dipenuhi data periode ini.

Asal laporan
Unsur         Berkas                                                     Versi atau waktu                                    SHA-256
------------  ---------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                        0.1.0
waktu hitung                                                             1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/kab-way-kanan.ind                                                                                        903291767e2bed9402ea7abfb974177e20c01f93c983f4cf7620fd9ebc7f8fed
data          examples/kab-way-kanan/2023/keluaran.csv                                                                       d89c7c3dec9960e7eb49f3a0e3cf85dd7b3c608ed25c1705167170ea5471d691
data          examples/kab-way-kanan/2023/indikator_program_rincian.csv                                                      d874409868ca342ecb40d7d57d09ea020f9da139ef080dc82fbbc5210541703e
data          examples/kab-way-kanan/2023/belanja.csv                                                                        e419460d3b9870ff190b42bef8122258431ca6a03b1fb2dabf67063fbe72742c
data          examples/kab-way-kanan/2023/pegawai_golongan.csv                                                               b2f0be90e0aaa5366161bd0e2f6723cab5a2067762ef725ba9f12525502d4998
data          examples/kab-way-kanan/2023/pegawai_pendidikan.csv                                                             6d8ffd2d527d2843248b368b6b1939d51fa24e176a28a7e60434601c1ef37d88
data          examples/kab-way-kanan/2023/pegawai_jenis_kelamin.csv                                                          cba89b71b46f80ff2010d84ce1a27bec2062cee1888e9594c73df9482ef5694d
data          examples/kab-way-kanan/2023/pegawai_umur.csv                                                                   ba8b7787fb98fc68cdafba192292b8d647d06034b907a3741d2d1762f5e21b2a
data          examples/kab-way-kanan/2023/formasi.csv                                                                        74b03b81c5758550ec98f0de27cd6c727e2ba0da135f3ccf6169fcc4ec8b8033
data          examples/kab-way-kanan/2023/asn_unit_kerja.csv                                                                 8d9dd64af5400502ff3edbc48f0e53562140f04e6d89573c3102e3e004c7db95
data          examples/kab-way-kanan/2023/komponen_sakip.csv                                                                 9a3047297a4deb092258f9c04cfc9e5641e466f2ee561741e9164b911f30b12a
data          examples/kab-way-kanan/2023/anggaran.csv                                                                       54e8bd0614c3b848896eec5d7aa7e71fc0c4727061f8941f47808b7d359aba6b
data          examples/kab-way-kanan/2023/realisasi.csv                                                                      50d4a8221e545d22f0e6a67874a0056630f2f6c535b7b7391378f4216e1a5ec3
tercetak      examples/kab-way-kanan/2023/tercetak.csv                                                                       0e5f6e76b5ea629f6ece7df2b8e2cbe041db0ee03516185314174fb84ba929a1
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
rules/kab-way-kanan.ind:23:1: warning[W-TIDAK-TERSEDIA]: realisasi nilai_komponen_kinerja_organisasi periode 2023 tidak tersedia: tidak ada realisasi nilai_komponen_kinerja_organisasi periode 2023 di data realisasi
 23 | realisasi "realisasi.csv" titik
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:23:1: warning[W-TIDAK-TERSEDIA]: realisasi nilai_sakip_kabupaten periode 2023 tidak tersedia: tidak ada realisasi nilai_sakip_kabupaten periode 2023 di data realisasi
 23 | realisasi "realisasi.csv" titik
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:312:1: warning[W-TIDAK-TERSEDIA]: target indeks_sistem_merit periode 2023 tidak tersedia: target indeks_sistem_merit periode 2023 tidak ditulis
 312 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 1
