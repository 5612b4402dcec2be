$ ind fmt $OUT/komentar.ind
--- given komentar.ind
   // Komentar di kepala berkas, dengan spasi di ujungnya.   
modul komentar "Komentar di mana-mana" // di ujung kepala


// sebelum tetapan, setelah dua baris kosong
tetapan batas "Batas" = 120 // di ujung tetapan
   dasar "Contoh" // di ujung dasar
// di antara dasar dan status
     status asumsi

bobot komponen "Komponen" total 100 { // setelah kurung kurawal
  // sebelum butir pertama
  a "A" 30 // butir a
  bb "BB" 70      // butir bb
      // sebelum kurung tutup
}

aturan gabung(x; y) "Gabung" = // setelah sama dengan
  min(x // di dalam kurung
        + y; // setelah titik koma
  // sendirian di dalam kurung
  100)
contoh "Komentar di dalam contoh" {
  gabung(1; 2) = 3 // benar
  // komentar terakhir di dalam contoh
}
// komentar terakhir berkas

--- stdout
dirapikan: $OUT/komentar.ind

--- stderr

--- file komentar.ind
// Komentar di kepala berkas, dengan spasi di ujungnya.
modul komentar "Komentar di mana-mana"  // di ujung kepala

// sebelum tetapan, setelah dua baris kosong
tetapan batas "Batas" = 120  // di ujung tetapan
  dasar "Contoh"             // di ujung dasar
  // di antara dasar dan status
  status asumsi

bobot komponen "Komponen" total 100 {  // setelah kurung kurawal
  // sebelum butir pertama
  a "A" 30    // butir a
  bb "BB" 70  // butir bb
  // sebelum kurung tutup
}

aturan gabung(x; y) "Gabung" =  // setelah sama dengan
  min(x                         // di dalam kurung
    + y;                        // setelah titik koma
    // sendirian di dalam kurung
    100)

contoh "Komentar di dalam contoh" {
  gabung(1; 2) = 3  // benar
  // komentar terakhir di dalam contoh
}
// komentar terakhir berkas

--- exit 0
