#!/usr/bin/env python3
"""Batch XLSX test: `ind eval|audit RULES_DIR --data ROOT --format xlsx --out FILE.xlsx` holds the
long table of `--format csv --locale en`, cell for cell, numbers as numbers.

    check_batch_xlsx.py --ind build/ind --out build/tests/batch

For eval and audit of rules/ over examples/: the workbook (read with python's zipfile through
tests/report/check_xlsx.py's reader) has one sheet, its title in the first row, the header in the
second, then each CSV row: a figure is a numeric cell holding the double nearest the CSV's exact
decimal, every other cell the CSV's text. The exit codes are those of the CSV runs (audit: 1, the
bundled reports have findings). `--format xlsx` without --out is refused (exit 2).
"""
import argparse
import csv
import io
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
        if len(sheets) != 1:
            fail(f"{command}: {len(sheets)} sheets, expected one")
            continue
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
    if failures:
        print(f"{len(failures)} failures")
        return 1
    print("ok: the batch workbooks hold the batch CSV tables")
    return 0


if __name__ == "__main__":
    sys.exit(main())
