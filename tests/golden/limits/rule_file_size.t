$ ind check /dev/zero
--- stdout
/dev/zero: 1 galat, 0 peringatan

--- stderr
/dev/zero: error[E-BERKAS]: berkas aturan: berkas lebih dari 16 MB

--- exit 2
