$ ind check rules/kota-blitar.ind
--- stdout
rules/kota-blitar.ind: 25 peringatan

--- stderr
rules/kota-blitar.ind:102:3: warning[W-SKALA-CELAH]: capaian di atas 100 tidak masuk kelas mana pun
 102 |   [85..100] "Sangat berhasil"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: capaian dapat melebihi 100%; tutup kelas teratas dengan '~', mis. [85..~)
rules/kota-blitar.ind:113:3: warning[W-SKALA-CELAH]: ada celah (324..325) antara kelas "Baik" dan "Sangat baik"
 113 |   [325..400] "Sangat baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:114:3: catatan: kelas "Baik"
 114 |   [250..324] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:114:3: warning[W-SKALA-CELAH]: ada celah (249..250) antara kelas "Kurang" dan "Baik"
 114 |   [250..324] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:115:3: catatan: kelas "Kurang"
 115 |   [175..249] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:115:3: warning[W-SKALA-CELAH]: ada celah (147..175) antara kelas "Buruk" dan "Kurang"
 115 |   [175..249] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:116:3: catatan: kelas "Buruk"
 116 |   [10..147]  "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:116:3: warning[W-SKALA-CELAH]: nilai di bawah 10 tidak masuk kelas mana pun
 116 |   [10..147]  "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..10)
rules/kota-blitar.ind:123:3: warning[W-SKALA-CELAH]: ada celah (0,8..0,81) antara kelas "Baik" dan "Sangat baik"
 123 |   [0,81..1]      "Sangat baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:124:3: catatan: kelas "Baik"
 124 |   [0,61..0,80]   "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:124:3: warning[W-SKALA-CELAH]: ada celah (0,6..0,61) antara kelas "Kurang" dan "Baik"
 124 |   [0,61..0,80]   "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:125:3: catatan: kelas "Kurang"
 125 |   [0,41..0,60]   "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:125:3: warning[W-SKALA-CELAH]: ada celah (0,4..0,41) antara kelas "Buruk" dan "Kurang"
 125 |   [0,41..0,60]   "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:126:3: catatan: kelas "Buruk"
 126 |   [0,20..0,40]   "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:126:3: warning[W-SKALA-CELAH]: nilai di bawah 0,2 tidak masuk kelas mana pun
 126 |   [0,20..0,40]   "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..0,2)
rules/kota-blitar.ind:132:3: warning[W-SKALA-CELAH]: ada celah [1..1] antara kelas "TIDAK EFISIEN" dan "EFISIEN"
 132 |   (1..~)  "EFISIEN"
     |   ^~~~~~~~~~~~~~~~~
rules/kota-blitar.ind:133:3: catatan: kelas "TIDAK EFISIEN"
 133 |   (~..1)  "TIDAK EFISIEN"
     |   ^~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kota-blitar.ind:145:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2021
 145 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2021: ...
rules/kota-blitar.ind:145:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2022
 145 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2022: ...
rules/kota-blitar.ind:145:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2024
 145 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2024: ...
rules/kota-blitar.ind:145:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2025
 145 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2025: ...
rules/kota-blitar.ind:145:1: warning[W-TARGET]: indikator ip_asn tidak punya target tahun 2026
 145 | indikator ip_asn "Indeks Profesionalitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2026: ...
rules/kota-blitar.ind:168:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2021
 168 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2021: ...
rules/kota-blitar.ind:168:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2024
 168 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2024: ...
rules/kota-blitar.ind:168:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2025
 168 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2025: ...
rules/kota-blitar.ind:190:1: warning[W-TARGET]: indikator persentase_asn_diklat tidak punya target tahun 2021
 190 | indikator persentase_asn_diklat "Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2021: ...
rules/kota-blitar.ind:190:1: warning[W-TARGET]: indikator persentase_asn_diklat tidak punya target tahun 2024
 190 | indikator persentase_asn_diklat "Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2024: ...
... dan 5 temuan lain tidak ditampilkan

--- exit 1
