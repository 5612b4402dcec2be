$ ind audit rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --all
--- stdout
Audit: BKPSDM Kabupaten Pasuruan — 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                   101
Cocok pada ketelitian cetaknya              88
Tidak cocok (temuan)                        13
Kesalahan asal laporan                       6
Akibat dari kesalahan lain                   7
Tempat angka yang tidak cocok tercetak      13

cocok - Tabel 3.4 (L601): realisasi ip_asn
   tercetak 77,32, dihitung 77,32   (examples/kab-pasuruan/2024/tercetak.csv:2:1)
   aturan: ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk) (rules/kab-pasuruan.ind:125:9)

cocok - Tabel 3.4 (L601): target ip_asn
   tercetak 71,17, dihitung 71,17   (examples/kab-pasuruan/2024/tercetak.csv:3:1)
   aturan: target dalam berkas aturan

cocok - Tabel 3.4 (L601): capaian ip_asn
   tercetak 108,6%, dihitung 108,6   (examples/kab-pasuruan/2024/tercetak.csv:4:1)
   aturan: capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:128:13)

cocok - Tabel 3.5 (L627): nilai ip_asn_pns
   tercetak 79,92, dihitung 79,92   (examples/kab-pasuruan/2024/tercetak.csv:5:1)
   aturan: jumlah(ipasn_dimensi.pns) (rules/kab-pasuruan.ind:113:33)

cocok - Tabel 3.5 (L627): nilai ip_asn_pppk
   tercetak 74,71, dihitung 74,71   (examples/kab-pasuruan/2024/tercetak.csv:6:1)
   aturan: jumlah(ipasn_dimensi.pppk) (rules/kab-pasuruan.ind:114:35)

cocok - Tabel 3.9 (L692): realisasi ip_asn 2022
   tercetak 54,67, dihitung 54,67   (examples/kab-pasuruan/2024/tercetak.csv:7:1)
   aturan: ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk) (rules/kab-pasuruan.ind:125:9)

cocok - Tabel 3.9 (L692): realisasi ip_asn 2023
   tercetak 71,17, dihitung 71,17   (examples/kab-pasuruan/2024/tercetak.csv:8:1)
   aturan: ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk) (rules/kab-pasuruan.ind:125:9)

cocok - Tabel 3.10 (L715): target ip_asn 2025
   tercetak 77,34, dihitung 77,34   (examples/kab-pasuruan/2024/tercetak.csv:9:1)
   aturan: target dalam berkas aturan

cocok - Tabel 3.10 (L715): target ip_asn 2026
   tercetak 77,35, dihitung 77,35   (examples/kab-pasuruan/2024/tercetak.csv:10:1)
   aturan: target dalam berkas aturan

1. TIDAK COCOK, kesalahan asal - Tabel 3.11 (L738), kolom Kabupaten: realisasi ip_asn
   tercetak 71,17, dihitung 77,32   (examples/kab-pasuruan/2024/tercetak.csv:11:1)
   aturan: ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk) (rules/kab-pasuruan.ind:125:9)
   petunjuk: sama dengan target 2024

2. TIDAK COCOK, kesalahan asal - Tabel 3.6 (L649), Total Nilai: realisasi indeks_sistem_merit
   tercetak 296,5, dihitung 297,5   (examples/kab-pasuruan/2024/tercetak.csv:12:1)
   aturan: jumlah(merit_aspek.skor) (rules/kab-pasuruan.ind:145:9)
   petunjuk: angka tercetak lebih kecil 1,0

cocok - Tabel 3.4 (L603): target indeks_sistem_merit
   tercetak 281,5, dihitung 281,5   (examples/kab-pasuruan/2024/tercetak.csv:13:1)
   aturan: target dalam berkas aturan

3. TIDAK COCOK, akibat temuan 2 - Tabel 3.4 (L603): capaian indeks_sistem_merit
   tercetak 105,3%, dihitung 105,7   (examples/kab-pasuruan/2024/tercetak.csv:14:1)
   aturan: capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:147:13)
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 296,5 (temuan 2)

cocok - Tabel 3.9 (L694): realisasi indeks_sistem_merit 2022
   tercetak 258, dihitung 258   (examples/kab-pasuruan/2024/tercetak.csv:15:1)
   aturan: jumlah(merit_aspek.skor) (rules/kab-pasuruan.ind:145:9)

