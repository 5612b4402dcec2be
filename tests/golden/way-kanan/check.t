$ ind check rules/kab-way-kanan.ind
--- stdout
rules/kab-way-kanan.ind: 28 peringatan

--- stderr
rules/kab-way-kanan.ind:144:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Baik"
 144 |   [91..100] "Sangat Baik"
     |   ^~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:145:3: catatan: kelas "Tinggi"
 145 |   [76..90]  "Tinggi"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 90,5 tidak masuk kelas mana pun; tulis kelas "Sangat Baik" sebagai (90..100] agar bersambung dengan [76..90]
rules/kab-way-kanan.ind:144:3: warning[W-SKALA-CELAH]: nilai di atas 100 tidak masuk kelas mana pun
 144 |   [91..100] "Sangat Baik"
     |   ^~~~~~~~~~~~~~~~~~~~~~~
   = saran: perluas kelas teratas sampai batas ranah skala
rules/kab-way-kanan.ind:145:3: warning[W-SKALA-CELAH]: ada celah (75..76) antara kelas "Sedang" dan "Tinggi"
 145 |   [76..90]  "Tinggi"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:146:3: catatan: kelas "Sedang"
 146 |   [66..75]  "Sedang"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 75,5 tidak masuk kelas mana pun; tulis kelas "Tinggi" sebagai (75..90] agar bersambung dengan [66..75]
rules/kab-way-kanan.ind:146:3: warning[W-SKALA-CELAH]: ada celah (65..66) antara kelas "Rendah" dan "Sedang"
 146 |   [66..75]  "Sedang"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:147:3: catatan: kelas "Rendah"
 147 |   [51..65]  "Rendah"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 65,5 tidak masuk kelas mana pun; tulis kelas "Sedang" sebagai (65..75] agar bersambung dengan [51..65]
rules/kab-way-kanan.ind:147:3: warning[W-SKALA-CELAH]: ada celah (50..51) antara kelas "Sangat Rendah" dan "Rendah"
 147 |   [51..65]  "Rendah"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:148:3: catatan: kelas "Sangat Rendah"
 148 |   (~..50]   "Sangat Rendah"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 50,5 tidak masuk kelas mana pun; tulis kelas "Rendah" sebagai (50..65] agar bersambung dengan (~..50]
rules/kab-way-kanan.ind:156:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Baik"
 156 |   [91..~)  "Sangat Baik"
     |   ^~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:157:3: catatan: kelas "Tinggi"
 157 |   [76..90] "Tinggi"
     |   ^~~~~~~~~~~~~~~~~
   = saran: nilai seperti 90,5 tidak masuk kelas mana pun; tulis kelas "Sangat Baik" sebagai (90..~) agar bersambung dengan [76..90]
rules/kab-way-kanan.ind:157:3: warning[W-SKALA-CELAH]: ada celah (75..76) antara kelas "Sedang" dan "Tinggi"
 157 |   [76..90] "Tinggi"
     |   ^~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:158:3: catatan: kelas "Sedang"
 158 |   [66..75] "Sedang"
     |   ^~~~~~~~~~~~~~~~~
   = saran: nilai seperti 75,5 tidak masuk kelas mana pun; tulis kelas "Tinggi" sebagai (75..90] agar bersambung dengan [66..75]
rules/kab-way-kanan.ind:158:3: warning[W-SKALA-CELAH]: ada celah (65..66) antara kelas "Rendah" dan "Sedang"
 158 |   [66..75] "Sedang"
     |   ^~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:159:3: catatan: kelas "Rendah"
 159 |   [51..65] "Rendah"
     |   ^~~~~~~~~~~~~~~~~
   = saran: nilai seperti 65,5 tidak masuk kelas mana pun; tulis kelas "Sedang" sebagai (65..75] agar bersambung dengan [51..65]
rules/kab-way-kanan.ind:159:3: warning[W-SKALA-CELAH]: ada celah (50..51) antara kelas "Sangat Rendah" dan "Rendah"
 159 |   [51..65] "Rendah"
     |   ^~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:160:3: catatan: kelas "Sangat Rendah"
 160 |   (~..50]  "Sangat Rendah"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 50,5 tidak masuk kelas mana pun; tulis kelas "Rendah" sebagai (50..65] agar bersambung dengan (~..50]
rules/kab-way-kanan.ind:168:3: warning[W-SKALA-CELAH]: ada celah (90..91) antara kelas "Tinggi" dan "Sangat Tinggi"
 168 |   [91..100] "Sangat Tinggi"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:169:3: catatan: kelas "Tinggi"
 169 |   [81..90]  "Tinggi"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 90,5 tidak masuk kelas mana pun; tulis kelas "Sangat Tinggi" sebagai (90..100] agar bersambung dengan [81..90]
