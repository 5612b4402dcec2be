$ ind fmt --diff tests/golden/fmt/versi-target.ind
--- stdout
--- tests/golden/fmt/versi-target.ind
+++ tests/golden/fmt/versi-target.ind
@@ -2,10 +2,11 @@
 target renstra "Renstra"
 target pk "Perjanjian Kinerja"
 capaian terhadap pk
+
 indikator a "A" {
   tingkat sasaran; satuan persen; arah naik
   rumus 1
-  target   renstra    2024: 80 2025: 82
-  target pk 2024:82   2024-TW1: 78 2025: 83
-  target 2024: 81  2025: 84
+  target renstra 2024: 80  2025: 82
+  target pk 2024: 82       2024-TW1: 78  2025: 83
+  target 2024: 81          2025: 84
 }

--- stderr

--- exit 1
