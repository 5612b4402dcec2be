$ ind eval rules/kota-blitar.ind --data examples/kota-blitar/2023 --format table
--- stdout
BKPSDM Kota Blitar
Periode 2023 (Renstra 2021-2026)

Capaian Kinerja 2023
No  Indikator                                             Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat         Kategori
--  ----------------------------------------------------  -------  ------  ------  ---------  -----------  ---------------  --------
 1  Indeks Profesionalitas ASN                            tujuan   nilai    80,20      70,89        88,39  Sangat berhasil  -
 2  Indeks Sistem Merit                                   sasaran  nilai   270,00     271,50       100,56  Sangat berhasil  Baik
 3  Persentase ASN yang Mengikuti Diklat dan Peningkatan  sasaran  persen   13,02      75,91       583,03  Sangat berhasil  -
    Kapasitas ASN
 4  Nilai SAKIP Perangkat Daerah                          sasaran  nilai    86,35      85,49        99,00  Sangat berhasil  -

Perbandingan Realisasi dan Target Renstra
Indikator                                             Realisasi 2020  Realisasi 2022  Realisasi 2023  Target 2026
----------------------------------------------------  --------------  --------------  --------------  -----------
Indeks Profesionalitas ASN                                     78,54               -           70,89            -
Indeks Sistem Merit                                           208,00          262,00          271,50       300,00
Persentase ASN yang Mengikuti Diklat dan Peningkatan            8,30           49,00           75,91        51,00
Kapasitas ASN
Nilai SAKIP Perangkat Daerah                                   86,30           85,16           85,49        86,38

Nilai Komponen
Nilai                          Uraian                                                                 Angka
-----------------------------  ------------------------------------------------------------  --------------
kemajuan_sistem_merit          Tingkat kemajuan Indeks Sistem Merit terhadap target akhir             90,50
                               Renstra
kemajuan_asn_diklat            Tingkat kemajuan Persentase ASN yang Mengikuti Diklat                 148,84
                               terhadap target akhir Renstra
kemajuan_nilai_sakip           Tingkat kemajuan Nilai SAKIP Perangkat Daerah terhadap                 98,97
                               target akhir Renstra
capaian_nasional_ip_asn        Capaian IP ASN KemenPAN RB                                            108,11
capaian_nasional_sistem_merit  Capaian Sistem Merit KemenPAN RB                                      111,25
capaian_nasional_sakip         Capaian SAKIP KemenPAN RB                                             100,15
jumlah_aspek_sistem_merit      Jumlah nilai delapan aspek Sistem Merit (L504-L511)                   271,00
jumlah_asn_ptt                 Jumlah ASN dan PTT 2023                                                3.008
jumlah_ikut_dan_belum_pengkom  ASN yang telah dan yang belum mengikuti pengembangan                   2.491
                               kompetensi
cakupan_pengkom_dari_jumlah    Persentase ASN yang mengikuti pengembangan kompetensi, dari            75,90
                               jumlah orang
persen_belum_pengkom           Persentase ASN yang belum mengikuti pengembangan kompetensi              6,9
                               sama sekali
persen_sudah_pengkom           Persentase ASN yang telah mengikuti pengembangan kompetensi             93,1
                               (L829)
kenaikan_sistem_merit          Kenaikan Indeks Sistem Merit 2022-2023                                   9,5
kenaikan_cakupan_pengkom       Kenaikan persentase ASN yang mengikuti diklat 2022-2023                26,91
pegawai_laki_laki              Pegawai laki-laki (Tabel 1.1)                                             14
pegawai_perempuan              Pegawai perempuan (Tabel 1.1)                                             21
jumlah_pegawai                 Jumlah pegawai (Tabel 1.1)                                                35
porsi_laki_laki                Porsi pegawai laki-laki (L248)                                         40,00
porsi_perempuan                Porsi pegawai perempuan (L248)                                         60,00
pendidikan_laki_laki           Pegawai laki-laki (Tabel 1.2)                                             14
pendidikan_perempuan           Pegawai perempuan (Tabel 1.2)                                             21
pendidikan_jumlah              Jumlah pegawai (Tabel 1.2)                                                35
porsi_pendidikan_s1            Porsi pegawai berijazah S1 (L272)                                      54,29
porsi_pendidikan_d3            Porsi pegawai berijazah D III (L272)                                   20,00
porsi_pendidikan_slta          Porsi pegawai berijazah SLTA (L272)                                    14,29
porsi_pendidikan_s2            Porsi pegawai berijazah S2 (L272)                                      11,43
golongan_laki_laki             Pegawai laki-laki (Tabel 1.3)                                             14
golongan_perempuan             Pegawai perempuan (Tabel 1.3)                                             20
golongan_jumlah                Jumlah pegawai (Tabel 1.3)                                                34
pejabat_laki_laki              Pegawai laki-laki (Tabel 1.4)                                             14
pejabat_perempuan              Pegawai perempuan (Tabel 1.4)                                             21
pejabat_jumlah                 Jumlah pegawai (Tabel 1.4)                                                35
porsi_fungsional_khusus        Porsi Pejabat Fungsional Khusus (L327)                                 48,57
pagu_dpa                       Jumlah pagu tiga program (Lampiran 3)                         14.645.969.413
serapan_dpa                    Serapan anggaran seluruh DPA                                           87,36
porsi_anggaran_sistem_merit    Porsi anggaran sasaran Indeks Sistem Merit                             18,36
porsi_anggaran_asn_diklat      Porsi anggaran sasaran Persentase ASN yang mengikuti diklat            16,46
porsi_anggaran_nilai_sakip     Porsi anggaran sasaran Nilai SAKIP Perangkat Daerah                    64,96
penurunan_pagu_sistem_merit    Penurunan pagu sasaran Indeks Sistem Merit 2022-2023           2.150.769.223
anggaran_pengkom_2023          Total anggaran pengembangan kompetensi 2023 (APBD dan hadiah   3.161.008.974
                               non tunai)
penurunan_anggaran_pengkom     Penurunan anggaran pengembangan kompetensi 2022-2023           1.053.628.026

Realisasi Anggaran 2023
Kode  Uraian                                                             Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Predikat
----  ------------------------------------------------------------  --------------  --------------  -----------  --------
A     Meningkatnya tata kelola kepegawaian sesuai dengan             2.688.593.227   1.563.272.055        58,14  -
      prinsip-prinsip manajemen kepegawaian yang baik (Indeks
      Sistem Merit)
B     Meningkatnya Kompetensi Aparatur Sipil Negara (Persentase      2.411.008.974   2.102.227.874        87,19  -
      ASN yang mengikuti diklat dan peningkatan kapasitas ASN)
C     Meningkatnya Kinerja Perangkat Daerah (Nilai SAKIP Perangkat   9.513.625.429   9.129.279.310        95,96  -
      Daerah)
      Jumlah                                                        14.613.227.630  12.794.779.239        87,56  -

Efisiensi Penggunaan Sumber Daya
Indikator                                             Capaian Kinerja (%)      Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Rasio Efisiensi  Tingkat Efisiensi
----------------------------------------------------  -------------------  -------------  --------------  -----------  ---------------  -----------------
Indeks Sistem Merit                                                100,56  2.688.593.227   1.563.272.055        58,14             1,73  EFISIEN
Persentase ASN yang Mengikuti Diklat dan Peningkatan               583,03  2.411.008.974   2.102.227.874        87,19             6,69  EFISIEN
Kapasitas ASN
Nilai SAKIP Perangkat Daerah                                        99,00  9.513.625.429   9.129.279.310        95,96             1,03  EFISIEN

--- stderr

--- exit 0
