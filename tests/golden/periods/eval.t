$ ind eval tests/golden/periods/literal.ind --data tests/golden/quarterly/data/2024-TW2 --period 2024-TW2
--- stdout
Contoh Periode di Rumus
Periode TW II 2024 (Renstra 2024-2024)

Capaian Kinerja TW II 2024
No  Indikator                                    Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat  Kategori
--  -------------------------------------------  -------  ------  ------  ---------  -----------  --------  --------
 1  ASN yang mengikuti pelatihan dalam triwulan  sasaran  orang       60         62        103,3  -         -
 2  Indeks kepuasan layanan kepegawaian          sasaran  indeks    80,5       80,5       100,00  -         -

Perbandingan Realisasi dan Target Renstra
Indikator                                    Realisasi TW II 2024  Target TW III 2024  Target TW IV 2024
-------------------------------------------  --------------------  ------------------  -----------------
ASN yang mengikuti pelatihan dalam triwulan                    62                  60                 40
Indeks kepuasan layanan kepegawaian                          80,5                   -                  -

Nilai Komponen
Nilai                 Uraian                                                  Angka
--------------------  ------------------------------------------------------  -----
pelatihan_tw1         Pelatihan TW I                                             35
pelatihan_tw1_romawi  Pelatihan TW I (angka Romawi)                              35
pelatihan_semester_i  Pelatihan TW I dan TW II                                   97
target_semester_i     Target semester I (tanpa target sendiri: target tahun)    200
target_tahun          Target tahun 2024                                         200
target_teks           Target TW III, periode ditulis sebagai teks                60
capaian_tw1           Capaian pelatihan TW I                                   87,5
capaian_kini          Capaian pelatihan periode ini                           103,3
kenaikan_kepuasan     Kenaikan indeks kepuasan dari TW I                        1,1
triwulan_ii           Periode ini triwulan II 2024                                1
setelah_tw1           Periode ini setelah triwulan I 2024                         1
tahun_2024            Periode ini tahun 2024                                      0

Asal laporan
Unsur         Berkas                                              Versi atau waktu                                    SHA-256
------------  --------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                 0.1.0
waktu hitung                                                      1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/periods/literal.ind                                                                        36f80ca309242c24304f9dc22c0fb80edbd155d3a6a599c45a807246b84832a8
data          tests/golden/quarterly/data/2024-TW2/realisasi.csv                                                      6c87d9c564e266c755d3636f44682cf48efbbee44889c4349aa501fe406a6832
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
