#!/usr/bin/env python3
"""Roster results must not depend on how many threads read the file.

Generates rosters (a few tens of MB in all, in a temporary folder) with a byte-order mark, CRLF
line ends, quoted cells holding line breaks, escaped quotes and delimiters, long multi-line cells
lying across the points where the engine cuts the file for 2 to 16 threads, and, in some,
rows that do not read or a stray quote. Each is evaluated with --threads 1 to 16 under both
--on-error modes, with --rows; stdout, stderr, the exit code and the --rows file must be the same
bytes for every thread count. With one thread, the figures must be those of the rows generated
and the messages must name the lines where the bad rows are.

    differential.py --ind build/ind [--threads 16]
"""
import argparse
import collections
import decimal
import json
import os
import random
import subprocess
import sys
import tempfile

RULES = """instansi "Uji roster"

tabel roster "roster.csv" "Roster uji" {
  pemisah ";"
  kolom nip teks
  kolom jenis teks
  kolom alamat teks
  kolom unit teks
  kolom nilai desimal
  kolom skor = nilai * 2
}

nilai banyak "Banyak pegawai" = hitung(roster)
nilai total "Jumlah skor" = jumlah(roster.skor)
nilai tertinggi "Nilai tertinggi" = maks(roster.nilai)
nilai unit "Banyak unit" = hitung_unik(roster.unit)
nilai per_jenis "Rata skor per jenis" = rata(roster.skor menurut roster.jenis) bulat 2
nilai per_unit "Banyak pegawai per unit" = hitung(roster menurut roster.unit)
nilai tengah "Median nilai" = median(roster.nilai)
nilai sering "Modus nilai" = modus(roster.nilai)
nilai sering_skor "Modus skor per jenis" = modus(roster.skor menurut roster.jenis)
nilai tengah_skor "Median skor PNS per unit" = median(roster.skor dengan jenis = "PNS" menurut roster.unit)
"""

PART = 1024 * 1024  # the engine's smallest part (runtime/roster/engine.cpp, min_part_bytes)


