$ ind audit rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024
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
