$ ind eval tests/golden/batch/rules --data tests/golden/batch/data --format jsonl
--- stdout
{"aturan":"baik","instansi":"Dinas Contoh Baik","periode":"2023","indikator":"indeks","besaran":"target","nilai":"75.00"}
{"aturan":"baik","instansi":"Dinas Contoh Baik","periode":"2023","indikator":"indeks","besaran":"realisasi","nilai":"77.13"}
{"aturan":"baik","instansi":"Dinas Contoh Baik","periode":"2023","indikator":"indeks","besaran":"capaian","nilai":"102.84"}
{"aturan":"baik","instansi":"Dinas Contoh Baik","periode":"2024","indikator":"indeks","besaran":"target","nilai":"80.00"}
{"aturan":"baik","instansi":"Dinas Contoh Baik","periode":"2024","indikator":"indeks","besaran":"realisasi","nilai":"81.75"}
{"aturan":"baik","instansi":"Dinas Contoh Baik","periode":"2024","indikator":"indeks","besaran":"capaian","nilai":"102.1875"}

--- stderr
tests/golden/batch/data/rusak/2024/skor.csv:3:5: error[E-DATA-NILAI]: 'empat puluh' pada kolom nilai bukan angka desimal
 3 | Dua;empat puluh
   |     ^~~~~~~~~~~
   = saran: karakter "e" tidak boleh ada dalam angka
tests/golden/batch/rules/rusak.ind 2024: gagal, dilewati
1 dari 3 evaluasi gagal

--- exit 2
