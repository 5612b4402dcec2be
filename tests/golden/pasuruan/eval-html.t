$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format html
--- stdout
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="ind">
<title>Laporan Kinerja BKPSDM Kabupaten Pasuruan 2024</title>
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
tr.depth-0 th, tr.depth-0 td { font-weight: 600; }
tr.depth-1 th { padding-left: 18px; }
tr.depth-2 th { padding-left: 32px; }
tr.depth-3 th { padding-left: 46px; }
.temuan { background: #fefcbf; outline: 2px solid #b7791f; outline-offset: -2px; }
.temuan a { color: #744210; font-weight: 700; text-decoration: none; }
p.note { color: var(--muted); font-size: 0.85rem; margin: 2px 0 12px; }
figure { margin: 12px 0 20px; }
figure svg { display: block; width: 100%; height: auto; max-width: 760px; }
/* Bar charts keep a readable text size on a phone and scroll sideways instead. */
.chart-scroll { overflow-x: auto; }
.chart-scroll svg { min-width: 560px; }
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
  th, td { padding: 3px 4px; }
  table { font-size: 0.8rem; }
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
  .chart-scroll { overflow: visible; }
  .chart-scroll svg { min-width: 0; }
  a { color: inherit; text-decoration: none; }
}
</style>
</head>
<body>
<header>
<h1>Laporan Kinerja Instansi Pemerintah</h1>
<p class="meta"><strong>BKPSDM Kabupaten Pasuruan</strong> · Periode 2024 · Renstra 2024–2026</p>
</header>
<nav aria-labelledby="daftar-isi">
<h2 id="daftar-isi">Daftar Isi</h2>
<ol>
<li><a href="#tabel-rekap-iku">Rekapitulasi Capaian Indikator Kinerja Utama — Rentang capaian kinerja</a></li>
<li><a href="#tabel-rekap-anggaran">Rekapitulasi Daya Serap Anggaran per Program — Rentang capaian daya serap anggaran</a></li>
<li><a href="#tabel-capaian">Capaian Kinerja 2024</a></li>
<li><a href="#tabel-perbandingan">Perbandingan Realisasi dan Target Renstra</a></li>
<li><a href="#tabel-selisih">Selisih Realisasi 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra</a></li>
<li><a href="#tabel-nilai">Nilai Komponen</a></li>
<li><a href="#tabel-rincian-ipasn_dimensi">Rincian Indeks Profesionalitas ASN per dimensi</a></li>
<li><a href="#tabel-rincian-merit_aspek">Rincian Skor aspek Sistem Merit</a></li>
<li><a href="#tabel-rincian-sakip_komponen">Rincian Komponen evaluasi AKIP</a></li>
<li><a href="#tabel-anggaran">Realisasi Anggaran 2024</a></li>
<li><a href="#tabel-efisiensi">Efisiensi Penggunaan Sumber Daya</a></li>
</ol>
</nav>
<main>
<section id="ikhtisar" aria-labelledby="ikhtisar-judul">
<h2 id="ikhtisar-judul">Ikhtisar Eksekutif</h2>
<h3 id="tabel-rekap-iku">Rekapitulasi Capaian Indikator Kinerja Utama — Rentang capaian kinerja</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-rekap-iku">
<table aria-labelledby="tabel-rekap-iku">
<thead><tr><th scope="col" class="num">No</th><th scope="col">Rentang</th><th scope="col">Predikat</th><th scope="col" class="num">Jumlah IKU</th><th scope="col" class="num">Persentase (%)</th></tr></thead>
<tbody>
<tr><td class="num">1</td><td>x ≥ 100</td><th scope="row">Sangat memuaskan</th><td class="num">3</td><td class="num">100,0</td></tr>
<tr><td class="num">2</td><td>85 ≤ x &lt; 100</td><th scope="row">Sangat Baik</th><td class="num">0</td><td class="num">0,0</td></tr>
<tr><td class="num">3</td><td>70 ≤ x &lt; 85</td><th scope="row">Baik</th><td class="num">0</td><td class="num">0,0</td></tr>
<tr><td class="num">4</td><td>55 ≤ x &lt; 70</td><th scope="row">Cukup</th><td class="num">0</td><td class="num">0,0</td></tr>
<tr><td class="num">5</td><td>x &lt; 55</td><th scope="row">Kurang</th><td class="num">0</td><td class="num">0,0</td></tr>
<tr class="total"><td class="num"></td><td></td><th scope="row">Jumlah</th><td class="num">3</td><td class="num">100,0</td></tr>
</tbody>
</table>
</div>
<h3 id="tabel-rekap-anggaran">Rekapitulasi Daya Serap Anggaran per Program — Rentang capaian daya serap anggaran</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-rekap-anggaran">
<table aria-labelledby="tabel-rekap-anggaran">
<thead><tr><th scope="col" class="num">No</th><th scope="col">Rentang</th><th scope="col">Predikat</th><th scope="col" class="num">Jumlah Program</th><th scope="col" class="num">Persentase (%)</th></tr></thead>
<tbody>
<tr><td class="num">1</td><td>x ≥ 100</td><th scope="row">Sangat memuaskan</th><td class="num">0</td><td class="num">0,0</td></tr>
<tr><td class="num">2</td><td>85 ≤ x &lt; 100</td><th scope="row">Sangat Baik</th><td class="num">1</td><td class="num">33,3</td></tr>
<tr><td class="num">3</td><td>70 ≤ x &lt; 85</td><th scope="row">Baik</th><td class="num">2</td><td class="num">66,7</td></tr>
<tr><td class="num">4</td><td>55 ≤ x &lt; 70</td><th scope="row">Cukup</th><td class="num">0</td><td class="num">0,0</td></tr>
<tr><td class="num">5</td><td>x &lt; 55</td><th scope="row">Kurang</th><td class="num">0</td><td class="num">0,0</td></tr>
<tr class="total"><td class="num"></td><td></td><th scope="row">Jumlah</th><td class="num">3</td><td class="num">100,0</td></tr>
</tbody>
</table>
</div>
</section>
<section id="capaian-kinerja" aria-labelledby="capaian-kinerja-judul">
<h2 id="capaian-kinerja-judul">Capaian Kinerja</h2>
<figure class="chart" id="grafik-capaian"><div class="chart-scroll"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 436" role="img" aria-labelledby="grafik-capaian-judul grafik-capaian-uraian"><title id="grafik-capaian-judul">Target dan realisasi indikator kinerja 2024</title><desc id="grafik-capaian-uraian">Target dan realisasi 2024 per indikator; setiap indikator memakai skalanya sendiri. Indeks Profesionalitas ASN: target 71,17, realisasi 77,32, capaian 108,6 %. Indeks Sistem Merit: target 281,5, realisasi 297,5, capaian 105,7 %. Nilai SAKIP: target 82,10, realisasi 82,10, capaian 100,00 %. Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi: target 84, realisasi 82, capaian 98 %. Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan: target 234, realisasi 244, capaian 104 %. Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai: target 71,5, realisasi 52,5, capaian 73 %. </desc><rect x="0" y="6" width="14" height="14" class="target"/><text x="20" y="18" class="legend">Target</text><rect x="90" y="6" width="14" height="14" class="tercapai"/><text x="110" y="18" class="legend">Realisasi (target tercapai)</text><rect x="310" y="6" width="14" height="14" class="belum"/><text x="330" y="18" class="legend">Realisasi (target belum tercapai)</text><g><title>Indeks Profesionalitas ASN</title><text x="0" y="52" class="name">Indeks Profesionalitas ASN</text><text x="0" y="72" class="axis">Target</text><rect x="84" y="59" width="460.2" height="17" class="target"/><text x="550.2" y="72" class="value">71,17</text><text x="0" y="93" class="axis">Realisasi</text><rect x="84" y="80" width="500" height="17" class="tercapai"/><text x="590" y="93" class="value">77,32</text><text x="720" y="93" class="value strong" text-anchor="end">108,6 %</text></g><g><title>Indeks Sistem Merit</title><text x="0" y="118" class="name">Indeks Sistem Merit</text><text x="0" y="138" class="axis">Target</text><rect x="84" y="125" width="473.1" height="17" class="target"/><text x="563.1" y="138" class="value">281,5</text><text x="0" y="159" class="axis">Realisasi</text><rect x="84" y="146" width="500" height="17" class="tercapai"/><text x="590" y="159" class="value">297,5</text><text x="720" y="159" class="value strong" text-anchor="end">105,7 %</text></g><g><title>Nilai SAKIP</title><text x="0" y="184" class="name">Nilai SAKIP</text><text x="0" y="204" class="axis">Target</text><rect x="84" y="191" width="500" height="17" class="target"/><text x="590" y="204" class="value">82,10</text><text x="0" y="225" class="axis">Realisasi</text><rect x="84" y="212" width="500" height="17" class="tercapai"/><text x="590" y="225" class="value">82,10</text><text x="720" y="225" class="value strong" text-anchor="end">100,00 %</text></g><g><title>Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi</title><text x="0" y="250" class="name">Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi</text><text x="0" y="270" class="axis">Target</text><rect x="84" y="257" width="500" height="17" class="target"/><text x="590" y="270" class="value">84</text><text x="0" y="291" class="axis">Realisasi</text><rect x="84" y="278" width="488.1" height="17" class="belum"/><text x="578.1" y="291" class="value">82</text><text x="720" y="291" class="value strong" text-anchor="end">98 %</text></g><g><title>Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan</title><text x="0" y="316" class="name">Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan</text><text x="0" y="336" class="axis">Target</text><rect x="84" y="323" width="479.5" height="17" class="target"/><text x="569.5" y="336" class="value">234</text><text x="0" y="357" class="axis">Realisasi</text><rect x="84" y="344" width="500" height="17" class="tercapai"/><text x="590" y="357" class="value">244</text><text x="720" y="357" class="value strong" text-anchor="end">104 %</text></g><g><title>Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai</title><text x="0" y="382" class="name">Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai</text><text x="0" y="402" class="axis">Target</text><rect x="84" y="389" width="500" height="17" class="target"/><text x="590" y="402" class="value">71,5</text><text x="0" y="423" class="axis">Realisasi</text><rect x="84" y="410" width="367.1" height="17" class="belum"/><text x="457.1" y="423" class="value">52,5</text><text x="720" y="423" class="value strong" text-anchor="end">73 %</text></g></svg></div><figcaption>Target dan realisasi indikator kinerja 2024, dengan capaian (%) di sebelah kanan. Panjang batang hanya dapat dibandingkan di dalam satu indikator.</figcaption></figure>
<h3 id="tabel-capaian">Capaian Kinerja 2024</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-capaian">
<table aria-labelledby="tabel-capaian">
<thead><tr><th scope="col" class="num">No</th><th scope="col">Indikator</th><th scope="col">Tingkat</th><th scope="col">Satuan</th><th scope="col" class="num">Target</th><th scope="col" class="num">Realisasi</th><th scope="col" class="num">Capaian (%)</th><th scope="col">Predikat</th><th scope="col">Kategori</th></tr></thead>
<tbody>
<tr class="group"><th scope="rowgroup" colspan="9">Indikator Kinerja Tujuan</th></tr>
<tr><td class="num">1</td><th scope="row">Indeks Profesionalitas ASN</th><td>tujuan</td><td>indeks</td><td class="num">71,17</td><td class="num">77,32</td><td class="num">108,6</td><td>Sangat memuaskan</td><td>Sedang</td></tr>
<tr class="group"><th scope="rowgroup" colspan="9">Indikator Kinerja Sasaran</th></tr>
<tr><td class="num">2</td><th scope="row">Indeks Sistem Merit</th><td>sasaran</td><td>nilai</td><td class="num">281,5</td><td class="num">297,5</td><td class="num">105,7</td><td>Sangat memuaskan</td><td>-</td></tr>
<tr><td class="num">3</td><th scope="row">Nilai SAKIP</th><td>sasaran</td><td>nilai</td><td class="num">82,10</td><td class="num">82,10</td><td class="num">100,00</td><td>Sangat memuaskan</td><td>A</td></tr>
<tr class="group"><th scope="rowgroup" colspan="9">Indikator Kinerja Program</th></tr>
<tr><td class="num">4</td><th scope="row">Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi</th><td>program</td><td>persen</td><td class="num">84</td><td class="num">82</td><td class="num">98</td><td>-</td><td>-</td></tr>
<tr><td class="num">5</td><th scope="row">Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan</th><td>program</td><td>nilai</td><td class="num">234</td><td class="num">244</td><td class="num">104</td><td>-</td><td>-</td></tr>
<tr><td class="num">6</td><th scope="row">Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai</th><td>program</td><td>nilai</td><td class="num">71,5</td><td class="num">52,5</td><td class="num">73</td><td>-</td><td>-</td></tr>
</tbody>
</table>
</div>
</section>
<section id="perbandingan-renstra" aria-labelledby="perbandingan-renstra-judul">
<h2 id="perbandingan-renstra-judul">Perbandingan dengan Tahun Sebelumnya dan Target Renstra</h2>
<figure class="chart" id="grafik-tren"><div class="trend-grid"><figure class="trend"><figcaption>Indeks Profesionalitas ASN</figcaption><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 340 206" role="img" aria-labelledby="grafik-tren-1-judul grafik-tren-1-uraian"><title id="grafik-tren-1-judul">Tren Indeks Profesionalitas ASN</title><desc id="grafik-tren-1-uraian">Realisasi: 2022 54,67; 2023 71,17; 2024 77,32; target: 2024 71,17; 2025 77,34; 2026 77,35.</desc><line x1="20" y1="178" x2="320" y2="178" class="axis-line"/><text x="34" y="198" class="axis" text-anchor="middle">2022</text><text x="102" y="198" class="axis" text-anchor="middle">2023</text><text x="170" y="198" class="axis" text-anchor="middle">2024</text><text x="238" y="198" class="axis" text-anchor="middle">2025</text><text x="306" y="198" class="axis" text-anchor="middle">2026</text><polyline class="rencana" points="170,81.8 238,57.8 306,57.7"/><rect x="166" y="77.8" width="8" height="8" class="rencana marker"/><text x="170" y="100.8" class="point rencana" text-anchor="middle">71,17</text><rect x="234" y="53.8" width="8" height="8" class="rencana marker"/><text x="238" y="76.8" class="point rencana" text-anchor="middle">77,34</text><rect x="302" y="53.7" width="8" height="8" class="rencana marker"/><text x="306" y="76.7" class="point rencana" text-anchor="middle">77,35</text><polyline class="realisasi" points="34,146.3 102,81.8 170,57.8"/><circle cx="34" cy="146.3" r="4" class="realisasi"/><text x="34" y="137.3" class="point realisasi" text-anchor="middle">54,67</text><circle cx="102" cy="81.8" r="4" class="realisasi"/><text x="102" y="72.8" class="point realisasi" text-anchor="middle">71,17</text><circle cx="170" cy="57.8" r="4" class="realisasi"/><text x="170" y="48.8" class="point realisasi" text-anchor="middle">77,32</text></svg></figure><figure class="trend"><figcaption>Indeks Sistem Merit</figcaption><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 340 206" role="img" aria-labelledby="grafik-tren-2-judul grafik-tren-2-uraian"><title id="grafik-tren-2-judul">Tren Indeks Sistem Merit</title><desc id="grafik-tren-2-uraian">Realisasi: 2022 258,0; 2023 281,5; 2024 297,5; target: 2024 281,5; 2025 296,7; 2026 296,8.</desc><line x1="20" y1="178" x2="320" y2="178" class="axis-line"/><text x="34" y="198" class="axis" text-anchor="middle">2022</text><text x="102" y="198" class="axis" text-anchor="middle">2023</text><text x="170" y="198" class="axis" text-anchor="middle">2024</text><text x="238" y="198" class="axis" text-anchor="middle">2025</text><text x="306" y="198" class="axis" text-anchor="middle">2026</text><polyline class="rencana" points="170,93.6 238,59.5 306,59.3"/><rect x="166" y="89.6" width="8" height="8" class="rencana marker"/><text x="170" y="112.6" class="point rencana" text-anchor="middle">281,5</text><rect x="234" y="55.5" width="8" height="8" class="rencana marker"/><text x="238" y="78.5" class="point rencana" text-anchor="middle">296,7</text><rect x="302" y="55.3" width="8" height="8" class="rencana marker"/><text x="306" y="78.3" class="point rencana" text-anchor="middle">296,8</text><polyline class="realisasi" points="34,146.3 102,93.6 170,57.7"/><circle cx="34" cy="146.3" r="4" class="realisasi"/><text x="34" y="137.3" class="point realisasi" text-anchor="middle">258,0</text><circle cx="102" cy="93.6" r="4" class="realisasi"/><text x="102" y="84.6" class="point realisasi" text-anchor="middle">281,5</text><circle cx="170" cy="57.7" r="4" class="realisasi"/><text x="170" y="48.7" class="point realisasi" text-anchor="middle">297,5</text></svg></figure><figure class="trend"><figcaption>Nilai SAKIP</figcaption><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 340 206" role="img" aria-labelledby="grafik-tren-3-judul grafik-tren-3-uraian"><title id="grafik-tren-3-judul">Tren Nilai SAKIP</title><desc id="grafik-tren-3-uraian">Realisasi: 2022 81,64; 2023 82,05; 2024 82,10; target: 2024 82,10; 2025 82,12; 2026 82,15.</desc><line x1="20" y1="178" x2="320" y2="178" class="axis-line"/><text x="34" y="198" class="axis" text-anchor="middle">2022</text><text x="102" y="198" class="axis" text-anchor="middle">2023</text><text x="170" y="198" class="axis" text-anchor="middle">2024</text><text x="238" y="198" class="axis" text-anchor="middle">2025</text><text x="306" y="198" class="axis" text-anchor="middle">2026</text><polyline class="rencana" points="170,66.4 238,62.9 306,57.7"/><rect x="166" y="62.4" width="8" height="8" class="rencana marker"/><text x="170" y="85.4" class="point rencana" text-anchor="middle">82,10</text><rect x="234" y="58.9" width="8" height="8" class="rencana marker"/><text x="238" y="81.9" class="point rencana" text-anchor="middle">82,12</text><rect x="302" y="53.7" width="8" height="8" class="rencana marker"/><text x="306" y="76.7" class="point rencana" text-anchor="middle">82,15</text><polyline class="realisasi" points="34,146.3 102,75.1 170,66.4"/><circle cx="34" cy="146.3" r="4" class="realisasi"/><text x="34" y="137.3" class="point realisasi" text-anchor="middle">81,64</text><circle cx="102" cy="75.1" r="4" class="realisasi"/><text x="102" y="66.1" class="point realisasi" text-anchor="middle">82,05</text><circle cx="170" cy="66.4" r="4" class="realisasi"/><text x="170" y="57.4" class="point realisasi" text-anchor="middle">82,10</text></svg></figure></div><figcaption>Realisasi per tahun (garis utuh, titik bulat, angka di atas) dan target (garis putus-putus, titik persegi, angka di bawah); garis terputus pada tahun tanpa angka. Sumbu tegak tiap grafik mengikuti rentang nilainya sendiri.</figcaption></figure>
<h3 id="tabel-perbandingan">Perbandingan Realisasi dan Target Renstra</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-perbandingan">
<table aria-labelledby="tabel-perbandingan">
<thead><tr><th scope="col">Indikator</th><th scope="col" class="num">Realisasi 2022</th><th scope="col" class="num">Realisasi 2023</th><th scope="col" class="num">Realisasi 2024</th><th scope="col" class="num">Target 2025</th><th scope="col" class="num">Target 2026</th></tr></thead>
<tbody>
<tr><th scope="row">Indeks Profesionalitas ASN</th><td class="num">54,67</td><td class="num">71,17</td><td class="num">77,32</td><td class="num">77,34</td><td class="num">77,35</td></tr>
<tr><th scope="row">Indeks Sistem Merit</th><td class="num">258,0</td><td class="num">281,5</td><td class="num">297,5</td><td class="num">296,7</td><td class="num">296,8</td></tr>
<tr><th scope="row">Nilai SAKIP</th><td class="num">81,64</td><td class="num">82,05</td><td class="num">82,10</td><td class="num">82,12</td><td class="num">82,15</td></tr>
<tr><th scope="row">Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi</th><td class="num">-</td><td class="num">-</td><td class="num">82</td><td class="num">-</td><td class="num">-</td></tr>
<tr><th scope="row">Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan</th><td class="num">-</td><td class="num">-</td><td class="num">244</td><td class="num">-</td><td class="num">-</td></tr>
<tr><th scope="row">Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai</th><td class="num">-</td><td class="num">-</td><td class="num">52,5</td><td class="num">-</td><td class="num">-</td></tr>
</tbody>
</table>
</div>
<h3 id="tabel-selisih">Selisih Realisasi 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-selisih">
<table aria-labelledby="tabel-selisih">
<thead><tr><th scope="col">Indikator</th><th scope="col">Pembanding</th><th scope="col" class="num">Nilai Pembanding</th><th scope="col" class="num">Realisasi 2024</th><th scope="col" class="num">Selisih</th><th scope="col">Keterangan</th></tr></thead>
<tbody>
<tr><th scope="row" rowspan="5">Indeks Profesionalitas ASN</th><td>Target 2024</td><td class="num">71,17</td><td class="num">77,32</td><td class="num">6,15</td><td>di atas target</td></tr>
<tr><td>Realisasi 2023</td><td class="num">71,17</td><td class="num">77,32</td><td class="num">6,15</td><td>naik</td></tr>
<tr><td>Realisasi 2022</td><td class="num">54,67</td><td class="num">77,32</td><td class="num">22,65</td><td>naik</td></tr>
<tr><td>Target Renstra 2025</td><td class="num">77,34</td><td class="num">77,32</td><td class="num">0,02</td><td>perlu peningkatan</td></tr>
<tr><td>Target Renstra 2026</td><td class="num">77,35</td><td class="num">77,32</td><td class="num">0,03</td><td>perlu peningkatan</td></tr>
<tr><th scope="row" rowspan="5">Indeks Sistem Merit</th><td>Target 2024</td><td class="num">281,5</td><td class="num">297,5</td><td class="num">16,0</td><td>di atas target</td></tr>
<tr><td>Realisasi 2023</td><td class="num">281,5</td><td class="num">297,5</td><td class="num">16,0</td><td>naik</td></tr>
<tr><td>Realisasi 2022</td><td class="num">258,0</td><td class="num">297,5</td><td class="num">39,5</td><td>naik</td></tr>
<tr><td>Target Renstra 2025</td><td class="num">296,7</td><td class="num">297,5</td><td class="num">-0,8</td><td>sudah tercapai</td></tr>
<tr><td>Target Renstra 2026</td><td class="num">296,8</td><td class="num">297,5</td><td class="num">-0,7</td><td>sudah tercapai</td></tr>
<tr><th scope="row" rowspan="5">Nilai SAKIP</th><td>Target 2024</td><td class="num">82,10</td><td class="num">82,10</td><td class="num">0,00</td><td>sama dengan target</td></tr>
<tr><td>Realisasi 2023</td><td class="num">82,05</td><td class="num">82,10</td><td class="num">0,05</td><td>naik</td></tr>
<tr><td>Realisasi 2022</td><td class="num">81,64</td><td class="num">82,10</td><td class="num">0,46</td><td>naik</td></tr>
<tr><td>Target Renstra 2025</td><td class="num">82,12</td><td class="num">82,10</td><td class="num">0,02</td><td>perlu peningkatan</td></tr>
<tr><td>Target Renstra 2026</td><td class="num">82,15</td><td class="num">82,10</td><td class="num">0,05</td><td>perlu peningkatan</td></tr>
<tr><th scope="row">Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi</th><td>Target 2024</td><td class="num">84</td><td class="num">82</td><td class="num">-2</td><td>di bawah target</td></tr>
<tr><th scope="row">Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan</th><td>Target 2024</td><td class="num">234</td><td class="num">244</td><td class="num">10</td><td>di atas target</td></tr>
<tr><th scope="row">Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai</th><td>Target 2024</td><td class="num">71,5</td><td class="num">52,5</td><td class="num">-19,0</td><td>di bawah target</td></tr>
</tbody>
</table>
</div>
<p class="note">Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; terhadap target Renstra = kekurangan yang masih perlu dicapai.</p>
</section>
<section id="rincian-komposit" aria-labelledby="rincian-komposit-judul">
<h2 id="rincian-komposit-judul">Rincian Nilai Komposit</h2>
<h3 id="tabel-nilai">Nilai Komponen</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-nilai">
<table aria-labelledby="tabel-nilai">
<thead><tr><th scope="col">Nilai</th><th scope="col">Uraian</th><th scope="col" class="num">Angka</th></tr></thead>
<tbody>
<tr><td>ip_asn_pns</td><th scope="row">IP ASN PNS</th><td class="num">79,92</td></tr>
<tr><td>ip_asn_pppk</td><th scope="row">IP ASN PPPK</th><td class="num">74,71</td></tr>
</tbody>
</table>
</div>
<h3 id="tabel-rincian-ipasn_dimensi">Rincian Indeks Profesionalitas ASN per dimensi</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-rincian-ipasn_dimensi">
<table aria-labelledby="tabel-rincian-ipasn_dimensi">
<thead><tr><th scope="col">dimensi</th><th scope="col" class="num">pns</th><th scope="col" class="num">pppk</th></tr></thead>
<tbody>
<tr><th scope="row">Kualifikasi</th><td class="num">20,72</td><td class="num">24,95</td></tr>
<tr><th scope="row">Kompetensi</th><td class="num">29,21</td><td class="num">19,90</td></tr>
<tr><th scope="row">Kinerja</th><td class="num">24,99</td><td class="num">24,86</td></tr>
<tr><th scope="row">Disiplin</th><td class="num">5,00</td><td class="num">5,00</td></tr>
<tr class="total"><th scope="row">Jumlah</th><td class="num">79,92</td><td class="num">74,71</td></tr>
</tbody>
</table>
</div>
<p class="note">Sumber: ipasn_dimensi.csv; dipakai oleh: Indeks Profesionalitas ASN; IP ASN PNS; IP ASN PPPK.</p>
<h3 id="tabel-rincian-merit_aspek">Rincian Skor aspek Sistem Merit</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-rincian-merit_aspek">
<table aria-labelledby="tabel-rincian-merit_aspek">
<thead><tr><th scope="col" class="num">no</th><th scope="col">aspek</th><th scope="col" class="num">skor</th></tr></thead>
<tbody>
<tr><td class="num">1</td><th scope="row">Perencanaan kebutuhan</th><td class="num">40,0</td></tr>
<tr><td class="num">2</td><th scope="row">Pengadaan</th><td class="num">40,0</td></tr>
<tr><td class="num">3</td><th scope="row">Pengembangan karir</th><td class="num">63,0</td></tr>
<tr><td class="num">4</td><th scope="row">Promosi dan Mutasi</th><td class="num">20,0</td></tr>
<tr><td class="num">5</td><th scope="row">Manajemen Kinerja</th><td class="num">68,0</td></tr>
<tr><td class="num">6</td><th scope="row">Penggajian, Penghargaan dan Disiplin</th><td class="num">37,5</td></tr>
<tr><td class="num">7</td><th scope="row">Perlindungan dan Pelayanan</th><td class="num">12,0</td></tr>
<tr><td class="num">8</td><th scope="row">Sistem Informasi</th><td class="num">17,0</td></tr>
<tr class="total"><td class="num"></td><th scope="row">Jumlah</th><td class="num">297,5</td></tr>
</tbody>
</table>
</div>
<p class="note">Sumber: merit_aspek.csv; dipakai oleh: Indeks Sistem Merit.</p>
<h3 id="tabel-rincian-sakip_komponen">Rincian Komponen evaluasi AKIP</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-rincian-sakip_komponen">
<table aria-labelledby="tabel-rincian-sakip_komponen">
<thead><tr><th scope="col">komponen</th><th scope="col" class="num">bobot</th><th scope="col" class="num">nilai</th></tr></thead>
<tbody>
<tr><th scope="row">Perencanaan Kinerja</th><td class="num">30</td><td class="num">26,10</td></tr>
<tr><th scope="row">Pengukuran Kinerja</th><td class="num">30</td><td class="num">24,00</td></tr>
<tr><th scope="row">Pelaporan Kinerja</th><td class="num">15</td><td class="num">12,00</td></tr>
<tr><th scope="row">Evaluasi Akuntabilitas Kinerja Internal</th><td class="num">25</td><td class="num">20,00</td></tr>
<tr class="total"><th scope="row">Jumlah</th><td class="num"></td><td class="num">82,10</td></tr>
</tbody>
</table>
</div>
<p class="note">Sumber: sakip_komponen.csv; dipakai oleh: Nilai SAKIP.</p>
</section>
<section id="anggaran-efisiensi" aria-labelledby="anggaran-efisiensi-judul">
<h2 id="anggaran-efisiensi-judul">Anggaran dan Efisiensi</h2>
<figure class="chart" id="grafik-serapan"><div class="chart-scroll"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 224" role="img" aria-labelledby="grafik-serapan-judul grafik-serapan-uraian"><title id="grafik-serapan-judul">Serapan anggaran per program 2024</title><desc id="grafik-serapan-uraian">Serapan anggaran 2024 per program: A — Program Penunjang Urusan Pemerintahan Daerah Kab/Kota 93,66 % · Sangat Baik; B — Program Kepegawaian Daerah 83,69 % · Baik; C — Program Pengembangan Sumber Daya Manusia 82,43 % · Baik; Jumlah seluruh program 91,02 % · Sangat Baik. Garis putus-putus menandai 100 %.</desc><line x1="560" y1="16" x2="560" y2="224" class="reference"/><text x="560" y="12" class="axis" text-anchor="middle">100 %</text><g><title>A — Program Penunjang Urusan Pemerintahan Daerah Kab/Kota</title><text x="0" y="36" class="name">A — Program Penunjang Urusan Pemerintahan Daerah Kab/Kota</text><rect x="0" y="43" width="524.5" height="18" class="serapan"/><text x="530.5" y="57" class="value">93,66 % · Sangat Baik</text></g><g><title>B — Program Kepegawaian Daerah</title><text x="0" y="86" class="name">B — Program Kepegawaian Daerah</text><rect x="0" y="93" width="468.7" height="18" class="serapan"/><text x="474.7" y="107" class="value">83,69 % · Baik</text></g><g><title>C — Program Pengembangan Sumber Daya Manusia</title><text x="0" y="136" class="name">C — Program Pengembangan Sumber Daya Manusia</text><rect x="0" y="143" width="461.6" height="18" class="serapan"/><text x="467.6" y="157" class="value">82,43 % · Baik</text></g><g><title>Jumlah seluruh program</title><text x="0" y="186" class="name strong">Jumlah seluruh program</text><rect x="0" y="193" width="509.7" height="18" class="serapan jumlah"/><text x="515.7" y="207" class="value">91,02 % · Sangat Baik</text></g></svg></div><figcaption>Serapan anggaran (realisasi ÷ pagu) per program dan jumlahnya, dengan predikatnya.</figcaption></figure>
<h3 id="tabel-anggaran">Realisasi Anggaran 2024</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-anggaran">
<table aria-labelledby="tabel-anggaran">
<thead><tr><th scope="col">Kode</th><th scope="col">Uraian</th><th scope="col">Tingkat</th><th scope="col" class="num">Pagu (Rp)</th><th scope="col" class="num">Realisasi (Rp)</th><th scope="col" class="num">Serapan (%)</th><th scope="col">Predikat</th></tr></thead>
<tbody>
<tr class="depth-0"><td>A</td><th scope="row">Program Penunjang Urusan Pemerintahan Daerah Kab/Kota</th><td>Program</td><td class="num">10.656.768.771</td><td class="num">9.981.255.308</td><td class="num">93,66</td><td>Sangat Baik</td></tr>
<tr class="depth-1"><td>A.1</td><th scope="row">Administrasi Keuangan Perangkat Daerah</th><td>Kegiatan</td><td class="num">9.210.696.084</td><td class="num">8.666.217.451</td><td class="num">94,09</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>A.1.1</td><th scope="row">Penyediaan Gaji dan Tunjangan ASN</th><td>Sub Kegiatan</td><td class="num">8.606.303.544</td><td class="num">8.072.123.141</td><td class="num">93,79</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>A.1.2</td><th scope="row">Penyediaan Administrasi Pelaksanaan Tugas ASN</th><td>Sub Kegiatan</td><td class="num">501.912.540</td><td class="num">496.104.310</td><td class="num">98,84</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>A.1.3</td><th scope="row">Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD</th><td>Sub Kegiatan</td><td class="num">102.480.000</td><td class="num">97.990.000</td><td class="num">95,62</td><td>Sangat Baik</td></tr>
<tr class="depth-1"><td>A.2</td><th scope="row">Administrasi Kepegawaian Perangkat Daerah</th><td>Kegiatan</td><td class="num">90.630.000</td><td class="num">64.899.100</td><td class="num">71,61</td><td>Baik</td></tr>
<tr class="depth-2"><td>A.2.1</td><th scope="row">Sosialisasi Peraturan Perundang-Undangan</th><td>Sub Kegiatan</td><td class="num">90.630.000</td><td class="num">64.899.100</td><td class="num">71,61</td><td>Baik</td></tr>
<tr class="depth-1"><td>A.3</td><th scope="row">Administrasi Umum Perangkat Daerah</th><td>Kegiatan</td><td class="num">518.679.922</td><td class="num">491.391.589</td><td class="num">94,74</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>A.3.1</td><th scope="row">Penyediaan Bahan Logistik Kantor</th><td>Sub Kegiatan</td><td class="num">158.489.252</td><td class="num">151.921.325</td><td class="num">95,86</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>A.3.2</td><th scope="row">Penyediaan Barang Cetakan dan Penggandaan</th><td>Sub Kegiatan</td><td class="num">112.978.470</td><td class="num">107.533.150</td><td class="num">95,18</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>A.3.3</td><th scope="row">Fasilitasi Kunjungan Tamu</th><td>Sub Kegiatan</td><td class="num">10.312.200</td><td class="num">9.176.700</td><td class="num">88,99</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>A.3.4</td><th scope="row">Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD</th><td>Sub Kegiatan</td><td class="num">236.900.000</td><td class="num">222.760.414</td><td class="num">94,03</td><td>Sangat Baik</td></tr>
<tr class="depth-1"><td>A.4</td><th scope="row">Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah</th><td>Kegiatan</td><td class="num">101.061.120</td><td class="num">82.490.000</td><td class="num">81,62</td><td>Baik</td></tr>
<tr class="depth-2"><td>A.4.1</td><th scope="row">Pengadaan Peralatan dan Mesin Lainnya</th><td>Sub Kegiatan</td><td class="num">101.061.120</td><td class="num">82.490.000</td><td class="num">81,62</td><td>Baik</td></tr>
<tr class="depth-1"><td>A.5</td><th scope="row">Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah</th><td>Kegiatan</td><td class="num">259.879.195</td><td class="num">236.313.829</td><td class="num">90,93</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>A.5.1</td><th scope="row">Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik</th><td>Sub Kegiatan</td><td class="num">199.110.885</td><td class="num">180.501.329</td><td class="num">90,65</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>A.5.2</td><th scope="row">Penyediaan Jasa Peralatan dan Perlengkapan Kantor</th><td>Sub Kegiatan</td><td class="num">60.768.310</td><td class="num">55.812.500</td><td class="num">91,84</td><td>Sangat Baik</td></tr>
<tr class="depth-1"><td>A.6</td><th scope="row">Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah</th><td>Kegiatan</td><td class="num">475.822.450</td><td class="num">439.943.339</td><td class="num">92,46</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>A.6.1</td><th scope="row">Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan</th><td>Sub Kegiatan</td><td class="num">181.767.450</td><td class="num">151.312.439</td><td class="num">83,25</td><td>Baik</td></tr>
<tr class="depth-2"><td>A.6.2</td><th scope="row">Pemeliharaan Peralatan dan Mesin Lainnya</th><td>Sub Kegiatan</td><td class="num">64.815.000</td><td class="num">62.463.500</td><td class="num">96,37</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>A.6.3</td><th scope="row">Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya</th><td>Sub Kegiatan</td><td class="num">229.240.000</td><td class="num">226.167.400</td><td class="num">98,66</td><td>Sangat Baik</td></tr>
<tr class="depth-0"><td>B</td><th scope="row">Program Kepegawaian Daerah</th><td>Program</td><td class="num">2.379.958.107</td><td class="num">1.991.707.604</td><td class="num">83,69</td><td>Baik</td></tr>
<tr class="depth-1"><td>B.1</td><th scope="row">Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN</th><td>Kegiatan</td><td class="num">680.431.987</td><td class="num">629.901.801</td><td class="num">92,57</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>B.1.1</td><th scope="row">Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN</th><td>Sub Kegiatan</td><td class="num">6.109.000</td><td class="num">5.257.450</td><td class="num">86,06</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>B.1.2</td><th scope="row">Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK</th><td>Sub Kegiatan</td><td class="num">534.694.009</td><td class="num">498.323.570</td><td class="num">93,20</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>B.1.3</td><th scope="row">Koordinasi Pelaksanaan Administrasi Pemberhentian</th><td>Sub Kegiatan</td><td class="num">63.306.026</td><td class="num">56.247.601</td><td class="num">88,85</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>B.1.4</td><th scope="row">Fasilitasi Lembaga Profesi ASN</th><td>Sub Kegiatan</td><td class="num">5.982.000</td><td class="num">5.081.000</td><td class="num">84,94</td><td>Baik</td></tr>
<tr class="depth-2"><td>B.1.5</td><th scope="row">Pengelolaan Sistem Informasi Kepergawaihan</th><td>Sub Kegiatan</td><td class="num">19.264.000</td><td class="num">17.460.640</td><td class="num">90,64</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>B.1.6</td><th scope="row">Pengelolaan Data Kepegawaian</th><td>Sub Kegiatan</td><td class="num">51.076.952</td><td class="num">47.531.540</td><td class="num">93,06</td><td>Sangat Baik</td></tr>
<tr class="depth-1"><td>B.2</td><th scope="row">Mutasi dan Promosi ASN</th><td>Kegiatan</td><td class="num">551.509.020</td><td class="num">327.578.389</td><td class="num">59,40</td><td>Cukup</td></tr>
<tr class="depth-2"><td>B.2.1</td><th scope="row">Pengelolaan Mutasi ASN</th><td>Sub Kegiatan</td><td class="num">218.243.400</td><td class="num">96.665.312</td><td class="num">44,29</td><td>Kurang</td></tr>
<tr class="depth-2"><td>B.2.2</td><th scope="row">Pengelolaan Kenaikan Pangkat ASN</th><td>Sub Kegiatan</td><td class="num">63.060.020</td><td class="num">35.059.527</td><td class="num">55,60</td><td>Cukup</td></tr>
<tr class="depth-2"><td>B.2.3</td><th scope="row">Pengelolaan Promosi ASN</th><td>Sub Kegiatan</td><td class="num">270.205.600</td><td class="num">195.853.550</td><td class="num">72,48</td><td>Baik</td></tr>
<tr class="depth-1"><td>B.3</td><th scope="row">Pengembangan Kompetensi ASN</th><td>Kegiatan</td><td class="num">789.075.100</td><td class="num">714.391.642</td><td class="num">90,54</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>B.3.1</td><th scope="row">Peningkatan Kapasitas Kinerja ASN</th><td>Sub Kegiatan</td><td class="num">446.047.000</td><td class="num">397.598.443</td><td class="num">89,14</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>B.3.2</td><th scope="row">Pengelolaan Assesment Center</th><td>Sub Kegiatan</td><td class="num">50.133.100</td><td class="num">38.031.000</td><td class="num">75,86</td><td>Baik</td></tr>
<tr class="depth-2"><td>B.3.3</td><th scope="row">Pengeloaan Administrasi Diklat dan Sertifikasi ASN</th><td>Sub Kegiatan</td><td class="num">238.645.000</td><td class="num">226.742.699</td><td class="num">95,01</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>B.3.4</td><th scope="row">Fasilitasi Sertifikasi Jabatan ASN</th><td>Sub Kegiatan</td><td class="num">54.250.000</td><td class="num">52.019.500</td><td class="num">95,89</td><td>Sangat Baik</td></tr>
<tr class="depth-1"><td>B.4</td><th scope="row">Penilaian dan Evaluasi Kinerja Aparatur</th><td>Kegiatan</td><td class="num">358.942.000</td><td class="num">319.835.772</td><td class="num">89,11</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>B.4.1</td><th scope="row">Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur</th><td>Sub Kegiatan</td><td class="num">95.904.800</td><td class="num">87.614.198</td><td class="num">91,36</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>B.4.2</td><th scope="row">Pengelolaan Pemberian Penghargaan Bagi Pegawai</th><td>Sub Kegiatan</td><td class="num">141.981.500</td><td class="num">140.168.340</td><td class="num">98,72</td><td>Sangat Baik</td></tr>
<tr class="depth-2"><td>B.4.3</td><th scope="row">Pengelolaan Penyelesaian Pelanggaran Disiplin ASN</th><td>Sub Kegiatan</td><td class="num">121.055.700</td><td class="num">92.053.234</td><td class="num">76,04</td><td>Baik</td></tr>
<tr class="depth-0"><td>C</td><th scope="row">Program Pengembangan Sumber Daya Manusia</th><td>Program</td><td class="num">1.253.087.230</td><td class="num">1.032.961.861</td><td class="num">82,43</td><td>Baik</td></tr>
<tr class="depth-1"><td>C.1</td><th scope="row">Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional</th><td>Kegiatan</td><td class="num">1.253.087.230</td><td class="num">1.032.961.861</td><td class="num">82,43</td><td>Baik</td></tr>
<tr class="depth-2"><td>C.1.1</td><th scope="row">Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan</th><td>Sub Kegiatan</td><td class="num">255.737.500</td><td class="num">73.945.611</td><td class="num">28,91</td><td>Kurang</td></tr>
<tr class="depth-2"><td>C.1.2</td><th scope="row">Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber Belajar, dan Kerjasama, serta Pengembangan Kompetensi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Kepemimpinan, dan Prajabatan Tinggi, Jabatan Fungsional, Kepemimpinan dan Prajabatan</th><td>Sub Kegiatan</td><td class="num">997.349.730</td><td class="num">959.016.250</td><td class="num">96,16</td><td>Sangat Baik</td></tr>
<tr class="total"><td></td><th scope="row">Jumlah</th><td></td><td class="num">14.289.814.108</td><td class="num">13.005.924.773</td><td class="num">91,02</td><td>Sangat Baik</td></tr>
</tbody>
</table>
</div>
<h3 id="tabel-efisiensi">Efisiensi Penggunaan Sumber Daya</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabel-efisiensi">
<table aria-labelledby="tabel-efisiensi">
<thead><tr><th scope="col">Indikator</th><th scope="col" class="num">Capaian Kinerja (%)</th><th scope="col" class="num">Pagu (Rp)</th><th scope="col" class="num">Realisasi (Rp)</th><th scope="col" class="num">Serapan (%)</th><th scope="col" class="num">Efisiensi (%)</th><th scope="col">Tingkat Efisiensi</th></tr></thead>
<tbody>
<tr><th scope="row">Indeks Profesionalitas ASN</th><td class="num">108,6</td><td class="num">14.289.814.108</td><td class="num">13.005.924.773</td><td class="num">91,02</td><td class="num">119</td><td>Sangat efisiensi</td></tr>
<tr><th scope="row">Indeks Sistem Merit</th><td class="num">105,7</td><td class="num">3.633.045.337</td><td class="num">3.024.669.465</td><td class="num">83,25</td><td class="num">127</td><td>Sangat efisiensi</td></tr>
<tr><th scope="row">Nilai SAKIP</th><td class="num">100,00</td><td class="num">10.656.768.771</td><td class="num">9.981.255.308</td><td class="num">93,66</td><td class="num">107</td><td>Efisiensi</td></tr>
<tr><th scope="row">Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi</th><td class="num">98</td><td class="num">10.656.768.771</td><td class="num">9.981.255.308</td><td class="num">93,66</td><td class="num">105</td><td>Efisiensi</td></tr>
<tr><th scope="row">Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan</th><td class="num">104</td><td class="num">2.379.958.107</td><td class="num">1.991.707.604</td><td class="num">83,69</td><td class="num">124</td><td>Sangat efisiensi</td></tr>
<tr><th scope="row">Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai</th><td class="num">73</td><td class="num">1.253.087.230</td><td class="num">1.032.961.861</td><td class="num">82,43</td><td class="num">89</td><td>Tidak efisiensi</td></tr>
</tbody>
</table>
</div>
</section>
</main>
<footer>
<p>Dihitung dengan <code>ind</code> dari berkas aturan dan data periode ini. Setiap angka dihitung tepat (tanpa pembulatan biner) lalu dibulatkan sebagaimana aturannya menyatakan. Angka ditulis dengan format Indonesia (1.234,5).</p>
</footer>
</body>
</html>

--- stderr

--- exit 0
