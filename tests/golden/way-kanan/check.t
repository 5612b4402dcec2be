$ ind check rules/kab-way-kanan.ind
--- stdout
rules/kab-way-kanan.ind: 24 peringatan

--- stderr
rules/kab-way-kanan.ind:72:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Baik"
 72 |   [91..100] "Sangat Baik"
    |   ^~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:73:3: catatan: kelas "Tinggi"
 73 |   [76..90]  "Tinggi"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:72:3: warning[W-SKALA-CELAH]: capaian di atas 100 tidak masuk kelas mana pun
 72 |   [91..100] "Sangat Baik"
    |   ^~~~~~~~~~~~~~~~~~~~~~~
   = saran: capaian dapat melebihi 100%; tutup kelas teratas dengan '~', mis. [85..~)
rules/kab-way-kanan.ind:73:3: warning[W-SKALA-CELAH]: ada celah (75..76) antara kelas "Sedang" dan "Tinggi"
 73 |   [76..90]  "Tinggi"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:74:3: catatan: kelas "Sedang"
 74 |   [66..75]  "Sedang"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:74:3: warning[W-SKALA-CELAH]: ada celah (65..66) antara kelas "Rendah" dan "Sedang"
 74 |   [66..75]  "Sedang"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:75:3: catatan: kelas "Rendah"
 75 |   [51..65]  "Rendah"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:75:3: warning[W-SKALA-CELAH]: ada celah (50..51) antara kelas "Sangat Rendah" dan "Rendah"
 75 |   [51..65]  "Rendah"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:76:3: catatan: kelas "Sangat Rendah"
 76 |   (~..50]   "Sangat Rendah"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:84:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Tinggi"
 84 |   [91..100] "Sangat Tinggi"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:85:3: catatan: kelas "Tinggi"
 85 |   [81..90]  "Tinggi"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:85:3: warning[W-SKALA-CELAH]: ada celah (80..81) antara kelas "Sedang" dan "Tinggi"
 85 |   [81..90]  "Tinggi"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:86:3: catatan: kelas "Sedang"
 86 |   [71..80]  "Sedang"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:86:3: warning[W-SKALA-CELAH]: ada celah (70..71) antara kelas "Rendah" dan "Sedang"
 86 |   [71..80]  "Sedang"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:87:3: catatan: kelas "Rendah"
 87 |   [61..70]  "Rendah"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:87:3: warning[W-SKALA-CELAH]: ada celah (60..61) antara kelas "Sangat Rendah" dan "Rendah"
 87 |   [61..70]  "Rendah"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:88:3: catatan: kelas "Sangat Rendah"
 88 |   (~..60]   "Sangat Rendah"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:96:3: warning[W-SKALA-CELAH]: ada celah (324..325) antara kelas "Baik" dan "Sangat Baik"
 96 |   [325..400] "Sangat Baik" "Kategori IV"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:97:3: catatan: kelas "Baik"
 97 |   [250..324] "Baik"        "Kategori III"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:97:3: warning[W-SKALA-CELAH]: ada celah (249..250) antara kelas "Kurang" dan "Baik"
 97 |   [250..324] "Baik"        "Kategori III"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:98:3: catatan: kelas "Kurang"
 98 |   [175..249] "Kurang"      "Kategori II"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:98:3: warning[W-SKALA-CELAH]: ada celah (174..175) antara kelas "Buruk" dan "Kurang"
 98 |   [175..249] "Kurang"      "Kategori II"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:99:3: catatan: kelas "Buruk"
 99 |   [100..174] "Buruk"       "Kategori I"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:99:3: warning[W-SKALA-CELAH]: nilai di bawah 100 tidak masuk kelas mana pun
 99 |   [100..174] "Buruk"       "Kategori I"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..100)
rules/kab-way-kanan.ind:107:3: warning[W-SKALA-CELAH]: ada celah (0,8..0,81) antara kelas "Baik" dan "Sangat Baik"
 107 |   [0,81..1]     "Sangat Baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:108:3: catatan: kelas "Baik"
 108 |   [0,61..0,8]   "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:108:3: warning[W-SKALA-CELAH]: ada celah (0,6..0,61) antara kelas "Kurang" dan "Baik"
 108 |   [0,61..0,8]   "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:109:3: catatan: kelas "Kurang"
 109 |   [0,41..0,6]   "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:109:3: warning[W-SKALA-CELAH]: ada celah (0,4..0,41) antara kelas "Buruk" dan "Kurang"
 109 |   [0,41..0,6]   "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:110:3: catatan: kelas "Buruk"
 110 |   [0,2..0,4]    "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:110:3: warning[W-SKALA-CELAH]: nilai di bawah 0,2 tidak masuk kelas mana pun
 110 |   [0,2..0,4]    "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..0,2)
rules/kab-way-kanan.ind:228:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2021
 228 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2021: ...
rules/kab-way-kanan.ind:228:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2022
 228 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2022: ...
rules/kab-way-kanan.ind:228:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2023
 228 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2023: ...
... dan 4 temuan lain tidak ditampilkan

--- exit 1
