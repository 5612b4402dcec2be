$ ind template tests/golden/workbook/sheets/named.ind --period 2024 --out $OUT/data.xlsx
--- stdout
$OUT/data.xlsx:'Data Skor' (0 baris): tabel skor: satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data.xlsx:Pagu (0 baris): kode anggaran yang disebut indikator; tambahkan setiap baris di atas dan di bawahnya (program, kegiatan, subkegiatan) agar jumlahnya dapat dihitung; pagu_sebelum (pagu sebelum perubahan) boleh dikosongkan

--- stderr

--- exit 0
