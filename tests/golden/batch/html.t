$ ind eval tests/golden/batch/rules --data tests/golden/batch/data --period 2024 --format html --out $OUT/semua/
--- stdout

--- stderr
tests/golden/batch/data/rusak/2024/skor.csv:3:5: error[E-DATA-NILAI]: 'empat puluh' pada kolom nilai bukan angka desimal
 3 | Dua;empat puluh
   |     ^~~~~~~~~~~
   = saran: karakter "e" tidak boleh ada dalam angka
tests/golden/batch/rules/rusak.ind 2024: gagal, dilewati
1 dari 2 evaluasi gagal

--- file semua/index.html
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="ind">
<title>Capaian kinerja semua instansi</title>
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
<h1>Capaian kinerja semua instansi</h1>
<p class="meta">2 evaluasi: setiap berkas aturan dengan setiap periode datanya</p>
</header>
<main>
<section id="laporan" aria-labelledby="laporan-judul">
<h2 id="laporan-judul">Laporan per instansi</h2>
<ul class="laporan">
<li><a href="baik-2024.html">Dinas Contoh Baik, 2024</a> (baik.ind)</li>
<li class="gagal">rusak.ind, 2024: gagal: tests/golden/batch/data/rusak/2024/skor.csv:3:5: error[E-DATA-NILAI]: &#39;empat puluh&#39; pada kolom nilai bukan angka desimal</li>
</ul>
</section>
<section id="perbandingan" aria-labelledby="perbandingan-judul">
<h2 id="perbandingan-judul">Perbandingan</h2>
<h3 id="tabel-perbandingan">Perbandingan capaian antarinstansi</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-perbandingan">
<table role="table" aria-labelledby="tabel-perbandingan">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Indikator</th><th scope="col" role="columnheader" class="num">Dinas Contoh Baik 2024</th></tr></thead>
<tbody role="rowgroup">
</tbody>
</table>
</div>
<p class="note">Hanya indikator (menurut id) yang dimiliki lebih dari satu instansi; 1 indikator lain hanya ada di laporan instansinya. Sel: capaian (predikat); - bila tidak tersedia; kosong bila instansi itu tidak memiliki indikatornya.</p>
</section>
</main>
<footer>
<p>Dihitung dengan <code>ind</code>; setiap laporan memuat asal angkanya (versi, waktu, SHA-256 setiap berkas yang dibaca).</p>
</footer>
</body>
</html>

--- exit 2
