$ ind audit rules/kab-way-kanan.ind --data tests/golden/way-kanan/slips/2023
--- stdout
Audit: BKPSDM Kabupaten Way Kanan — 2023

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                    20
Cocok pada ketelitian cetaknya               0
Tidak cocok (temuan)                        19
Kesalahan asal laporan                      13
Akibat dari kesalahan lain                   6
Tempat angka yang tidak cocok tercetak      20

1. TIDAK COCOK, kesalahan asal - Jumlah golongan III tanpa satu unit kerja: nilai asn_gol_iii
   tercetak 2111, dihitung 3.586   (tests/golden/way-kanan/slips/2023/tercetak.csv:2:1)
   aturan: jumlah(asn_unit_kerja.gol_iii) (rules/kab-way-kanan.ind:458:40)
   petunjuk: sama dengan jumlahnya tanpa "- Guru SD" (1.475, tests/golden/way-kanan/slips/2023/asn_unit_kerja.csv:18)

2. TIDAK COCOK, kesalahan asal - Jumlah golongan IV dengan satu unit kerja dua kali: nilai asn_gol_iv
   tercetak 1797, dihitung 1.183   (tests/golden/way-kanan/slips/2023/tercetak.csv:3:1)
   aturan: jumlah(asn_unit_kerja.gol_iv) (rules/kab-way-kanan.ind:459:38)
   petunjuk: sama dengan jumlahnya bila "- Guru SD" (614, tests/golden/way-kanan/slips/2023/asn_unit_kerja.csv:18) terhitung dua kali

3. TIDAK COCOK, kesalahan asal - Jumlah ASN tanpa satu golongan (jumlah nilai yang didaftar): nilai asn_jumlah
   tercetak 5246, dihitung 5.259   (tests/golden/way-kanan/slips/2023/tercetak.csv:4:1)
   aturan: jumlah(asn_gol_i; asn_gol_ii; asn_gol_iii; asn_gol_iv) (rules/kab-way-kanan.ind:460:53)
   petunjuk: sama dengan jumlahnya tanpa asn_gol_i (13, rules/kab-way-kanan.ind:460)

4. TIDAK COCOK, kesalahan asal - Jumlah PNS tanpa satu golongan (satu kelompok nilai menurut kolom): nilai:PNS golongan_per_kepegawaian
   tercetak 20, dihitung 23   (tests/golden/way-kanan/slips/2023/tercetak.csv:5:1)
   aturan: jumlah(pegawai_golongan.orang menurut pegawai_golongan.kepegawaian) (rules/kab-way-kanan.ind:427:3)
   petunjuk: sama dengan jumlahnya tanpa "III/c" (3, tests/golden/way-kanan/slips/2023/pegawai_golongan.csv:5)

5. TIDAK COCOK, kesalahan asal - Jumlah PTHLS kurang satu orang: selisih satu satuan tidak ditunjuk ke satu baris: nilai:PTHLS golongan_per_kepegawaian
   tercetak 24, dihitung 25   (tests/golden/way-kanan/slips/2023/tercetak.csv:6:1)
   aturan: jumlah(pegawai_golongan.orang menurut pegawai_golongan.kepegawaian) (rules/kab-way-kanan.ind:427:3)
   petunjuk: angka tercetak lebih kecil 1

6. TIDAK COCOK, kesalahan asal - Pagu program tanpa satu sub kegiatan: pagu anggaran:A
   tercetak 2.211.490.000, dihitung 2.212.352.000   (tests/golden/way-kanan/slips/2023/tercetak.csv:7:1)
   aturan: jumlah baris terendah di bawah kode A
   petunjuk: sama dengan jumlahnya tanpa kode A.1.6 Pengelolaan Data Kepegawaian (862.000, tests/golden/way-kanan/slips/2023/anggaran.csv:9)

7. TIDAK COCOK, kesalahan asal - Realisasi seluruh anggaran tanpa satu program: realisasi anggaran:jumlah
   tercetak 5.334.051.039, dihitung 6.700.428.889   (tests/golden/way-kanan/slips/2023/tercetak.csv:8:1)
   aturan: jumlah baris terendah di bawah kode mana pun
   petunjuk: sama dengan jumlahnya tanpa kode B PROGRAM PENGEMBANGAN SDM (1.366.377.850, tests/golden/way-kanan/slips/2023/anggaran.csv:20)

