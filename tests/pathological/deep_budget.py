#!/usr/bin/env python3
"""Deep budget codes: a budget file of 12 800 lines whose codes go 64 levels deep (the limit,
lang/limits.hpp max_budget_levels) is evaluated in well under the generous bound below, with
every total right; one line deeper, or 20 000 levels deep, is refused with a located E-BATAS
and never crashes. Totals used to be recomputed per line from every line (cubic time) and the
pagu before the change recursively (a stack overflow at 20 000 levels).

    deep_budget.py --ind build/ind
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RULES = os.path.join(ROOT, "tests", "golden", "errors", "base.ind")
BOUND_SECONDS = 30  # generous: the run takes a fraction of a second
LEVELS = 64
PROGRAMS = 200


def budget(folder, rows):
    with open(os.path.join(folder, "skor.csv"), "w", encoding="utf-8") as f:
        f.write("unsur;nilai\nSatu;40,5\nDua;41,25\n")
    with open(os.path.join(folder, "anggaran.csv"), "w", encoding="utf-8") as f:
        f.write("kode;nama;pagu;realisasi\n")
        f.writelines(rows)


def run(ind, folder):
    return subprocess.run([ind, "eval", RULES, "--data", folder, "--period", "2024",
                           "--format", "json"], capture_output=True, text=True,
                          timeout=BOUND_SECONDS, cwd=ROOT)


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ind", required=True)
    ind = os.path.abspath(parser.parse_args().ind)
    with tempfile.TemporaryDirectory() as tmp:
        # Each program is a chain 64 levels deep; only the deepest line of a chain has nothing
        # below it, so each level's total is that line's pagu (p) and realisasi (p - 1).
        rows = []
        for p in range(1, PROGRAMS + 1):
            code = str(p)
            for level in range(1, LEVELS + 1):
                rows.append(f"{code};Tingkat {level};{p * 1000};{p * 1000 - 1}\n")
                code += ".1"
        deep = os.path.join(tmp, "deep")
        os.mkdir(deep)
        budget(deep, rows)
        result = run(ind, deep)
        if result.returncode != 0:
            fail(f"exit {result.returncode} at the limit: {result.stderr[:2000]}")
        report = json.loads(result.stdout)["anggaran"]
        pagu = sum(p * 1000 for p in range(1, PROGRAMS + 1))
        if report["pagu"] != str(pagu) or report["realisasi"] != str(pagu - PROGRAMS):
            fail(f"totals {report['pagu']} / {report['realisasi']}, expected {pagu}")
        lines = report["rincian"]
        if len(lines) != PROGRAMS * LEVELS:
            fail(f"{len(lines)} budget lines shown, expected {PROGRAMS * LEVELS}")
        if any(line["pagu"] != str(int(line["kode"].split(".")[0]) * 1000) for line in lines):
            fail("a line's total is not the pagu of the line at the bottom of its chain")

        for levels in (LEVELS + 1, 20000):
            over = os.path.join(tmp, f"over-{levels}")
            os.mkdir(over)
            budget(over, rows[:LEVELS] + [".".join(["1"] * levels) + ";Terlalu dalam;5;5\n"])
            result = run(ind, over)
            expected = f"anggaran.csv:{LEVELS + 2}:1: error[E-BATAS]: kode anggaran"
            if result.returncode != 2 or expected not in result.stderr:
                fail(f"{levels} levels: exit {result.returncode}, stderr {result.stderr[:2000]}")
    print("ok")


if __name__ == "__main__":
    main()
