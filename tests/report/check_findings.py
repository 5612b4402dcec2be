#!/usr/bin/env python3
"""Audit findings in the report: every figure `ind audit` finds wrong is listed and marked.

    check_findings.py --ind build/ind NAME RULES DATA

Runs `ind audit --format json` and `ind audit --format md` on one example and checks that
  - the Markdown report is titled "Audit: ..." and opens with the table Putusan audit, whose
    counts are the JSON's "putusan" (and agree with its "angka"),
  - the report's table Catatan Temuan (before Asal laporan) has one row per finding of the JSON (its
    "angka" whose "cocok" is false, each "temuan" number once: a figure printed wrong in several
    places is one finding), numbered as the JSON numbers them, each with the location of the
    finding's first place, followed by its other places,
  - each finding is marked [n] in the tables above it, unless its row says the figure is shown
    in no table ("tidak ditampilkan di tabel"), and then it is marked nowhere; only a figure of
    another period than the one evaluated may be shown in no table (every figure of the period
    is in some table: a finding that is not marked was hung on the wrong cell),
  - no marker names a finding that is not listed.
"""
import argparse
import json
import re
import subprocess
import sys


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def cells(line):
    """The cells of a Markdown table row, with their backslash escapes undone."""
    parts = re.split(r"(?<!\\) \| ", line.strip()[2:-2])
    return [re.sub(r"\\(.)", r"\1", p) for p in parts]


def same_computed(shown, item):
    """The computed figure as the table shows it (Indonesian separators, or "tidak tersedia
    (sebab)") against the JSON's exact decimal, label or null."""
    if item["dihitung"] is None:
        return shown == f"tidak tersedia ({item.get('sebab', '')})"
    if re.fullmatch(r"-?[0-9.]+(,[0-9]+)?", shown):
        return shown.replace(".", "").replace(",", ".") == item["dihitung"]
    return shown == item["dihitung"]  # a label


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ind", required=True)
    ap.add_argument("name")
    ap.add_argument("rules")
    ap.add_argument("data")
    args = ap.parse_args()
    base = [args.ind, "audit", args.rules, "--data", args.data]

    run = subprocess.run(base + ["--format", "json"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        fail(f"ind audit --format json keluar dengan {run.returncode}:\n{run.stderr}")
    audit = json.loads(run.stdout)
    mismatches = []  # the first place of each finding
    later = {}       # finding -> the locations of its other places
    for a in audit["angka"]:
        if a["cocok"]:
            continue
        if a["temuan"] in later:
            later[a["temuan"]].append(a["lokasi"])
        else:
            later[a["temuan"]] = []
            mismatches.append(a)

    run = subprocess.run(base + ["--format", "md"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        fail(f"ind audit --format md keluar dengan {run.returncode}:\n{run.stderr}")
    report = run.stdout
    # The audited report says it is an audit and opens with the verdict of `ind audit --format json`.
    if not report.startswith("## Audit: "):
        fail(f"laporan audit tidak berjudul 'Audit: ...': {report.splitlines()[0]!r}")
    if not report.split("\n### ")[1].startswith("Putusan audit\n"):
        fail("tabel pertama laporan audit bukan Putusan audit")
    verdict_table = report.split("\n### ")[1]
    counts = {row[0]: int(row[1]) for row in
              (cells(line) for line in verdict_table.splitlines()
               if line.startswith("| ") and not line.startswith(("| Putusan |", "| ---")))}
    verdict = audit["putusan"]
    expected = {"Angka tercetak diperiksa": verdict["diperiksa"],
                "Cocok pada ketelitian cetaknya": verdict["cocok"],
                "Tidak cocok (temuan)": verdict["tidak_cocok"],
                "Kesalahan asal laporan": verdict["kesalahan_asal"],
                "Akibat dari kesalahan lain": verdict["akibat"],
                "Tempat angka yang tidak cocok tercetak": verdict["tempat_tidak_cocok"]}
    if counts != expected:
        fail(f"Putusan audit {counts}, ind audit --format json {expected}")
    if verdict["diperiksa"] != len(audit["angka"]) or \
            verdict["cocok"] != sum(a["cocok"] for a in audit["angka"]):
        fail(f"putusan {verdict} tidak sesuai dengan {len(audit['angka'])} angka")
    head, found, notes = report.partition("\n### Catatan Temuan\n")
    notes = notes.split("\n### ")[0]  # the tables after it (Asal laporan) are not findings
    if not mismatches:
        if found or re.search(r"\[\d+\]", report):
            fail("tidak ada temuan, tetapi laporan memuat Catatan Temuan atau tanda [n]")
        print(f"ok: {args.name}: tanpa temuan")
        return
    if not found:
        fail(f"{len(mismatches)} temuan, tetapi laporan tidak memuat Catatan Temuan")
    rows = [cells(line) for line in notes.splitlines()
            if line.startswith("| ") and not line.startswith(("| No |", "| ---"))]
    if len(rows) != len(mismatches):
        fail(f"Catatan Temuan memuat {len(rows)} temuan, ind audit --format json {len(mismatches)}")
    marked = {int(n) for n in re.findall(r"\[(\d+)\]", head)}
    shown = 0
    for i, (row, item) in enumerate(zip(rows, mismatches), 1):
        if row[0] != str(i):
            fail(f"baris ke-{i} Catatan Temuan bernomor {row[0]}")
        if item["temuan"] != i:
            fail(f"temuan ke-{i} JSON bernomor {item['temuan']}")
        where = "; juga ".join([item["lokasi"]] + later.get(item["temuan"], []))
        if row[1] != where:
            fail(f"temuan {i}: lokasi {row[1]!r}, JSON {where!r}")
        if row[3] != item["tercetak_teks"] or not same_computed(row[4], item):
            fail(f"temuan {i}: tercetak/dihitung {row[3]!r}/{row[4]!r}, JSON "
                 f"{item['tercetak_teks']!r}/{item['dihitung']!r}")
        nowhere = row[-1] == "tidak ditampilkan di tabel"
        if nowhere and i in marked:
            fail(f"temuan {i} ditandai, tetapi tercatat tidak ditampilkan di tabel")
        if nowhere and item["periode"] == audit["periode"]:
            fail(f"temuan {i} ({item['lokasi']}, {item['besaran']}) dari periode {audit['periode']} "
                 "tidak ditandai di tabel mana pun")
        if not nowhere and i not in marked:
            fail(f"temuan {i} ({item['lokasi']}) tidak ditandai di tabel mana pun")
        shown += not nowhere
    stray = sorted(n for n in marked if n > len(rows))
    if stray:
        fail(f"tanda tanpa temuan: {stray}")
    print(f"ok: {args.name}: {len(rows)} temuan, {shown} ditandai di tabel, "
          f"{len(rows) - shown} tidak ditampilkan")


if __name__ == "__main__":
    main()
