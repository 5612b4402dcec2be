$ ind explain rules/kab-pasuruan.ind ip_asn_pns --data examples/kab-pasuruan/2024
--- stdout
ip_asn_pns - IP ASN PNS, periode 2024

nilai ip_asn_pns 2024 = 79,92
  rumus: jumlah(ipasn_dimensi.pns)   (rules/kab-pasuruan.ind:113:33)
  jumlah(ipasn_dimensi.pns) = 79,92
    kolom pns, baris 2 = 20,72   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:2:13)
    kolom pns, baris 3 = 29,21   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:3:12)
    kolom pns, baris 4 = 24,99   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:4:9)
    kolom pns, baris 5 = 5   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:5:10)
  dibulatkan setengah ke atas, 2 desimal: 79,92 (dari 79,92)

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
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
