$ ind --help
--- stdout
ind: aturan kinerja instansi pemerintah (SAKIP, IP ASN, Sistem Merit) sebagai teks yang dapat dihitung ulang
Pemakaian: ind [OPSI] [PERINTAH]

Opsi:
  -h,--help                   tampilkan bantuan ini
  --version                   tampilkan versi ind dan pustaka standar yang dipakai
  --stdlib FOLDER             folder pustaka standar (boleh berulang)
  --color WARNA               warna pesan: auto, always, never
  --diagnostics BENTUK        bentuk pesan: human, short
  --max-diagnostics JUMLAH    galat dan peringatan yang ditampilkan, masing-masing (bawaan 20; 0: semua)

Perintah:
  check                       periksa berkas aturan tanpa data
  test                        jalankan contoh di dalam berkas aturan
  audit                       bandingkan angka tercetak dengan hasil hitung ulang
  explain                     tunjukkan bagaimana angka satu indikator diperoleh
  eval                        hitung dan cetak tabel LKjIP
  template                    tulis berkas data yang dibaca berkas aturan, siap diisi (folder CSV atau buku kerja XLSX)
  fmt                         rapikan tata letak berkas aturan
  lsp                         layani editor lewat Language Server Protocol di stdin dan stdout
  help                        tampilkan bantuan ind atau satu perintah

Pustaka standar:
  dicari berurutan: folder --stdlib (boleh berulang); $IND_STDLIB; folder stdlib/ pohon sumber bila ind dijalankan dari folder build-nya; ../share/ind/stdlib dari folder berkas ind (terpasang: /usr/share/ind/stdlib). ind --version menyebut yang dipakai dan versinya; berkas aturan dapat mensyaratkan versi: pakai ipasn versi 1

Lingkungan:
  IND_STDLIB  folder pustaka standar bila --stdlib tidak disebut
  NO_COLOR    tanpa warna pada pesan (juga bila TERM=dumb atau bukan terminal)

Status keluar:
  0  berhasil, tanpa temuan
  1  ada temuan: peringatan, contoh yang gagal, angka tercetak yang tidak cocok
  2  galat pemakaian atau masukan: perintah, berkas aturan, data, pustaka standar

Contoh:
  hitung tabel LKjIP contoh Kabupaten Pasuruan:
    ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024
  bantuan satu perintah:
    ind help eval

--- stderr

--- exit 0
