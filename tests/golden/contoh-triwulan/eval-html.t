$ ind eval rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW2 --format html
--- stdout
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="ind">
<title>Laporan Kinerja BKPSDM Kabupaten Contoh (sampel) TW II 2024</title>
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
<p class="meta"><strong>BKPSDM Kabupaten Contoh (sampel)</strong> · Periode TW II 2024 · Renstra 2024–2026</p>
</header>
<nav aria-labelledby="daftar-isi">
<h2 id="daftar-isi">Daftar Isi</h2>
<ol>
<li><a href="#tabel-rekap-iku">Rekapitulasi Capaian Indikator Kinerja Utama — Rentang capaian kinerja</a></li>
<li><a href="#tabel-capaian">Capaian Kinerja TW II 2024</a></li>
<li><a href="#tabel-kumulatif">Realisasi TW II 2024 dan Kumulatif</a></li>
<li><a href="#tabel-perbandingan">Perbandingan Realisasi dan Target Renstra</a></li>
<li><a href="#tabel-capaian-tahunan">Target, Realisasi dan Capaian TW II 2023–TW II 2024</a></li>
<li><a href="#tabel-selisih">Selisih Realisasi TW II 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra</a></li>
<li><a href="#tabel-asal-laporan">Asal laporan</a></li>
</ol>
</nav>
<main>
<section id="ikhtisar" aria-labelledby="ikhtisar-judul">
<h2 id="ikhtisar-judul">Ikhtisar Eksekutif</h2>
<h3 id="tabel-rekap-iku">Rekapitulasi Capaian Indikator Kinerja Utama — Rentang capaian kinerja</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-rekap-iku">
<table role="table" aria-labelledby="tabel-rekap-iku">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader" class="num">No</th><th scope="col" role="columnheader">Rentang</th><th scope="col" role="columnheader">Predikat</th><th scope="col" role="columnheader" class="num">Jumlah IKU</th><th scope="col" role="columnheader" class="num">Persentase (%)</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><td role="cell" data-label="No" class="num">1</td><td role="cell" data-label="Rentang">x ≥ 100</td><th scope="row" role="rowheader">Sangat memuaskan</th><td role="cell" data-label="Jumlah IKU" class="num">1</td><td role="cell" data-label="Persentase (%)" class="num">33,3</td></tr>
<tr role="row"><td role="cell" data-label="No" class="num">2</td><td role="cell" data-label="Rentang">85 ≤ x &lt; 100</td><th scope="row" role="rowheader">Sangat Baik</th><td role="cell" data-label="Jumlah IKU" class="num">2</td><td role="cell" data-label="Persentase (%)" class="num">66,7</td></tr>
<tr role="row"><td role="cell" data-label="No" class="num">3</td><td role="cell" data-label="Rentang">70 ≤ x &lt; 85</td><th scope="row" role="rowheader">Baik</th><td role="cell" data-label="Jumlah IKU" class="num">0</td><td role="cell" data-label="Persentase (%)" class="num">0,0</td></tr>
<tr role="row"><td role="cell" data-label="No" class="num">4</td><td role="cell" data-label="Rentang">55 ≤ x &lt; 70</td><th scope="row" role="rowheader">Cukup</th><td role="cell" data-label="Jumlah IKU" class="num">0</td><td role="cell" data-label="Persentase (%)" class="num">0,0</td></tr>
<tr role="row"><td role="cell" data-label="No" class="num">5</td><td role="cell" data-label="Rentang">x &lt; 55</td><th scope="row" role="rowheader">Kurang</th><td role="cell" data-label="Jumlah IKU" class="num">0</td><td role="cell" data-label="Persentase (%)" class="num">0,0</td></tr>
<tr role="row" class="total"><td role="cell" data-label="No" class="num"></td><td role="cell" data-label="Rentang"></td><th scope="row" role="rowheader">Jumlah</th><td role="cell" data-label="Jumlah IKU" class="num">3</td><td role="cell" data-label="Persentase (%)" class="num">100,0</td></tr>
</tbody>
</table>
</div>
</section>
<section id="capaian-kinerja" aria-labelledby="capaian-kinerja-judul">
<h2 id="capaian-kinerja-judul">Capaian Kinerja</h2>
<figure class="chart" id="grafik-capaian"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 225" class="lebar" role="img" aria-labelledby="grafik-capaian-judul grafik-capaian-uraian"><title id="grafik-capaian-judul">Target dan realisasi indikator kinerja TW II 2024</title><desc id="grafik-capaian-uraian">Target dan realisasi TW II 2024 per indikator; setiap indikator memakai skalanya sendiri. Dokumen analisis kebutuhan formasi ASN yang diselesaikan: target 6, realisasi 6, capaian 100,0 %. Indeks kepuasan layanan kepegawaian: target 82, realisasi 81,35, capaian 99,21 %. Layanan kepegawaian yang selesai tepat waktu: target 93,00, realisasi 92,88, capaian 99,9 %. </desc><rect x="0" y="6" width="14" height="14" class="target"/><text x="20" y="18" class="legend">Target</text><rect x="92.1" y="6" width="14" height="14" class="tercapai"/><text x="112.1" y="18" class="legend">Realisasi (target tercapai)</text><rect x="328.2" y="6" width="14" height="14" class="belum"/><text x="348.2" y="18" class="legend">Realisasi (target belum tercapai)</text><g><title>Dokumen analisis kebutuhan formasi ASN yang diselesaikan</title><text x="0" y="42" class="name">Dokumen analisis kebutuhan formasi ASN yang diselesaikan</text><text x="0" y="63" class="axis">Target</text><rect x="84" y="49" width="523.8" height="17" class="target"/><text x="613.8" y="62" class="value">6</text><text x="0" y="84" class="axis">Realisasi</text><rect x="84" y="70" width="523.8" height="17" class="tercapai"/><text x="613.8" y="83" class="value">6</text><text x="720" y="83" class="value strong" text-anchor="end">100,0 %</text></g><g><title>Indeks kepuasan layanan kepegawaian</title><text x="0" y="109" class="name">Indeks kepuasan layanan kepegawaian</text><text x="0" y="130" class="axis">Target</text><rect x="84" y="116" width="523.8" height="17" class="target"/><text x="613.8" y="129" class="value">82</text><text x="0" y="151" class="axis">Realisasi</text><rect x="84" y="137" width="519.6" height="17" class="belum"/><text x="609.6" y="150" class="value">81,35</text><text x="720" y="150" class="value strong" text-anchor="end">99,21 %</text></g><g><title>Layanan kepegawaian yang selesai tepat waktu</title><text x="0" y="176" class="name">Layanan kepegawaian yang selesai tepat waktu</text><text x="0" y="197" class="axis">Target</text><rect x="84" y="183" width="523.8" height="17" class="target"/><text x="613.8" y="196" class="value">93,00</text><text x="0" y="218" class="axis">Realisasi</text><rect x="84" y="204" width="523.1" height="17" class="belum"/><text x="613.1" y="217" class="value">92,88</text><text x="720" y="217" class="value strong" text-anchor="end">99,9 %</text></g></svg><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 277" class="sempit" role="img" aria-labelledby="grafik-capaian-hp-judul grafik-capaian-hp-uraian"><title id="grafik-capaian-hp-judul">Target dan realisasi indikator kinerja TW II 2024</title><desc id="grafik-capaian-hp-uraian">Target dan realisasi TW II 2024 per indikator; setiap indikator memakai skalanya sendiri. Dokumen analisis kebutuhan formasi ASN yang diselesaikan: target 6, realisasi 6, capaian 100,0 %. Indeks kepuasan layanan kepegawaian: target 82, realisasi 81,35, capaian 99,21 %. Layanan kepegawaian yang selesai tepat waktu: target 93,00, realisasi 92,88, capaian 99,9 %. </desc><rect x="0" y="6" width="14" height="14" class="target"/><text x="20" y="18" class="legend">Target</text><rect x="92.1" y="6" width="14" height="14" class="tercapai"/><text x="112.1" y="18" class="legend">Realisasi (target tercapai)</text><rect x="0" y="26" width="14" height="14" class="belum"/><text x="20" y="38" class="legend">Realisasi (target belum tercapai)</text><g><title>Dokumen analisis kebutuhan formasi ASN yang diselesaikan</title><text x="0" y="62" class="name">Dokumen analisis kebutuhan formasi ASN</text><text x="0" y="78" class="name">yang diselesaikan</text><text x="0" y="99" class="axis">Target</text><rect x="84" y="85" width="163.8" height="17" class="target"/><text x="253.8" y="98" class="value">6</text><text x="0" y="120" class="axis">Realisasi</text><rect x="84" y="106" width="163.8" height="17" class="tercapai"/><text x="253.8" y="119" class="value">6</text><text x="360" y="119" class="value strong" text-anchor="end">100,0 %</text></g><g><title>Indeks kepuasan layanan kepegawaian</title><text x="0" y="145" class="name">Indeks kepuasan layanan kepegawaian</text><text x="0" y="166" class="axis">Target</text><rect x="84" y="152" width="163.8" height="17" class="target"/><text x="253.8" y="165" class="value">82</text><text x="0" y="187" class="axis">Realisasi</text><rect x="84" y="173" width="162.5" height="17" class="belum"/><text x="252.5" y="186" class="value">81,35</text><text x="360" y="186" class="value strong" text-anchor="end">99,21 %</text></g><g><title>Layanan kepegawaian yang selesai tepat waktu</title><text x="0" y="212" class="name">Layanan kepegawaian yang selesai tepat</text><text x="0" y="228" class="name">waktu</text><text x="0" y="249" class="axis">Target</text><rect x="84" y="235" width="163.8" height="17" class="target"/><text x="253.8" y="248" class="value">93,00</text><text x="0" y="270" class="axis">Realisasi</text><rect x="84" y="256" width="163.6" height="17" class="belum"/><text x="253.6" y="269" class="value">92,88</text><text x="360" y="269" class="value strong" text-anchor="end">99,9 %</text></g></svg><figcaption>Target dan realisasi indikator kinerja TW II 2024, dengan capaian (%) di sebelah kanan. Panjang batang hanya dapat dibandingkan di dalam satu indikator.</figcaption></figure>
<h3 id="tabel-capaian">Capaian Kinerja TW II 2024</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-capaian">
<table role="table" aria-labelledby="tabel-capaian">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader" class="num">No</th><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader">Tingkat</th><th scope="col" role="columnheader">Satuan</th><th scope="col" role="columnheader" class="num">Target</th><th scope="col" role="columnheader">Target untuk</th><th scope="col" role="columnheader" class="num">Realisasi</th><th scope="col" role="columnheader" class="num">Capaian (%)</th><th scope="col" role="columnheader">Predikat</th><th scope="col" role="columnheader">Kategori</th></tr></thead>
<tbody role="rowgroup">
<tr class="group" role="row"><th scope="rowgroup" role="rowheader" colspan="10">Indikator Kinerja Sasaran</th></tr>
<tr role="row"><td role="cell" data-label="No" class="num">1</td><th scope="row" role="rowheader">Dokumen analisis kebutuhan formasi ASN yang diselesaikan</th><td role="cell" data-label="Tingkat">sasaran</td><td role="cell" data-label="Satuan">dokumen</td><td role="cell" data-label="Target" class="num">6</td><td role="cell" data-label="Target untuk">TW I s.d. TW II 2024</td><td role="cell" data-label="Realisasi" class="num">6</td><td role="cell" data-label="Capaian (%)" class="num">100,0</td><td role="cell" data-label="Predikat">Sangat memuaskan</td><td role="cell" data-label="Kategori">-</td></tr>
<tr role="row"><td role="cell" data-label="No" class="num">2</td><th scope="row" role="rowheader">Indeks kepuasan layanan kepegawaian</th><td role="cell" data-label="Tingkat">sasaran</td><td role="cell" data-label="Satuan">indeks</td><td role="cell" data-label="Target" class="num">82</td><td role="cell" data-label="Target untuk">2024</td><td role="cell" data-label="Realisasi" class="num">81,35</td><td role="cell" data-label="Capaian (%)" class="num">99,21</td><td role="cell" data-label="Predikat">Sangat Baik</td><td role="cell" data-label="Kategori">-</td></tr>
<tr role="row"><td role="cell" data-label="No" class="num">3</td><th scope="row" role="rowheader">Layanan kepegawaian yang selesai tepat waktu</th><td role="cell" data-label="Tingkat">sasaran</td><td role="cell" data-label="Satuan">persen</td><td role="cell" data-label="Target" class="num">93,00</td><td role="cell" data-label="Target untuk">TW II 2024</td><td role="cell" data-label="Realisasi" class="num">92,88</td><td role="cell" data-label="Capaian (%)" class="num">99,9</td><td role="cell" data-label="Predikat">Sangat Baik</td><td role="cell" data-label="Kategori">-</td></tr>
</tbody>
</table>
</div>
<p class="note">Tanpa target TW II 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan kepegawaian (target 2024). Target s.d. TW II 2024 (jumlah target TW I s.d. TW II 2024, kumulatif jumlah): Dokumen analisis kebutuhan formasi ASN yang diselesaikan.</p>
<h3 id="tabel-kumulatif">Realisasi TW II 2024 dan Kumulatif</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-kumulatif">
<table role="table" aria-labelledby="tabel-kumulatif">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader" class="num">No</th><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader">Satuan</th><th scope="col" role="columnheader">Kumulatif</th><th scope="col" role="columnheader" class="num">Target TW II 2024</th><th scope="col" role="columnheader" class="num">Realisasi TW II 2024</th><th scope="col" role="columnheader" class="num">Capaian TW II 2024 (%)</th><th scope="col" role="columnheader" class="num">Target s.d. TW II 2024</th><th scope="col" role="columnheader" class="num">Realisasi s.d. TW II 2024</th><th scope="col" role="columnheader" class="num">Capaian s.d. TW II 2024 (%)</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><td role="cell" data-label="No" class="num">1</td><th scope="row" role="rowheader">Dokumen analisis kebutuhan formasi ASN yang diselesaikan</th><td role="cell" data-label="Satuan">dokumen</td><td role="cell" data-label="Kumulatif">jumlah</td><td role="cell" data-label="Target TW II 2024" class="num">3</td><td role="cell" data-label="Realisasi TW II 2024" class="num">4</td><td role="cell" data-label="Capaian TW II 2024 (%)" class="num">133,3</td><td role="cell" data-label="Target s.d. TW II 2024" class="num">6</td><td role="cell" data-label="Realisasi s.d. TW II 2024" class="num">6</td><td role="cell" data-label="Capaian s.d. TW II 2024 (%)" class="num">100,0</td></tr>
<tr role="row"><td role="cell" data-label="No" class="num">2</td><th scope="row" role="rowheader">Indeks kepuasan layanan kepegawaian</th><td role="cell" data-label="Satuan">indeks</td><td role="cell" data-label="Kumulatif">akhir</td><td role="cell" data-label="Target TW II 2024" class="num">-</td><td role="cell" data-label="Realisasi TW II 2024" class="num">81,35</td><td role="cell" data-label="Capaian TW II 2024 (%)" class="num">-</td><td role="cell" data-label="Target s.d. TW II 2024" class="num">82</td><td role="cell" data-label="Realisasi s.d. TW II 2024" class="num">81,35</td><td role="cell" data-label="Capaian s.d. TW II 2024 (%)" class="num">99,21</td></tr>
<tr role="row"><td role="cell" data-label="No" class="num">3</td><th scope="row" role="rowheader">Layanan kepegawaian yang selesai tepat waktu</th><td role="cell" data-label="Satuan">persen</td><td role="cell" data-label="Kumulatif">rata</td><td role="cell" data-label="Target TW II 2024" class="num">93,00</td><td role="cell" data-label="Realisasi TW II 2024" class="num">94,25</td><td role="cell" data-label="Capaian TW II 2024 (%)" class="num">101,3</td><td role="cell" data-label="Target s.d. TW II 2024" class="num">93,00</td><td role="cell" data-label="Realisasi s.d. TW II 2024" class="num">92,88</td><td role="cell" data-label="Capaian s.d. TW II 2024 (%)" class="num">99,9</td></tr>
</tbody>
</table>
</div>
<p class="note">Realisasi s.d. TW II 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian TW II 2024 hanya bila target TW II 2024 sendiri ditulis.</p>
</section>
<section id="perbandingan-renstra" aria-labelledby="perbandingan-renstra-judul">
<h2 id="perbandingan-renstra-judul">Perbandingan dengan Tahun Sebelumnya dan Target Renstra</h2>
<h3 id="tabel-perbandingan">Perbandingan Realisasi dan Target Renstra</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-perbandingan">
<table role="table" aria-labelledby="tabel-perbandingan">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader" class="num">Realisasi TW II 2023</th><th scope="col" role="columnheader" class="num">Realisasi TW II 2024</th><th scope="col" role="columnheader" class="num">Target TW III 2024</th><th scope="col" role="columnheader" class="num">Target TW IV 2024</th><th scope="col" role="columnheader" class="num">Target 2025</th><th scope="col" role="columnheader" class="num">Target 2026</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><th scope="row" role="rowheader">Dokumen analisis kebutuhan formasi ASN yang diselesaikan</th><td role="cell" data-label="Realisasi TW II 2023" class="num">4</td><td role="cell" data-label="Realisasi TW II 2024" class="num">6</td><td role="cell" data-label="Target TW III 2024" class="num">3</td><td role="cell" data-label="Target TW IV 2024" class="num">3</td><td role="cell" data-label="Target 2025" class="num">12</td><td role="cell" data-label="Target 2026" class="num">12</td></tr>
<tr role="row"><th scope="row" role="rowheader">Indeks kepuasan layanan kepegawaian</th><td role="cell" data-label="Realisasi TW II 2023" class="num">79,6</td><td role="cell" data-label="Realisasi TW II 2024" class="num">81,35</td><td role="cell" data-label="Target TW III 2024" class="num">-</td><td role="cell" data-label="Target TW IV 2024" class="num">-</td><td role="cell" data-label="Target 2025" class="num">83</td><td role="cell" data-label="Target 2026" class="num">84</td></tr>
<tr role="row"><th scope="row" role="rowheader">Layanan kepegawaian yang selesai tepat waktu</th><td role="cell" data-label="Realisasi TW II 2023" class="num">89,75</td><td role="cell" data-label="Realisasi TW II 2024" class="num">92,88</td><td role="cell" data-label="Target TW III 2024" class="num">-</td><td role="cell" data-label="Target TW IV 2024" class="num">-</td><td role="cell" data-label="Target 2025" class="num">96,00</td><td role="cell" data-label="Target 2026" class="num">97,00</td></tr>
</tbody>
</table>
</div>
<h3 id="tabel-capaian-tahunan">Target, Realisasi dan Capaian TW II 2023–TW II 2024</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-capaian-tahunan">
<table role="table" aria-labelledby="tabel-capaian-tahunan">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader">Periode</th><th scope="col" role="columnheader" class="num">Target</th><th scope="col" role="columnheader" class="num">Realisasi</th><th scope="col" role="columnheader" class="num">Capaian (%)</th><th scope="col" role="columnheader">Predikat</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><th scope="row" role="rowheader" rowspan="2">Dokumen analisis kebutuhan formasi ASN yang diselesaikan</th><td role="cell" data-label="Periode">TW II 2023</td><td role="cell" data-label="Target" class="num">-</td><td role="cell" data-label="Realisasi" class="num">4</td><td role="cell" data-label="Capaian (%)" class="num">-</td><td role="cell" data-label="Predikat">-</td></tr>
<tr role="row"><td role="cell" data-label="Periode">TW II 2024</td><td role="cell" data-label="Target" class="num">6</td><td role="cell" data-label="Realisasi" class="num">6</td><td role="cell" data-label="Capaian (%)" class="num">100,0</td><td role="cell" data-label="Predikat">Sangat memuaskan</td></tr>
<tr role="row"><th scope="row" role="rowheader" rowspan="2">Indeks kepuasan layanan kepegawaian</th><td role="cell" data-label="Periode">TW II 2023</td><td role="cell" data-label="Target" class="num">-</td><td role="cell" data-label="Realisasi" class="num">79,6</td><td role="cell" data-label="Capaian (%)" class="num">-</td><td role="cell" data-label="Predikat">-</td></tr>
<tr role="row"><td role="cell" data-label="Periode">TW II 2024</td><td role="cell" data-label="Target" class="num">82</td><td role="cell" data-label="Realisasi" class="num">81,35</td><td role="cell" data-label="Capaian (%)" class="num">99,21</td><td role="cell" data-label="Predikat">Sangat Baik</td></tr>
<tr role="row"><th scope="row" role="rowheader" rowspan="2">Layanan kepegawaian yang selesai tepat waktu</th><td role="cell" data-label="Periode">TW II 2023</td><td role="cell" data-label="Target" class="num">-</td><td role="cell" data-label="Realisasi" class="num">89,75</td><td role="cell" data-label="Capaian (%)" class="num">-</td><td role="cell" data-label="Predikat">-</td></tr>
<tr role="row"><td role="cell" data-label="Periode">TW II 2024</td><td role="cell" data-label="Target" class="num">93,00</td><td role="cell" data-label="Realisasi" class="num">92,88</td><td role="cell" data-label="Capaian (%)" class="num">99,9</td><td role="cell" data-label="Predikat">Sangat Baik</td></tr>
</tbody>
</table>
</div>
<p class="note">Capaian tiap periode dihitung dari target dan realisasi periode itu dengan rumus capaian indikatornya.</p>
<h3 id="tabel-selisih">Selisih Realisasi TW II 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-selisih">
<table role="table" aria-labelledby="tabel-selisih">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader">Pembanding</th><th scope="col" role="columnheader" class="num">Nilai Pembanding</th><th scope="col" role="columnheader" class="num">Realisasi TW II 2024</th><th scope="col" role="columnheader" class="num">Selisih</th><th scope="col" role="columnheader">Keterangan</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><th scope="row" role="rowheader" rowspan="4">Dokumen analisis kebutuhan formasi ASN yang diselesaikan</th><td role="cell" data-label="Pembanding">Target TW II 2024</td><td role="cell" data-label="Nilai Pembanding" class="num">6</td><td role="cell" data-label="Realisasi TW II 2024" class="num">6</td><td role="cell" data-label="Selisih" class="num">0</td><td role="cell" data-label="Keterangan">sama dengan target</td></tr>
<tr role="row"><td role="cell" data-label="Pembanding">Realisasi TW II 2023</td><td role="cell" data-label="Nilai Pembanding" class="num">4</td><td role="cell" data-label="Realisasi TW II 2024" class="num">6</td><td role="cell" data-label="Selisih" class="num">2</td><td role="cell" data-label="Keterangan">naik</td></tr>
<tr role="row"><td role="cell" data-label="Pembanding">Target Renstra 2025</td><td role="cell" data-label="Nilai Pembanding" class="num">12</td><td role="cell" data-label="Realisasi TW II 2024" class="num">6</td><td role="cell" data-label="Selisih" class="num">6</td><td role="cell" data-label="Keterangan">perlu peningkatan</td></tr>
<tr role="row"><td role="cell" data-label="Pembanding">Target Renstra 2026</td><td role="cell" data-label="Nilai Pembanding" class="num">12</td><td role="cell" data-label="Realisasi TW II 2024" class="num">6</td><td role="cell" data-label="Selisih" class="num">6</td><td role="cell" data-label="Keterangan">perlu peningkatan</td></tr>
<tr role="row"><th scope="row" role="rowheader" rowspan="4">Indeks kepuasan layanan kepegawaian</th><td role="cell" data-label="Pembanding">Target 2024</td><td role="cell" data-label="Nilai Pembanding" class="num">82</td><td role="cell" data-label="Realisasi TW II 2024" class="num">81,35</td><td role="cell" data-label="Selisih" class="num">-0,65</td><td role="cell" data-label="Keterangan">di bawah target</td></tr>
<tr role="row"><td role="cell" data-label="Pembanding">Realisasi TW II 2023</td><td role="cell" data-label="Nilai Pembanding" class="num">79,6</td><td role="cell" data-label="Realisasi TW II 2024" class="num">81,35</td><td role="cell" data-label="Selisih" class="num">1,75</td><td role="cell" data-label="Keterangan">naik</td></tr>
<tr role="row"><td role="cell" data-label="Pembanding">Target Renstra 2025</td><td role="cell" data-label="Nilai Pembanding" class="num">83</td><td role="cell" data-label="Realisasi TW II 2024" class="num">81,35</td><td role="cell" data-label="Selisih" class="num">1,65</td><td role="cell" data-label="Keterangan">perlu peningkatan</td></tr>
<tr role="row"><td role="cell" data-label="Pembanding">Target Renstra 2026</td><td role="cell" data-label="Nilai Pembanding" class="num">84</td><td role="cell" data-label="Realisasi TW II 2024" class="num">81,35</td><td role="cell" data-label="Selisih" class="num">2,65</td><td role="cell" data-label="Keterangan">perlu peningkatan</td></tr>
<tr role="row"><th scope="row" role="rowheader" rowspan="4">Layanan kepegawaian yang selesai tepat waktu</th><td role="cell" data-label="Pembanding">Target TW II 2024</td><td role="cell" data-label="Nilai Pembanding" class="num">93,00</td><td role="cell" data-label="Realisasi TW II 2024" class="num">92,88</td><td role="cell" data-label="Selisih" class="num">-0,12</td><td role="cell" data-label="Keterangan">di bawah target</td></tr>
<tr role="row"><td role="cell" data-label="Pembanding">Realisasi TW II 2023</td><td role="cell" data-label="Nilai Pembanding" class="num">89,75</td><td role="cell" data-label="Realisasi TW II 2024" class="num">92,88</td><td role="cell" data-label="Selisih" class="num">3,13</td><td role="cell" data-label="Keterangan">naik</td></tr>
<tr role="row"><td role="cell" data-label="Pembanding">Target Renstra 2025</td><td role="cell" data-label="Nilai Pembanding" class="num">96,00</td><td role="cell" data-label="Realisasi TW II 2024" class="num">92,88</td><td role="cell" data-label="Selisih" class="num">3,12</td><td role="cell" data-label="Keterangan">perlu peningkatan</td></tr>
<tr role="row"><td role="cell" data-label="Pembanding">Target Renstra 2026</td><td role="cell" data-label="Nilai Pembanding" class="num">97,00</td><td role="cell" data-label="Realisasi TW II 2024" class="num">92,88</td><td role="cell" data-label="Selisih" class="num">4,12</td><td role="cell" data-label="Keterangan">perlu peningkatan</td></tr>
</tbody>
</table>
</div>
<p class="note">Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; terhadap target Renstra = kekurangan yang masih perlu dicapai.</p>
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
<tr role="row"><td role="cell" data-label="Unsur">aturan</td><th scope="row" role="rowheader">rules/contoh-triwulan.ind</th><td role="cell" data-label="Versi atau waktu"></td><td role="cell" data-label="SHA-256">6b8cb1a839bcbab479566229a765d0fe50bac096665729e56d6fe8c7cefc203f</td></tr>
<tr role="row"><td role="cell" data-label="Unsur">data</td><th scope="row" role="rowheader">examples/contoh-triwulan/2024-TW2/realisasi.csv</th><td role="cell" data-label="Versi atau waktu"></td><td role="cell" data-label="SHA-256">20e7f93500800440142d71ec2424eb2252d1c5feb2a1535cf9c876c88c396234</td></tr>
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
