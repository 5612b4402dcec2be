#!/usr/bin/env python3
"""Batch XLSX test: `ind eval|audit RULES_DIR --data ROOT --format xlsx --out FILE.xlsx` holds the
long table of `--format csv --locale en`, cell for cell, numbers as numbers.

    check_batch_xlsx.py --ind build/ind --out build/tests/batch

For eval and audit of rules/ over examples/: the workbook (read with python's zipfile through
tests/report/check_xlsx.py's reader) has one sheet, its title in the first row, the header in the
second, then each CSV row: a figure is a numeric cell holding the double nearest the CSV's exact
decimal, every other cell the CSV's text. Then, for audit, the sheet Putusan holding the JSON's
putusan, and last the sheet Gagal of the failed runs (none here; a batch of tests/golden/batch
with a broken run lists it). The exit codes are those of the CSV runs (audit: 1, the
bundled reports have findings). `--format xlsx` without --out is refused (exit 2).
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "report"))
from check_xlsx import NUMBER, read_workbook  # noqa: E402

failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def run(ind, args):
    return subprocess.run([ind] + args, capture_output=True, text=True, timeout=600)


def sheet_rows(cells):
    """The rows under the title and the header, each a list of cell values."""
    last = max((r for r, _ in cells), default=1)
    width = max((c for _, c in cells), default=-1) + 1
    return [[cells.get((r, c), (None, None))[1] for c in range(width)] for r in range(2, last + 1)]


def check_verdicts(ind, base, sheet):
    """The sheet Putusan holds the JSON's putusan, one row per run, counts as numbers."""
    name, cells = sheet[0], sheet[1]
    verdicts = json.loads(run(ind, base + ["--format", "json"]).stdout)["putusan"]
    header = [cells.get((1, c), (None, None))[1] for c in range(10)]
    keys = ["diperiksa", "cocok", "tidak_cocok", "kesalahan_asal", "akibat",
            "tempat_tidak_cocok", "syarat_tidak_terpenuhi"]
    if header[:3] != ["Aturan", "Instansi", "Periode"] or len([h for h in header if h]) != 10:
        fail(f"{name}: header {header}")
    got = sheet_rows(cells)
    want = [[v["aturan"], v["instansi"], v["periode"]] + [v[k] for k in keys] for v in verdicts]
    got = [row[:3] + [int(x) if x is not None else None for x in row[3:]] for row in got]
    if got != want or not want:
        fail(f"{name}: {got} != the JSON's putusan {want}")
    else:
        print(f"audit: {len(want)} verdicts, as the JSON's putusan")


def check_failures(what, sheet, want):
    """The sheet Gagal: a header, then one row per failed run (rule file, period, first error)."""
    name, cells = sheet[0], sheet[1]
    header = [cells.get((1, c), (None, None))[1] for c in range(3)]
    if header != ["Aturan", "Periode", "Galat"]:
        fail(f"{what} {name}: header {header}")
    got = [row[:2] for row in sheet_rows(cells)]
    if got != want:
        fail(f"{what} {name}: failed runs {got}, expected {want}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ind", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for command in ("eval", "audit"):
        book = os.path.join(args.out, f"{command}-semua.xlsx")
        if os.path.exists(book):
            os.remove(book)
        base = [command, "rules", "--data", "examples"]
        table = run(args.ind, base + ["--format", "csv", "--locale", "en"])
        written = run(args.ind, base + ["--format", "xlsx", "--out", book])
        if written.returncode != table.returncode or table.returncode not in (0, 1):
            fail(f"{command}: exit {written.returncode} (xlsx), {table.returncode} (csv): "
                 f"{written.stderr[-1000:]}")
            continue
        refused = run(args.ind, base + ["--format", "xlsx"])
        if refused.returncode != 2 or "--out" not in refused.stderr:
            fail(f"{command} --format xlsx without --out: exit {refused.returncode}")
        rows = list(csv.reader(io.StringIO(table.stdout)))
        sheets = read_workbook(book)
        names = [s[0] for s in sheets]
        expected = ["Audit", "Putusan", "Gagal"] if command == "audit" else ["Gabungan", "Gagal"]
        if names != expected:
            fail(f"{command}: sheets {names}, expected {expected}")
            continue
        if command == "audit":
            check_verdicts(args.ind, base, sheets[1])
        check_failures(command, sheets[-1], [])
        name, cells = sheets[0]
        numbers = 0
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                got = cells.get((r + 1, c))
                if text == "":
                    if got is not None:
                        fail(f"{command} {name}!{r + 2},{c + 1}: {got} where the CSV is empty")
                    continue
                if got is None:
                    fail(f"{command} {name} row {r + 2} column {c + 1}: missing, CSV {text!r}")
                elif got[0] == "n":
                    numbers += 1
                    if not NUMBER.fullmatch(text) or float(text) != float(got[1]):
                        fail(f"{command} {name} row {r + 2} column {c + 1}: {got[1]}, CSV {text!r}")
                elif got[1] != text:
                    fail(f"{command} {name} row {r + 2} column {c + 1}: {got[1]!r}, CSV {text!r}")
        if (1, 0) not in cells or cells[(0, 0)][1] == "":
            fail(f"{command}: no title and header")
        if numbers == 0:
            fail(f"{command}: no numeric cell")
        print(f"{command}: {len(rows) - 1} rows, {numbers} numeric cells, as the CSV")
    # A batch with a run that fails: the sheet Gagal lists it, with its first error.
    book = os.path.join(args.out, "gagal.xlsx")
    if os.path.exists(book):
        os.remove(book)
    golden = os.path.join("tests", "golden", "batch")
    written = run(args.ind, ["eval", os.path.join(golden, "rules"), "--data", os.path.join(golden, "data"),
                             "--period", "2024", "--format", "xlsx", "--out", book])
    if written.returncode != 2:
        fail(f"eval with a broken run: exit {written.returncode}, expected 2")
    else:
        sheets = read_workbook(book)
        check_failures("eval", sheets[-1], [["rusak", "2024"]])
        errors = [row[2] for row in sheet_rows(sheets[-1][1])]
        if not errors or "error[" not in (errors[0] or ""):
            fail(f"Gagal: the first error is missing: {errors}")
    if failures:
        print(f"{len(failures)} failures")
        return 1
    print("ok: the batch workbooks hold the batch CSV tables")
    return 0


if __name__ == "__main__":
    sys.exit(main())
