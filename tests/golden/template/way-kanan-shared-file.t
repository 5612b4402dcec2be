$ ind template rules/kab-way-kanan.ind --period 2024 --out $OUT/data/
--- stdout
$OUT/data/keluaran.csv (0 baris): tabel keluaran (Target dan realisasi keluaran sub kegiatan (Lampiran Tabel 4.3)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data/indikator_program_rincian.csv (0 baris): tabel rincian (Rincian indikator program (Tabel 3.3.1.1-3.3.1.8)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data/belanja.csv (0 baris): tabel belanja (Pagu menurut jenis belanja (Tabel 2.6.1)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data/pegawai_golongan.csv (0 baris): tabel pegawai_golongan (PNS dan PTHLS menurut pangkat/golongan ruang (Tabel 2.2.2)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data/pegawai_pendidikan.csv (0 baris): tabel pegawai_pendidikan (PNS dan PTHLS menurut tingkat pendidikan (Tabel 2.2.3)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data/pegawai_jenis_kelamin.csv (0 baris): tabel pegawai_jenis_kelamin (PNS dan PTHLS menurut jenis kelamin (Tabel 2.2.4)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data/pegawai_umur.csv (0 baris): tabel pegawai_umur (PNS dan PTHLS menurut kelompok umur (Tabel 2.2.5)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data/formasi.csv (0 baris): tabel formasi (Formasi jabatan BKPSDM (Tabel 2.2.6)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data/asn_unit_kerja.csv (0 baris): tabel asn_unit_kerja (Jumlah ASN menurut unit kerja dan golongan (Lampiran)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data/komponen_sakip.csv (0 baris): tabel komponen_sakip (Komponen penilaian SAKIP (L916-L920)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data/anggaran.csv (3 baris): kode anggaran yang disebut indikator; tambahkan setiap baris di atas dan di bawahnya (program, kegiatan, subkegiatan) agar jumlahnya dapat dihitung; pagu_sebelum (pagu sebelum perubahan) boleh dikosongkan; dibaca juga sebagai tabel anggaran_baris (Baris Lampiran Tabel 4.3 (pagu dan realisasi)): satu baris per data, kolom seperti dinyatakan di berkas aturan
$OUT/data/realisasi.csv (48 baris): realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain
$OUT/data/tercetak.csv (112 baris): angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya (mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan kelompok yang tercetak, satu baris per kelompok

--- stderr
... dan 8 temuan lain tidak ditampilkan

--- file data/anggaran.csv
kode;nama;pagu;realisasi;pagu_sebelum
A;;;;
B;;;;
C;;;;

--- exit 0