cocok - Tabel 3.9 (L694): realisasi indeks_sistem_merit 2023
   tercetak 281,5, dihitung 281,5   (examples/kab-pasuruan/2024/tercetak.csv:16:1)
   aturan: jumlah(merit_aspek.skor) (rules/kab-pasuruan.ind:145:9)

4. TIDAK COCOK, kesalahan asal - Tabel 3.11 (L740), kolom Kabupaten: realisasi indeks_sistem_merit
   tercetak 281,5, dihitung 297,5   (examples/kab-pasuruan/2024/tercetak.csv:17:1)
   aturan: jumlah(merit_aspek.skor) (rules/kab-pasuruan.ind:145:9)
   petunjuk: sama dengan target 2024

cocok - Tabel 3.8 (L680): realisasi nilai_sakip
   tercetak 82,10, dihitung 82,10   (examples/kab-pasuruan/2024/tercetak.csv:18:1)
   aturan: jumlah(sakip_komponen.nilai) (rules/kab-pasuruan.ind:161:9)

cocok - LHE AKIP (L1203): realisasi nilai_sakip 2022
   tercetak 81,64, dihitung 81,64   (examples/kab-pasuruan/2024/tercetak.csv:19:1)
   aturan: jumlah(sakip_komponen.nilai) (rules/kab-pasuruan.ind:161:9)

cocok - LHE AKIP (L1203): realisasi nilai_sakip 2023
   tercetak 82,05, dihitung 82,05   (examples/kab-pasuruan/2024/tercetak.csv:20:1)
   aturan: jumlah(sakip_komponen.nilai) (rules/kab-pasuruan.ind:161:9)

cocok - Tabel 3.4 (L604): target nilai_sakip
   tercetak 82,10, dihitung 82,10   (examples/kab-pasuruan/2024/tercetak.csv:21:1)
   aturan: target dalam berkas aturan

cocok - Tabel 3.4 (L604): capaian nilai_sakip
   tercetak 100%, dihitung 100   (examples/kab-pasuruan/2024/tercetak.csv:22:1)
   aturan: capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:164:13)

cocok - Bab III (L669): kategori nilai_sakip
   tercetak A, dihitung A   (examples/kab-pasuruan/2024/tercetak.csv:23:1)
   aturan: skala sakip.predikat atas 82,1

5. TIDAK COCOK, kesalahan asal - Ikhtisar Eksekutif (L52): predikat nilai_sakip
   tercetak Sangat Baik, dihitung Sangat memuaskan   (examples/kab-pasuruan/2024/tercetak.csv:24:1)
   aturan: skala rentang_capaian atas 100
   petunjuk: label itu milik kelas [85..100) pada skala yang sama

cocok - Tabel 3.11 (L741), kolom Kabupaten: realisasi nilai_sakip
   tercetak 82,10, dihitung 82,10   (examples/kab-pasuruan/2024/tercetak.csv:25:1)
   aturan: jumlah(sakip_komponen.nilai) (rules/kab-pasuruan.ind:161:9)

6. TIDAK COCOK, kesalahan asal - Tabel 3.13 (L787): capaian dokumen_administrasi_sesuai
   tercetak 97%, dihitung 98   (examples/kab-pasuruan/2024/tercetak.csv:26:1)
   aturan: capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:180:13)
   petunjuk: angka tercetak dipotong (97,619 dibulatkan ke bawah), bukan dibulatkan setengah ke atas

cocok - Tabel 3.13 (L789): capaian nilai_kinerja_penempatan
   tercetak 104%, dihitung 104   (examples/kab-pasuruan/2024/tercetak.csv:27:1)
   aturan: capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:193:13)

cocok - Tabel 3.13 (L790): capaian nilai_pengembangan_karier
   tercetak 73%, dihitung 73   (examples/kab-pasuruan/2024/tercetak.csv:28:1)
   aturan: capaian.naik(realisasi; target) (rules/kab-pasuruan.ind:206:13)

cocok - Tabel 3.12 (L778): serapan ip_asn
   tercetak 91,02%, dihitung 91,02   (examples/kab-pasuruan/2024/tercetak.csv:29:1)
   aturan: realisasi anggaran / pagu x 100

