$ ind audit rules/kab-way-kanan.ind --data examples/kab-way-kanan/2023
--- stdout
Audit BKPSDM Kabupaten Way Kanan, periode 2023: 170 angka tercetak diperiksa, 17 tidak cocok: 16 kesalahan asal, 1 akibat dari kesalahan lain

1. TIDAK COCOK, kesalahan asal - Tabel 2.6.2 (L864): pagu anggaran:A.1.6
   tercetak 826.000,-, dihitung 862.000   (examples/kab-way-kanan/2023/tercetak.csv:31:1)
   aturan: jumlah baris terendah di bawah kode A.1.6
   petunjuk: angka tercetak lebih kecil 36.000

2. TIDAK COCOK, kesalahan asal - Bab III 3.3.1 (L1044), tercetak 71.67: realisasi ip_asn 2021
   tercetak 71,67, dihitung 71,76   (examples/kab-way-kanan/2023/tercetak.csv:47:1)
   aturan: data realisasi
   petunjuk: angka tercetak lebih kecil 0,09

3. TIDAK COCOK, kesalahan asal - Bab III 3.3.1 (L1046): kategori indeks_sistem_merit 2022
   tercetak buruk, dihitung tidak tersedia (99 tidak masuk kelas mana pun pada skala kategori_merit)   (examples/kab-way-kanan/2023/tercetak.csv:50:1)
   aturan: skala kategori_merit atas 99
   petunjuk: label itu milik kelas [100..174] pada skala yang sama

4. TIDAK COCOK, kesalahan asal - Tabel 3.3.1 (L1055), tercetak 131.8%: capaian ip_asn
   tercetak 131,8%, dihitung 131,9   (examples/kab-way-kanan/2023/tercetak.csv:70:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak dipotong (131,8750 dibulatkan ke bawah), bukan dibulatkan setengah ke atas

5. TIDAK COCOK, akibat temuan 8 - Bab III 3.5 (L1402), realisasi kinerja keseluruhan: nilai realisasi_kinerja_keseluruhan
   tercetak 99%, dihitung 100   (examples/kab-way-kanan/2023/tercetak.csv:73:1)
   aturan: rata(capaian_program_penunjang; capaian_program_kepegawaian; capaian_program_pengembangan_sdm) (rules/kab-way-kanan.ind:297:3)
   petunjuk: sama dengan hasil rumus bila dihitung dari nilai capaian_program_kepegawaian tercetak 95,8% (temuan 8)

6. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1405), Program Penunjang: capaian realisasi kinerja dibanding target, tercetak 99.6%: realisasi cakupan_pelayanan_administrasi_perkantoran
   tercetak 99,6%, dihitung 101,0   (examples/kab-way-kanan/2023/tercetak.csv:78:1)
   aturan: data realisasi
   petunjuk: angka tercetak lebih kecil 1,4

7. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1406), Belanja Operasi (Pegawai) = sub kegiatan Penyediaan Gaji dan Tunjangan ASN: realisasi anggaran:C.2.1
   tercetak Rp. 2.352.993.298,-, dihitung 2.322.993.298   (examples/kab-way-kanan/2023/tercetak.csv:80:1)
   aturan: jumlah baris terendah di bawah kode C.2.1
   petunjuk: angka tercetak lebih besar 30.000.000

8. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1409), Program Kepegawaian Daerah: capaian realisasi kinerja, tercetak 95.8%: nilai capaian_program_kepegawaian
   tercetak 95,8%, dihitung 100,0   (examples/kab-way-kanan/2023/tercetak.csv:84:1)
   aturan: rata(keluaran.realisasi / keluaran.target * 100 dengan program = "A") (rules/kab-way-kanan.ind:287:3)
   petunjuk: angka tercetak lebih kecil 4,2

9. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1409), Program Kepegawaian Daerah: capaian realisasi kinerja dibanding target, tercetak 95.8%: realisasi cakupan_tertib_administrasi_kepegawaian
   tercetak 95,8%, dihitung 100,0   (examples/kab-way-kanan/2023/tercetak.csv:85:1)
   aturan: data realisasi
   petunjuk: angka tercetak lebih kecil 4,2

10. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1409), Program Kepegawaian Daerah: target RPJMD: target cakupan_tertib_administrasi_kepegawaian
   tercetak 90%, dihitung 100   (examples/kab-way-kanan/2023/tercetak.csv:86:1)
   aturan: target dalam berkas aturan
   petunjuk: angka tercetak lebih kecil 10

