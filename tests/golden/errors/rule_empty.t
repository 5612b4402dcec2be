$ ind check /dev/null
--- stdout
/dev/null: 1 galat, 0 peringatan

--- stderr
/dev/null:1:1: error[E-INSTANSI]: berkas aturan kosong
 1 | 
   | ^
   = saran: baris pertama berkas aturan: instansi "Nama Instansi" renstra 2024..2026 (modul pustaka diawali: modul nama "judul")

--- exit 2