8. TIDAK COCOK, kesalahan asal - Pagu seluruh anggaran tanpa kegiatan yang punya satu sub kegiatan: pagu anggaran:jumlah
   tercetak 6.780.200.218, dihitung 6.850.200.218   (tests/golden/way-kanan/slips/2023/tercetak.csv:9:1)
   aturan: jumlah baris terendah di bawah kode mana pun
   petunjuk: sama dengan jumlahnya tanpa kode A.3 Pengembangan Kompetensi ASN (70.000.000, tests/golden/way-kanan/slips/2023/anggaran.csv:14)

9. TIDAK COCOK, kesalahan asal - Pagu sub kegiatan salah tulis: pagu anggaran:A.1.6
   tercetak 826.000, dihitung 862.000   (tests/golden/way-kanan/slips/2023/tercetak.csv:10:1)
   aturan: jumlah baris terendah di bawah kode A.1.6
   petunjuk: angka tercetak lebih kecil 36.000

10. TIDAK COCOK, akibat temuan 9 - Serapan dari pagu yang salah tulis: serapan anggaran:A.1.6
   tercetak 104,36%, dihitung 100,00   (tests/golden/way-kanan/slips/2023/tercetak.csv:11:1)
   aturan: realisasi / pagu x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari pagu tercetak 826.000 (temuan 9)

11. TIDAK COCOK, akibat temuan 9 - Pagu program dari pagu sub kegiatan yang salah tulis: pagu anggaran:A
   tercetak 2.212.316.000, dihitung 2.212.352.000   (tests/golden/way-kanan/slips/2023/tercetak.csv:12:1)
   aturan: jumlah baris terendah di bawah kode A
   petunjuk: sama dengan hasil rumus bila dihitung dari pagu anggaran:A.1.6 tercetak 826.000 (temuan 9)

12. TIDAK COCOK, kesalahan asal - Golongan I salah tulis: nilai asn_gol_i
   tercetak 12, dihitung 13   (tests/golden/way-kanan/slips/2023/tercetak.csv:13:1)
   aturan: jumlah(asn_unit_kerja.gol_i) (rules/kab-way-kanan.ind:456:36)
   petunjuk: angka tercetak lebih kecil 1

13. TIDAK COCOK, kesalahan asal - Golongan II salah tulis: nilai asn_gol_ii
   tercetak 476, dihitung 477   (tests/golden/way-kanan/slips/2023/tercetak.csv:14:1)
   aturan: jumlah(asn_unit_kerja.gol_ii) (rules/kab-way-kanan.ind:457:38)
   petunjuk: angka tercetak lebih kecil 1

14. TIDAK COCOK, akibat temuan 12 dan 13 - Jumlah ASN dari dua golongan yang salah tulis: nilai asn_jumlah
   tercetak 5257, dihitung 5.259   (tests/golden/way-kanan/slips/2023/tercetak.csv:15:1)
   aturan: jumlah(asn_gol_i; asn_gol_ii; asn_gol_iii; asn_gol_iv) (rules/kab-way-kanan.ind:460:53)
   petunjuk: sama dengan hasil rumus bila dihitung dari nilai asn_gol_i tercetak 12 (temuan 12) dan nilai asn_gol_ii tercetak 476 (temuan 13)

15. TIDAK COCOK, kesalahan asal - Predikat dari kelas lain: predikat nilai_sakip
   tercetak Tinggi, dihitung Sangat Baik   (tests/golden/way-kanan/slips/2023/tercetak.csv:16:1)
   aturan: skala kriteria_realisasi_kinerja atas 123,7
   petunjuk: label itu milik kelas [76..90] pada skala yang sama

16. TIDAK COCOK, akibat temuan 15 - Rekap dari predikat yang salah: jumlah:Tinggi iku
   tercetak 1, dihitung 0   (tests/golden/way-kanan/slips/2023/tercetak.csv:17:1)
   aturan: Rekapitulasi Capaian Indikator Kinerja Utama: 0 dari 5
   petunjuk: sama dengan hasil rumus bila dihitung dari predikat nilai_sakip tercetak Tinggi (temuan 15)

17. TIDAK COCOK, akibat temuan 15 - Rekap dari predikat yang salah: jumlah:Sangat Baik iku
   tercetak 1, dihitung 2   (tests/golden/way-kanan/slips/2023/tercetak.csv:18:1)
   aturan: Rekapitulasi Capaian Indikator Kinerja Utama: 2 dari 5
   petunjuk: sama dengan hasil rumus bila dihitung dari predikat nilai_sakip tercetak Tinggi (temuan 15)

