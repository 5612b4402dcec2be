$ ind check tests/golden/errors/syntax_field_unknown.ind
--- stdout
tests/golden/errors/syntax_field_unknown.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_field_unknown.ind:22:3: error[E-SINTAKS]: diharapkan kolom indikator atau '}'
 22 |   keterangan "x"
    |   ^
   = saran: kolom indikator: tingkat, induk, satuan, arah, definisi, sumber, rumus, bulat, target, capaian, predikat, kategori, anggaran, efisiensi, predikat_efisiensi, dasar, status, berlaku, kumulatif; rumus capaian dan efisiensi ditulis sesudah '=': capaian = target / realisasi * 100

--- exit 2
