$ ind template tests/golden/budget-tw/tw.ind --period 2024-TW2 --out $OUT/tw2/
--- stdout
$OUT/tw2/realisasi.csv (6 baris): realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain
$OUT/tw2/anggaran.csv (1 baris): kode anggaran yang disebut indikator; tambahkan setiap baris di atas dan di bawahnya (program, kegiatan, subkegiatan) agar jumlahnya dapat dihitung; pagu_sebelum (pagu sebelum perubahan) boleh dikosongkan; rencana_tw1..rencana_tw4: rencana anggaran kas (RAK) tiap triwulan, realisasi_tw1..realisasi_tw4: realisasi tiap triwulan itu saja (triwulan yang belum sampai dikosongkan); realisasi s.d. triwulan dihitung dari kolom itu, kolom realisasi boleh dikosongkan
$OUT/tw2/tercetak.csv (16 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok

--- stderr

--- file tw2/anggaran.csv
kode;nama;pagu;realisasi;pagu_sebelum;rencana_tw1;rencana_tw2;rencana_tw3;rencana_tw4;realisasi_tw1;realisasi_tw2;realisasi_tw3;realisasi_tw4
A;;;;;;;;;;;;

--- file tw2/tercetak.csv
lokasi;objek;besaran;nilai;periode
;layanan;realisasi;;2024-TW2
;layanan;target;;2024-TW2
;layanan;capaian;;2024-TW2
;layanan;efisiensi;;2024-TW2
;layanan;pagu;;2024-TW2
;layanan;realisasi_anggaran;;2024-TW2
;layanan;serapan;;2024-TW2
;anggaran:A;pagu;;2024-TW2
;anggaran:A;realisasi;;2024-TW2
;anggaran:A;serapan;;2024-TW2
;anggaran:A;predikat;;2024-TW2
;anggaran:A;rencana_tw;;2024-TW2
;anggaran:A;realisasi_tw;;2024-TW2
;anggaran:A;serapan_tw;;2024-TW2
;anggaran:A;rencana_sd;;2024-TW2
;anggaran:A;serapan_rak;;2024-TW2

--- exit 0
