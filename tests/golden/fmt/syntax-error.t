$ ind fmt $OUT/rusak.ind
--- given rusak.ind
indikator kepuasan "Indeks kepuasan" {
  tingkat sasaran ;   satuan indeks
  rumus (1 + 2
}

--- stdout

--- stderr
$OUT/rusak.ind:4:1: error[E-SINTAKS]: diharapkan ')' untuk menutup '('
 4 | }
   | ^
$OUT/rusak.ind: tidak dirapikan

--- file rusak.ind
indikator kepuasan "Indeks kepuasan" {
  tingkat sasaran ;   satuan indeks
  rumus (1 + 2
}

--- exit 2
