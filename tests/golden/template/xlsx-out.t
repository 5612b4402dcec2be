$ ind template rules/kab-pasuruan.ind --period 2025 --out $OUT/data-2025.xlsx
--- stdout
$OUT/data-2025.xlsx:ipasn_dimensi (0 baris): tabel ipasn_dimensi (Indeks Profesionalitas ASN per dimensi): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data-2025.xlsx:merit_aspek (0 baris): tabel merit_aspek (Skor aspek Sistem Merit): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data-2025.xlsx:sakip_komponen (0 baris): tabel sakip_komponen (Komponen evaluasi AKIP): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data-2025.xlsx:realisasi (33 baris): realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain
$OUT/data-2025.xlsx:anggaran (3 baris): kode anggaran yang disebut indikator; tambahkan setiap baris di atas dan di bawahnya (program, kegiatan, subkegiatan) agar jumlahnya dapat dihitung; pagu_sebelum (pagu sebelum perubahan) boleh dikosongkan
$OUT/data-2025.xlsx:tercetak (77 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok

--- stderr

--- exit 0
