$ ind eval tests/golden/syarat/kepegawaian.ind --data tests/golden/syarat/data/lulus/2024
--- stdout
Contoh Syarat Data
Periode 2024 (Renstra 2024-2024)

Nilai Komponen
Nilai        Uraian               Angka
-----------  -------------------  -----
jumlah_asn   Jumlah ASN (rekap)   1.250
nilai_aspek  Nilai seluruh aspek     87

Pemeriksaan data
No  Syarat                                Hasil          Sisi kiri  Sisi kanan  Keterangan                       Dasar
--  ------------------------------------  -------------  ---------  ----------  -------------------------------  ------------------------------
 1  Jumlah ASN per golongan = jumlah ASN  terpenuhi      1.250      1.250                                        Rekap ASN per golongan, BKPSDM
 2  Nilai aspek tidak melebihi maksimum   terpenuhi                             8 baris tabel aspek diperiksa    PermenPANRB 40/2018, Lampiran
 3  Maksimum aspek berjumlah 100          terpenuhi      100        100
 4  Syarat lama                           tidak berlaku                         tidak berlaku pada periode 2024
Setiap syarat yang berlaku dipenuhi data periode ini.

Asal laporan
Unsur         Berkas                                                    Versi atau waktu                                    SHA-256
------------  --------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                       0.1.0
waktu hitung                                                            1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/syarat/kepegawaian.ind                                                                           702caee499fa692d090c865243f6494644c760b44e03b06714c6c59961f73cf9
data          tests/golden/syarat/data/lulus/2024/pegawai_golongan.csv                                                      257e543cb1c503481685831c52e571e2c96918da6b60d7ecaa6425f71012f94a
data          tests/golden/syarat/data/lulus/2024/rekap_asn.csv                                                             0a3bc57bcae5f7fbeadcb3b8e235c366ed3b67f2cdaec58518ce396f26ebe210
data          tests/golden/syarat/data/lulus/2024/aspek.csv                                                                 377005546a86722c15753383aff11604f6ec87ba7c9bbd366a0884a6f88282f6
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
