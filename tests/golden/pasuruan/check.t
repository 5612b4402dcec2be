$ ind check rules/kab-pasuruan.ind
--- stdout
rules/kab-pasuruan.ind: 3 peringatan

--- stderr
rules/kab-pasuruan.ind:78:3: warning[W-SKALA-TUMPANG]: kelas "Efisiensi" [100..110] bertumpang tindih dengan "Cukup efisiensi" [90..100]
 78 |   [100..110] "Efisiensi"
    |   ^~~~~~~~~~~~~~~~~~~~~~
rules/kab-pasuruan.ind:77:3: catatan: kelas "Cukup efisiensi"
 77 |   [90..100]  "Cukup efisiensi"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di bagian yang sama masuk dua kelas; evaluasi akan menolak menggolongkannya. Tentukan kelas mana yang memuat batasnya dengan '[' atau '('
rules/kab-pasuruan.ind:86:3: warning[W-SKALA-CELAH]: nilai di atas 100 tidak masuk kelas mana pun
 86 |   [85..100] "Sangat berhasil"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: perluas kelas teratas sampai batas ranah skala
rules/kab-pasuruan.ind:100:3: warning[W-SKALA-CELAH]: nilai di bawah 30 tidak masuk kelas mana pun
 100 |   (30..50]  "C"
     |   ^~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..30]

--- exit 1
