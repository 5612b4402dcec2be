#!/usr/bin/env python3
"""The roster limits (lang/limits.hpp: max_roster_row_bytes, max_roster_groups), on rosters too
large to keep in the repository: each case generates its roster in a temporary folder, runs
`ind eval` with one and with three threads, and compares stdout, stderr and the exit code with
tests/roster/limits/CASE.out (the folder shown as $DATA). Both thread counts must give the same.

    limits.py --ind build/ind [--update]
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MIB = 1024 * 1024
GROUPS = 100000  # lang::limits::max_roster_groups

RULES = """instansi "Uji batas roster"

tabel roster "roster.csv" "Roster uji" {
  pemisah ";"
  kolom nip teks
  kolom unit teks
  kolom nilai desimal
}

nilai banyak "Banyak pegawai" = hitung(roster)
nilai per_nip "Banyak baris per NIP" = hitung(roster menurut roster.nip)
"""


def row(nip, unit="UK001", value="1,50"):
    return f"{nip};{unit};{value}\n"


def groups(n):
    # Each NIP twice, the second time far later, so that parts see groups begun elsewhere.
    rows = [row(f"N{i:07d}") for i in range(n)]
    return "".join(rows[: n // 2] + rows + rows[n // 2:])


CASES = {
    # A row of more than 1 MiB: a cell this long is not a roster's.
    "row_too_long": "nip;unit;nilai\n" + row("A") * 3 + row("B", "U" * (MIB + 10)) + row("C"),
    # A quote left open: the row would run to the end of the file.
    "quote_left_open": "nip;unit;nilai\n" + row("A") * 3 + 'B;"UK002;1,50\n' + row("C") * 100000,
    # One group more than the limit: the row that begins it is named, whatever the parts.
    "groups_too_many": "nip;unit;nilai\n" + groups(GROUPS + 1),
    # Exactly the limit: read.
    "groups_at_limit": "nip;unit;nilai\n" + groups(GROUPS),
}


def run(ind, folder, threads):
    p = subprocess.run([ind, "eval", os.path.join(folder, "aturan.ind"), "--data",
                        os.path.join(folder, "roster.csv"), "--format", "json", "--threads",
                        str(threads)], capture_output=True, timeout=300)
    text = lambda b: b.decode("utf-8", "replace").replace(folder, "$DATA")
    stdout = text(p.stdout)
    if len(stdout) > 4000:  # a report of every group: its size and how many groups
        groups = stdout.count('"kelompok"')
        stdout = f"({len(stdout)} byte, {groups} kelompok)\n"
    return f"--- stdout\n{stdout}--- stderr\n{text(p.stderr)}--- exit {p.returncode}\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ind", required=True)
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args()
    ind = os.path.abspath(args.ind)
    # Reports are compared byte for byte: their provenance stamp must not carry the clock time.
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    failures = []
    for name, data in CASES.items():
        with tempfile.TemporaryDirectory(prefix="ind-roster-limit-") as folder:
            with open(os.path.join(folder, "aturan.ind"), "w") as f:
                f.write(RULES)
            with open(os.path.join(folder, "roster.csv"), "w") as f:
                f.write(data)
            one = run(ind, folder, 1)
            three = run(ind, folder, 3)
        expected_path = os.path.join(HERE, "limits", name + ".out")
        if one != three:
            failures.append(f"{name}: 1 and 3 threads differ:\n{one[:600]}\n---\n{three[:600]}")
        if args.update:
            with open(expected_path, "w") as f:
                f.write(one)
            continue
        expected = open(expected_path).read() if os.path.exists(expected_path) else None
        if one != expected:
            failures.append(f"{name}: output differs from {expected_path}:\n{one[:1500]}")
    for f in failures:
        print(f, file=sys.stderr)
    print(f"{'FAILED' if failures else 'ok'}: {len(failures)} case(s)", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
