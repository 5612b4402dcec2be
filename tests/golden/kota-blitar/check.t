$ ind check rules/kota-blitar.ind
--- stdout
rules/kota-blitar.ind: 24 peringatan

--- stderr
rules/kota-blitar.ind:144:3: warning[W-SKALA-CELAH]: nilai di atas 100 tidak masuk kelas mana pun
 144 |   [85..100] "Sangat berhasil"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: perluas kelas teratas sampai batas ranah skala
rules/kota-blitar.ind:165:3: warning[W-SKALA-CELAH]: ada celah (324..325) antara kelas "Baik" dan "Sangat baik"
 165 |   [325..400] "Sangat baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:166:3: catatan: kelas "Baik"
 166 |   [250..324] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 324,5 tidak masuk kelas mana pun; tulis kelas "Sangat baik" sebagai (324..400] agar bersambung dengan [250..324]
rules/kota-blitar.ind:166:3: warning[W-SKALA-CELAH]: ada celah (249..250) antara kelas "Kurang" dan "Baik"
 166 |   [250..324] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:167:3: catatan: kelas "Kurang"
 167 |   [175..249] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 249,5 tidak masuk kelas mana pun; tulis kelas "Baik" sebagai (249..324] agar bersambung dengan [175..249]
rules/kota-blitar.ind:167:3: warning[W-SKALA-CELAH]: ada celah (147..175) antara kelas "Buruk" dan "Kurang"
 167 |   [175..249] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:168:3: catatan: kelas "Buruk"
 168 |   [10..147]  "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 161 tidak masuk kelas mana pun; tulis kelas "Kurang" sebagai (147..249] agar bersambung dengan [10..147]
rules/kota-blitar.ind:168:3: warning[W-SKALA-CELAH]: nilai di bawah 10 tidak masuk kelas mana pun
 168 |   [10..147]  "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..10)
rules/kota-blitar.ind:175:3: warning[W-SKALA-CELAH]: ada celah (0,8..0,81) antara kelas "Baik" dan "Sangat baik"
 175 |   [0,81..1]    "Sangat baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:176:3: catatan: kelas "Baik"
 176 |   [0,61..0,80] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 0,805 tidak masuk kelas mana pun; tulis kelas "Sangat baik" sebagai (0,8..1] agar bersambung dengan [0,61..0,8]
rules/kota-blitar.ind:176:3: warning[W-SKALA-CELAH]: ada celah (0,6..0,61) antara kelas "Kurang" dan "Baik"
 176 |   [0,61..0,80] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:177:3: catatan: kelas "Kurang"
 177 |   [0,41..0,60] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 0,605 tidak masuk kelas mana pun; tulis kelas "Baik" sebagai (0,6..0,8] agar bersambung dengan [0,41..0,6]
rules/kota-blitar.ind:177:3: warning[W-SKALA-CELAH]: ada celah (0,4..0,41) antara kelas "Buruk" dan "Kurang"
 177 |   [0,41..0,60] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:178:3: catatan: kelas "Buruk"
 178 |   [0,20..0,40] "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 0,405 tidak masuk kelas mana pun; tulis kelas "Kurang" sebagai (0,4..0,6] agar bersambung dengan [0,2..0,4]
rules/kota-blitar.ind:178:3: warning[W-SKALA-CELAH]: nilai di bawah 0,2 tidak masuk kelas mana pun
 178 |   [0,20..0,40] "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..0,2)
rules/kota-blitar.ind:184:3: warning[W-SKALA-CELAH]: ada celah [1..1] antara kelas "TIDAK EFISIEN" dan "EFISIEN"
 184 |   (1..~) "EFISIEN"
     |   ^~~~~~~~~~~~~~~~
rules/kota-blitar.ind:185:3: catatan: kelas "TIDAK EFISIEN"
 185 |   (~..1) "TIDAK EFISIEN"
     |   ^~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 1 tidak masuk kelas mana pun; tulis kelas "EFISIEN" sebagai [1..~) agar bersambung dengan (~..1)
rules/kota-blitar.ind:197:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2021
 197 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2021: ...
rules/kota-blitar.ind:197:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2022
 197 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2022: ...
rules/kota-blitar.ind:197:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2024
 197 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2024: ...
rules/kota-blitar.ind:197:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2025
 197 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2025: ...
rules/kota-blitar.ind:197:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2026
 197 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2026: ...
rules/kota-blitar.ind:221:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2021
 221 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2021: ...
rules/kota-blitar.ind:221:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2024
 221 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2024: ...
rules/kota-blitar.ind:221:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2025
 221 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2025: ...
rules/kota-blitar.ind:246:1: warning[W-TARGET]: indikator persentase_asn_diklat tidak punya target tahun 2021
 246 | indikator persentase_asn_diklat "Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2021: ...
rules/kota-blitar.ind:246:1: warning[W-TARGET]: indikator persentase_asn_diklat tidak punya target tahun 2024
 246 | indikator persentase_asn_diklat "Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2024: ...
... dan 4 temuan lain tidak ditampilkan

--- exit 1
