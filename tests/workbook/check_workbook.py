#!/usr/bin/env python3
"""One example's data as a workbook gives the figures of its CSV folder, byte for byte.

    check_workbook.py --ind IND --out DIR NAME RULES FOLDER

Builds DIR/NAME.xlsx from FOLDER's CSV files (make_workbook.py: one sheet per file, whole numbers
stored as numbers), twice (texts shared, as Excel writes them, and inline), and asserts that
`eval --format json` and `audit --format json` print exactly what they print over FOLDER, with
the same exit code, but for the provenance stamp ("asal"), which must name the workbook, with its
SHA-256, as the one data file. The period is given with --period, since a workbook has no folder
name.
"""
import hashlib
import json
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_workbook  # noqa: E402


def run(argv):
    r = subprocess.run(argv, capture_output=True, env=dict(os.environ, IND_STDLIB="stdlib"))
    return r.returncode, r.stdout


def split_stamp(text):
    """The JSON document without its "asal", and the data files "asal" lists."""
    document = json.loads(text)
    stamp = document.pop("asal", {})
    data = [(f.get("berkas"), f.get("sha256")) for f in stamp.get("berkas", [])
            if f.get("jenis") == "data"]
    return json.dumps(document, sort_keys=True), data


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ind", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("name")
    ap.add_argument("rules")
    ap.add_argument("folder")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    period = os.path.basename(os.path.normpath(args.folder))
    files = sorted(f for f in os.listdir(args.folder) if f.endswith(".csv"))
    sheets = [(f[:-4], make_workbook.read_csv(os.path.join(args.folder, f))) for f in files]
    failed = 0
    numbers = sum(1 for _, rows in sheets for row in rows[1:] for v in row
                  if make_workbook.WHOLE.fullmatch(v.strip()))
    if numbers == 0:
        print(f"{args.name}: no cell is stored as a number; the number path is not exercised")
        failed += 1
    for shared in (True, False):
        book = os.path.join(args.out, f"{args.name}{'-shared' if shared else '-inline'}.xlsx")
        make_workbook.write_workbook(book, sheets, shared)
        for command in ("eval", "audit"):
            want = run([args.ind, command, args.rules, "--data", args.folder, "--format", "json"])
            got = run([args.ind, command, args.rules, "--data", book, "--period", period,
                       "--format", "json"])
            if not want[1].strip():
                print(f"{args.name} {command}: no JSON over the CSV folder")
                failed += 1
                continue
            (got_body, got_data), (want_body, _) = split_stamp(got[1]), split_stamp(want[1])
            if got[0] != want[0] or got_body != want_body:
                print(f"{args.name} {command} {os.path.basename(book)}: differs from the CSV folder "
                      f"(exit {got[0]} against {want[0]})")
                failed += 1
            elif got_data != [(book, sha256(book))]:
                print(f"{args.name} {command} {os.path.basename(book)}: the stamp lists {got_data}, "
                      f"not the workbook and its SHA-256")
                failed += 1
            else:
                print(f"{args.name} {command} {os.path.basename(book)}: same {len(got_body)} bytes "
                      f"but the stamp, exit {got[0]}; the stamp names the workbook")
    print(f"{len(sheets)} sheets, {numbers} cells stored as numbers")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
