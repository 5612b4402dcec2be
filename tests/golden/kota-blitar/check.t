$ ind check rules/kota-blitar.ind
--- stdout
rules/kota-blitar.ind: 23 peringatan

--- stderr
rules/kota-blitar.ind:117:3: warning[W-SKALA-CELAH]: ada celah (324..325) antara kelas "Baik" dan "Sangat baik"
 117 |   [325..400] "Sangat baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:118:3: catatan: kelas "Baik"
 118 |   [250..324] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:118:3: warning[W-SKALA-CELAH]: ada celah (249..250) antara kelas "Kurang" dan "Baik"
 118 |   [250..324] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:119:3: catatan: kelas "Kurang"
 119 |   [175..249] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:119:3: warning[W-SKALA-CELAH]: ada celah (147..175) antara kelas "Buruk" dan "Kurang"
 119 |   [175..249] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:120:3: catatan: kelas "Buruk"
 120 |   [10..147]  "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:120:3: warning[W-SKALA-CELAH]: nilai di bawah 10 tidak masuk kelas mana pun
 120 |   [10..147]  "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..10)
rules/kota-blitar.ind:127:3: warning[W-SKALA-CELAH]: ada celah (0,8..0,81) antara kelas "Baik" dan "Sangat baik"
 127 |   [0,81..1]      "Sangat baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:128:3: catatan: kelas "Baik"
 128 |   [0,61..0,80]   "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:128:3: warning[W-SKALA-CELAH]: ada celah (0,6..0,61) antara kelas "Kurang" dan "Baik"
 128 |   [0,61..0,80]   "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:129:3: catatan: kelas "Kurang"
 129 |   [0,41..0,60]   "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:129:3: warning[W-SKALA-CELAH]: ada celah (0,4..0,41) antara kelas "Buruk" dan "Kurang"
 129 |   [0,41..0,60]   "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:130:3: catatan: kelas "Buruk"
 130 |   [0,20..0,40]   "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:130:3: warning[W-SKALA-CELAH]: nilai di bawah 0,2 tidak masuk kelas mana pun
 130 |   [0,20..0,40]   "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..0,2)
rules/kota-blitar.ind:136:3: warning[W-SKALA-CELAH]: ada celah [1..1] antara kelas "TIDAK EFISIEN" dan "EFISIEN"
 136 |   (1..~)  "EFISIEN"
     |   ^~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:137:3: catatan: kelas "TIDAK EFISIEN"
 137 |   (~..1)  "TIDAK EFISIEN"
     |   ^~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:149:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2021
 149 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2021: ...
rules/kota-blitar.ind:149:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2022
 149 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2022: ...
rules/kota-blitar.ind:149:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2024
 149 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2024: ...
rules/kota-blitar.ind:149:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2025
 149 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2025: ...
rules/kota-blitar.ind:149:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2026
 149 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2026: ...
rules/kota-blitar.ind:172:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2021
 172 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2021: ...
rules/kota-blitar.ind:172:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2024
 172 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2024: ...
rules/kota-blitar.ind:172:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2025
 172 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2025: ...
rules/kota-blitar.ind:194:1: warning[W-TARGET]: indikator persentase_asn_diklat tidak punya target tahun 2021
 194 | indikator persentase_asn_diklat "Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2021: ...
rules/kota-blitar.ind:194:1: warning[W-TARGET]: indikator persentase_asn_diklat tidak punya target tahun 2024
 194 | indikator persentase_asn_diklat "Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2024: ...
rules/kota-blitar.ind:194:1: warning[W-TARGET]: indikator persentase_asn_diklat tidak punya target tahun 2025
 194 | indikator persentase_asn_diklat "Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2025: ...
... dan 3 temuan lain tidak ditampilkan

--- exit 1