11. TIDAK COCOK, kesalahan asal - Bab III 3.5 (L1413), Program Pengembangan SDM: capaian realisasi kinerja dibanding target, tercetak 100.3%: realisasi cakupan_pengembangan_sdm_aparatur
   tercetak 100,3%, dihitung 100,0   (examples/kab-way-kanan/2023/tercetak.csv:91:1)
   aturan: data realisasi
   petunjuk: angka tercetak lebih besar 0,3

12. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1438), tercetak 51.1: target nilai_sakip 2021
   tercetak 51,1, dihitung 54,1   (examples/kab-way-kanan/2023/tercetak.csv:99:1)
   aturan: target dalam berkas aturan
   petunjuk: angka tercetak lebih kecil 3,0

13. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1438), tercetak 54.1: target nilai_sakip 2022
   tercetak 54,1, dihitung 57,1   (examples/kab-way-kanan/2023/tercetak.csv:100:1)
   aturan: target dalam berkas aturan
   petunjuk: sama dengan target 2021

14. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1438), tercetak 57.1: target nilai_sakip
   tercetak 57,1, dihitung 59,1   (examples/kab-way-kanan/2023/tercetak.csv:101:1)
   aturan: target dalam berkas aturan
   petunjuk: sama dengan target 2022

15. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1440): target ip_asn 2021
   tercetak 61, dihitung 62   (examples/kab-way-kanan/2023/tercetak.csv:111:1)
   aturan: target dalam berkas aturan
   petunjuk: angka tercetak lebih kecil 1

16. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1440): target ip_asn 2022
   tercetak 62, dihitung 63   (examples/kab-way-kanan/2023/tercetak.csv:112:1)
   aturan: target dalam berkas aturan
   petunjuk: sama dengan target 2021

17. TIDAK COCOK, kesalahan asal - Lampiran 2.3 (L1440): target ip_asn
   tercetak 63, dihitung 64   (examples/kab-way-kanan/2023/tercetak.csv:113:1)
   aturan: target dalam berkas aturan
   petunjuk: sama dengan target 2022

153 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

--- stderr
rules/kab-way-kanan.ind:23:1: warning[W-TIDAK-TERSEDIA]: realisasi nilai_komponen_kinerja_organisasi periode 2023 tidak tersedia: tidak ada realisasi nilai_komponen_kinerja_organisasi periode 2023 di data realisasi
 23 | realisasi "realisasi.csv" titik
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:23:1: warning[W-TIDAK-TERSEDIA]: realisasi nilai_sakip_kabupaten periode 2023 tidak tersedia: tidak ada realisasi nilai_sakip_kabupaten periode 2023 di data realisasi
 23 | realisasi "realisasi.csv" titik
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:71:1: warning[W-TIDAK-TERSEDIA]: predikat cakupan_pelayanan_administrasi_perkantoran periode 2023 tidak tersedia: 101 tidak masuk kelas mana pun pada skala kriteria_realisasi_kinerja
 71 | skala kriteria_realisasi_kinerja "Kriteria Penilaian Realisasi Kinerja" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:71:1: warning[W-TIDAK-TERSEDIA]: predikat cakupan_pengembangan_sdm_aparatur periode 2023 tidak tersedia: 113,6 tidak masuk kelas mana pun pada skala kriteria_realisasi_kinerja
 71 | skala kriteria_realisasi_kinerja "Kriteria Penilaian Realisasi Kinerja" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:71:1: warning[W-TIDAK-TERSEDIA]: predikat ip_asn periode 2023 tidak tersedia: 131,9 tidak masuk kelas mana pun pada skala kriteria_realisasi_kinerja
 71 | skala kriteria_realisasi_kinerja "Kriteria Penilaian Realisasi Kinerja" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:71:1: warning[W-TIDAK-TERSEDIA]: predikat nilai_sakip periode 2023 tidak tersedia: 123,7 tidak masuk kelas mana pun pada skala kriteria_realisasi_kinerja
 71 | skala kriteria_realisasi_kinerja "Kriteria Penilaian Realisasi Kinerja" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:228:1: warning[W-TIDAK-TERSEDIA]: target indeks_sistem_merit periode 2023 tidak tersedia: target indeks_sistem_merit periode 2023 tidak ditulis
 228 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 1
