$ ind eval tests/golden/kumulatif/kumulatif.ind --data tests/golden/kumulatif/data/tahun --period 2024
--- stdout
Contoh Kumulatif
Periode 2024 (Renstra 2024-2024)

Capaian Kinerja 2024
No  Indikator                                Tingkat  Satuan   Target  Realisasi  Capaian (%)  Predikat          Kategori
--  ---------------------------------------  -------  -------  ------  ---------  -----------  ----------------  --------
 1  Dokumen formasi ASN yang selesai         sasaran  dokumen      12          5         41,7  Kurang            -
 2  Indeks kepuasan layanan kepegawaian      sasaran  indeks       82       82,4       100,49  Sangat memuaskan  -
 3  Layanan kepegawaian selesai tepat waktu  sasaran  persen    95,00      94,38         99,3  Sangat Baik       -

Perbandingan Realisasi dan Target Renstra
Indikator                                Realisasi 2024  Target TW I 2024  Target TW II 2024  Target TW III 2024  Target TW IV 2024
---------------------------------------  --------------  ----------------  -----------------  ------------------  -----------------
Dokumen formasi ASN yang selesai                      5                 3                  3                   3                  3
Indeks kepuasan layanan kepegawaian                82,4                 -                  -                   -                  -
Layanan kepegawaian selesai tepat waktu           94,38                 -              93,00                   -                  -

Nilai Komponen
Nilai               Uraian                          Angka
------------------  ------------------------------  -----
dokumen_tw          Dokumen selesai dalam triwulan      5
dokumen_sd          Dokumen selesai s.d. triwulan       5
capaian_dokumen_tw  Capaian dokumen triwulan itu     41,7

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/kumulatif/kumulatif.ind                                                                 16bff3ddd8ef968c71404efe21eb14b24f7bcaba2cb5d85ad78783ba7076bdf4
data          tests/golden/kumulatif/data/tahun/realisasi.csv                                                      560b85d220a95715df06546505c0bfb49eda401bedb6eb07c58878163faf7c47
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/kumulatif/data/tahun/realisasi.csv:6:14: warning[W-KUMULATIF-TAHUN]: realisasi dokumen 2024 tertulis 5 tetapi triwulannya (kumulatif jumlah) menghasilkan 14; sama dengan realisasi TW IV 2024 saja
 6 | dokumen;2024;5
   |              ^
tests/golden/kumulatif/kumulatif.ind:17:3: catatan: cara kumulatif
 17 |   kumulatif jumlah
    |   ^~~~~~~~~~~~~~~~
   = saran: baris tahun memuat realisasi setahun: 14; realisasi tiap triwulan ditulis di baris 2024-TW1 ... -TW4

--- exit 1
