$ ind check rules/kab-way-kanan.ind
--- stdout
rules/kab-way-kanan.ind: 28 peringatan

--- stderr
rules/kab-way-kanan.ind:140:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Baik"
 140 |   [91..100] "Sangat Baik"
     |   ^~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:141:3: catatan: kelas "Tinggi"
 141 |   [76..90]  "Tinggi"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 90,5 tidak masuk kelas mana pun; tulis kelas "Sangat Baik" sebagai (90..100] agar bersambung dengan [76..90]
rules/kab-way-kanan.ind:140:3: warning[W-SKALA-CELAH]: nilai di atas 100 tidak masuk kelas mana pun
 140 |   [91..100] "Sangat Baik"
     |   ^~~~~~~~~~~~~~~~~~~~~~~
   = saran: perluas kelas teratas sampai batas ranah skala
rules/kab-way-kanan.ind:141:3: warning[W-SKALA-CELAH]: ada celah (75..76) antara kelas "Sedang" dan "Tinggi"
 141 |   [76..90]  "Tinggi"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:142:3: catatan: kelas "Sedang"
 142 |   [66..75]  "Sedang"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 75,5 tidak masuk kelas mana pun; tulis kelas "Tinggi" sebagai (75..90] agar bersambung dengan [66..75]
rules/kab-way-kanan.ind:142:3: warning[W-SKALA-CELAH]: ada celah (65..66) antara kelas "Rendah" dan "Sedang"
 142 |   [66..75]  "Sedang"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:143:3: catatan: kelas "Rendah"
 143 |   [51..65]  "Rendah"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 65,5 tidak masuk kelas mana pun; tulis kelas "Sedang" sebagai (65..75] agar bersambung dengan [51..65]
rules/kab-way-kanan.ind:143:3: warning[W-SKALA-CELAH]: ada celah (50..51) antara kelas "Sangat Rendah" dan "Rendah"
 143 |   [51..65]  "Rendah"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:144:3: catatan: kelas "Sangat Rendah"
 144 |   (~..50]   "Sangat Rendah"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 50,5 tidak masuk kelas mana pun; tulis kelas "Rendah" sebagai (50..65] agar bersambung dengan (~..50]
rules/kab-way-kanan.ind:152:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Baik"
 152 |   [91..~)   "Sangat Baik"
     |   ^~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:153:3: catatan: kelas "Tinggi"
 153 |   [76..90]  "Tinggi"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 90,5 tidak masuk kelas mana pun; tulis kelas "Sangat Baik" sebagai (90..~) agar bersambung dengan [76..90]
rules/kab-way-kanan.ind:153:3: warning[W-SKALA-CELAH]: ada celah (75..76) antara kelas "Sedang" dan "Tinggi"
 153 |   [76..90]  "Tinggi"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:154:3: catatan: kelas "Sedang"
 154 |   [66..75]  "Sedang"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 75,5 tidak masuk kelas mana pun; tulis kelas "Tinggi" sebagai (75..90] agar bersambung dengan [66..75]
rules/kab-way-kanan.ind:154:3: warning[W-SKALA-CELAH]: ada celah (65..66) antara kelas "Rendah" dan "Sedang"
 154 |   [66..75]  "Sedang"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:155:3: catatan: kelas "Rendah"
 155 |   [51..65]  "Rendah"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 65,5 tidak masuk kelas mana pun; tulis kelas "Sedang" sebagai (65..75] agar bersambung dengan [51..65]
rules/kab-way-kanan.ind:155:3: warning[W-SKALA-CELAH]: ada celah (50..51) antara kelas "Sangat Rendah" dan "Rendah"
 155 |   [51..65]  "Rendah"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:156:3: catatan: kelas "Sangat Rendah"
 156 |   (~..50]   "Sangat Rendah"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 50,5 tidak masuk kelas mana pun; tulis kelas "Rendah" sebagai (50..65] agar bersambung dengan (~..50]
rules/kab-way-kanan.ind:164:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Tinggi"
 164 |   [91..100] "Sangat Tinggi"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:165:3: catatan: kelas "Tinggi"
 165 |   [81..90]  "Tinggi"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 90,5 tidak masuk kelas mana pun; tulis kelas "Sangat Tinggi" sebagai (90..100] agar bersambung dengan [81..90]