cocok - Tabel 3.12 (L778): efisiensi ip_asn
   tercetak 119%, dihitung 119   (examples/kab-pasuruan/2024/tercetak.csv:30:1)
   aturan: efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:132:15)

cocok - Tabel 3.12 (L780): pagu indeks_sistem_merit
   tercetak 3.633.045.337, dihitung 3.633.045.337   (examples/kab-pasuruan/2024/tercetak.csv:31:1)
   aturan: jumlah baris anggaran

cocok - Tabel 3.12 (L780): realisasi_anggaran indeks_sistem_merit
   tercetak 3.024.669.465, dihitung 3.024.669.465   (examples/kab-pasuruan/2024/tercetak.csv:32:1)
   aturan: jumlah baris anggaran

cocok - Tabel 3.12 (L780): serapan indeks_sistem_merit
   tercetak 83,25%, dihitung 83,25   (examples/kab-pasuruan/2024/tercetak.csv:33:1)
   aturan: realisasi anggaran / pagu x 100

7. TIDAK COCOK, akibat temuan 2 - Tabel 3.12 (L780): efisiensi indeks_sistem_merit
   tercetak 126%, dihitung 127   (examples/kab-pasuruan/2024/tercetak.csv:34:1)
   aturan: efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:150:15)
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 296,5 (temuan 2)

cocok - Tabel 3.12 (L781): serapan nilai_sakip
   tercetak 93,66%, dihitung 93,66   (examples/kab-pasuruan/2024/tercetak.csv:35:1)
   aturan: realisasi anggaran / pagu x 100

cocok - Tabel 3.12 (L781): efisiensi nilai_sakip
   tercetak 107%, dihitung 107   (examples/kab-pasuruan/2024/tercetak.csv:36:1)
   aturan: efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:167:15)

8. TIDAK COCOK, akibat temuan 6 - Tabel 3.13 (L787): efisiensi dokumen_administrasi_sesuai
   tercetak 104%, dihitung 105   (examples/kab-pasuruan/2024/tercetak.csv:37:1)
   aturan: efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:182:15)
   petunjuk: sama dengan hasil rumus bila dihitung dari capaian tercetak 97% (temuan 6)

cocok - Tabel 3.13 (L789): efisiensi nilai_kinerja_penempatan
   tercetak 124%, dihitung 124   (examples/kab-pasuruan/2024/tercetak.csv:38:1)
   aturan: efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:195:15)

cocok - Tabel 3.13 (L790): efisiensi nilai_pengembangan_karier
   tercetak 89%, dihitung 89   (examples/kab-pasuruan/2024/tercetak.csv:39:1)
   aturan: efisiensi.tingkat(capaian; serapan) (rules/kab-pasuruan.ind:208:15)

cocok - Bab III (L802): predikat_efisiensi ip_asn
   tercetak Sangat efisiensi, dihitung Sangat efisiensi   (examples/kab-pasuruan/2024/tercetak.csv:40:1)
   aturan: skala tingkat_efisiensi atas 119

cocok - Bab III (L802): predikat_efisiensi indeks_sistem_merit
   tercetak Sangat efisiensi, dihitung Sangat efisiensi   (examples/kab-pasuruan/2024/tercetak.csv:41:1)
   aturan: skala tingkat_efisiensi atas 127

cocok - Bab III (L802): predikat_efisiensi nilai_sakip
   tercetak Efisiensi, dihitung Efisiensi   (examples/kab-pasuruan/2024/tercetak.csv:42:1)
   aturan: skala tingkat_efisiensi atas 107

cocok - Bab III (L803): predikat_efisiensi dokumen_administrasi_sesuai
   tercetak Efisiensi, dihitung Efisiensi   (examples/kab-pasuruan/2024/tercetak.csv:43:1)
   aturan: skala tingkat_efisiensi atas 105

cocok - Bab III (L803): predikat_efisiensi nilai_kinerja_penempatan
   tercetak Sangat efisiensi, dihitung Sangat efisiensi   (examples/kab-pasuruan/2024/tercetak.csv:44:1)
   aturan: skala tingkat_efisiensi atas 124

