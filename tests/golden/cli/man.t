$ ind help --man
--- stdout
.\" Written by `ind help --man` from the same description as `ind --help`.
.TH IND 1 "" "ind 0.1.0" "Perintah Pengguna"
.SH NAMA
ind \- aturan kinerja instansi pemerintah (SAKIP, IP ASN, Sistem Merit) sebagai teks yang dapat dihitung ulang
.SH RINGKASAN
.B ind
[\fIOPSI\fR] \fIPERINTAH\fR [\fIARGUMEN\fR]
.SH URAIAN
ind membaca berkas aturan kinerja sebuah instansi (.ind: indikator, target, rumus, bobot dan skala predikat menurut SAKIP, IP ASN dan Sistem Merit) beserta datanya (CSV), menghitung ulang setiap angka dengan desimal eksak dan pembulatan yang disebut, membandingkan angka yang tercetak di laporan dengan hasil hitung ulang, dan menulis tabel LKjIP sebagai teks, JSON, CSV, Markdown, HTML atau XLSX.
.SH OPSI
.TP
\fB\-\-version\fR
tampilkan versi ind dan pustaka standar yang dipakai
.TP
\fB\-\-stdlib\fR \fIFOLDER\fR
folder pustaka standar (boleh berulang)
.TP
\fB\-\-color\fR \fIWARNA\fR
warna pesan: auto, always, never
.TP
\fB\-\-diagnostics\fR \fIBENTUK\fR
bentuk pesan: human, short
.TP
\fB\-\-max\-diagnostics\fR \fIJUMLAH\fR
galat dan peringatan yang ditampilkan, masing\-masing (bawaan 20; 0: semua)
.PP
Contoh:
.PP
hitung tabel LKjIP contoh Kabupaten Pasuruan:
.RS
.nf
ind eval rules/kab\-pasuruan.ind \-\-data examples/kab\-pasuruan/2024
.fi
.RE
.PP
bantuan satu perintah:
.RS
.nf
ind help eval
.fi
.RE
.SH PERINTAH
.SS "ind check [OPSI] JALUR..."
periksa berkas aturan tanpa data
.TP
\fIJALUR\fR (wajib)
berkas .ind atau folder
.TP
\fB\-\-no\-warnings\fR
tampilkan galat saja
.PP
Contoh:
.PP
periksa satu berkas aturan:
.RS
.nf
ind check rules/kab\-pasuruan.ind
.fi
.RE
.PP
periksa semua berkas .ind di folder, galat saja:
.RS
.nf
ind check \-\-no\-warnings rules
.fi
.RE
.SS "ind test JALUR..."
jalankan contoh di dalam berkas aturan
.TP
\fIJALUR\fR (wajib)
berkas .ind atau folder
.PP
Contoh:
.PP
jalankan contoh semua modul pustaka standar:
.RS
.nf
ind test /usr/share/ind/stdlib
.fi
.RE
.PP
jalankan contoh satu berkas aturan:
.RS
.nf
ind test rules/kab\-pasuruan.ind
.fi
.RE
.SS "ind audit [OPSI] BERKAS"
bandingkan angka tercetak dengan hasil hitung ulang
.TP
\fIBERKAS\fR (wajib)
berkas .ind, atau folder berkas .ind: tiap <nama>.ind dengan \-\-data DATA/<nama>/<periode>/, dalam satu tabel (text, csv, json, jsonl, xlsx)
.TP
\fB\-\-data\fR \fIFOLDER\fR (wajib)
folder data CSV, atau buku kerja .xlsx (dengan \-\-period)
.TP
\fB\-\-period\fR \fIPERIODE\fR
periode: 2024, 2024\-TW2, 2024\-S1
.TP
\fB\-\-format\fR \fIFORMAT\fR
text, json, csv, md, html, xlsx
.TP
\fB\-\-locale\fR \fILOKAL\fR
format angka: id atau en
.TP
\fB\-\-out\fR \fIBERKAS\fR
tulis ke berkas ini (diganti secara atomik)
.TP
\fB\-\-all\fR
tampilkan juga angka yang cocok
.TP
\fB\-\-bom\fR
csv: awali berkas dengan tanda urutan byte (BOM) UTF\-8 agar Excel membacanya sebagai UTF\-8; bawaan untuk \-\-locale id dengan \-\-out
.TP
\fB\-\-tanpa\-bom\fR
csv: tanpa tanda urutan byte, juga untuk \-\-locale id dengan \-\-out
.TP
\fB\-\-reproducible\fR
asal laporan tanpa waktu hitung dan commit, agar keluaran sama byte demi byte (SOURCE_DATE_EPOCH memberi waktunya)
.PP
Contoh:
.PP
angka tercetak yang tidak cocok dengan hasil hitung ulang:
.RS
.nf
ind audit rules/kab\-pasuruan.ind \-\-data examples/kab\-pasuruan/2024
.fi
.RE
.PP
data dari buku kerja, satu lembar per berkas CSV (realisasi, anggaran, tercetak ...):
.RS
.nf
ind audit rules/kab\-pasuruan.ind \-\-data data\-2024.xlsx \-\-period 2024
.fi
.RE
.PP
laporan HTML dengan setiap temuan ditandai:
.RS
.nf
ind audit rules/kab\-pasuruan.ind \-\-data examples/kab\-pasuruan/2024 \-\-format html \-\-out audit.html
.fi
.RE
.PP
audit semua instansi dan periode: satu baris per angka tercetak:
.RS
.nf
ind audit rules \-\-data examples \-\-format csv \-\-out audit\-semua.csv
.fi
.RE
.SS "ind explain [OPSI] BERKAS ID"
tunjukkan bagaimana angka satu indikator diperoleh
.TP
\fIBERKAS\fR (wajib)
berkas .ind
.TP
\fIID\fR (wajib)
id indikator atau nilai, atau judul syarat
.TP
\fB\-\-data\fR \fIFOLDER\fR (wajib)
folder data CSV, atau buku kerja .xlsx (dengan \-\-period)
.TP
\fB\-\-period\fR \fIPERIODE\fR
periode: 2024, 2024\-TW2, 2024\-S1
.TP
\fB\-\-format\fR \fIFORMAT\fR
text atau json
.TP
\fB\-\-locale\fR \fILOKAL\fR
format angka: id atau en
.TP
\fB\-\-reproducible\fR
asal laporan tanpa waktu hitung dan commit, agar keluaran sama byte demi byte (SOURCE_DATE_EPOCH memberi waktunya)
.PP
Contoh:
.PP
asal angka indikator ip_asn:
.RS
.nf
ind explain rules/kab\-pasuruan.ind ip_asn \-\-data examples/kab\-pasuruan/2024
.fi
.RE
.SS "ind eval [OPSI] BERKAS"
hitung dan cetak tabel LKjIP
.TP
\fIBERKAS\fR (wajib)
berkas .ind, atau folder berkas .ind: tiap <nama>.ind dengan \-\-data DATA/<nama>/<periode>/, dalam satu tabel (table, csv, json, jsonl, xlsx, html)
.TP
\fB\-\-data\fR \fIFOLDER\fR (wajib)
folder data CSV, buku kerja .xlsx (dengan \-\-period), atau satu berkas CSV bagi berkas aturan bertabel satu
.TP
\fB\-\-period\fR \fIPERIODE\fR
periode: 2024, 2024\-TW2, 2024\-S1
.TP
\fB\-\-format\fR \fIFORMAT\fR
table, json, csv, md, html, xlsx
.TP
\fB\-\-locale\fR \fILOKAL\fR
format angka: id (77,32) atau en (77.32)
.TP
\fB\-\-rows\fR \fIBERKAS\fR
tulis setiap baris tabel (dengan kolom turunannya) ke berkas CSV ini
.TP
\fB\-\-on\-error\fR \fITINDAKAN\fR
sel yang tidak terbaca: stop (berhenti, bawaan) atau skip (lewati barisnya)
.TP
\fB\-\-threads\fR \fIJUMLAH\fR
jumlah thread pembaca roster (bawaan: satu per inti)
.TP
\fB\-\-out\fR \fIBERKAS\fR
tulis ke berkas ini (diganti secara atomik); untuk csv, folder/ menulis satu berkas per tabel; xlsx wajib memakai \-\-out; folder aturan dengan html: folder/ berisi index.html dan laporan setiap instansi
.TP
\fB\-\-bom\fR
csv: awali berkas dengan tanda urutan byte (BOM) UTF\-8 agar Excel membacanya sebagai UTF\-8; bawaan untuk \-\-locale id dengan \-\-out
.TP
\fB\-\-tanpa\-bom\fR
csv: tanpa tanda urutan byte, juga untuk \-\-locale id dengan \-\-out
.TP
\fB\-\-reproducible\fR
asal laporan tanpa waktu hitung dan commit, agar keluaran sama byte demi byte (SOURCE_DATE_EPOCH memberi waktunya)
.PP
Contoh:
.PP
tabel LKjIP di layar:
.RS
.nf
ind eval rules/kab\-pasuruan.ind \-\-data examples/kab\-pasuruan/2024
.fi
.RE
.PP
data dari buku kerja Excel: lembar realisasi, anggaran, ... (periode wajib disebut):
.RS
.nf
ind eval rules/kab\-pasuruan.ind \-\-data data\-2024.xlsx \-\-period 2024
.fi
.RE
.PP
laporan Markdown dengan angka bergaya en (77.32):
.RS
.nf
ind eval rules/kab\-pasuruan.ind \-\-data examples/kab\-pasuruan/2024 \-\-format md \-\-locale en \-\-out lkjip.md
.fi
.RE
.PP
buku kerja XLSX, satu lembar per tabel:
.RS
.nf
ind eval rules/kab\-pasuruan.ind \-\-data examples/kab\-pasuruan/2024 \-\-format xlsx \-\-out lkjip.xlsx
.fi
.RE
.PP
capaian semua instansi dan periode dalam satu tabel CSV:
.RS
.nf
ind eval rules \-\-data examples \-\-format csv \-\-out semua.csv
.fi
.RE
.PP
laporan HTML setiap instansi dan index.html yang membandingkan capaiannya:
.RS
.nf
ind eval rules \-\-data examples \-\-format html \-\-out semua/
.fi
.RE
.PP
JSON yang sama byte demi byte setiap kali: asal laporan tanpa jam dan commit:
.RS
.nf
ind eval rules/kab\-pasuruan.ind \-\-data examples/kab\-pasuruan/2024 \-\-format json \-\-reproducible
.fi
.RE
.SS "ind template [OPSI] BERKAS"
tulis berkas data yang dibaca berkas aturan, siap diisi (folder CSV atau buku kerja XLSX)
.TP
\fIBERKAS\fR (wajib)
berkas .ind
.TP
\fB\-\-period\fR \fIPERIODE\fR (wajib)
periode: 2024, 2024\-TW2, 2024\-S1
.TP
\fB\-\-out\fR \fIFOLDER\fR (wajib)
folder tujuan (dibuat bila belum ada), satu berkas CSV per berkas data; atau BUKU.xlsx, satu lembar per berkas data; yang sudah ada tidak ditimpa
.TP
\fB\-\-format\fR \fIFORMAT\fR
csv (folder) atau xlsx (buku kerja); bawaan: xlsx bila \-\-out berakhir .xlsx
.PP
Contoh:
.PP
berkas data 2025 untuk Kabupaten Pasuruan, siap diisi:
.RS
.nf
ind template rules/kab\-pasuruan.ind \-\-period 2025 \-\-out data\-2025/
.fi
.RE
.PP
yang sama sebagai satu buku kerja Excel, satu lembar per berkas (dibaca kembali dengan \-\-data data\-2025.xlsx \-\-period 2025):
.RS
.nf
ind template rules/kab\-pasuruan.ind \-\-period 2025 \-\-out data\-2025.xlsx
.fi
.RE
.SS "ind fmt [OPSI] JALUR..."
rapikan tata letak berkas aturan
.TP
\fIJALUR\fR (wajib)
berkas .ind atau folder (juga subfoldernya)
.TP
\fB\-\-check\fR
jangan menulis; sebut berkas yang akan berubah (keluar 1 bila ada)
.TP
\fB\-\-diff\fR
jangan menulis; tunjukkan perubahannya sebagai diff (keluar 1 bila ada)
.PP
Contoh:
.PP
rapikan berkas aturan dan semua berkas .ind di bawah folder:
.RS
.nf
ind fmt rules/kab\-pasuruan.ind stdlib
.fi
.RE
.PP
periksa tanpa menulis, untuk CI (keluar 1 bila ada yang belum rapi):
.RS
.nf
ind fmt \-\-check stdlib rules examples
.fi
.RE
.PP
tunjukkan perubahannya:
.RS
.nf
ind fmt \-\-diff rules/kab\-pasuruan.ind
.fi
.RE
.SS "ind lsp"
layani editor lewat Language Server Protocol di stdin dan stdout
.PP
Contoh:
.PP
dijalankan oleh editor (lihat README, Editor support), dengan pustaka lain:
.RS
.nf
ind lsp \-\-stdlib /usr/share/ind/stdlib
.fi
.RE
.SS "ind help [OPSI] [PERINTAH]"
tampilkan bantuan ind atau satu perintah
.TP
\fIPERINTAH\fR
perintah yang dijelaskan
.TP
\fB\-\-man\fR
tulis halaman manual (roff) ind.1
.TP
\fB\-\-completion\fR \fISHELL\fR
tulis skrip pelengkapan: bash atau zsh
.PP
Contoh:
.PP
bantuan perintah eval:
.RS
.nf
ind help eval
.fi
.RE
.PP
halaman manual:
.RS
.nf
ind help \-\-man > ind.1
.fi
.RE
.PP
pelengkapan bash:
.RS
.nf
ind help \-\-completion bash > ind.bash
.fi
.RE
.SH PUSTAKA STANDAR
.PP
dicari berurutan: folder \-\-stdlib (boleh berulang); $IND_STDLIB; folder stdlib/ pohon sumber bila ind dijalankan dari folder build\-nya; ../share/ind/stdlib dari folder berkas ind (terpasang: /usr/share/ind/stdlib). ind \-\-version menyebut yang dipakai dan versinya; berkas aturan dapat mensyaratkan versi: pakai ipasn versi 1
.SH LINGKUNGAN
.PP
IND_STDLIB  folder pustaka standar bila \-\-stdlib tidak disebut
.PP
NO_COLOR    tanpa warna pada pesan (juga bila TERM=dumb atau bukan terminal)
.SH STATUS KELUAR
.PP
0  berhasil, tanpa temuan
.PP
1  ada temuan: peringatan, contoh yang gagal, angka tercetak yang tidak cocok
.PP
2  galat pemakaian atau masukan: perintah, berkas aturan, data, pustaka standar
.SH LIHAT JUGA
/usr/share/doc/ind/README.md, /usr/share/doc/ind/examples

--- stderr

--- exit 0
