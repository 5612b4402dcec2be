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
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