cocok - Bab III (L803): predikat_efisiensi nilai_pengembangan_karier
   tercetak Tidak efisiensi, dihitung Tidak efisiensi   (examples/kab-pasuruan/2024/tercetak.csv:45:1)
   aturan: skala tingkat_efisiensi atas 89

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

cocok - Ikhtisar Eksekutif (L63): jumlah:Sangat Baik anggaran
   tercetak 1, dihitung 1   (examples/kab-pasuruan/2024/tercetak.csv:50:1)
   aturan: Rekapitulasi Daya Serap Anggaran per Program: 1 dari 3

cocok - Ikhtisar Eksekutif (L63): persen:Sangat Baik anggaran
   tercetak 33,3%, dihitung 33,3   (examples/kab-pasuruan/2024/tercetak.csv:51:1)
   aturan: Rekapitulasi Daya Serap Anggaran per Program: 1 dari 3

13. TIDAK COCOK, kesalahan asal - Ikhtisar Eksekutif (L64): jumlah:Baik anggaran
   tercetak 3, dihitung 2   (examples/kab-pasuruan/2024/tercetak.csv:52:1)
   aturan: Rekapitulasi Daya Serap Anggaran per Program: 2 dari 3
   petunjuk: angka tercetak lebih besar 1

cocok - Ikhtisar Eksekutif (L64): persen:Baik anggaran
   tercetak 66,7%, dihitung 66,7   (examples/kab-pasuruan/2024/tercetak.csv:53:1)
   aturan: Rekapitulasi Daya Serap Anggaran per Program: 2 dari 3

cocok - Tabel 3.15 (L831): pagu anggaran:jumlah
   tercetak 14.289.814.108, dihitung 14.289.814.108   (examples/kab-pasuruan/2024/tercetak.csv:54:1)
   aturan: jumlah baris terendah di bawah kode mana pun

