$ env SOURCE_DATE_EPOCH= ind eval tests/golden/provenance/stempel.ind --data tests/golden/provenance/data/2024 --format json
--- stdout

--- stderr
error[E-WAKTU]: SOURCE_DATE_EPOCH '' bukan jumlah detik sejak 1970-01-01 UTC
   = saran: tulis bilangan bulat tanpa tanda, paling besar 253402300799 (akhir tahun 9999), mis. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct); atau hapus variabel itu (unset SOURCE_DATE_EPOCH) agar waktu diambil dari jam sistem

--- exit 2
