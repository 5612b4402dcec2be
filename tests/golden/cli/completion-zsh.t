$ ind help --completion zsh
--- stdout
#compdef ind
# zsh completion for ind, written by `ind help --completion zsh`.
_ind() {
   local -a commands
   commands=(
      'check:periksa berkas aturan tanpa data'
      'test:jalankan contoh di dalam berkas aturan'
      'audit:bandingkan angka tercetak dengan hasil hitung ulang'
      'explain:tunjukkan bagaimana angka satu indikator diperoleh'
      'eval:hitung dan cetak tabel LKjIP'
      'template:tulis berkas data yang dibaca berkas aturan, siap diisi (folder CSV atau buku kerja XLSX)'
      'fmt:rapikan tata letak berkas aturan'
      'lsp:layani editor lewat Language Server Protocol di stdin dan stdout'
      'help:tampilkan bantuan ind atau satu perintah'
   )
   local state
   _arguments -C \
      '-h[tampilkan bantuan ini]' \
      '--help[tampilkan bantuan ini]' \
      '--version[tampilkan versi ind dan pustaka standar yang dipakai]' \
      '--stdlib[folder pustaka standar (boleh berulang)]:FOLDER:_files' \
      '--color[warna pesan\: auto, always, never]:WARNA:(auto always never)' \
      '--diagnostics[bentuk pesan\: human, short]:BENTUK:(human short)' \
      '--max-diagnostics[galat dan peringatan yang ditampilkan, masing-masing (bawaan 20; 0\: semua)]:JUMLAH: ' \
      '1:perintah:->command' '*::argumen:->argument'
   case $state in
      command) _describe -t commands perintah commands ;;
      argument)
         case $words[1] in
            check)
               _arguments \
      '--no-warnings[tampilkan galat saja]' \
      '-h[tampilkan bantuan ini]' \
      '--help[tampilkan bantuan ini]' \
                  '*:berkas:_files' ;;
            test)
               _arguments \
      '-h[tampilkan bantuan ini]' \
      '--help[tampilkan bantuan ini]' \
                  '*:berkas:_files' ;;
            audit)
               _arguments \
      '--data[folder data CSV, atau buku kerja .xlsx (dengan --period)]:FOLDER:_files' \
      '--period[periode\: 2024, 2024-TW2, 2024-S1]:PERIODE: ' \
      '--format[text, json, csv, md, html, xlsx]:FORMAT:(text json csv md html xlsx)' \
      '--locale[format angka\: id atau en]:LOKAL:(id en)' \
      '--out[tulis ke berkas ini (diganti secara atomik)]:BERKAS:_files' \
      '--all[tampilkan juga angka yang cocok]' \
      '--bom[csv\: awali berkas dengan tanda urutan byte (BOM) UTF-8 agar Excel membacanya sebagai UTF-8; bawaan untuk --locale id dengan --out]' \
      '--tanpa-bom[csv\: tanpa tanda urutan byte, juga untuk --locale id dengan --out]' \
      '--reproducible[asal laporan tanpa waktu hitung dan commit, agar keluaran sama byte demi byte (SOURCE_DATE_EPOCH memberi waktunya)]' \
      '-h[tampilkan bantuan ini]' \
      '--help[tampilkan bantuan ini]' \
                  '*:berkas:_files' ;;
            explain)
               _arguments \
      '--data[folder data CSV, atau buku kerja .xlsx (dengan --period)]:FOLDER:_files' \
      '--period[periode\: 2024, 2024-TW2, 2024-S1]:PERIODE: ' \
      '--format[text atau json]:FORMAT:(text json)' \
      '--locale[format angka\: id atau en]:LOKAL:(id en)' \
      '--reproducible[asal laporan tanpa waktu hitung dan commit, agar keluaran sama byte demi byte (SOURCE_DATE_EPOCH memberi waktunya)]' \
      '-h[tampilkan bantuan ini]' \
      '--help[tampilkan bantuan ini]' \
                  '*:berkas:_files' ;;
            eval)
               _arguments \
      '--data[folder data CSV, buku kerja .xlsx (dengan --period), atau satu berkas CSV bagi berkas aturan bertabel satu]:FOLDER:_files' \
      '--period[periode\: 2024, 2024-TW2, 2024-S1]:PERIODE: ' \
      '--format[table, json, csv, md, html, xlsx]:FORMAT:(table json csv md html xlsx)' \
      '--locale[format angka\: id (77,32) atau en (77.32)]:LOKAL:(id en)' \
      '--rows[tulis setiap baris tabel (dengan kolom turunannya) ke berkas CSV ini]:BERKAS:_files' \
      '--on-error[sel yang tidak terbaca\: stop (berhenti, bawaan) atau skip (lewati barisnya)]:TINDAKAN:(stop skip)' \
      '--threads[jumlah thread pembaca roster (bawaan\: satu per inti)]:JUMLAH: ' \
      '--out[tulis ke berkas ini (diganti secara atomik); untuk csv, folder/ menulis satu berkas per tabel; xlsx wajib memakai --out; folder aturan dengan html\: folder/ berisi index.html dan laporan setiap instansi]:BERKAS:_files' \
      '--bom[csv\: awali berkas dengan tanda urutan byte (BOM) UTF-8 agar Excel membacanya sebagai UTF-8; bawaan untuk --locale id dengan --out]' \
      '--tanpa-bom[csv\: tanpa tanda urutan byte, juga untuk --locale id dengan --out]' \
      '--reproducible[asal laporan tanpa waktu hitung dan commit, agar keluaran sama byte demi byte (SOURCE_DATE_EPOCH memberi waktunya)]' \
      '-h[tampilkan bantuan ini]' \
      '--help[tampilkan bantuan ini]' \
                  '*:berkas:_files' ;;
            template)
               _arguments \
      '--period[periode\: 2024, 2024-TW2, 2024-S1]:PERIODE: ' \
      '--out[folder tujuan (dibuat bila belum ada), satu berkas CSV per berkas data; atau BUKU.xlsx, satu lembar per berkas data; yang sudah ada tidak ditimpa]:FOLDER:_files' \
      '--format[csv (folder) atau xlsx (buku kerja); bawaan\: xlsx bila --out berakhir .xlsx]:FORMAT:(csv xlsx)' \
      '-h[tampilkan bantuan ini]' \
      '--help[tampilkan bantuan ini]' \
                  '*:berkas:_files' ;;
            fmt)
               _arguments \
      '--check[jangan menulis; sebut berkas yang akan berubah (keluar 1 bila ada)]' \
      '--diff[jangan menulis; tunjukkan perubahannya sebagai diff (keluar 1 bila ada)]' \
      '-h[tampilkan bantuan ini]' \
      '--help[tampilkan bantuan ini]' \
                  '*:berkas:_files' ;;
            lsp)
               _arguments \
      '-h[tampilkan bantuan ini]' \
      '--help[tampilkan bantuan ini]' \
                  '*:berkas:_files' ;;
            help)
               _arguments \
      '--man[tulis halaman manual (roff) ind.1]' \
      '--completion[tulis skrip pelengkapan\: bash atau zsh]:SHELL:(bash zsh)' \
      '-h[tampilkan bantuan ini]' \
      '--help[tampilkan bantuan ini]' \
                  '*:berkas:_files' ;;
         esac ;;
   esac
}
_ind "$@"

--- stderr

--- exit 0