cocok - Tabel 3.16 (L841): serapan anggaran:A
   tercetak 93,66%, dihitung 93,66   (examples/kab-pasuruan/2024/tercetak.csv:55:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L842): serapan anggaran:A.1
   tercetak 94,09%, dihitung 94,09   (examples/kab-pasuruan/2024/tercetak.csv:56:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L843): serapan anggaran:A.1.1
   tercetak 93,79%, dihitung 93,79   (examples/kab-pasuruan/2024/tercetak.csv:57:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L844): serapan anggaran:A.1.2
   tercetak 98,84%, dihitung 98,84   (examples/kab-pasuruan/2024/tercetak.csv:58:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L845): serapan anggaran:A.1.3
   tercetak 95,62%, dihitung 95,62   (examples/kab-pasuruan/2024/tercetak.csv:59:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L846): serapan anggaran:A.2
   tercetak 71,61%, dihitung 71,61   (examples/kab-pasuruan/2024/tercetak.csv:60:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L848): serapan anggaran:A.2.1
   tercetak 71,61%, dihitung 71,61   (examples/kab-pasuruan/2024/tercetak.csv:61:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L849): serapan anggaran:A.3
   tercetak 94,74%, dihitung 94,74   (examples/kab-pasuruan/2024/tercetak.csv:62:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L850): serapan anggaran:A.3.1
   tercetak 95,86%, dihitung 95,86   (examples/kab-pasuruan/2024/tercetak.csv:63:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L851): serapan anggaran:A.3.2
   tercetak 95,18%, dihitung 95,18   (examples/kab-pasuruan/2024/tercetak.csv:64:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L852): serapan anggaran:A.3.3
   tercetak 88,99%, dihitung 88,99   (examples/kab-pasuruan/2024/tercetak.csv:65:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L853): serapan anggaran:A.3.4
   tercetak 94,03%, dihitung 94,03   (examples/kab-pasuruan/2024/tercetak.csv:66:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L854): serapan anggaran:A.4
   tercetak 81,62%, dihitung 81,62   (examples/kab-pasuruan/2024/tercetak.csv:67:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L855): serapan anggaran:A.4.1
   tercetak 81,62%, dihitung 81,62   (examples/kab-pasuruan/2024/tercetak.csv:68:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L856): serapan anggaran:A.5
   tercetak 90,93%, dihitung 90,93   (examples/kab-pasuruan/2024/tercetak.csv:69:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L857): serapan anggaran:A.5.1
   tercetak 90,65%, dihitung 90,65   (examples/kab-pasuruan/2024/tercetak.csv:70:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L858): serapan anggaran:A.5.2
   tercetak 91,84%, dihitung 91,84   (examples/kab-pasuruan/2024/tercetak.csv:71:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L859): serapan anggaran:A.6
   tercetak 92,46%, dihitung 92,46   (examples/kab-pasuruan/2024/tercetak.csv:72:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L860): serapan anggaran:A.6.1
   tercetak 83,25%, dihitung 83,25   (examples/kab-pasuruan/2024/tercetak.csv:73:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L861): serapan anggaran:A.6.2
   tercetak 96,37%, dihitung 96,37   (examples/kab-pasuruan/2024/tercetak.csv:74:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L862): serapan anggaran:A.6.3
   tercetak 98,66%, dihitung 98,66   (examples/kab-pasuruan/2024/tercetak.csv:75:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L863): serapan anggaran:B
   tercetak 83,69%, dihitung 83,69   (examples/kab-pasuruan/2024/tercetak.csv:76:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L864): serapan anggaran:B.1
   tercetak 92,57%, dihitung 92,57   (examples/kab-pasuruan/2024/tercetak.csv:77:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L865): serapan anggaran:B.1.1
   tercetak 86,06%, dihitung 86,06   (examples/kab-pasuruan/2024/tercetak.csv:78:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L866): serapan anggaran:B.1.2
   tercetak 93,20%, dihitung 93,20   (examples/kab-pasuruan/2024/tercetak.csv:79:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L867): serapan anggaran:B.1.3
   tercetak 88,85%, dihitung 88,85   (examples/kab-pasuruan/2024/tercetak.csv:80:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L868): serapan anggaran:B.1.4
   tercetak 84,94%, dihitung 84,94   (examples/kab-pasuruan/2024/tercetak.csv:81:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L869): serapan anggaran:B.1.5
   tercetak 90,64%, dihitung 90,64   (examples/kab-pasuruan/2024/tercetak.csv:82:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L870): serapan anggaran:B.1.6
   tercetak 93,06%, dihitung 93,06   (examples/kab-pasuruan/2024/tercetak.csv:83:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L871): serapan anggaran:B.2
   tercetak 59,40%, dihitung 59,40   (examples/kab-pasuruan/2024/tercetak.csv:84:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L872): serapan anggaran:B.2.1
   tercetak 44,29%, dihitung 44,29   (examples/kab-pasuruan/2024/tercetak.csv:85:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L873): serapan anggaran:B.2.2
   tercetak 55,60%, dihitung 55,60   (examples/kab-pasuruan/2024/tercetak.csv:86:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L874): serapan anggaran:B.2.3
   tercetak 72,48%, dihitung 72,48   (examples/kab-pasuruan/2024/tercetak.csv:87:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L875): serapan anggaran:B.3
   tercetak 90,54%, dihitung 90,54   (examples/kab-pasuruan/2024/tercetak.csv:88:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L876): serapan anggaran:B.3.1
   tercetak 89,14%, dihitung 89,14   (examples/kab-pasuruan/2024/tercetak.csv:89:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L877): serapan anggaran:B.3.2
   tercetak 75,86%, dihitung 75,86   (examples/kab-pasuruan/2024/tercetak.csv:90:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L878): serapan anggaran:B.3.3
   tercetak 95,01%, dihitung 95,01   (examples/kab-pasuruan/2024/tercetak.csv:91:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L879): serapan anggaran:B.3.4
   tercetak 95,89%, dihitung 95,89   (examples/kab-pasuruan/2024/tercetak.csv:92:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L880): serapan anggaran:B.4
   tercetak 89,11%, dihitung 89,11   (examples/kab-pasuruan/2024/tercetak.csv:93:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L881): serapan anggaran:B.4.1
   tercetak 91,36%, dihitung 91,36   (examples/kab-pasuruan/2024/tercetak.csv:94:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L882): serapan anggaran:B.4.2
   tercetak 98,72%, dihitung 98,72   (examples/kab-pasuruan/2024/tercetak.csv:95:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L883): serapan anggaran:B.4.3
   tercetak 76,04%, dihitung 76,04   (examples/kab-pasuruan/2024/tercetak.csv:96:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L884): serapan anggaran:C
   tercetak 82,43%, dihitung 82,43   (examples/kab-pasuruan/2024/tercetak.csv:97:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L885): serapan anggaran:C.1
   tercetak 82,43%, dihitung 82,43   (examples/kab-pasuruan/2024/tercetak.csv:98:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L886): serapan anggaran:C.1.1
   tercetak 28,91%, dihitung 28,91   (examples/kab-pasuruan/2024/tercetak.csv:99:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L888): serapan anggaran:C.1.2
   tercetak 96,16%, dihitung 96,16   (examples/kab-pasuruan/2024/tercetak.csv:100:1)
   aturan: realisasi / pagu x 100

