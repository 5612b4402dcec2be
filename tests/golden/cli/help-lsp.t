$ ind help lsp
--- stdout
layani editor lewat Language Server Protocol di stdin dan stdout
Pemakaian: ind lsp [OPSI]

Opsi:
  -h,--help                   tampilkan bantuan ini

Contoh:
  dijalankan oleh editor (lihat README, Editor support), dengan pustaka lain:
    ind lsp --stdlib /usr/share/ind/stdlib

--- stderr

--- exit 0