rules/kab-way-kanan.ind:169:3: warning[W-SKALA-CELAH]: ada celah (80..81) antara kelas "Sedang" dan "Tinggi"
 169 |   [81..90]  "Tinggi"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:170:3: catatan: kelas "Sedang"
 170 |   [71..80]  "Sedang"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 80,5 tidak masuk kelas mana pun; tulis kelas "Tinggi" sebagai (80..90] agar bersambung dengan [71..80]
rules/kab-way-kanan.ind:170:3: warning[W-SKALA-CELAH]: ada celah (70..71) antara kelas "Rendah" dan "Sedang"
 170 |   [71..80]  "Sedang"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:171:3: catatan: kelas "Rendah"
 171 |   [61..70]  "Rendah"
     |   ^~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 70,5 tidak masuk kelas mana pun; tulis kelas "Sedang" sebagai (70..80] agar bersambung dengan [61..70]
rules/kab-way-kanan.ind:171:3: warning[W-SKALA-CELAH]: ada celah (60..61) antara kelas "Sangat Rendah" dan "Rendah"
 171 |   [61..70]  "Rendah"
     |   ^~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:172:3: catatan: kelas "Sangat Rendah"
 172 |   (~..60]   "Sangat Rendah"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 60,5 tidak masuk kelas mana pun; tulis kelas "Rendah" sebagai (60..70] agar bersambung dengan (~..60]
rules/kab-way-kanan.ind:180:3: warning[W-SKALA-CELAH]: ada celah (324..325) antara kelas "Baik" dan "Sangat Baik"
 180 |   [325..400] "Sangat Baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:181:3: catatan: kelas "Baik"
 181 |   [250..324] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 324,5 tidak masuk kelas mana pun; tulis kelas "Sangat Baik" sebagai (324..400] agar bersambung dengan [250..324]
rules/kab-way-kanan.ind:181:3: warning[W-SKALA-CELAH]: ada celah (249..250) antara kelas "Kurang" dan "Baik"
 181 |   [250..324] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:182:3: catatan: kelas "Kurang"
 182 |   [175..249] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 249,5 tidak masuk kelas mana pun; tulis kelas "Baik" sebagai (249..324] agar bersambung dengan [175..249]
rules/kab-way-kanan.ind:182:3: warning[W-SKALA-CELAH]: ada celah (174..175) antara kelas "Buruk" dan "Kurang"
 182 |   [175..249] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:183:3: catatan: kelas "Buruk"
 183 |   [100..174] "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 174,5 tidak masuk kelas mana pun; tulis kelas "Kurang" sebagai (174..249] agar bersambung dengan [100..174]
rules/kab-way-kanan.ind:183:3: warning[W-SKALA-CELAH]: nilai di bawah 100 tidak masuk kelas mana pun
 183 |   [100..174] "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..100)
rules/kab-way-kanan.ind:191:3: warning[W-SKALA-CELAH]: ada celah (0,8..0,81) antara kelas "Baik" dan "Sangat Baik"
 191 |   [0,81..1]   "Sangat Baik" "Kategori IV"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:192:3: catatan: kelas "Baik"
 192 |   [0,61..0,8] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 0,805 tidak masuk kelas mana pun; tulis kelas "Sangat Baik" sebagai (0,8..1] agar bersambung dengan [0,61..0,8]
rules/kab-way-kanan.ind:192:3: warning[W-SKALA-CELAH]: ada celah (0,6..0,61) antara kelas "Kurang" dan "Baik"
 192 |   [0,61..0,8] "Baik"        "Kategori III"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:193:3: catatan: kelas "Kurang"
 193 |   [0,41..0,6] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 0,605 tidak masuk kelas mana pun; tulis kelas "Baik" sebagai (0,6..0,8] agar bersambung dengan [0,41..0,6]
rules/kab-way-kanan.ind:193:3: warning[W-SKALA-CELAH]: ada celah (0,4..0,41) antara kelas "Buruk" dan "Kurang"
 193 |   [0,41..0,6] "Kurang"      "Kategori II"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:194:3: catatan: kelas "Buruk"
 194 |   [0,2..0,4]  "Buruk"       "Kategori I"
     |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai seperti 0,405 tidak masuk kelas mana pun; tulis kelas "Kurang" sebagai (0,4..0,6] agar bersambung dengan [0,2..0,4]
... dan 8 temuan lain tidak ditampilkan

--- exit 1
