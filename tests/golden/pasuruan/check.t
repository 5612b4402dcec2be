$ ind check rules/kab-pasuruan.ind
--- stdout
rules/kab-pasuruan.ind: 1 peringatan

--- stderr
rules/kab-pasuruan.ind:78:3: warning[W-SKALA-TUMPANG]: kelas "Efisiensi" [100..110] bertumpang tindih dengan "Cukup efisiensi" [90..100]
 78 |   [100..110] "Efisiensi"
    |   ^~~~~~~~~~~~~~~~~~~~~~
rules/kab-pasuruan.ind:77:3: catatan: kelas "Cukup efisiensi"
 77 |   [90..100]  "Cukup efisiensi"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: nilai di bagian yang sama masuk dua kelas; evaluasi akan menolak menggolongkannya. Tentukan kelas mana yang memuat batasnya dengan '[' atau '('

--- exit 1
