#!/usr/bin/env python3
"""Browser test of the batch HTML index: headless Chromium opens
`ind eval rules --data examples --format html --out DIR/`'s index.html.

    check_batch_html.py --ind build/ind --out build/tests/browser

Checked on the DOM Chromium renders (--dump-dom):
  - every link of the index resolves to a report written in DIR, which Chromium opens as the
    LKjIP report of that agency (its <title>), and every run of the batch JSON is linked once;
  - the comparison table: one row per indicator id that more than one rule file has in the batch
    JSON, one column per agency and period, each cell the capaian and predikat of the JSON's rows
    ("108,6 (Sangat memuaskan)" for "108.6" and "Sangat memuaskan"; "-" for null; empty where
    the agency has no such indicator);
  - at a phone's 390 px, nothing reaches past the screen's edges and no table scrolls sideways
    (the measuring frame of check_html.py);
  - no script, and no console message.
Skipped (77) where Chromium cannot run, as check_html.py is.
"""
import argparse
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_html  # noqa: E402
from check_html import chromium, fail, skip  # noqa: E402


class index_reader(html.parser.HTMLParser):
    """The links, the comparison table's column headers and rows, and the page's <title>."""

    def __init__(self):
        super().__init__()
        self.links, self.columns, self.rows = [], [], []
        self.title, self.scripts = "", 0
        self.text = None  # the text being collected, and where it goes
        self.where = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "script":
            self.scripts += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("th", "td", "title"):
            self.text, self.where = "", (tag, a.get("scope"))

    def handle_data(self, data):
        if self.text is not None:
            self.text += data

    def handle_endtag(self, tag):
        if tag in ("th", "td", "title") and self.text is not None:
            kind, scope = self.where
            text = self.text.strip()
            if kind == "title":
                self.title = self.title or text
            elif scope == "col":
                self.columns.append(text)
            else:
                self.row.append(text)
            self.text = None
        elif tag == "tr" and getattr(self, "row", None):
            self.rows.append(self.row)
            self.row = []


def indonesian(value):
    """The JSON's exact decimal as the page prints it: 108.6 -> 108,6."""
    whole, _, fraction = value.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + fraction if fraction else "")


def expected_cells(batch):
    """{(indicator id, 'agency period'): cell text}, and the ids more than one rule file has."""
    owners, cells = {}, {}
    for row in batch["baris"]:
        owners.setdefault(row["indikator"], set()).add(row["aturan"])
        key = (row["indikator"], f'{row["instansi"]} {row["periode"]}')
        if row["besaran"] == "capaian":
            cells[key] = (indonesian(row["nilai"]) if row["nilai"] is not None else "-") + \
                cells.get(key, "")
        elif row["besaran"] == "predikat":
            cells[key] = cells.get(key, "") + f' ({row["nilai"]})'
    shared = [i for i, o in owners.items() if len(o) > 1]
    return cells, shared


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ind", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    browser = check_html.find_chromium()
    if not browser:
        reason = check_html.install_chromium()
        if reason:
            skip(reason)
        browser = check_html.find_chromium()

    folder = os.path.abspath(os.path.join(args.out, "semua-instansi"))
    shutil.rmtree(folder, ignore_errors=True)
    base = [args.ind, "eval", "rules", "--data", "examples"]
    written = subprocess.run(base + ["--format", "html", "--out", folder + "/"],
                             capture_output=True, text=True)
    if written.returncode != 0:
        fail(f"ind eval --format html: exit {written.returncode}\n{written.stderr}")
    batch = json.loads(subprocess.run(base + ["--format", "json"], capture_output=True,
                                      text=True).stdout)
    index = os.path.join(folder, "index.html")

    with tempfile.TemporaryDirectory(prefix="ind-chromium-") as profile:
        smoke = chromium(browser, profile, "--dump-dom", "data:text/html,<p>ind</p>",
                         timeout=120, on_timeout=skip)
        if smoke.returncode != 0 or b"<p>ind</p>" not in smoke.stdout:
            skip(f"chromium tidak dapat berjalan di sini ({smoke.returncode})")
        run = chromium(browser, profile, "--enable-logging=stderr", "--v=0", "--dump-dom",
                       "file://" + index)
        log = run.stderr.decode("utf-8", "replace")
        page = index_reader()
        page.feed(run.stdout.decode("utf-8", "replace"))
        reports = {}
        for href in page.links:
            target = os.path.normpath(os.path.join(folder, href))
            if os.path.dirname(target) != folder or not os.path.isfile(target):
                fail(f"tautan {href} tidak menuju laporan yang ditulis di {folder}")
            opened = index_reader()
            opened.feed(chromium(browser, profile, "--dump-dom", "file://" + target)
                        .stdout.decode("utf-8", "replace"))
            reports[href] = opened.title
        frame = "file://" + check_html.phone_pages(args.out, "semua-instansi", index)
        phone = chromium(browser, profile, f"--window-size={check_html.PHONE_WIDTH},1600",
                         "--virtual-time-budget=5000", "--dump-dom", frame)
        problems = check_html.check_phone_layout(phone.stdout.decode("utf-8", "replace"))

    console = [line for line in log.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    if console:
        problems.append("pesan konsol peramban: " + " | ".join(console))
    if page.scripts:
        problems.append(f"{page.scripts} <script> di halaman indeks")
    runs = sorted({(r["aturan"], r["instansi"], r["periode"]) for r in batch["baris"]})
    if len(page.links) != len(runs) or len(set(page.links)) != len(runs):
        problems.append(f"{len(page.links)} tautan untuk {len(runs)} evaluasi")
    for rules, agency, period in runs:
        href = f"{rules}-{period}.html"
        if agency not in reports.get(href, ""):
            problems.append(f"{href}: judul {reports.get(href)!r} tidak menyebut {agency}")
    cells, shared = expected_cells(batch)
    columns = page.columns[1:]
    if columns != [f"{a} {p}" for _, a, p in runs]:
        problems.append(f"kolom perbandingan {columns}")
    got_ids = [row[0].rsplit("(", 1)[-1].rstrip(")") for row in page.rows]
    if got_ids != shared:
        problems.append(f"baris perbandingan {got_ids}, diharapkan {shared}")
    compared = 0
    for row in page.rows:
        indicator = row[0].rsplit("(", 1)[-1].rstrip(")")
        for column, text in zip(columns, row[1:]):
            want = cells.get((indicator, column), "")
            compared += 1
            if text != want:
                problems.append(f"{indicator} / {column}: {text!r} di halaman, JSON {want!r}")
    if problems:
        fail("\n".join(problems))
    print(f"ok: indeks {len(page.links)} laporan (semua terbuka di Chromium), perbandingan "
          f"{len(page.rows)} indikator x {len(columns)} instansi = {compared} sel sama dengan JSON, "
          f"tata letak ponsel {check_html.PHONE_WIDTH} px tanpa geser ke samping")


if __name__ == "__main__":
    main()
