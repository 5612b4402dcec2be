$ ind audit tests/golden/capaian/tujuan.ind --data examples/kab-pasuruan/2024
--- stdout
Audit Contoh Capaian Tujuan, periode 2024: 8 angka tercetak diperiksa, 5 tidak cocok: 2 kesalahan asal, 3 akibat dari kesalahan lain

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

--- stderr

--- exit 1
