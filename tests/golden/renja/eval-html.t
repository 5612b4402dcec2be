$ ind eval tests/golden/renja/renja.ind --data tests/golden/renja/data/tw2 --period 2024-TW2 --format html
--- stdout
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="ind">
<title>Laporan Kinerja Contoh Renja TW II 2024</title>
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
<p class="meta"><strong>Contoh Renja</strong> · Periode TW II 2024 · Renstra 2023–2025</p>
</header>
<nav aria-labelledby="daftar-isi">
<h2 id="daftar-isi">Daftar Isi</h2>
<ol>
<li><a href="#tabel-evaluasi-renja">Evaluasi Hasil Renja TW II 2024</a></li>
<li><a href="#tabel-asal-laporan">Asal laporan</a></li>
</ol>
</nav>
<main>
<section id="anggaran-efisiensi" aria-labelledby="anggaran-efisiensi-judul">
<h2 id="anggaran-efisiensi-judul">Anggaran dan Efisiensi</h2>
<h3 id="tabel-evaluasi-renja">Evaluasi Hasil Renja TW II 2024</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-evaluasi-renja">
<table role="table" aria-labelledby="tabel-evaluasi-renja">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Kode</th><th scope="col" role="columnheader">Uraian</th><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader">Satuan</th><th scope="col" role="columnheader" class="num">(6) Target Renstra K</th><th scope="col" role="columnheader" class="num">(6) Target Renstra Rp</th><th scope="col" role="columnheader" class="num">(7) Realisasi s.d. Tahun Lalu K</th><th scope="col" role="columnheader" class="num">(7) Realisasi s.d. Tahun Lalu Rp</th><th scope="col" role="columnheader" class="num">(8) Target Renja K</th><th scope="col" role="columnheader" class="num">(8) Target Renja Rp</th><th scope="col" role="columnheader" class="num">(9) TW I K</th><th scope="col" role="columnheader" class="num">(9) TW I Rp</th><th scope="col" role="columnheader" class="num">(10) TW II K</th><th scope="col" role="columnheader" class="num">(10) TW II Rp</th><th scope="col" role="columnheader" class="num">(11) TW III K</th><th scope="col" role="columnheader" class="num">(11) TW III Rp</th><th scope="col" role="columnheader" class="num">(12) TW IV K</th><th scope="col" role="columnheader" class="num">(12) TW IV Rp</th><th scope="col" role="columnheader" class="num">(13) Realisasi Tahun Ini K</th><th scope="col" role="columnheader" class="num">(13) Realisasi Tahun Ini Rp</th><th scope="col" role="columnheader" class="num">(14) Capaian Renja (%) K</th><th scope="col" role="columnheader" class="num">(14) Capaian Renja (%) Rp</th><th scope="col" role="columnheader" class="num">(15) Realisasi Renstra K</th><th scope="col" role="columnheader" class="num">(15) Realisasi Renstra Rp</th><th scope="col" role="columnheader" class="num">(16) Capaian Renstra (%) K</th><th scope="col" role="columnheader" class="num">(16) Capaian Renstra (%) Rp</th><th scope="col" role="columnheader">Predikat K</th><th scope="col" role="columnheader">Predikat Rp</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><td role="cell" data-label="Kode">A</td><th scope="row" role="rowheader">Program Pelayanan</th><td role="cell" data-label="Indikator">Layanan yang diselesaikan</td><td role="cell" data-label="Satuan">layanan</td><td role="cell" data-label="(6) Target Renstra K" class="num">300</td><td role="cell" data-label="(6) Target Renstra Rp" class="num">900.000.000</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu K" class="num">90</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu Rp" class="num">280.000.000</td><td role="cell" data-label="(8) Target Renja K" class="num">100</td><td role="cell" data-label="(8) Target Renja Rp" class="num">300.000.000</td><td role="cell" data-label="(9) TW I K" class="num">20</td><td role="cell" data-label="(9) TW I Rp" class="num">60.000.000</td><td role="cell" data-label="(10) TW II K" class="num">30</td><td role="cell" data-label="(10) TW II Rp" class="num">80.000.000</td><td role="cell" data-label="(11) TW III K" class="num">-</td><td role="cell" data-label="(11) TW III Rp" class="num">-</td><td role="cell" data-label="(12) TW IV K" class="num">-</td><td role="cell" data-label="(12) TW IV Rp" class="num">-</td><td role="cell" data-label="(13) Realisasi Tahun Ini K" class="num">50</td><td role="cell" data-label="(13) Realisasi Tahun Ini Rp" class="num">140.000.000</td><td role="cell" data-label="(14) Capaian Renja (%) K" class="num">50,00</td><td role="cell" data-label="(14) Capaian Renja (%) Rp" class="num">46,67</td><td role="cell" data-label="(15) Realisasi Renstra K" class="num">140</td><td role="cell" data-label="(15) Realisasi Renstra Rp" class="num">420.000.000</td><td role="cell" data-label="(16) Capaian Renstra (%) K" class="num">46,67</td><td role="cell" data-label="(16) Capaian Renstra (%) Rp" class="num">46,67</td><td role="cell" data-label="Predikat K">Sangat rendah</td><td role="cell" data-label="Predikat Rp">Sangat rendah</td></tr>
<tr role="row"><td role="cell" data-label="Kode">A.1</td><th scope="row" role="rowheader">Kegiatan Satu</th><td role="cell" data-label="Indikator">Dokumen satu</td><td role="cell" data-label="Satuan">dokumen</td><td role="cell" data-label="(6) Target Renstra K" class="num">60</td><td role="cell" data-label="(6) Target Renstra Rp" class="num">600.000.000</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu K" class="num">18</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu Rp" class="num">180.000.000</td><td role="cell" data-label="(8) Target Renja K" class="num">20</td><td role="cell" data-label="(8) Target Renja Rp" class="num">200.000.000</td><td role="cell" data-label="(9) TW I K" class="num">5</td><td role="cell" data-label="(9) TW I Rp" class="num">40.000.000</td><td role="cell" data-label="(10) TW II K" class="num">6</td><td role="cell" data-label="(10) TW II Rp" class="num">55.000.000</td><td role="cell" data-label="(11) TW III K" class="num">-</td><td role="cell" data-label="(11) TW III Rp" class="num">-</td><td role="cell" data-label="(12) TW IV K" class="num">-</td><td role="cell" data-label="(12) TW IV Rp" class="num">-</td><td role="cell" data-label="(13) Realisasi Tahun Ini K" class="num">11</td><td role="cell" data-label="(13) Realisasi Tahun Ini Rp" class="num">95.000.000</td><td role="cell" data-label="(14) Capaian Renja (%) K" class="num">55,00</td><td role="cell" data-label="(14) Capaian Renja (%) Rp" class="num">47,50</td><td role="cell" data-label="(15) Realisasi Renstra K" class="num">29</td><td role="cell" data-label="(15) Realisasi Renstra Rp" class="num">275.000.000</td><td role="cell" data-label="(16) Capaian Renstra (%) K" class="num">48,33</td><td role="cell" data-label="(16) Capaian Renstra (%) Rp" class="num">45,83</td><td role="cell" data-label="Predikat K">Rendah</td><td role="cell" data-label="Predikat Rp">Sangat rendah</td></tr>
<tr role="row"><td role="cell" data-label="Kode">A.1.1</td><th scope="row" role="rowheader">Sub Satu</th><td role="cell" data-label="Indikator">Kelas satu</td><td role="cell" data-label="Satuan">kelas</td><td role="cell" data-label="(6) Target Renstra K" class="num">30</td><td role="cell" data-label="(6) Target Renstra Rp" class="num">400.000.000</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu K" class="num">9</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu Rp" class="num">120.000.000</td><td role="cell" data-label="(8) Target Renja K" class="num">10</td><td role="cell" data-label="(8) Target Renja Rp" class="num">150.000.000</td><td role="cell" data-label="(9) TW I K" class="num">2</td><td role="cell" data-label="(9) TW I Rp" class="num">30.000.000</td><td role="cell" data-label="(10) TW II K" class="num">3</td><td role="cell" data-label="(10) TW II Rp" class="num">40.000.000</td><td role="cell" data-label="(11) TW III K" class="num">-</td><td role="cell" data-label="(11) TW III Rp" class="num">-</td><td role="cell" data-label="(12) TW IV K" class="num">-</td><td role="cell" data-label="(12) TW IV Rp" class="num">-</td><td role="cell" data-label="(13) Realisasi Tahun Ini K" class="num">5</td><td role="cell" data-label="(13) Realisasi Tahun Ini Rp" class="num">70.000.000</td><td role="cell" data-label="(14) Capaian Renja (%) K" class="num">50,00</td><td role="cell" data-label="(14) Capaian Renja (%) Rp" class="num">46,67</td><td role="cell" data-label="(15) Realisasi Renstra K" class="num">14</td><td role="cell" data-label="(15) Realisasi Renstra Rp" class="num">190.000.000</td><td role="cell" data-label="(16) Capaian Renstra (%) K" class="num">46,67</td><td role="cell" data-label="(16) Capaian Renstra (%) Rp" class="num">47,50</td><td role="cell" data-label="Predikat K">Sangat rendah</td><td role="cell" data-label="Predikat Rp">Sangat rendah</td></tr>
<tr role="row"><td role="cell" data-label="Kode">A.1.2</td><th scope="row" role="rowheader">Sub Dua</th><td role="cell" data-label="Indikator">Kelas dua</td><td role="cell" data-label="Satuan">kelas</td><td role="cell" data-label="(6) Target Renstra K" class="num">30</td><td role="cell" data-label="(6) Target Renstra Rp" class="num">200.000.000</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu K" class="num">9</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu Rp" class="num">60.000.000</td><td role="cell" data-label="(8) Target Renja K" class="num">10</td><td role="cell" data-label="(8) Target Renja Rp" class="num">50.000.000</td><td role="cell" data-label="(9) TW I K" class="num">2</td><td role="cell" data-label="(9) TW I Rp" class="num">10.000.000</td><td role="cell" data-label="(10) TW II K" class="num">2</td><td role="cell" data-label="(10) TW II Rp" class="num">15.000.000</td><td role="cell" data-label="(11) TW III K" class="num">-</td><td role="cell" data-label="(11) TW III Rp" class="num">-</td><td role="cell" data-label="(12) TW IV K" class="num">-</td><td role="cell" data-label="(12) TW IV Rp" class="num">-</td><td role="cell" data-label="(13) Realisasi Tahun Ini K" class="num">4</td><td role="cell" data-label="(13) Realisasi Tahun Ini Rp" class="num">25.000.000</td><td role="cell" data-label="(14) Capaian Renja (%) K" class="num">40,00</td><td role="cell" data-label="(14) Capaian Renja (%) Rp" class="num">50,00</td><td role="cell" data-label="(15) Realisasi Renstra K" class="num">13</td><td role="cell" data-label="(15) Realisasi Renstra Rp" class="num">85.000.000</td><td role="cell" data-label="(16) Capaian Renstra (%) K" class="num">43,33</td><td role="cell" data-label="(16) Capaian Renstra (%) Rp" class="num">42,50</td><td role="cell" data-label="Predikat K">Sangat rendah</td><td role="cell" data-label="Predikat Rp">Sangat rendah</td></tr>
<tr role="row"><td role="cell" data-label="Kode">A.2</td><th scope="row" role="rowheader">Kegiatan Dua</th><td role="cell" data-label="Indikator">Dokumen dua</td><td role="cell" data-label="Satuan">dokumen</td><td role="cell" data-label="(6) Target Renstra K" class="num">45</td><td role="cell" data-label="(6) Target Renstra Rp" class="num">300.000.000</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu K" class="num">12</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu Rp" class="num">100.000.000</td><td role="cell" data-label="(8) Target Renja K" class="num">15</td><td role="cell" data-label="(8) Target Renja Rp" class="num">100.000.000</td><td role="cell" data-label="(9) TW I K" class="num">4</td><td role="cell" data-label="(9) TW I Rp" class="num">20.000.000</td><td role="cell" data-label="(10) TW II K" class="num">5</td><td role="cell" data-label="(10) TW II Rp" class="num">25.000.000</td><td role="cell" data-label="(11) TW III K" class="num">-</td><td role="cell" data-label="(11) TW III Rp" class="num">-</td><td role="cell" data-label="(12) TW IV K" class="num">-</td><td role="cell" data-label="(12) TW IV Rp" class="num">-</td><td role="cell" data-label="(13) Realisasi Tahun Ini K" class="num">9</td><td role="cell" data-label="(13) Realisasi Tahun Ini Rp" class="num">45.000.000</td><td role="cell" data-label="(14) Capaian Renja (%) K" class="num">60,00</td><td role="cell" data-label="(14) Capaian Renja (%) Rp" class="num">45,00</td><td role="cell" data-label="(15) Realisasi Renstra K" class="num">21</td><td role="cell" data-label="(15) Realisasi Renstra Rp" class="num">145.000.000</td><td role="cell" data-label="(16) Capaian Renstra (%) K" class="num">46,67</td><td role="cell" data-label="(16) Capaian Renstra (%) Rp" class="num">48,33</td><td role="cell" data-label="Predikat K">Rendah</td><td role="cell" data-label="Predikat Rp">Sangat rendah</td></tr>
<tr role="row"><td role="cell" data-label="Kode">A.2</td><th scope="row" role="rowheader">Kegiatan Dua</th><td role="cell" data-label="Indikator">Peserta dua</td><td role="cell" data-label="Satuan">orang</td><td role="cell" data-label="(6) Target Renstra K" class="num">150</td><td role="cell" data-label="(6) Target Renstra Rp" class="num"></td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu K" class="num">40</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu Rp" class="num"></td><td role="cell" data-label="(8) Target Renja K" class="num">50</td><td role="cell" data-label="(8) Target Renja Rp" class="num"></td><td role="cell" data-label="(9) TW I K" class="num">12</td><td role="cell" data-label="(9) TW I Rp" class="num"></td><td role="cell" data-label="(10) TW II K" class="num">14</td><td role="cell" data-label="(10) TW II Rp" class="num"></td><td role="cell" data-label="(11) TW III K" class="num">-</td><td role="cell" data-label="(11) TW III Rp" class="num"></td><td role="cell" data-label="(12) TW IV K" class="num">-</td><td role="cell" data-label="(12) TW IV Rp" class="num"></td><td role="cell" data-label="(13) Realisasi Tahun Ini K" class="num">26</td><td role="cell" data-label="(13) Realisasi Tahun Ini Rp" class="num"></td><td role="cell" data-label="(14) Capaian Renja (%) K" class="num">52,00</td><td role="cell" data-label="(14) Capaian Renja (%) Rp" class="num"></td><td role="cell" data-label="(15) Realisasi Renstra K" class="num">66</td><td role="cell" data-label="(15) Realisasi Renstra Rp" class="num"></td><td role="cell" data-label="(16) Capaian Renstra (%) K" class="num">44,00</td><td role="cell" data-label="(16) Capaian Renstra (%) Rp" class="num"></td><td role="cell" data-label="Predikat K">Rendah</td><td role="cell" data-label="Predikat Rp"></td></tr>
<tr role="row"><td role="cell" data-label="Kode">A.2.1</td><th scope="row" role="rowheader">Sub Tiga</th><td role="cell" data-label="Indikator">Kelas tiga</td><td role="cell" data-label="Satuan">kelas</td><td role="cell" data-label="(6) Target Renstra K" class="num">15</td><td role="cell" data-label="(6) Target Renstra Rp" class="num">300.000.000</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu K" class="num">4</td><td role="cell" data-label="(7) Realisasi s.d. Tahun Lalu Rp" class="num">100.000.000</td><td role="cell" data-label="(8) Target Renja K" class="num">5</td><td role="cell" data-label="(8) Target Renja Rp" class="num">100.000.000</td><td role="cell" data-label="(9) TW I K" class="num">1</td><td role="cell" data-label="(9) TW I Rp" class="num">20.000.000</td><td role="cell" data-label="(10) TW II K" class="num">1</td><td role="cell" data-label="(10) TW II Rp" class="num">25.000.000</td><td role="cell" data-label="(11) TW III K" class="num">-</td><td role="cell" data-label="(11) TW III Rp" class="num">-</td><td role="cell" data-label="(12) TW IV K" class="num">-</td><td role="cell" data-label="(12) TW IV Rp" class="num">-</td><td role="cell" data-label="(13) Realisasi Tahun Ini K" class="num">2</td><td role="cell" data-label="(13) Realisasi Tahun Ini Rp" class="num">45.000.000</td><td role="cell" data-label="(14) Capaian Renja (%) K" class="num">40,00</td><td role="cell" data-label="(14) Capaian Renja (%) Rp" class="num">45,00</td><td role="cell" data-label="(15) Realisasi Renstra K" class="num">6</td><td role="cell" data-label="(15) Realisasi Renstra Rp" class="num">145.000.000</td><td role="cell" data-label="(16) Capaian Renstra (%) K" class="num">40,00</td><td role="cell" data-label="(16) Capaian Renstra (%) Rp" class="num">48,33</td><td role="cell" data-label="Predikat K">Sangat rendah</td><td role="cell" data-label="Predikat Rp">Sangat rendah</td></tr>
</tbody>
</table>
</div>
<p class="note">(13) = (9)+(10)+(11)+(12) atas TW I-II; (14) = (13)/(8) x 100; (15) = (7)+(13); (16) = (15)/(6) x 100. Triwulan yang belum berjalan tidak tersedia, bukan 0; Rp kegiatan dan program adalah jumlah rinciannya.</p>
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
<tr role="row"><td role="cell" data-label="Unsur">aturan</td><th scope="row" role="rowheader">tests/golden/renja/renja.ind</th><td role="cell" data-label="Versi atau waktu"></td><td role="cell" data-label="SHA-256">ea06e44ecbee311bf2b1b0d2f180197c704551314574d92d3829f83a9d293713</td></tr>
<tr role="row"><td role="cell" data-label="Unsur">data</td><th scope="row" role="rowheader">tests/golden/renja/data/tw2/renja.csv</th><td role="cell" data-label="Versi atau waktu"></td><td role="cell" data-label="SHA-256">5d5964e4f91b17cf2eb6a14ac444e7724e769f8fb628fa11dee031c0ec82d704</td></tr>
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
