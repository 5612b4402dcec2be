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


--- stderr

--- exit 0
