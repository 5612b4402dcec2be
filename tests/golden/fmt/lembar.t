$ ind fmt --diff tests/golden/fmt/berkas/lembar.ind
--- stdout
--- tests/golden/fmt/berkas/lembar.ind
+++ tests/golden/fmt/berkas/lembar.ind
@@ -1,8 +1,12 @@
-instansi "Contoh"   renstra 2024..2024
-tabel skor "skor.csv"   lembar    "Data Skor"  "Skor" {
-kolom nilai desimal }
-realisasi "realisasi.csv" lembar "Realisasi"   titik
-anggaran "anggaran.csv"  lembar "Pagu" {
- serapan bulat 2 }
+instansi "Contoh" renstra 2024..2024
+
+tabel skor "skor.csv" lembar "Data Skor" "Skor" {
+  kolom nilai desimal }
+
+realisasi "realisasi.csv" lembar "Realisasi" titik
+
+anggaran "anggaran.csv" lembar "Pagu" {
+  serapan bulat 2 }
+
 tercetak "tercetak.csv"
-   lembar "Angka tercetak"
+  lembar "Angka tercetak"

--- stderr

--- exit 1
