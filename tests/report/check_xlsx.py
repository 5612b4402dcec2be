#!/usr/bin/env python3
"""XLSX report test: the workbook holds the same tables as the CSV, with numbers as numbers.

    check_xlsx.py --ind build/ind --out build/tests/report NAME RULES DATA

Writes NAME.xlsx (`--format xlsx --locale en`) and one CSV per table (`--format csv --locale en
--out DIR/`; the same locale, so that a text holding a number, "di bawah 10.35", reads the same
in both; numeric cells do not depend on it), then reads the workbook as the zip of XML it is (python's zipfile; no
spreadsheet library, no network) and checks that
  - it has one sheet per CSV table, in the same order, named within Excel's rules,
  - each sheet has the table's title, then its header row, then its rows, cell for cell: a
    number in the CSV is a numeric cell (not text) holding the double nearest to the CSV's exact
    decimal, the value a spreadsheet stores when that number is typed in (libxlsxwriter writes
    16 significant digits: 77,32 is written 77.31999999999999, which reads back as that double),
  - a text the CSV neutralised against formula injection ("'- Guru SD") is the same text without
    the apostrophe in the workbook, which stores it as text ("- Guru SD"),
  - each number is shown at the decimals the CSV gives it, thousands grouped (#,##0.00 and the
    like: the separators are the reader's, an Indonesian spreadsheet shows 14.289.814.108),
  - `--format xlsx` without --out is refused as a usage error (exit 2),
  - the last sheet is Asal Laporan, holding the rule file with the SHA-256 of its bytes,
  - `ind audit --format xlsx` writes a workbook titled "Audit: ..." whose first sheet, Putusan
    Audit, holds the counts of `ind audit --format json`'s "putusan", and whose Asal Laporan
    names the printed-figures file too.
"""
import argparse
import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_workbook(path):
    """[(sheet name, {(row, col): ('n', Decimal) | ('s', text)}, {style: format code})]"""
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            fail(f"{path}: berkas rusak di dalam zip: {bad}")
        strings = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                strings.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
        styles = ET.fromstring(z.read("xl/styles.xml"))
        codes = {int(f.get("numFmtId")): f.get("formatCode")
                 for f in styles.findall("m:numFmts/m:numFmt", NS)}
        xf_codes = [codes.get(int(xf.get("numFmtId", "0")), "")
                    for xf in styles.findall("m:cellXfs/m:xf", NS)]
        rels = {r.get("Id"): r.get("Target")
                for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).findall("rel:Relationship", NS)}
        sheets = []
        for s in ET.fromstring(z.read("xl/workbook.xml")).findall("m:sheets/m:sheet", NS):
            target = rels[s.get(f"{{{NS['r']}}}id")]
            xml = ET.fromstring(z.read("xl/" + target.lstrip("/").removeprefix("xl/")))
            cells = {}
            for c in xml.iter(f"{{{NS['m']}}}c"):
                ref = c.get("r")
                row = int(re.search(r"\d+", ref).group(0)) - 1
                v = c.find("m:v", NS)
                kind = c.get("t", "n")
                style = xf_codes[int(c.get("s", "0"))]
                if kind == "s":
                    cells[(row, column_index(ref))] = ("s", strings[int(v.text)], style)
                elif kind == "n" and v is not None:
                    cells[(row, column_index(ref))] = ("n", v.text, style)
                elif kind == "inlineStr":
                    cells[(row, column_index(ref))] = ("s", "".join(
                        t.text or "" for t in c.iter(f"{{{NS['m']}}}t")), style)
            sheets.append((s.get("name"), cells))
        return sheets


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ind", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("name")
    ap.add_argument("rules")
    ap.add_argument("data")
    args = ap.parse_args()
    # The workbook and the CSV tables come from two runs: their stamps must not differ by the clock.
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    os.makedirs(args.out, exist_ok=True)
    book = os.path.join(args.out, args.name + ".xlsx")
    csv_dir = os.path.join(args.out, args.name + "-csv-en")
    shutil.rmtree(csv_dir, ignore_errors=True)
    base = [args.ind, "eval", args.rules, "--data", args.data]

    refused = subprocess.run(base + ["--format", "xlsx"], capture_output=True, text=True)
    if refused.returncode != 2 or refused.stdout:
        fail(f"--format xlsx tanpa --out harus ditolak dengan kode 2, bukan {refused.returncode}")
    for extra in (["--format", "xlsx", "--locale", "en", "--out", book],
                  ["--format", "csv", "--locale", "en", "--out", csv_dir + "/"]):
        run = subprocess.run(base + extra, capture_output=True, text=True)
        if run.returncode != 0:
            fail(f"{' '.join(extra)} keluar dengan {run.returncode}:\n{run.stderr}")

    tables = sorted(f for f in os.listdir(csv_dir) if f.endswith(".csv"))
    sheets = read_workbook(book)
    if len(sheets) != len(tables):
        fail(f"{len(sheets)} lembar, diharapkan {len(tables)} (satu per tabel CSV)")
    numbers = 0
    formats = set()
    for (name, cells), table in zip(sheets, tables):
        # A column holding numbers must hold them as numbers; a text column may hold digits.
        numeric_columns = {c for (r, c), cell in cells.items() if r >= 2 and cell[0] == "n"}
        if len(name) > 31 or re.search(r"[\[\]:*?/\\]", name):
            fail(f"nama lembar tidak sah: {name!r}")
        with open(os.path.join(csv_dir, table), encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        if cells.get((0, 0), ("", ""))[0] != "s" or not cells[(0, 0)][1]:
            fail(f"lembar {name!r}: judul tabel tidak ada di A1")
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                got = cells.get((r + 1, c))  # row 0 holds the title
                where = f"lembar {name!r} ({table}) baris {r + 2} kolom {c + 1}"
                if got is None:
                    if text not in ("",):
                        fail(f"{where}: kosong, CSV berisi {text!r}")
                    continue
                kind, value, style = got
                if kind == "n":
                    if not NUMBER.fullmatch(text) or float(text) != float(value):
                        fail(f"{where}: angka {value}, CSV berisi {text!r}")
                    places = len(text.split(".")[1]) if "." in text else 0
                    wanted = "#,##0" + ("." + "0" * places if places else "")
                    if style != wanted:
                        fail(f"{where}: format {style!r}, diharapkan {wanted!r} ({text})")
                    numbers += 1
                    formats.add(style)
                elif r > 0 and c in numeric_columns and NUMBER.fullmatch(text):
                    fail(f"{where}: angka {text!r} tersimpan sebagai teks")
                elif value != text and not (len(value) > 1 and value[0] in "=+-@\t\r"
                                            and text == "'" + value):
                    fail(f"{where}: {value!r}, CSV berisi {text!r}")
    if numbers == 0:
        fail("tidak ada sel angka")
    check_stamp(sheets[-1], args.rules, "aturan")

    # An audited workbook says so in its title, opens with the verdict of `ind audit --format
    # json` and ends with the stamp, which names the printed-figures file too.
    audited = os.path.join(args.out, args.name + "-audit.xlsx")
    audit = [args.ind, "audit", args.rules, "--data", args.data]
    run = subprocess.run(audit + ["--format", "xlsx", "--out", audited], capture_output=True,
                         text=True)
    if run.returncode not in (0, 1):
        fail(f"ind audit --format xlsx keluar dengan {run.returncode}:\n{run.stderr}")
    verdict = json.loads(subprocess.run(audit + ["--format", "json"], capture_output=True,
                                        text=True).stdout)["putusan"]
    audit_sheets = read_workbook(audited)
    name, cells = audit_sheets[0]
    if name != "Putusan Audit":
        fail(f"lembar pertama buku kerja audit {name!r}, bukan 'Putusan Audit'")
    counts = [cells.get((r, 1), ("", "", ""))[1] for r in range(2, 8)]
    expected = [verdict[k] for k in ("diperiksa", "cocok", "tidak_cocok", "kesalahan_asal",
                                     "akibat", "tempat_tidak_cocok")]
    if [float(c) for c in counts] != expected:
        fail(f"Putusan Audit {counts}, ind audit --format json {expected}")
    with zipfile.ZipFile(audited) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
    if "<dc:title>Audit: " not in core:
        fail("judul buku kerja audit tidak diawali 'Audit: '")
    check_stamp(audit_sheets[-1], args.rules, "tercetak")
    print(f"ok: {args.name}: {len(sheets)} lembar, {numbers} sel angka, format {sorted(formats)}; "
          f"audit: {len(audit_sheets)} lembar, putusan {expected}")


def check_stamp(sheet, rules, kind):
    """The last sheet is Asal Laporan; the rule file's SHA-256 in it is that of the file, and a
    row of `kind` is there."""
    name, cells = sheet
    if name != "Asal Laporan":
        fail(f"lembar terakhir {name!r}, bukan 'Asal Laporan'")
    rows = {}
    for (r, c), (_, value, _) in cells.items():
        rows.setdefault(r, {})[c] = value
    kinds = {row.get(0) for row in rows.values()}
    if kind not in kinds:
        fail(f"Asal Laporan tanpa baris {kind!r}: {sorted(k for k in kinds if k)}")
    with open(rules, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if not any(row.get(1) == rules and row.get(3) == digest for row in rows.values()):
        fail(f"Asal Laporan tidak memuat {rules} dengan SHA-256 {digest}")


if __name__ == "__main__":
    main()
