#!/usr/bin/env python3
"""`ind template` test: the template of a rule file, filled with an example's data, evaluates to
the example's figures.

    check_template.py --ind build/ind --rules rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024

In a fresh temporary folder: `ind template RULES --period P --out tpl/` (P the data folder's name),
then every file of the template is filled from the example's file of the same name:
  - a table: the template's header must name exactly the example's columns (in any order); the
    example's rows are written in the template's column order;
  - realisasi: each template row (indikator, periode) takes the example's value; the example's own
    rows that the template does not list fail the test (the template missed a figure the report
    reads); rows of other bodies (pembanding) are added, since no template can know them;
  - anggaran: each code of the template must be in the example; the example's lines are written
    in their order (the lines above and below the codes are the filler's to add);
  - tercetak: each template row takes the example's printed value and location; the example's
    rows for an indicator's figures of the period that the template does not list fail the test.
Checked: `eval --format json` of the filled folder equals the example's (without the provenance
block, whose hashes name the files), and `audit --format json` finds the same number of figures,
matches and findings. A second run of `ind template` into the filled folder is refused (exit 2)
and changes nothing.

Then the same as a workbook: `ind template RULES --period P --out tpl.xlsx`, read with zipfile,
must hold one sheet per file of the CSV template, named like it without `.csv`, with the same
cells (one template model, two writers). Its sheets are filled by the same rules and written as a
workbook (tests/workbook/make_workbook.py), and `eval`/`audit --data filled.xlsx --period P` must
give the example's figures and verdict as above. A second template over the workbook is refused.
With --lembar, the rule file is first copied with `lembar "Isi <file>"` after the file of every
data declaration: the workbook's sheets must then be named so, and be read from there (a folder
still reads the files). Exit 0 when all hold.
"""
import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "workbook"))
import make_workbook  # noqa: E402

failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def read(path):
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    delimiter = ";" if text.split("\n", 1)[0].count(";") >= text.split("\n", 1)[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return delimiter, rows[0], [r for r in rows[1:] if r]


def write(path, delimiter, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def by_name(header, row):
    return {h.strip(): (row[i] if i < len(row) else "") for i, h in enumerate(header)}


def fill_table(name, template, example):
    _, t_header, _ = template
    delimiter, e_header, e_rows = example
    if sorted(h.strip() for h in t_header) != sorted(h.strip() for h in e_header):
        fail(f"{name}: template columns {t_header} are not the example's {e_header}")
        return None
    return t_header, [[by_name(e_header, r)[h.strip()] for h in t_header] for r in e_rows]


def fill_realisasi(name, template, example, period):
    _, t_header, t_rows = template
    _, e_header, e_rows = example
    given = {}
    extra = []
    for r in e_rows:
        cells = by_name(e_header, r)
        if cells.get("pembanding", ""):
            extra.append(cells)
        else:
            given[(cells["indikator"], cells["periode"])] = cells
    listed = set()
    rows = []
    for r in t_rows:
        cells = by_name(t_header, r)
        key = (cells["indikator"], cells["periode"])
        listed.add(key)
        if key in given:
            cells["nilai"] = given[key]["nilai"]
        rows.append([cells[h] for h in t_header])
    for key in given:
        if key not in listed:
            fail(f"{name}: the example has realisasi {key[0]} {key[1]}, the template no row for it")
    rows += [[cells.get(h, "") for h in t_header] for cells in extra]
    return t_header, rows


def fill_budget(name, template, example):
    _, t_header, t_rows = template
    _, e_header, e_rows = example
    codes = {by_name(e_header, r)["kode"] for r in e_rows}
    for r in t_rows:
        if by_name(t_header, r)["kode"] not in codes:
            fail(f"{name}: the template lists code {r[0]}, which the example's budget lacks")
    return t_header, [[by_name(e_header, r).get(h, "") for h in t_header] for r in e_rows]


def fill_printed(name, template, example, period, indicators):
    _, t_header, t_rows = template
    _, e_header, e_rows = example
    given = {}
    for r in e_rows:
        cells = by_name(e_header, r)
        when = cells.get("periode", "") or period
        given.setdefault((cells["objek"], cells["besaran"], when), []).append(cells)
    rows, listed = [], set()
    for r in t_rows:
        cells = by_name(t_header, r)
        key = (cells["objek"], cells["besaran"], cells["periode"])
        listed.add(key)
        for found in given.get(key, [{}])[:1]:
            cells["nilai"] = found.get("nilai", "")
            cells["lokasi"] = found.get("lokasi", "")
        rows.append([cells[h] for h in t_header])
    for key, found in given.items():
        if key in listed:
            found = found[1:]  # the same figure printed in several places
        elif key[0] in indicators and key[2] == period:
            fail(f"{name}: the example prints {key[0]} {key[1]} {key[2]}, the template has no row")
        rows += [[cells.get(h, "") if h != "periode" else key[2] for h in t_header]
                 for cells in found]
    return t_header, rows


def run(ind, args):
    return subprocess.run([ind] + args, capture_output=True, text=True, timeout=300)


def without_provenance(text):
    document = json.loads(text)
    if isinstance(document, dict):
        document.pop("asal", None)
    return document


MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def column_number(ref):
    n = 0
    for ch in ref:
        if not ch.isalpha():
            break
        n = n * 26 + ord(ch.upper()) - ord("A") + 1
    return n


def read_xlsx(path):
    """{sheet name: rows of cell texts}, read with the standard library only."""
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        strings = []
        if "xl/sharedStrings.xml" in names:
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(MAIN + "si"):
                strings.append("".join(t.text or "" for t in si.iter(MAIN + "t")))
        rels = {r.get("Id"): r.get("Target")
                for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
        sheets = {}
        for sheet in ET.fromstring(z.read("xl/workbook.xml")).iter(MAIN + "sheet"):
            target = rels[sheet.get(REL + "id")].lstrip("/")
            part = target if target.startswith("xl/") else "xl/" + target
            rows = []
            for row in ET.fromstring(z.read(part)).iter(MAIN + "row"):
                r = int(row.get("r")) - 1
                while len(rows) <= r:
                    rows.append([])
                for c in row.iter(MAIN + "c"):
                    col = column_number(c.get("r")) - 1
                    kind = c.get("t", "n")
                    v = c.find(MAIN + "v")
                    if kind == "s":
                        text = strings[int(v.text)]
                    elif kind == "inlineStr":
                        text = "".join(t.text or "" for t in c.iter(MAIN + "t"))
                    else:
                        text = v.text if v is not None else ""
                    cells = rows[r]
                    cells.extend([""] * (col + 1 - len(cells)))
                    cells[col] = text
            sheets[sheet.get("name")] = rows
        return sheets


def fill_all(template, data, period):
    """The template {file name: (delimiter, header, rows)} filled from the example's files."""
    filled = {}
    indicators = set()
    for name in sorted(template):
        source = os.path.join(data, name)
        if not os.path.exists(source):
            fail(f"{name}: the template writes a file the example does not have")
            continue
        example = read(source)
        if name == "realisasi.csv":
            result = fill_realisasi(name, template[name], example, period)
            indicators = {row[0] for row in template[name][2]}
        elif name == "anggaran.csv":
            result = fill_budget(name, template[name], example)
        elif name == "tercetak.csv":
            continue  # filled last, once the indicators are known
        else:
            result = fill_table(name, template[name], example)
        if result:
            filled[name] = (template[name][0],) + tuple(result)
    for name in os.listdir(data):
        if name.endswith(".csv") and name not in template:
            fail(f"{name}: the example has it, the template does not")
    if "tercetak.csv" in template:
        filled["tercetak.csv"] = (template["tercetak.csv"][0],) + tuple(fill_printed(
            "tercetak.csv", template["tercetak.csv"], read(os.path.join(data, "tercetak.csv")),
            period, indicators))
    return filled


def same_figures(ind, rules, data, filled, period, label):
    """eval and audit of `filled` against those of the example's folder."""
    for command in (["eval", "--format", "json"], ["audit", "--format", "json"]):
        mine = run(ind, [command[0], rules, "--data", filled, "--period", period] + command[1:])
        theirs = run(ind, [command[0], rules, "--data", data, "--period", period] + command[1:])
        if mine.returncode != theirs.returncode:
            fail(f"{label} {command[0]}: exit {mine.returncode} filled, {theirs.returncode} "
                 f"example: {mine.stderr[-2000:]}")
            continue
        a, b = without_provenance(mine.stdout), without_provenance(theirs.stdout)
        if command[0] == "eval":
            if a != b:
                fail(f"{label} eval: the filled template gives other figures than the example")
            else:
                print(f"{label}: eval gives the example's {len(json.dumps(a))} bytes of JSON")
        if command[0] == "audit":
            a, b = a.get("putusan", {}), b.get("putusan", {})
            print(f"{label}: audit of the filled template: {a.get('diperiksa')} figures checked, "
                  f"{a.get('tidak_cocok')} not matching")
            for key in ("diperiksa", "tidak_cocok", "kesalahan_asal", "akibat", "tempat_tidak_cocok"):
                if key not in a or a.get(key) != b.get(key):
                    fail(f"{label} audit: {key} {a.get(key)} filled, {b.get(key)} example")


def check_folder(ind, rules, data, period, root):
    """The CSV template; its unfilled files, {name: (delimiter, header, rows)}."""
    folder = os.path.join(root, "tpl")
    r = run(ind, ["template", rules, "--period", period, "--out", folder + "/"])
    if r.returncode != 0:
        fail(f"ind template: exit {r.returncode}: {r.stderr}")
        return None
    template = {name: read(os.path.join(folder, name)) for name in os.listdir(folder)}
    for name, (delimiter, header, rows) in fill_all(template, data, period).items():
        write(os.path.join(folder, name), delimiter, header, rows)
    before = {n: open(os.path.join(folder, n), "rb").read() for n in os.listdir(folder)}
    again = run(ind, ["template", rules, "--period", period, "--out", folder + "/"])
    if again.returncode != 2 or "tidak menimpa" not in again.stderr:
        fail(f"a second template into the filled folder: exit {again.returncode} {again.stderr}")
    if {n: open(os.path.join(folder, n), "rb").read() for n in os.listdir(folder)} != before:
        fail("a refused template changed the folder")
    same_figures(ind, rules, data, folder, period, "CSV folder")
    return template


# The sheet a data file stands for: named like it without .csv, or "Isi <name>" with --lembar.
SHEET_PREFIX = ""


def sheet_of(name):
    return SHEET_PREFIX + name[:-4]


def with_sheets(rules, root):
    """A copy of `rules` whose data declarations name their sheets: lembar "Isi <file>"."""
    text = open(rules, encoding="utf-8").read()
    declared = r'^((?:tabel [a-z0-9_]+|realisasi|anggaran|tercetak) "([^"]+)\.csv")'
    text, n = re.subn(declared, lambda m: f'{m.group(1)} lembar "Isi {m.group(2)}"', text, flags=re.M)
    if n == 0:
        fail(f"{rules}: no data declaration to name a sheet in")
    copy = os.path.join(root, os.path.basename(rules))
    with open(copy, "w", encoding="utf-8") as f:
        f.write(text)
    return copy


def check_workbook(ind, rules, data, period, root, csv_template):
    book = os.path.join(root, "tpl.xlsx")
    r = run(ind, ["template", rules, "--period", period, "--out", book])
    if r.returncode != 0:
        fail(f"ind template --out tpl.xlsx: exit {r.returncode}: {r.stderr}")
        return
    sheets = read_xlsx(book)
    if sorted(sheets) != sorted(sheet_of(name) for name in csv_template):
        fail(f"workbook sheets {sorted(sheets)}, CSV template files {sorted(csv_template)}")
        return
    template = {}
    for name, (delimiter, header, rows) in csv_template.items():
        cells = [row for row in sheets[sheet_of(name)] if any(c != "" for c in row)]
        width = len(header)
        cells = [row + [""] * (width - len(row)) for row in cells]
        wanted = [header] + [row + [""] * (width - len(row)) for row in rows]
        if cells != wanted:
            fail(f"sheet {sheet_of(name)} holds other cells than {name} of the CSV template")
        template[name] = (delimiter, cells[0], cells[1:])
    print(f"workbook template: {len(sheets)} sheets, the cells of the CSV template's files")
    filled = fill_all(template, data, period)
    book_filled = os.path.join(root, "filled.xlsx")
    make_workbook.write_workbook(
        book_filled, [(sheet_of(name), [header] + rows) for name, (_, header, rows) in filled.items()],
        True)
    before = open(book, "rb").read()
    again = run(ind, ["template", rules, "--period", period, "--out", book])
    if again.returncode != 2 or "tidak menimpa" not in again.stderr:
        fail(f"a second template over the workbook: exit {again.returncode} {again.stderr}")
    if open(book, "rb").read() != before:
        fail("a refused template changed the workbook")
    same_figures(ind, rules, data, book_filled, period, "XLSX workbook")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ind", required=True)
    parser.add_argument("--rules", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--lembar", action="store_true",
                        help="name every data declaration's sheet (lembar) in a copy of the rules")
    args = parser.parse_args()
    global SHEET_PREFIX
    ind = os.path.abspath(args.ind)
    period = os.path.basename(os.path.normpath(args.data))
    root = tempfile.mkdtemp(prefix="ind-template-")
    try:
        rules = args.rules
        if args.lembar:
            SHEET_PREFIX = "Isi "
            rules = with_sheets(args.rules, root)
        template = check_folder(ind, rules, args.data, period, root)
        if template is not None:
            check_workbook(ind, rules, args.data, period, root, template)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if failures:
        print(f"{len(failures)} failures")
        return 1
    print(f"ok: the template of {args.rules}, as a folder and as a workbook, filled with "
          f"{args.data}, gives its figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
