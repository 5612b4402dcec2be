$ ind check rules/kab-way-kanan.ind
--- stdout
rules/kab-way-kanan.ind: 24 peringatan

--- stderr
rules/kab-way-kanan.ind:69:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Baik"
 69 |   [91..100] "Sangat Baik"
    |   ^~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:70:3: catatan: kelas "Tinggi"
 70 |   [76..90]  "Tinggi"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:69:3: warning[W-SKALA-CELAH]: capaian di atas 100 tidak masuk kelas mana pun
 69 |   [91..100] "Sangat Baik"
    |   ^~~~~~~~~~~~~~~~~~~~~~~
   = saran: capaian dapat melebihi 100%; tutup kelas teratas dengan '~', mis. [85..~)
rules/kab-way-kanan.ind:70:3: warning[W-SKALA-CELAH]: ada celah (75..76) antara kelas "Sedang" dan "Tinggi"
 70 |   [76..90]  "Tinggi"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:71:3: catatan: kelas "Sedang"
 71 |   [66..75]  "Sedang"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:71:3: warning[W-SKALA-CELAH]: ada celah (65..66) antara kelas "Rendah" dan "Sedang"
 71 |   [66..75]  "Sedang"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:72:3: catatan: kelas "Rendah"
 72 |   [51..65]  "Rendah"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:72:3: warning[W-SKALA-CELAH]: ada celah (50..51) antara kelas "Sangat Rendah" dan "Rendah"
 72 |   [51..65]  "Rendah"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:73:3: catatan: kelas "Sangat Rendah"
 73 |   (~..50]   "Sangat Rendah"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:81:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Tinggi"
 81 |   [91..100] "Sangat Tinggi"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:82:3: catatan: kelas "Tinggi"
 82 |   [81..90]  "Tinggi"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:82:3: warning[W-SKALA-CELAH]: ada celah (80..81) antara kelas "Sedang" dan "Tinggi"
 82 |   [81..90]  "Tinggi"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:83:3: catatan: kelas "Sedang"
 83 |   [71..80]  "Sedang"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:83:3: warning[W-SKALA-CELAH]: ada celah (70..71) antara kelas "Rendah" dan "Sedang"
 83 |   [71..80]  "Sedang"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:84:3: catatan: kelas "Rendah"
 84 |   [61..70]  "Rendah"
    |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:84:3: warning[W-SKALA-CELAH]: ada celah (60..61) antara kelas "Sangat Rendah" dan "Rendah"
 84 |   [61..70]  "Rendah"
    |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:85:3: catatan: kelas "Sangat Rendah"
 85 |   (~..60]   "Sangat Rendah"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:93:3: warning[W-SKALA-CELAH]: ada celah (324..325) antara kelas "Baik" dan "Sangat Baik"
 93 |   [325..400] "Sangat Baik" "Kategori IV"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:94:3: catatan: kelas "Baik"
 94 |   [250..324] "Baik"        "Kategori III"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:94:3: warning[W-SKALA-CELAH]: ada celah (249..250) antara kelas "Kurang" dan "Baik"
 94 |   [250..324] "Baik"        "Kategori III"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:95:3: catatan: kelas "Kurang"
 95 |   [175..249] "Kurang"      "Kategori II"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:95:3: warning[W-SKALA-CELAH]: ada celah (174..175) antara kelas "Buruk" dan "Kurang"
 95 |   [175..249] "Kurang"      "Kategori II"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:96:3: catatan: kelas "Buruk"
 96 |   [100..174] "Buruk"       "Kategori I"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:96:3: warning[W-SKALA-CELAH]: nilai di bawah 100 tidak masuk kelas mana pun
 96 |   [100..174] "Buruk"       "Kategori I"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..100)
rules/kab-way-kanan.ind:104:3: warning[W-SKALA-CELAH]: ada celah (0,8..0,81) antara kelas "Baik" dan "Sangat Baik"
 104 |   [0,81..1]     "Sangat Baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:105:3: catatan: kelas "Baik"
 105 |   [0,61..0,8]   "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:105:3: warning[W-SKALA-CELAH]: ada celah (0,6..0,61) antara kelas "Kurang" dan "Baik"
 105 |   [0,61..0,8]   "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:106:3: catatan: kelas "Kurang"
 106 |   [0,41..0,6]   "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:106:3: warning[W-SKALA-CELAH]: ada celah (0,4..0,41) antara kelas "Buruk" dan "Kurang"
 106 |   [0,41..0,6]   "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:107:3: catatan: kelas "Buruk"
 107 |   [0,2..0,4]    "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di celah itu (mis. 90,5 pada skala berbatas bilangan bulat) tidak masuk kelas mana pun; tulis batas sebagai (90..100] dan (80..90] agar bersambung
rules/kab-way-kanan.ind:107:3: warning[W-SKALA-CELAH]: nilai di bawah 0,2 tidak masuk kelas mana pun
 107 |   [0,2..0,4]    "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..0,2)
rules/kab-way-kanan.ind:225:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2021
 225 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2021: ...
rules/kab-way-kanan.ind:225:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2022
 225 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2022: ...
rules/kab-way-kanan.ind:225:1: warning[W-TARGET]: indikator indeks_sistem_merit tidak punya target tahun 2023
 225 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: renstra 2021-2026 menuntut target setiap tahun: target 2023: ...
... dan 4 temuan lain tidak ditampilkan

--- exit 1