18. TIDAK COCOK, kesalahan asal - Capaian program salah tulis: nilai capaian_program_kepegawaian
   tercetak 95,8%, dihitung 100,0   (tests/golden/way-kanan/slips/2023/tercetak.csv:19:1)
   aturan: rata(keluaran.realisasi / keluaran.target * 100 dengan program = "A") (rules/kab-way-kanan.ind:371:3)
   petunjuk: angka tercetak lebih kecil 4,2

19. TIDAK COCOK, akibat temuan 18 - Capaian keseluruhan dari capaian program yang salah tulis: nilai realisasi_kinerja_keseluruhan
   tercetak 99%, dihitung 100   (tests/golden/way-kanan/slips/2023/tercetak.csv:20:1)
   aturan: rata(capaian_program_penunjang; capaian_program_kepegawaian; capaian_program_pengembangan_sdm) (rules/kab-way-kanan.ind:381:3)
   petunjuk: sama dengan hasil rumus bila dihitung dari nilai capaian_program_kepegawaian tercetak 95,8% (temuan 18)
   juga tercetak di Capaian keseluruhan dari capaian program yang salah tulis   (tests/golden/way-kanan/slips/2023/tercetak.csv:21:1)

Pemeriksaan data
No  Syarat                                            Hasil      Sisi kiri  Sisi kanan  Keterangan  Dasar
--  ------------------------------------------------  ---------  ---------  ----------  ----------  ----------------------------------------
 1  Pegawai per pendidikan = pegawai per golongan     terpenuhi  48         48                      LKjIP 2023 Bab II, Tabel 2.2.2-2.2.3
 2  Pegawai per jenis kelamin = pegawai per golongan  terpenuhi  48         48                      LKjIP 2023 Bab II, Tabel 2.2.2 dan 2.2.4
Setiap syarat yang berlaku dipenuhi data periode ini.

Asal laporan
Unsur         Berkas                                                           Versi atau waktu                                    SHA-256
------------  ---------------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                              0.1.0
waktu hitung                                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/kab-way-kanan.ind                                                                                              903291767e2bed9402ea7abfb974177e20c01f93c983f4cf7620fd9ebc7f8fed
data          tests/golden/way-kanan/slips/2023/keluaran.csv                                                                       d89c7c3dec9960e7eb49f3a0e3cf85dd7b3c608ed25c1705167170ea5471d691
data          tests/golden/way-kanan/slips/2023/indikator_program_rincian.csv                                                      d874409868ca342ecb40d7d57d09ea020f9da139ef080dc82fbbc5210541703e
data          tests/golden/way-kanan/slips/2023/belanja.csv                                                                        e419460d3b9870ff190b42bef8122258431ca6a03b1fb2dabf67063fbe72742c
data          tests/golden/way-kanan/slips/2023/pegawai_golongan.csv                                                               b2f0be90e0aaa5366161bd0e2f6723cab5a2067762ef725ba9f12525502d4998
data          tests/golden/way-kanan/slips/2023/pegawai_pendidikan.csv                                                             6d8ffd2d527d2843248b368b6b1939d51fa24e176a28a7e60434601c1ef37d88
data          tests/golden/way-kanan/slips/2023/pegawai_jenis_kelamin.csv                                                          cba89b71b46f80ff2010d84ce1a27bec2062cee1888e9594c73df9482ef5694d
data          tests/golden/way-kanan/slips/2023/pegawai_umur.csv                                                                   ba8b7787fb98fc68cdafba192292b8d647d06034b907a3741d2d1762f5e21b2a
data          tests/golden/way-kanan/slips/2023/formasi.csv                                                                        74b03b81c5758550ec98f0de27cd6c727e2ba0da135f3ccf6169fcc4ec8b8033
data          tests/golden/way-kanan/slips/2023/asn_unit_kerja.csv                                                                 8d9dd64af5400502ff3edbc48f0e53562140f04e6d89573c3102e3e004c7db95
data          tests/golden/way-kanan/slips/2023/komponen_sakip.csv                                                                 9a3047297a4deb092258f9c04cfc9e5641e466f2ee561741e9164b911f30b12a
data          tests/golden/way-kanan/slips/2023/anggaran.csv                                                                       54e8bd0614c3b848896eec5d7aa7e71fc0c4727061f8941f47808b7d359aba6b
data          tests/golden/way-kanan/slips/2023/realisasi.csv                                                                      50d4a8221e545d22f0e6a67874a0056630f2f6c535b7b7391378f4216e1a5ec3
tercetak      tests/golden/way-kanan/slips/2023/tercetak.csv                                                                       83521ad723909da9deff45a5c088a0081061597ac228fe8e2125ecc01e99513d
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
