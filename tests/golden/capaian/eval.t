$ ind eval tests/golden/capaian/tujuan.ind --data examples/kab-pasuruan/2024
--- stdout
Contoh Capaian Tujuan
Periode 2024 (Renstra 2024-2026)

Capaian Kinerja 2024
No  Indikator                                                     Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat  Kategori
--  ------------------------------------------------------------  -------  ------  ------  ---------  -----------  --------  --------
 1  Kualitas tata kelola kepegawaian (rata-rata capaian sasaran)  tujuan   persen  100,00     102,85       102,85  -         -
 2  Indeks Sistem Merit                                           sasaran  nilai    281,5      297,5        105,7  -         -
 3  Nilai SAKIP                                                   sasaran  nilai    82,10      82,10       100,00  -         -

Perbandingan Realisasi dan Target Renstra
Indikator                                                     Realisasi 2022  Realisasi 2023  Realisasi 2024  Target 2025  Target 2026
------------------------------------------------------------  --------------  --------------  --------------  -----------  -----------
Kualitas tata kelola kepegawaian (rata-rata capaian sasaran)               -               -          102,85       100,00       100,00
Indeks Sistem Merit                                                        -               -           297,5        296,7        296,8
Nilai SAKIP                                                            81,64           82,05           82,10        82,12        82,15

Nilai Komponen
Nilai                 Uraian                                           Angka
--------------------  -----------------------------------------------  -----
selisih_target_merit  Realisasi Sistem Merit di atas target tahun ini     16
sisa_renstra_merit    Jarak Sistem Merit ke target akhir Renstra        -0,7

Asal laporan
Unsur         Berkas                                         Versi atau waktu                                    SHA-256
------------  ---------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                            0.1.0
waktu hitung                                                 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/capaian/tujuan.ind                                                                    ad6e7e8e8548ea6475c225a831bcfd928c42020a47ca8e7c8d50811c4f87b0e3
modul         stdlib/capaian.ind                             pustaka standar versi 1                             0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12
data          examples/kab-pasuruan/2024/merit_aspek.csv                                                         17406662efa45a90c2355234225c3626518613eef4072ecf95030ff0a4d41ef8
data          examples/kab-pasuruan/2024/sakip_komponen.csv                                                      32046497b6ab3016cab2a9dddf6d950692dc289a706e323c3e668ea3ecaf49b2
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
