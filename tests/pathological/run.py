#!/usr/bin/env python3
"""Pathological but valid (or merely misspelt) rule files, generated in a temporary folder.

Each case is a file no one would write by hand that once made `ind` run for minutes, exhaust
memory or never finish: a chain of rules each calling the previous one twice, a very long
unknown name, thousands of unknown names beside tens of thousands of constants, a `pilih` with
200 000 cases. Each must end with its expected exit code and output well inside generous
bounds (a time limit and, unless --no-memory-limit, an address-space limit). The bounds catch a
return of the runaway, not a slow machine: each case takes at most a few seconds of CPU
(IND_PATHOLOGICAL_TIMEOUT changes the time limit, e.g. to measure an older build).

    run.py --ind build/ind [CASE...]
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

# Seconds of CPU per command (IND_PATHOLOGICAL_TIMEOUT), and of waiting for it: CPU time, not
# the clock, is what a runaway spends, and the clock also counts other jobs on a busy machine.
TIME_LIMIT = int(os.environ.get("IND_PATHOLOGICAL_TIMEOUT", "30"))
WALL_LIMIT = 4 * TIME_LIMIT
MEMORY_LIMIT = 2 * 1024 ** 3  # bytes of address space


def rule_fan(folder, depth=40):
    """Rules r1..r40, each calling the previous twice: 2^40 calls unless calls are remembered."""
    lines = ['instansi "Contoh"', "", "aturan r0(x) = x"]
    lines += [f"aturan r{i}(x) = r{i - 1}(x) + r{i - 1}(x)" for i in range(1, depth + 1)]
    lines.append(f'nilai kipas "Kipas" = r{depth}(1)')
    path = os.path.join(folder, "kipas.ind")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    data = os.path.join(folder, "data", "2024")
    os.makedirs(data)
    with open(os.path.join(data, "realisasi.csv"), "w", encoding="utf-8") as f:
        f.write("indikator;periode;nilai\n")
    return path, data


def long_name(folder, length=100_000):
    """A misspelling of a 100 000-letter name, and an unknown name as long that resembles none."""
    path = os.path.join(folder, "nama_panjang.ind")
    with open(path, "w", encoding="utf-8") as f:
        f.write('instansi "Contoh"\n\n')
        f.write("tetapan " + "a" * length + ' "Panjang" = 1\n')
        f.write('nilai n "N" = ' + "a" * (length - 1) + "b + " + "b" * length + "\n")
    return path


def many_unknown(folder, constants=40_000, unknown=2_000):
    """2 000 unknown names beside 40 000 constants: a suggestion searches all the constants."""
    path = os.path.join(folder, "banyak_nama.ind")
    with open(path, "w", encoding="utf-8") as f:
        f.write('instansi "Contoh"\n\n')
        for i in range(constants):
            f.write(f'tetapan tetapan_{i:05d} "T" = {i}\n')
        for i in range(unknown):
            # As long as the constants' names and two edits from one of them, so that every
            # suggestion searches all 40 000.
            f.write(f'nilai n{i} "N" = tetapxy_{i:05d} + 1\n')
    return path


def many_cases(folder, cases=200_000):
    """A pilih with 200 000 keys: a check of repeated keys that compares each with all."""
    path = os.path.join(folder, "pilih_besar.ind")
    with open(path, "w", encoding="utf-8") as f:
        f.write('instansi "Contoh"\n\ntetapan kode "Kode" = "k7"\n')
        f.write('nilai dipilih "Dipilih" = pilih kode {\n')
        for i in range(cases):
            f.write(f'  "k{i}": {i}\n')
        f.write("  lainnya: 0\n}\n")
    return path


def run(ind, args, memory_limit):
    def limit():
        resource.setrlimit(resource.RLIMIT_CPU, (TIME_LIMIT, TIME_LIMIT))
        if memory_limit:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        p = subprocess.run([ind, "--color", "never"] + args, capture_output=True, text=True,
                           timeout=WALL_LIMIT, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        return None, "", f"did not end within {WALL_LIMIT} s", None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return p.returncode, p.stdout, p.stderr, cpu


def cases(folder):
    """name: (writes its files and gives the arguments, exit code, text the output must hold,
    text it must not hold)."""
    def fan(*extra):
        def build():
            path, data = rule_fan(folder)
            return [a.replace("FILE", path).replace("DATA", data) for a in extra]
        return build

    return {
        "rule_fan_check": (fan("check", "FILE"), 0, "tidak ada temuan", None),
        # 2^40 when every call is computed; remembered calls give the figure.
        "rule_fan_eval": (fan("eval", "FILE", "--data", "DATA", "--format", "json"), 0,
                          '"1099511627776"', None),
        # An explanation shows the first call of each rule and refers back to it after.
        "rule_fan_explain": (fan("explain", "FILE", "--data", "DATA", "kipas"), 0,
                             "aturan r39(1) = 549.755.813.888 (lihat di atas)", None),
        "long_name": (lambda: ["check", long_name(folder)], 2,
                      "mungkin maksud Anda '" + "a" * 100_000 + "'",
                      "nama '" + "b" * 100_000 + "' tidak dikenal\n   = saran"),
        "many_unknown": (lambda: ["check", many_unknown(folder)], 2,
                         "... dan 1980 temuan lain tidak ditampilkan", None),
        "many_unknown_all": (lambda: ["check", "--max-diagnostics", "0", many_unknown(folder)],
                             2, "mungkin maksud Anda 'tetapan_01999'", None),
        "many_cases": (lambda: ["check", many_cases(folder)], 0, "tidak ada temuan", None),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ind", required=True)
    parser.add_argument("--no-memory-limit", action="store_true",
                        help="for sanitizer builds, which reserve terabytes of address space")
    parser.add_argument("names", nargs="*")
    options = parser.parse_args()
    failed = 0
    for name in options.names or cases(""):
        with tempfile.TemporaryDirectory(prefix="ind-pathological-") as folder:
            build, code, must, must_not = cases(folder)[name]
            args = build()
            got, out, err, seconds = run(os.path.abspath(options.ind), args,
                                         not options.no_memory_limit)
            text = out + err
            problems = []
            if got != code:
                problems.append(f"exit {got}, expected {code}")
            if must not in text:
                problems.append(f"output lacks {must[:80]!r}")
            if must_not and must_not in text:
                problems.append(f"output holds {must_not[:80]!r}")
            spent = "no end" if seconds is None else f"{seconds:.2f} s of CPU"
            print(f"{name}: {spent}" + ("" if not problems else " FAILED: " +
                                        "; ".join(problems)))
            if problems:
                failed += 1
                print(text[-2000:], file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
