$ ind eval tests/golden/budget-tw/tw.ind --period 2024-TW2 --data tests/golden/budget-tw/data/ok --format html
--- stdout
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="ind">
<title>Laporan Kinerja Contoh TW II 2024</title>
<style>
:root { --ink: #1a202c; --muted: #4a5568; --line: #cbd5e0; --head: #edf2f7; --accent: #2b6cb0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1120px; padding: 24px; color: var(--ink); background: #fff;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
  Arial, sans-serif; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 16px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 32px 0 8px; padding-bottom: 4px;
  border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 20px 0 6px; }
p.meta { margin: 0 0 12px; color: var(--muted); }
nav ol { columns: 2 18rem; margin: 0; padding-left: 1.4rem; }
nav h2 { margin-top: 8px; }
.table-wrap { overflow-x: auto; margin: 0 0 8px; }
.table-wrap:focus { outline: 2px solid var(--accent); }
table { border-collapse: collapse; width: auto; max-width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { background: var(--head); vertical-align: bottom; }
tbody th { font-weight: normal; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.group th { background: #f7fafc; font-weight: 600; }
tr.total th, tr.total td { font-weight: 700; background: #f7fafc; }
table.asal td { font-family: ui-monospace, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
tr.depth-0 th, tr.depth-0 td { font-weight: 600; }
tr.depth-1 th { padding-left: 18px; }
tr.depth-2 th { padding-left: 32px; }
tr.depth-3 th { padding-left: 46px; }
.temuan { background: #fefcbf; outline: 2px solid #b7791f; outline-offset: -2px; }
.temuan a { color: #744210; font-weight: 700; text-decoration: none; }
p.note { color: var(--muted); font-size: 0.85rem; margin: 2px 0 12px; }
figure { margin: 12px 0 20px; }
figure svg { display: block; width: 100%; height: auto; max-width: 760px; }
/* Bar charts come in two layouts; a phone gets the narrow one, with text at a readable size. */
figure svg.sempit { display: none; max-width: 480px; }
figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 4px; }
.trend-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
  gap: 12px; }
.trend figcaption { color: var(--ink); font-weight: 600; font-size: 0.85rem; margin: 0 0 2px; }
svg text { font-family: inherit; font-size: 12px; fill: var(--ink); }
svg text.name { font-size: 13px; font-weight: 600; }
svg text.axis, svg text.legend { fill: var(--muted); }
svg text.inside { fill: #fff; }
svg text.strong { font-weight: 700; }
svg text.point { font-size: 11px; }
svg text.point.rencana { fill: #975a16; }
svg .target { fill: #a0aec0; }
svg .tercapai { fill: #2f855a; }
svg .belum { fill: #c05621; }
svg .serapan { fill: var(--accent); }
svg .serapan.jumlah { fill: #1a365d; }
svg .reference { stroke: var(--ink); stroke-dasharray: 4 3; }
svg .axis-line { stroke: var(--line); }
svg polyline.realisasi { fill: none; stroke: var(--accent); stroke-width: 2.5; }
svg circle.realisasi { fill: var(--accent); }
svg polyline.rencana { fill: none; stroke: #b7791f; stroke-width: 2; stroke-dasharray: 6 4; }
svg rect.rencana { fill: #fff; stroke: #b7791f; stroke-width: 2; }
footer { margin-top: 32px; color: var(--muted); font-size: 0.85rem;
  border-top: 1px solid var(--line); padding-top: 8px; }
@media (max-width: 640px) {
  body { padding: 10px; font-size: 14px; }
  h1 { font-size: 1.2rem; }
  h2 { font-size: 1.1rem; }
  h3 { font-size: 0.95rem; }
  nav ol { columns: 1; }
  figure svg.lebar { display: none; }
  figure svg.sempit { display: block; }
  /* Tables are stacked: one card per row, each cell with its column header beside it, so no
     column is off-screen. The header row stays for screen readers (and the roles keep the
     table's structure for them), out of sight. */
  table, thead, tbody, tr, th, td { display: block; }
  table { width: 100%; border: 0; font-size: 0.85rem; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; }
  tbody tr { display: flex; flex-direction: column; border: 1px solid var(--line);
    border-radius: 4px; margin: 0 0 6px; padding: 4px 8px; }
  tbody tr.group { border: 0; padding: 6px 0 0; margin: 0; }
  tr.group th { background: none; padding: 0; border: 0; }
  tbody th, tbody td { border: 0; padding: 2px 0; overflow-wrap: anywhere; }
  tbody th[scope="row"] { order: -1; font-weight: 600; padding-bottom: 4px; }
  tr.depth-1 th, tr.depth-2 th, tr.depth-3 th { padding-left: 0; }
  tbody td { text-align: right; white-space: normal; overflow: hidden;
    border-top: 1px solid var(--head); }
  tbody td::before { content: attr(data-label); float: left; margin-right: 12px;
    color: var(--muted); font-weight: normal; text-align: left; }
  tbody td:empty { display: none; }
  .temuan { outline-offset: 0; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav { display: none; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, figure, .trend { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  section { break-before: auto; }
  figure svg { max-width: 170mm; }
  figure svg.lebar { display: block; }
  figure svg.sempit { display: none; }
  a { color: inherit; text-decoration: none; }
}
</style>
</head>
<body>
<header>
<h1>Laporan Kinerja Instansi Pemerintah</h1>
<p class="meta"><strong>Contoh</strong> · Periode TW II 2024 · Renstra 2024–2024</p>
</header>
<nav aria-labelledby="daftar-isi">
<h2 id="daftar-isi">Daftar Isi</h2>
<ol>
<li><a href="#tabel-rekap-anggaran">Rekapitulasi Daya Serap Anggaran per Program — Rentang daya serap</a></li>
<li><a href="#tabel-capaian">Capaian Kinerja TW II 2024</a></li>
<li><a href="#tabel-perbandingan">Perbandingan Realisasi dan Target Renstra</a></li>
<li><a href="#tabel-selisih">Selisih Realisasi TW II 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra</a></li>
<li><a href="#tabel-anggaran">Realisasi Anggaran TW II 2024</a></li>
<li><a href="#tabel-efisiensi">Efisiensi Penggunaan Sumber Daya</a></li>
<li><a href="#tabel-asal-laporan">Asal laporan</a></li>
</ol>
</nav>
<main>
<section id="ikhtisar" aria-labelledby="ikhtisar-judul">
<h2 id="ikhtisar-judul">Ikhtisar Eksekutif</h2>
<h3 id="tabel-rekap-anggaran">Rekapitulasi Daya Serap Anggaran per Program — Rentang daya serap</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-rekap-anggaran">
<table role="table" aria-labelledby="tabel-rekap-anggaran">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader" class="num">No</th><th scope="col" role="columnheader">Rentang</th><th scope="col" role="columnheader">Predikat</th><th scope="col" role="columnheader" class="num">Jumlah Program</th><th scope="col" role="columnheader" class="num">Persentase (%)</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><td role="cell" data-label="No" class="num">1</td><td role="cell" data-label="Rentang">x ≥ 85</td><th scope="row" role="rowheader">Baik</th><td role="cell" data-label="Jumlah Program" class="num">0</td><td role="cell" data-label="Persentase (%)" class="num">0,0</td></tr>
<tr role="row"><td role="cell" data-label="No" class="num">2</td><td role="cell" data-label="Rentang">40 ≤ x &lt; 85</td><th scope="row" role="rowheader">Cukup</th><td role="cell" data-label="Jumlah Program" class="num">1</td><td role="cell" data-label="Persentase (%)" class="num">100,0</td></tr>
<tr role="row"><td role="cell" data-label="No" class="num">3</td><td role="cell" data-label="Rentang">x &lt; 40</td><th scope="row" role="rowheader">Kurang</th><td role="cell" data-label="Jumlah Program" class="num">0</td><td role="cell" data-label="Persentase (%)" class="num">0,0</td></tr>
<tr role="row" class="total"><td role="cell" data-label="No" class="num"></td><td role="cell" data-label="Rentang"></td><th scope="row" role="rowheader">Jumlah</th><td role="cell" data-label="Jumlah Program" class="num">1</td><td role="cell" data-label="Persentase (%)" class="num">100,0</td></tr>
</tbody>
</table>
</div>
</section>
<section id="capaian-kinerja" aria-labelledby="capaian-kinerja-judul">
<h2 id="capaian-kinerja-judul">Capaian Kinerja</h2>
<figure class="chart" id="grafik-capaian"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 91" class="lebar" role="img" aria-labelledby="grafik-capaian-judul grafik-capaian-uraian"><title id="grafik-capaian-judul">Target dan realisasi indikator kinerja TW II 2024</title><desc id="grafik-capaian-uraian">Target dan realisasi TW II 2024 per indikator; setiap indikator memakai skalanya sendiri. Layanan selesai: target 100, realisasi 90, capaian 90,0 %. </desc><rect x="0" y="6" width="14" height="14" class="target"/><text x="20" y="18" class="legend">Target</text><rect x="92.1" y="6" width="14" height="14" class="tercapai"/><text x="112.1" y="18" class="legend">Realisasi (target tercapai)</text><rect x="328.2" y="6" width="14" height="14" class="belum"/><text x="348.2" y="18" class="legend">Realisasi (target belum tercapai)</text><g><title>Layanan selesai</title><text x="0" y="42" class="name">Layanan selesai</text><text x="0" y="63" class="axis">Target</text><rect x="84" y="49" width="545.4" height="17" class="target"/><text x="635.4" y="62" class="value">100</text><text x="0" y="84" class="axis">Realisasi</text><rect x="84" y="70" width="490.9" height="17" class="belum"/><text x="580.9" y="83" class="value">90</text><text x="720" y="83" class="value strong" text-anchor="end">90,0 %</text></g></svg><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 111" class="sempit" role="img" aria-labelledby="grafik-capaian-hp-judul grafik-capaian-hp-uraian"><title id="grafik-capaian-hp-judul">Target dan realisasi indikator kinerja TW II 2024</title><desc id="grafik-capaian-hp-uraian">Target dan realisasi TW II 2024 per indikator; setiap indikator memakai skalanya sendiri. Layanan selesai: target 100, realisasi 90, capaian 90,0 %. </desc><rect x="0" y="6" width="14" height="14" class="target"/><text x="20" y="18" class="legend">Target</text><rect x="92.1" y="6" width="14" height="14" class="tercapai"/><text x="112.1" y="18" class="legend">Realisasi (target tercapai)</text><rect x="0" y="26" width="14" height="14" class="belum"/><text x="20" y="38" class="legend">Realisasi (target belum tercapai)</text><g><title>Layanan selesai</title><text x="0" y="62" class="name">Layanan selesai</text><text x="0" y="83" class="axis">Target</text><rect x="84" y="69" width="185.4" height="17" class="target"/><text x="275.4" y="82" class="value">100</text><text x="0" y="104" class="axis">Realisasi</text><rect x="84" y="90" width="166.9" height="17" class="belum"/><text x="256.9" y="103" class="value">90</text><text x="360" y="103" class="value strong" text-anchor="end">90,0 %</text></g></svg><figcaption>Target dan realisasi indikator kinerja TW II 2024, dengan capaian (%) di sebelah kanan. Panjang batang hanya dapat dibandingkan di dalam satu indikator.</figcaption></figure>
<h3 id="tabel-capaian">Capaian Kinerja TW II 2024</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-capaian">
<table role="table" aria-labelledby="tabel-capaian">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader" class="num">No</th><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader">Tingkat</th><th scope="col" role="columnheader">Satuan</th><th scope="col" role="columnheader" class="num">Target</th><th scope="col" role="columnheader">Target untuk</th><th scope="col" role="columnheader" class="num">Realisasi</th><th scope="col" role="columnheader" class="num">Capaian (%)</th><th scope="col" role="columnheader">Predikat</th><th scope="col" role="columnheader">Kategori</th></tr></thead>
<tbody role="rowgroup">
<tr class="group" role="row"><th scope="rowgroup" role="rowheader" colspan="10">Indikator Kinerja Sasaran</th></tr>
<tr role="row"><td role="cell" data-label="No" class="num">1</td><th scope="row" role="rowheader">Layanan selesai</th><td role="cell" data-label="Tingkat">sasaran</td><td role="cell" data-label="Satuan">persen</td><td role="cell" data-label="Target" class="num">100</td><td role="cell" data-label="Target untuk">2024</td><td role="cell" data-label="Realisasi" class="num">90</td><td role="cell" data-label="Capaian (%)" class="num">90,0</td><td role="cell" data-label="Predikat">-</td><td role="cell" data-label="Kategori">-</td></tr>
</tbody>
</table>
</div>
<p class="note">Tanpa target TW II 2024, capaian diukur terhadap target periode yang memuatnya: Layanan selesai (target 2024).</p>
</section>
<section id="perbandingan-renstra" aria-labelledby="perbandingan-renstra-judul">
<h2 id="perbandingan-renstra-judul">Perbandingan dengan Tahun Sebelumnya dan Target Renstra</h2>
<h3 id="tabel-perbandingan">Perbandingan Realisasi dan Target Renstra</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-perbandingan">
<table role="table" aria-labelledby="tabel-perbandingan">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader" class="num">Realisasi TW II 2024</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><th scope="row" role="rowheader">Layanan selesai</th><td role="cell" data-label="Realisasi TW II 2024" class="num">90</td></tr>
</tbody>
</table>
</div>
<h3 id="tabel-selisih">Selisih Realisasi TW II 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-selisih">
<table role="table" aria-labelledby="tabel-selisih">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader">Pembanding</th><th scope="col" role="columnheader" class="num">Nilai Pembanding</th><th scope="col" role="columnheader" class="num">Realisasi TW II 2024</th><th scope="col" role="columnheader" class="num">Selisih</th><th scope="col" role="columnheader">Keterangan</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><th scope="row" role="rowheader">Layanan selesai</th><td role="cell" data-label="Pembanding">Target 2024</td><td role="cell" data-label="Nilai Pembanding" class="num">100</td><td role="cell" data-label="Realisasi TW II 2024" class="num">90</td><td role="cell" data-label="Selisih" class="num">-10</td><td role="cell" data-label="Keterangan">di bawah target</td></tr>
</tbody>
</table>
</div>
<p class="note">Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; terhadap target Renstra = kekurangan yang masih perlu dicapai.</p>
</section>
<section id="anggaran-efisiensi" aria-labelledby="anggaran-efisiensi-judul">
<h2 id="anggaran-efisiensi-judul">Anggaran dan Efisiensi</h2>
<figure class="chart" id="grafik-serapan"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 130" class="lebar" role="img" aria-labelledby="grafik-serapan-judul grafik-serapan-uraian"><title id="grafik-serapan-judul">Serapan anggaran per program TW II 2024</title><desc id="grafik-serapan-uraian">Serapan anggaran TW II 2024 per program: A — Program 45,00 % · Cukup; Jumlah seluruh program 45,00 % · Cukup. Garis putus-putus menandai 100 %.</desc><text x="587" y="12" class="axis" text-anchor="middle">100 %</text><g><title>A — Program</title><text x="0" y="36" class="name">A — Program</text><rect x="0" y="43" width="264.2" height="18" class="serapan"/><line x1="587" y1="40" x2="587" y2="64" class="reference"/><text x="270.2" y="56" class="value">45,00 % · Cukup</text></g><g><title>Jumlah seluruh program</title><text x="0" y="90" class="name strong">Jumlah seluruh program</text><rect x="0" y="97" width="264.2" height="18" class="serapan jumlah"/><line x1="587" y1="94" x2="587" y2="118" class="reference"/><text x="270.2" y="110" class="value">45,00 % · Cukup</text></g></svg><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 130" class="sempit" role="img" aria-labelledby="grafik-serapan-hp-judul grafik-serapan-hp-uraian"><title id="grafik-serapan-hp-judul">Serapan anggaran per program TW II 2024</title><desc id="grafik-serapan-hp-uraian">Serapan anggaran TW II 2024 per program: A — Program 45,00 % · Cukup; Jumlah seluruh program 45,00 % · Cukup. Garis putus-putus menandai 100 %.</desc><text x="227" y="12" class="axis" text-anchor="middle">100 %</text><g><title>A — Program</title><text x="0" y="36" class="name">A — Program</text><rect x="0" y="43" width="102.2" height="18" class="serapan"/><line x1="227" y1="40" x2="227" y2="64" class="reference"/><text x="233" y="56" class="value">45,00 % · Cukup</text></g><g><title>Jumlah seluruh program</title><text x="0" y="90" class="name strong">Jumlah seluruh program</text><rect x="0" y="97" width="102.2" height="18" class="serapan jumlah"/><line x1="227" y1="94" x2="227" y2="118" class="reference"/><text x="233" y="110" class="value">45,00 % · Cukup</text></g></svg><figcaption>Serapan anggaran (realisasi ÷ pagu) per program dan jumlahnya, dengan predikatnya.</figcaption></figure>
<h3 id="tabel-anggaran">Realisasi Anggaran TW II 2024</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-anggaran">
<table role="table" aria-labelledby="tabel-anggaran">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Kode</th><th scope="col" role="columnheader">Uraian</th><th scope="col" role="columnheader">Tingkat</th><th scope="col" role="columnheader" class="num">Pagu (Rp)</th><th scope="col" role="columnheader" class="num">Rencana TW II (Rp)</th><th scope="col" role="columnheader" class="num">Realisasi TW II (Rp)</th><th scope="col" role="columnheader" class="num">Serapan TW II (%)</th><th scope="col" role="columnheader" class="num">Rencana s.d. TW II (Rp)</th><th scope="col" role="columnheader" class="num">Realisasi s.d. TW II (Rp)</th><th scope="col" role="columnheader" class="num">Serapan thd Rencana (%)</th><th scope="col" role="columnheader" class="num">Serapan thd Pagu (%)</th><th scope="col" role="columnheader">Predikat</th></tr></thead>
<tbody role="rowgroup">
<tr role="row" class="depth-0"><td role="cell" data-label="Kode">A</td><th scope="row" role="rowheader">Program</th><td role="cell" data-label="Tingkat">Program</td><td role="cell" data-label="Pagu (Rp)" class="num">1.000.000</td><td role="cell" data-label="Rencana TW II (Rp)" class="num">350.000</td><td role="cell" data-label="Realisasi TW II (Rp)" class="num">320.000</td><td role="cell" data-label="Serapan TW II (%)" class="num">91,43</td><td role="cell" data-label="Rencana s.d. TW II (Rp)" class="num">500.000</td><td role="cell" data-label="Realisasi s.d. TW II (Rp)" class="num">450.000</td><td role="cell" data-label="Serapan thd Rencana (%)" class="num">90,00</td><td role="cell" data-label="Serapan thd Pagu (%)" class="num">45,00</td><td role="cell" data-label="Predikat">Cukup</td></tr>
<tr role="row" class="depth-1"><td role="cell" data-label="Kode">A.1</td><th scope="row" role="rowheader">Kegiatan satu</th><td role="cell" data-label="Tingkat">Kegiatan</td><td role="cell" data-label="Pagu (Rp)" class="num">600.000</td><td role="cell" data-label="Rencana TW II (Rp)" class="num">200.000</td><td role="cell" data-label="Realisasi TW II (Rp)" class="num">175.000</td><td role="cell" data-label="Serapan TW II (%)" class="num">87,50</td><td role="cell" data-label="Rencana s.d. TW II (Rp)" class="num">300.000</td><td role="cell" data-label="Realisasi s.d. TW II (Rp)" class="num">265.000</td><td role="cell" data-label="Serapan thd Rencana (%)" class="num">88,33</td><td role="cell" data-label="Serapan thd Pagu (%)" class="num">44,17</td><td role="cell" data-label="Predikat">Cukup</td></tr>
<tr role="row" class="depth-2"><td role="cell" data-label="Kode">A.1.1</td><th scope="row" role="rowheader">Sub satu</th><td role="cell" data-label="Tingkat">Sub Kegiatan</td><td role="cell" data-label="Pagu (Rp)" class="num">400.000</td><td role="cell" data-label="Rencana TW II (Rp)" class="num">100.000</td><td role="cell" data-label="Realisasi TW II (Rp)" class="num">95.000</td><td role="cell" data-label="Serapan TW II (%)" class="num">95,00</td><td role="cell" data-label="Rencana s.d. TW II (Rp)" class="num">200.000</td><td role="cell" data-label="Realisasi s.d. TW II (Rp)" class="num">185.000</td><td role="cell" data-label="Serapan thd Rencana (%)" class="num">92,50</td><td role="cell" data-label="Serapan thd Pagu (%)" class="num">46,25</td><td role="cell" data-label="Predikat">Cukup</td></tr>
<tr role="row" class="depth-2"><td role="cell" data-label="Kode">A.1.2</td><th scope="row" role="rowheader">Sub dua</th><td role="cell" data-label="Tingkat">Sub Kegiatan</td><td role="cell" data-label="Pagu (Rp)" class="num">200.000</td><td role="cell" data-label="Rencana TW II (Rp)" class="num">100.000</td><td role="cell" data-label="Realisasi TW II (Rp)" class="num">80.000</td><td role="cell" data-label="Serapan TW II (%)" class="num">80,00</td><td role="cell" data-label="Rencana s.d. TW II (Rp)" class="num">100.000</td><td role="cell" data-label="Realisasi s.d. TW II (Rp)" class="num">80.000</td><td role="cell" data-label="Serapan thd Rencana (%)" class="num">80,00</td><td role="cell" data-label="Serapan thd Pagu (%)" class="num">40,00</td><td role="cell" data-label="Predikat">Cukup</td></tr>
<tr role="row" class="depth-1"><td role="cell" data-label="Kode">A.2</td><th scope="row" role="rowheader">Kegiatan dua</th><td role="cell" data-label="Tingkat">Kegiatan</td><td role="cell" data-label="Pagu (Rp)" class="num">400.000</td><td role="cell" data-label="Rencana TW II (Rp)" class="num">150.000</td><td role="cell" data-label="Realisasi TW II (Rp)" class="num">145.000</td><td role="cell" data-label="Serapan TW II (%)" class="num">96,67</td><td role="cell" data-label="Rencana s.d. TW II (Rp)" class="num">200.000</td><td role="cell" data-label="Realisasi s.d. TW II (Rp)" class="num">185.000</td><td role="cell" data-label="Serapan thd Rencana (%)" class="num">92,50</td><td role="cell" data-label="Serapan thd Pagu (%)" class="num">46,25</td><td role="cell" data-label="Predikat">Cukup</td></tr>
<tr role="row" class="total"><td role="cell" data-label="Kode"></td><th scope="row" role="rowheader">Jumlah</th><td role="cell" data-label="Tingkat"></td><td role="cell" data-label="Pagu (Rp)" class="num">1.000.000</td><td role="cell" data-label="Rencana TW II (Rp)" class="num">350.000</td><td role="cell" data-label="Realisasi TW II (Rp)" class="num">320.000</td><td role="cell" data-label="Serapan TW II (%)" class="num">91,43</td><td role="cell" data-label="Rencana s.d. TW II (Rp)" class="num">500.000</td><td role="cell" data-label="Realisasi s.d. TW II (Rp)" class="num">450.000</td><td role="cell" data-label="Serapan thd Rencana (%)" class="num">90,00</td><td role="cell" data-label="Serapan thd Pagu (%)" class="num">45,00</td><td role="cell" data-label="Predikat">Cukup</td></tr>
</tbody>
</table>
</div>
<h3 id="tabel-efisiensi">Efisiensi Penggunaan Sumber Daya</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-efisiensi">
<table role="table" aria-labelledby="tabel-efisiensi">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader" class="num">Capaian Kinerja (%)</th><th scope="col" role="columnheader" class="num">Pagu (Rp)</th><th scope="col" role="columnheader" class="num">Realisasi (Rp)</th><th scope="col" role="columnheader" class="num">Serapan (%)</th><th scope="col" role="columnheader" class="num">Efisiensi (%)</th><th scope="col" role="columnheader">Tingkat Efisiensi</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><th scope="row" role="rowheader">Layanan selesai</th><td role="cell" data-label="Capaian Kinerja (%)" class="num">90,0</td><td role="cell" data-label="Pagu (Rp)" class="num">1.000.000</td><td role="cell" data-label="Realisasi (Rp)" class="num">450.000</td><td role="cell" data-label="Serapan (%)" class="num">45,00</td><td role="cell" data-label="Efisiensi (%)" class="num">200</td><td role="cell" data-label="Tingkat Efisiensi">-</td></tr>
</tbody>
</table>
</div>
</section>
<section id="asal-laporan" aria-labelledby="asal-laporan-judul">
<h2 id="asal-laporan-judul">Asal Laporan</h2>
<h3 id="tabel-asal-laporan">Asal laporan</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-asal-laporan">
<table role="table" aria-labelledby="tabel-asal-laporan" class="asal">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Unsur</th><th scope="col" role="columnheader">Berkas</th><th scope="col" role="columnheader">Versi atau waktu</th><th scope="col" role="columnheader">SHA-256</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><td role="cell" data-label="Unsur">program</td><th scope="row" role="rowheader">ind</th><td role="cell" data-label="Versi atau waktu">0.1.0</td><td role="cell" data-label="SHA-256"></td></tr>
<tr role="row"><td role="cell" data-label="Unsur">waktu hitung</td><th scope="row" role="rowheader"></th><td role="cell" data-label="Versi atau waktu">1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)</td><td role="cell" data-label="SHA-256"></td></tr>
<tr role="row"><td role="cell" data-label="Unsur">aturan</td><th scope="row" role="rowheader">tests/golden/budget-tw/tw.ind</th><td role="cell" data-label="Versi atau waktu"></td><td role="cell" data-label="SHA-256">d0ed492ba4995fde2610e7ead4991608c5017a1166d474070cb901d3501a92b4</td></tr>
<tr role="row"><td role="cell" data-label="Unsur">data</td><th scope="row" role="rowheader">tests/golden/budget-tw/data/ok/realisasi.csv</th><td role="cell" data-label="Versi atau waktu"></td><td role="cell" data-label="SHA-256">e7efdefa780b4fa2a048ce066d132339d36b1ccd9986a136f542ac3ba1aecf74</td></tr>
<tr role="row"><td role="cell" data-label="Unsur">data</td><th scope="row" role="rowheader">tests/golden/budget-tw/data/ok/anggaran.csv</th><td role="cell" data-label="Versi atau waktu"></td><td role="cell" data-label="SHA-256">02e21977fd6f4be207ffdd8e2512b98bddfef1c4842daf8265415aeb1caa423e</td></tr>
</tbody>
</table>
</div>
<p class="note">Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.</p>
</section>
</main>
<footer>
<p>Dihitung dengan <code>ind</code> dari berkas aturan dan data periode ini. Setiap angka dihitung tepat (tanpa pembulatan biner) lalu dibulatkan sebagaimana aturannya menyatakan. Angka ditulis dengan format Indonesia (1.234,5).</p>
</footer>
</body>
</html>

--- stderr

--- exit 0