def cuts(length, threads):
    """Offsets (from the body's start) where the engine cuts a body of `length` bytes."""
    out = set()
    for n in range(2, threads + 1):
        parts = max(1, min(length // PART, n))
        for i in range(1, parts):
            out.add(length * i // parts)
    return sorted(out)


def address(rng, long):
    if long:
        # Longer than the distance the cut may move while the body is generated: the cut falls
        # inside the quotes, most often just before one of its line breaks.
        lines = [f"Blok {k} \"\"Griya\"\"; RT {rng.randint(1, 20):02d}" for k in range(120)]
        return '"' + "\r\n".join(lines) + '"'
    if rng.random() < 0.1:
        return f'"Jl. Melati {rng.randint(1, 99)}\r\nRT {rng.randint(1, 20):02d}; Kel. ""Sukamaju"""'
    if rng.random() < 0.1:
        return f'"Jl. Kenanga; No. {rng.randint(1, 99)}"'
    return f"Jl. Mawar {rng.randint(1, 200)}"


def roster(seed, size, threads, bad, stray):
    """The file's bytes, and the facts a one-thread run must report."""
    rng = random.Random(seed)
    header = "\ufeffnip;jenis;alamat;unit;nilai\r\n".encode()
    targets = cuts(size, threads)
    body = bytearray()
    facts = {"rows": 0, "sum": 0, "max": 0, "units": set(), "bad_lines": [],
             "cents": collections.Counter()}
    line = 2
    bad_from = size * 55 // 100
    next_bad = bad_from
    stray_done = not stray
    while len(body) < size:
        near = any(t - 8192 <= len(body) <= t for t in targets)
        if bad and len(body) >= next_bad and not near:
            kind = len(facts["bad_lines"]) % 3
            row = ["199001012020011999", "PNS", "Jl. Salah 1", "UK001", "abc"] if kind == 0 else (
                ["199001012020011998", "PNS"] if kind == 1 else
                ["199001012020011997", "PNS", "Jl. Lebih", "UK001", "1,00", "lebih"])
            facts["bad_lines"].append(line)
            next_bad += (size - bad_from) // 40
        elif not stray_done and len(body) >= size * 7 // 10:
            row = ["199001012020011996", "PNS", 'Jl. "Kutip', "UK001", "1,00"]
            stray_done = True
        else:
            cents = rng.randint(-500, 10000)
            unit = f"UK{rng.randint(0, 299):03d}"
            # Every other row writes the value without its trailing zeros (12,30 as 12,3, 5,00
            # as 5): median and modus must count 12,3 and 12,30 as one number.
            sign = "-" if cents < 0 else ""
            whole, frac = abs(cents) // 100, f"{abs(cents) % 100:02d}"
            if facts["rows"] % 2:
                frac = frac.rstrip("0")
            value = f"{sign}{whole}," + frac if frac else f"{sign}{whole}"
            row = [f"1980{rng.randint(0, 10**14):014d}", rng.choice(["PNS", "PPPK"]),
                   address(rng, near), unit, value]
            facts["rows"] += 1
            facts["sum"] += 2 * cents
            facts["max"] = max(facts["max"], cents)
            facts["units"].add(unit)
            facts["cents"][cents] += 1
        text = ";".join(row) + "\r\n"
        if rng.random() < 0.001:
            text += "\r\n"  # a blank line
        body += text.encode()
        line += text.count("\n")
    return header + bytes(body), facts


def median_cents(counts):
    """The median of the values counted (cents), exactly, as a Decimal of cents."""
    n = sum(counts.values())
    wanted = [(n - 1) // 2, n // 2]
    found, seen = [], 0
    for cents in sorted(counts):
        while len(found) < 2 and wanted[len(found)] < seen + counts[cents]:
            found.append(cents)
        seen += counts[cents]
    return (decimal.Decimal(found[0]) + found[1]) / 2


def modus_cents(counts):
    """The most frequent value (cents); the least of those as frequent."""
    return min(counts, key=lambda cents: (-counts[cents], cents))


def run(ind, folder, threads, mode):
    rows = os.path.join(folder, "baris.csv")
    if os.path.exists(rows):
        os.remove(rows)
    cmd = [ind, "eval", os.path.join(folder, "aturan.ind"), "--data", os.path.join(folder, "roster.csv"),
           "--format", "json", "--threads", str(threads), "--on-error", mode, "--rows", rows]
    p = subprocess.run(cmd, capture_output=True, timeout=300)
    written = open(rows, "rb").read() if os.path.exists(rows) else None
    return p.returncode, p.stdout, p.stderr, written


def figures(stdout):
    doc = json.loads(stdout)
    return {v["id"]: v["nilai"] for v in doc["nilai"]}


def check_one_thread(name, mode, outcome, facts, failures):
    code, stdout, stderr, _ = outcome
    text = stderr.decode(errors="replace")
    if facts["bad_lines"] and mode == "stop":
        want = f"roster.csv:{facts['bad_lines'][0]}:"
        if code != 2 or want not in text:
            failures.append(f"{name} stop: expected exit 2 at {want}, got {code}: {text[:400]}")
        return
    if facts.get("stray"):
        if code != 2 or "E-DATA-CSV" not in text:
            failures.append(f"{name} {mode}: expected E-DATA-CSV, got {code}: {text[:400]}")
        return
    f = figures(stdout)
    expected = {"banyak": str(facts["rows"]), "total": str(decimal.Decimal(facts["sum"]) / 100),
                "tertinggi": str(decimal.Decimal(facts["max"]) / 100),
                "unit": str(len(facts["units"])),
                "tengah": str(median_cents(facts["cents"]) / 100),
                "sering": str(decimal.Decimal(modus_cents(facts["cents"])) / 100)}
    for key, value in expected.items():
        if f.get(key) is None or decimal.Decimal(f[key]) != decimal.Decimal(value):
            failures.append(f"{name} {mode}: {key} = {f.get(key)!r}, expected {value!r}")
    skipped = len(facts["bad_lines"])
    if skipped:
        if f"{skipped} baris tabel roster dilewati" not in text:
            failures.append(f"{name} skip: expected {skipped} skipped rows: {text[:400]}")
        if f"roster.csv:{facts['bad_lines'][0]}:" not in text:
            failures.append(f"{name} skip: first bad row (line {facts['bad_lines'][0]}) not named")
    elif code != 0 or "dilewati" in text:
        failures.append(f"{name} {mode}: a clean roster gave exit {code}: {text[:400]}")


def main():
    # Reports are compared byte for byte: their provenance stamp must not carry the clock time.
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    parser = argparse.ArgumentParser()
    parser.add_argument("--ind", required=True)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--size", type=int, default=0, help="body bytes (default: enough for 16 parts)")
    args = parser.parse_args()
    ind = os.path.abspath(args.ind)
    size = args.size or (args.threads * PART + PART // 2)
    failures = []
    cases = [("bersih", dict(bad=False, stray=False)), ("baris-salah", dict(bad=True, stray=False)),
             ("kutip-liar", dict(bad=False, stray=True))]
    with tempfile.TemporaryDirectory(prefix="ind-roster-diff-") as folder:
        with open(os.path.join(folder, "aturan.ind"), "w") as f:
            f.write(RULES)
        for seed, (name, kind) in enumerate(cases):
            data, facts = roster(seed + 11, size, args.threads, **kind)
            facts["stray"] = kind["stray"]
            with open(os.path.join(folder, "roster.csv"), "wb") as f:
                f.write(data)
            for mode in ("stop", "skip"):
                first = run(ind, folder, 1, mode)
                check_one_thread(name, mode, first, facts, failures)
                for threads in range(2, args.threads + 1):
                    other = run(ind, folder, threads, mode)
                    for label, a, b in zip(("exit code", "stdout", "stderr", "--rows"), first, other):
                        if a != b:
                            detail = ""
                            if isinstance(a, bytes) and isinstance(b, bytes):
                                detail = f"\n  1 thread: {a[:300]!r}\n  {threads} threads: {b[:300]!r}"
                            else:
                                detail = f" ({a!r} vs {b!r})" if not isinstance(a, bytes) and not isinstance(b, bytes) else ""
                            failures.append(f"{name} --on-error {mode} --threads {threads}: {label} differs{detail}")
    for f in failures:
        print(f, file=sys.stderr)
    print(f"{'FAILED' if failures else 'ok'}: {len(failures)} difference(s)", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