rules/kab-way-kanan.ind:165:3: warning[W-SKALA-CELAH]: ada celah (80..81) antara kelas "Sedang" dan "Tinggi"
 165 |   [81..90]  "Tinggi"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:166:3: catatan: kelas "Sedang"
 166 |   [71..80]  "Sedang"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 80,5 tidak masuk kelas mana pun; tulis kelas "Tinggi" sebagai (80..90] agar bersambung dengan [71..80]
rules/kab-way-kanan.ind:166:3: warning[W-SKALA-CELAH]: ada celah (70..71) antara kelas "Rendah" dan "Sedang"
 166 |   [71..80]  "Sedang"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:167:3: catatan: kelas "Rendah"
 167 |   [61..70]  "Rendah"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 70,5 tidak masuk kelas mana pun; tulis kelas "Sedang" sebagai (70..80] agar bersambung dengan [61..70]
rules/kab-way-kanan.ind:167:3: warning[W-SKALA-CELAH]: ada celah (60..61) antara kelas "Sangat Rendah" dan "Rendah"
 167 |   [61..70]  "Rendah"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:168:3: catatan: kelas "Sangat Rendah"
 168 |   (~..60]   "Sangat Rendah"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 60,5 tidak masuk kelas mana pun; tulis kelas "Rendah" sebagai (60..70] agar bersambung dengan (~..60]
rules/kab-way-kanan.ind:176:3: warning[W-SKALA-CELAH]: ada celah (324..325) antara kelas "Baik" dan "Sangat Baik"
 176 |   [325..400] "Sangat Baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:177:3: catatan: kelas "Baik"
 177 |   [250..324] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 324,5 tidak masuk kelas mana pun; tulis kelas "Sangat Baik" sebagai (324..400] agar bersambung dengan [250..324]
rules/kab-way-kanan.ind:177:3: warning[W-SKALA-CELAH]: ada celah (249..250) antara kelas "Kurang" dan "Baik"
 177 |   [250..324] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:178:3: catatan: kelas "Kurang"
 178 |   [175..249] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 249,5 tidak masuk kelas mana pun; tulis kelas "Baik" sebagai (249..324] agar bersambung dengan [175..249]
rules/kab-way-kanan.ind:178:3: warning[W-SKALA-CELAH]: ada celah (174..175) antara kelas "Buruk" dan "Kurang"
 178 |   [175..249] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:179:3: catatan: kelas "Buruk"
 179 |   [100..174] "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 174,5 tidak masuk kelas mana pun; tulis kelas "Kurang" sebagai (174..249] agar bersambung dengan [100..174]
rules/kab-way-kanan.ind:179:3: warning[W-SKALA-CELAH]: nilai di bawah 100 tidak masuk kelas mana pun
 179 |   [100..174] "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..100)
rules/kab-way-kanan.ind:187:3: warning[W-SKALA-CELAH]: ada celah (0,8..0,81) antara kelas "Baik" dan "Sangat Baik"
 187 |   [0,81..1]     "Sangat Baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:188:3: catatan: kelas "Baik"
 188 |   [0,61..0,8]   "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 0,805 tidak masuk kelas mana pun; tulis kelas "Sangat Baik" sebagai (0,8..1] agar bersambung dengan [0,61..0,8]
rules/kab-way-kanan.ind:188:3: warning[W-SKALA-CELAH]: ada celah (0,6..0,61) antara kelas "Kurang" dan "Baik"
 188 |   [0,61..0,8]   "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:189:3: catatan: kelas "Kurang"
 189 |   [0,41..0,6]   "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 0,605 tidak masuk kelas mana pun; tulis kelas "Baik" sebagai (0,6..0,8] agar bersambung dengan [0,41..0,6]
rules/kab-way-kanan.ind:189:3: warning[W-SKALA-CELAH]: ada celah (0,4..0,41) antara kelas "Buruk" dan "Kurang"
 189 |   [0,41..0,6]   "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:190:3: catatan: kelas "Buruk"
 190 |   [0,2..0,4]    "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 0,405 tidak masuk kelas mana pun; tulis kelas "Kurang" sebagai (0,4..0,6] agar bersambung dengan [0,2..0,4]
... dan 8 temuan lain tidak ditampilkan

--- exit 1
