$ ind fmt tests/golden/fmt/tidak-ada.ind
--- stdout

--- stderr
tests/golden/fmt/tidak-ada.ind: error[E-BERKAS]: berkas aturan: berkas tidak dapat dibuka
   = saran: periksa nama berkas dan izin membacanya
tests/golden/fmt/tidak-ada.ind: tidak dirapikan

--- exit 2
