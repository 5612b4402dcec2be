$ ind audit tests/golden/capaian/tujuan.ind --data examples/kab-pasuruan/2024
--- stdout
Audit: Contoh Capaian Tujuan — 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                     8
Cocok pada ketelitian cetaknya               3
Tidak cocok (temuan)                         5
Kesalahan asal laporan                       2
Akibat dari kesalahan lain                   3
Tempat angka yang tidak cocok tercetak       5

1. TIDAK COCOK, kesalahan asal - Tabel sasaran, baris 1: capaian indeks_sistem_merit
   tercetak 105,3%, dihitung 105,7   (examples/kab-pasuruan/2024/../../../tests/golden/capaian/tercetak.csv:4:1)
   aturan: capaian.naik(realisasi; target) (tests/golden/capaian/tujuan.ind:35:13)
   petunjuk: angka tercetak lebih kecil 0,4

2. TIDAK COCOK, kesalahan asal - Tabel sasaran, baris 2: realisasi nilai_sakip
   tercetak 82,50, dihitung 82,10   (examples/kab-pasuruan/2024/../../../tests/golden/capaian/tercetak.csv:5:1)
   aturan: jumlah(sakip_komponen.nilai) (tests/golden/capaian/tujuan.ind:40:9)
   petunjuk: angka tercetak lebih besar 0,40

3. TIDAK COCOK, akibat temuan 2 - Tabel sasaran, baris 2: capaian nilai_sakip
   tercetak 100,49%, dihitung 100,00   (examples/kab-pasuruan/2024/../../../tests/golden/capaian/tercetak.csv:7:1)
   aturan: capaian.naik(realisasi; target) (tests/golden/capaian/tujuan.ind:42:13)
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 82,50 (temuan 2)

4. TIDAK COCOK, akibat temuan 1 dan 2 - Tabel tujuan: realisasi tata_kelola
   tercetak 102,90, dihitung 102,85   (examples/kab-pasuruan/2024/../../../tests/golden/capaian/tercetak.csv:8:1)
   aturan: rata(capaian(indeks_sistem_merit); capaian(nilai_sakip)) (tests/golden/capaian/tujuan.ind:26:9)
   petunjuk: sama dengan hasil rumus bila dihitung dari capaian indeks_sistem_merit tercetak 105,3% (temuan 1) dan realisasi nilai_sakip tercetak 82,50 (temuan 2)

5. TIDAK COCOK, akibat temuan 4 - Tabel tujuan: capaian tata_kelola
   tercetak 102,90%, dihitung 102,85   (examples/kab-pasuruan/2024/../../../tests/golden/capaian/tercetak.csv:9:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 102,90 (temuan 4)

3 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                                                 Versi atau waktu                                    SHA-256
------------  ---------------------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                                    0.1.0
waktu hitung                                                                         1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/capaian/tujuan.ind                                                                                            ad6e7e8e8548ea6475c225a831bcfd928c42020a47ca8e7c8d50811c4f87b0e3
modul         stdlib/capaian.ind                                                     pustaka standar versi 1                             0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12
data          examples/kab-pasuruan/2024/merit_aspek.csv                                                                                 17406662efa45a90c2355234225c3626518613eef4072ecf95030ff0a4d41ef8
data          examples/kab-pasuruan/2024/sakip_komponen.csv                                                                              32046497b6ab3016cab2a9dddf6d950692dc289a706e323c3e668ea3ecaf49b2
tercetak      examples/kab-pasuruan/2024/../../../tests/golden/capaian/tercetak.csv                                                      64c21bc4d07d5eb6f871736f743636f525fff9878c5fa4204dc4c414b533805a
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