cocok - Tabel 3.16 (L889): realisasi anggaran:jumlah
   tercetak 13.005.924.773, dihitung 13.005.924.773   (examples/kab-pasuruan/2024/tercetak.csv:101:1)
   aturan: jumlah baris terendah di bawah kode mana pun

cocok - Tabel 3.16 (L889): serapan anggaran:jumlah
   tercetak 91,02%, dihitung 91,02   (examples/kab-pasuruan/2024/tercetak.csv:102:1)
   aturan: realisasi / pagu x 100

Pemeriksaan data
No  Syarat                                       Hasil      Sisi kiri  Sisi kanan  Keterangan                              Dasar
--  -------------------------------------------  ---------  ---------  ----------  --------------------------------------  ---------------------------------------------------------
 1  Nilai komponen AKIP tidak melebihi bobotnya  terpenuhi                         4 baris tabel sakip_komponen diperiksa  PermenPANRB 88/2021, Lampiran: bobot komponen 30/30/15/25
 2  Bobot komponen AKIP berjumlah 100            terpenuhi  100        100                                                 PermenPANRB 88/2021, Lampiran
Setiap syarat yang berlaku dipenuhi data periode ini.

Asal laporan
Unsur         Berkas                                         Versi atau waktu                                    SHA-256
------------  ---------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                            0.1.0
waktu hitung                                                 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/kab-pasuruan.ind                                                                             cde1f986cb455e251d85ae80ddcac667ae3e8ccc45f77bc996787f7c3a7c2bab
modul         stdlib/capaian.ind                             pustaka standar versi 1                             0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12
modul         stdlib/efisiensi.ind                           pustaka standar versi 1                             765fe587f602a470edd68b8d4c7a082ccf7b847ee4949986db6caabf2591d510
modul         stdlib/ipasn.ind                               pustaka standar versi 1                             b45ec641a27e917d95bc5c2c1249e7b8c3a404435d6c73192d2912d22c631fe8
modul         stdlib/skp.ind                                 pustaka standar versi 1                             f90202e8ca8d971d76da6ab00b64c6f2c4ea843d886ae0670df909de92c49c9e
modul         stdlib/sakip.ind                               pustaka standar versi 1                             f451084bb2ee33a85703f387ca8a003f025ad2723bd42f6ba5bbc0d5b4d573c5
data          examples/kab-pasuruan/2024/ipasn_dimensi.csv                                                       1af3258e1f418d28559b53263b3cffa3092e793d81b885bafacf4e9f2a276bd1
data          examples/kab-pasuruan/2024/merit_aspek.csv                                                         17406662efa45a90c2355234225c3626518613eef4072ecf95030ff0a4d41ef8
data          examples/kab-pasuruan/2024/sakip_komponen.csv                                                      32046497b6ab3016cab2a9dddf6d950692dc289a706e323c3e668ea3ecaf49b2
data          examples/kab-pasuruan/2024/realisasi.csv                                                           1010f5207a89c1791188d5a31de11ecf1a7bc501feb2a53dd0f67d11066197f2
data          examples/kab-pasuruan/2024/anggaran.csv                                                            8f22723516fee67b5212bc71cb5c2ad38219bc9ae1de46b111d0c52c860831be
tercetak      examples/kab-pasuruan/2024/tercetak.csv                                                            ac24af7ceb5b9894feb2aa050232f577503e68fdc2bc59708c3adce52b18812b
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
