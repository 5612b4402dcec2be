$ ind eval tests/golden/provenance/stempel.ind --data tests/golden/provenance/data/2024 --format html
--- stdout
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="ind">
<title>Laporan Kinerja Contoh Asal Laporan 2024</title>
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
<p class="meta"><strong>Contoh Asal Laporan</strong> · Periode 2024 · Renstra 2024–2024</p>
</header>
<nav aria-labelledby="daftar-isi">
<h2 id="daftar-isi">Daftar Isi</h2>
<ol>
<li><a href="#tabel-capaian">Capaian Kinerja 2024</a></li>
<li><a href="#tabel-perbandingan">Perbandingan Realisasi dan Target Renstra</a></li>
<li><a href="#tabel-selisih">Selisih Realisasi 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra</a></li>
<li><a href="#tabel-rincian-skor">Rincian skor</a></li>
<li><a href="#tabel-asal-laporan">Asal laporan</a></li>
</ol>
</nav>
<main>
<section id="capaian-kinerja" aria-labelledby="capaian-kinerja-judul">
<h2 id="capaian-kinerja-judul">Capaian Kinerja</h2>
<figure class="chart" id="grafik-capaian"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 91" class="lebar" role="img" aria-labelledby="grafik-capaian-judul grafik-capaian-uraian"><title id="grafik-capaian-judul">Target dan realisasi indikator kinerja 2024</title><desc id="grafik-capaian-uraian">Target dan realisasi 2024 per indikator; setiap indikator memakai skalanya sendiri. Indeks contoh: target 80,00, realisasi 84,75, capaian 105,9 %. </desc><rect x="0" y="6" width="14" height="14" class="target"/><text x="20" y="18" class="legend">Target</text><rect x="92.1" y="6" width="14" height="14" class="tercapai"/><text x="112.1" y="18" class="legend">Realisasi (target tercapai)</text><rect x="328.2" y="6" width="14" height="14" class="belum"/><text x="348.2" y="18" class="legend">Realisasi (target belum tercapai)</text><g><title>Indeks contoh</title><text x="0" y="42" class="name">Indeks contoh</text><text x="0" y="63" class="axis">Target</text><rect x="84" y="49" width="494.4" height="17" class="target"/><text x="584.4" y="62" class="value">80,00</text><text x="0" y="84" class="axis">Realisasi</text><rect x="84" y="70" width="523.8" height="17" class="tercapai"/><text x="613.8" y="83" class="value">84,75</text><text x="720" y="83" class="value strong" text-anchor="end">105,9 %</text></g></svg><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 111" class="sempit" role="img" aria-labelledby="grafik-capaian-hp-judul grafik-capaian-hp-uraian"><title id="grafik-capaian-hp-judul">Target dan realisasi indikator kinerja 2024</title><desc id="grafik-capaian-hp-uraian">Target dan realisasi 2024 per indikator; setiap indikator memakai skalanya sendiri. Indeks contoh: target 80,00, realisasi 84,75, capaian 105,9 %. </desc><rect x="0" y="6" width="14" height="14" class="target"/><text x="20" y="18" class="legend">Target</text><rect x="92.1" y="6" width="14" height="14" class="tercapai"/><text x="112.1" y="18" class="legend">Realisasi (target tercapai)</text><rect x="0" y="26" width="14" height="14" class="belum"/><text x="20" y="38" class="legend">Realisasi (target belum tercapai)</text><g><title>Indeks contoh</title><text x="0" y="62" class="name">Indeks contoh</text><text x="0" y="83" class="axis">Target</text><rect x="84" y="69" width="154.6" height="17" class="target"/><text x="244.6" y="82" class="value">80,00</text><text x="0" y="104" class="axis">Realisasi</text><rect x="84" y="90" width="163.8" height="17" class="tercapai"/><text x="253.8" y="103" class="value">84,75</text><text x="360" y="103" class="value strong" text-anchor="end">105,9 %</text></g></svg><figcaption>Target dan realisasi indikator kinerja 2024, dengan capaian (%) di sebelah kanan. Panjang batang hanya dapat dibandingkan di dalam satu indikator.</figcaption></figure>
<h3 id="tabel-capaian">Capaian Kinerja 2024</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-capaian">
<table role="table" aria-labelledby="tabel-capaian">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader" class="num">No</th><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader">Tingkat</th><th scope="col" role="columnheader">Satuan</th><th scope="col" role="columnheader" class="num">Target</th><th scope="col" role="columnheader" class="num">Realisasi</th><th scope="col" role="columnheader" class="num">Capaian (%)</th><th scope="col" role="columnheader">Predikat</th><th scope="col" role="columnheader">Kategori</th></tr></thead>
<tbody role="rowgroup">
<tr class="group" role="row"><th scope="rowgroup" role="rowheader" colspan="9">Indikator Kinerja Tujuan</th></tr>
<tr role="row"><td role="cell" data-label="No" class="num">1</td><th scope="row" role="rowheader">Indeks contoh</th><td role="cell" data-label="Tingkat">tujuan</td><td role="cell" data-label="Satuan">indeks</td><td role="cell" data-label="Target" class="num">80,00</td><td role="cell" data-label="Realisasi" class="num">84,75</td><td role="cell" data-label="Capaian (%)" class="num">105,9</td><td role="cell" data-label="Predikat">-</td><td role="cell" data-label="Kategori">-</td></tr>
</tbody>
</table>
</div>
</section>
<section id="perbandingan-renstra" aria-labelledby="perbandingan-renstra-judul">
<h2 id="perbandingan-renstra-judul">Perbandingan dengan Tahun Sebelumnya dan Target Renstra</h2>
<h3 id="tabel-perbandingan">Perbandingan Realisasi dan Target Renstra</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-perbandingan">
<table role="table" aria-labelledby="tabel-perbandingan">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader" class="num">Realisasi 2024</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><th scope="row" role="rowheader">Indeks contoh</th><td role="cell" data-label="Realisasi 2024" class="num">84,75</td></tr>
</tbody>
</table>
</div>
<h3 id="tabel-selisih">Selisih Realisasi 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-selisih">
<table role="table" aria-labelledby="tabel-selisih">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader">Pembanding</th><th scope="col" role="columnheader" class="num">Nilai Pembanding</th><th scope="col" role="columnheader" class="num">Realisasi 2024</th><th scope="col" role="columnheader" class="num">Selisih</th><th scope="col" role="columnheader">Keterangan</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><th scope="row" role="rowheader">Indeks contoh</th><td role="cell" data-label="Pembanding">Target 2024</td><td role="cell" data-label="Nilai Pembanding" class="num">80,00</td><td role="cell" data-label="Realisasi 2024" class="num">84,75</td><td role="cell" data-label="Selisih" class="num">4,75</td><td role="cell" data-label="Keterangan">di atas target</td></tr>
</tbody>
</table>
</div>
<p class="note">Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; terhadap target Renstra = kekurangan yang masih perlu dicapai.</p>
</section>
<section id="rincian-komposit" aria-labelledby="rincian-komposit-judul">
<h2 id="rincian-komposit-judul">Rincian Nilai Komposit</h2>
<h3 id="tabel-rincian-skor">Rincian skor</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-rincian-skor">
<table role="table" aria-labelledby="tabel-rincian-skor">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">unsur</th><th scope="col" role="columnheader" class="num">nilai</th></tr></thead>
<tbody role="rowgroup">
<tr role="row"><th scope="row" role="rowheader">A</th><td role="cell" data-label="nilai" class="num">40,50</td></tr>
<tr role="row"><th scope="row" role="rowheader">B</th><td role="cell" data-label="nilai" class="num">44,25</td></tr>
<tr role="row" class="total"><th scope="row" role="rowheader">Jumlah</th><td role="cell" data-label="nilai" class="num">84,75</td></tr>
</tbody>
</table>
</div>
<p class="note">Sumber: skor.csv; dipakai oleh: Indeks contoh.</p>
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
<tr role="row"><td role="cell" data-label="Unsur">aturan</td><th scope="row" role="rowheader">tests/golden/provenance/stempel.ind</th><td role="cell" data-label="Versi atau waktu"></td><td role="cell" data-label="SHA-256">6fa9cc72966bf4b78b42237af3cc4a37218da9b23675f3168374ac569e854220</td></tr>
<tr role="row"><td role="cell" data-label="Unsur">modul</td><th scope="row" role="rowheader">stdlib/capaian.ind</th><td role="cell" data-label="Versi atau waktu">pustaka standar versi 1</td><td role="cell" data-label="SHA-256">0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12</td></tr>
<tr role="row"><td role="cell" data-label="Unsur">data</td><th scope="row" role="rowheader">tests/golden/provenance/data/2024/skor.csv</th><td role="cell" data-label="Versi atau waktu"></td><td role="cell" data-label="SHA-256">823ae4a2d7f8ae763d8bffd774d5dcf3e2ba8c251798ad80e85ed612a469ed57</td></tr>
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
