$ ind explain tests/golden/syarat/kepegawaian.ind "Jumlah ASN per golongan = jumlah ASN" --data tests/golden/syarat/data/gagal/2024
--- stdout
syarat - Jumlah ASN per golongan = jumlah ASN, periode 2024

syarat "Jumlah ASN per golongan = jumlah ASN" 2024 = salah
  (tests/golden/syarat/kepegawaian.ind:26:1)
  dasar: Rekap ASN per golongan, BKPSDM
  jumlah(pegawai_golongan.jumlah) = jumlah_asn = salah
    jumlah(pegawai_golongan.jumlah) = 1.240
      kolom jumlah, baris 2 = 40   (tests/golden/syarat/data/gagal/2024/pegawai_golongan.csv:2:3)
      kolom jumlah, baris 3 = 310   (tests/golden/syarat/data/gagal/2024/pegawai_golongan.csv:3:4)
      kolom jumlah, baris 4 = 640   (tests/golden/syarat/data/gagal/2024/pegawai_golongan.csv:4:5)
      kolom jumlah, baris 5 = 250   (tests/golden/syarat/data/gagal/2024/pegawai_golongan.csv:5:4)
    nilai jumlah_asn 2024 = 1.250
      rumus: ambil(rekap_asn.jumlah dengan uraian = "Jumlah ASN")   (tests/golden/syarat/kepegawaian.ind:23:41)
      ambil(rekap_asn.jumlah dengan uraian = "Jumlah ASN") = 1.250
        uraian = "Jumlah ASN" = benar
          kolom uraian, baris 2 = "Jumlah ASN"   (tests/golden/syarat/data/gagal/2024/rekap_asn.csv:2:1)
        kolom jumlah, baris 2 = 1.250   (tests/golden/syarat/data/gagal/2024/rekap_asn.csv:2:12)
  hasil: tidak terpenuhi

Asal laporan
Unsur         Berkas                                                    Versi atau waktu                                    SHA-256
------------  --------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                       0.1.0
waktu hitung                                                            1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/syarat/kepegawaian.ind                                                                           702caee499fa692d090c865243f6494644c760b44e03b06714c6c59961f73cf9
data          tests/golden/syarat/data/gagal/2024/pegawai_golongan.csv                                                      fe0a54b896176670bb7c8b2b45ccd3484d578749876818eeae8860254af1a7de
data          tests/golden/syarat/data/gagal/2024/rekap_asn.csv                                                             0a3bc57bcae5f7fbeadcb3b8e235c366ed3b67f2cdaec58518ce396f26ebe210
data          tests/golden/syarat/data/gagal/2024/aspek.csv                                                                 3eff3b5d49b2dedbf45df795f36455139a114c26f5b926a99747d3923d84fe0e
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/syarat/kepegawaian.ind:27:3: warning[W-SYARAT]: syarat "Jumlah ASN per golongan = jumlah ASN" tidak terpenuhi: sisi kiri 1.240, sisi kanan 1.250
 27 |   jumlah(pegawai_golongan.jumlah) = jumlah_asn
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: periksa data yang dibaca rumus ini, atau catat kesalahannya bila laporan memang mencetaknya demikian
   = dasar: Rekap ASN per golongan, BKPSDM
tests/golden/syarat/kepegawaian.ind:31:3: warning[W-SYARAT]: syarat "Nilai aspek tidak melebihi maksimum" tidak terpenuhi pada 7 dari 8 baris tabel aspek
 31 |   nilai <= maks
    |   ^~~~~~~~~~~~~
tests/golden/syarat/data/gagal/2024/aspek.csv:2:1: catatan: sisi kiri 21, sisi kanan 20
 2 | Perencanaan;21;20
   | ^~~~~~~~~~~
tests/golden/syarat/data/gagal/2024/aspek.csv:4:1: catatan: sisi kiri 20,5, sisi kanan 20
 4 | Pengembangan;20,5;20
   | ^~~~~~~~~~~~
tests/golden/syarat/data/gagal/2024/aspek.csv:5:1: catatan: sisi kiri 13, sisi kanan 12,5
 5 | Promosi;13;12,5
   | ^~~~~~~
tests/golden/syarat/data/gagal/2024/aspek.csv:6:1: catatan: sisi kiri 11, sisi kanan 10
 6 | Penilaian;11;10
   | ^~~~~~~~~
tests/golden/syarat/data/gagal/2024/aspek.csv:7:1: catatan: sisi kiri 10,25, sisi kanan 10
 7 | Penggajian;10,25;10
   | ^~~~~~~~~~
catatan: ... dan 2 baris lain
   = saran: perbaiki baris yang disebut di catatan
   = dasar: PermenPANRB 40/2018, Lampiran

--- exit 0
