#!/usr/bin/env python3
"""Summarise one roster size measured by bench/run.sh (standard library only).

usage: report.py RESULTS_DIR ROWS        print the Markdown table and the cross-check of figures
       report.py --ind-figures FILE.json print the figures found in ind's JSON output (a probe)

RESULTS_DIR holds commands.tsv (name, command), hyperfine.json, and for each command NAME.out
(stdout of one run) and NAME.time (`/usr/bin/time -v` of that run). Exit status 1 when the
figures of two commands differ or differ from the expected ones.
"""
import json
import re
import sys
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP
from pathlib import Path

# The figures every command must agree on, in the order they are printed.
FIGURES = ["n", "all", "n_PNS", "PNS", "n_PPPK", "PPPK", "units",
           "sangat_tinggi", "tinggi", "sangat_rendah"]
MEANS = {"all", "PNS", "PPPK"}       # compared at 2 decimals; the others are counts

# Stated in bench/README.md (from the shared benchmark): the 1 000 000-row roster.
EXPECTED = {
    1_000_000: {"n": 1000000, "all": "63.21", "PNS": "63.22", "PPPK": "63.20", "units": 60,
                "sangat_tinggi": 4182, "tinggi": 108787, "sangat_rendah": 419398},
}

# ---- ind's JSON: the one place to adjust when the report shape changes ----------------------
# examples/bench/ipasn-roster.ind declares one `nilai` per figure. `ind eval --format json`
# writes an ungrouped value as
#     {"id": "ip_asn", "nama": "IP ASN seluruh ASN", "nilai": "63.21"}
# and a grouped one (`... menurut roster.jenis`) as one object per group under "nilai":
#     {"id": "ip_asn_per_jenis", "nama": "...", "nilai": [
#         {"kelompok": {"jenis": "PNS"}, "nilai": "63.22", "jumlah_baris": "600204"}, ...]}
# The figure of group G is the "nilai" of the object whose "kelompok" holds the text G.
IND_FIGURES = {  # figure -> (id of the `nilai` in ipasn-roster.ind, group or None)
    "n": ("jumlah_asn", None),
    "all": ("ip_asn", None),
    "n_PNS": ("jumlah_asn_per_jenis", "PNS"),
    "PNS": ("ip_asn_per_jenis", "PNS"),
    "n_PPPK": ("jumlah_asn_per_jenis", "PPPK"),
    "PPPK": ("ip_asn_per_jenis", "PPPK"),
    "units": ("jumlah_unit_kerja", None),
    "sangat_tinggi": ("jumlah_sangat_tinggi", None),
    "tinggi": ("jumlah_tinggi", None),
    "sangat_rendah": ("jumlah_sangat_rendah", None),
}
VALUE_KEYS = ("nilai", "realisasi", "value")  # where a figure's number sits, by preference

NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")


def is_number(x):
    if isinstance(x, bool):
        return False
    return isinstance(x, (int, float)) or (isinstance(x, str) and bool(NUMBER.match(x.strip())))


def number_in(node):
    """The figure of an ungrouped value: the node itself, or its first VALUE_KEYS entry."""
    if is_number(node):
        return node
    if isinstance(node, dict):
        for key in VALUE_KEYS:
            if key in node:
                found = number_in(node[key])
                if found is not None:
                    return found
    return None


def find_by_id(node, ident):
    if isinstance(node, dict):
        if node.get("id") == ident:
            return node
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = find_by_id(child, ident)
        if found is not None:
            return found
    return None


def group_number(node, group):
    """The figure of the group whose key (under "kelompok") is the text `group`."""
    groups = node.get("nilai") if isinstance(node, dict) else None
    if not isinstance(groups, list):
        return None
    for g in groups:
        if isinstance(g, dict) and group in (g.get("kelompok") or {}).values():
            return number_in(g.get("nilai"))
    return None


def ind_figures(doc):
    out = {}
    for figure, (ident, group) in IND_FIGURES.items():
        obj = find_by_id(doc, ident)
        if obj is None:
            continue
        found = number_in(obj) if group is None else group_number(obj, group)
        if found is not None:
            out[figure] = found
    return out
# ---- end of ind's JSON ------------------------------------------------------------------------


def parse_duckdb(text):
    # [{"grp":"PNS","n":"600123","ip_asn":63.22},...] then [{"units":"60","sangat_tinggi":...}]
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("["):
            continue
        for row in json.loads(line):
            if "grp" in row:
                suffix = "" if row["grp"] == "all" else "_" + row["grp"]
                out["n" + suffix] = row["n"]
                out[row["grp"]] = row["ip_asn"]
            elif "units" in row:
                for key in ("units", "sangat_tinggi", "tinggi", "sangat_rendah"):
                    out[key] = row[key]
    return out


def parse_sqlite(text):
    # PNS|600123|63.22  PPPK|...  all|1000000|63.21  then  60|4182|108787|419398
    out = {}
    for line in text.splitlines():
        parts = line.strip().split("|")
        if len(parts) == 3:
            grp, n, mean = parts
            out["n" if grp == "all" else "n_" + grp] = n
            out[grp] = mean
        elif len(parts) == 4:
            out.update(zip(("units", "sangat_tinggi", "tinggi", "sangat_rendah"), parts))
    return out


def parse_pandas(text):
    # all 1000000 63.21 / a groupby table with rows "PNS  600123  63.22" / units 60 sangat_tinggi ...
    out = {}
    for line in text.splitlines():
        words = line.split()
        if len(words) == 3 and words[0] == "all":
            out["n"], out["all"] = words[1], words[2]
        elif len(words) == 3 and words[0] in ("PNS", "PPPK"):
            out["n_" + words[0]], out[words[0]] = words[1], words[2]
        elif words and words[0] == "units":
            out.update(zip(words[0::2], words[1::2]))
    return out


def parse_ind(text):
    return ind_figures(json.loads(text))


def parser_for(name):
    if name.startswith("ind"):
        return parse_ind
    if name.startswith("duckdb"):
        return parse_duckdb
    if name.startswith("sqlite"):
        return parse_sqlite
    if name.startswith("pandas"):
        return parse_pandas
    raise SystemExit(f"report.py: no parser for command '{name}'")


def normal(figure, value):
    """A comparable form: means at 2 decimals (half-up), counts as integers."""
    if value is None:
        return None
    try:
        d = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        return str(value)
    if figure in MEANS:
        return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return d.to_integral_value() if d == d.to_integral_value() else d


def peak_rss_mib(path):
    try:
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", path.read_text())
    except OSError:
        return None
    return int(m.group(1)) / 1024 if m else None


def md_cell(v):
    return "—" if v is None else str(v)


def report(res, rows):
    commands = [line.split("\t", 1) for line in (res / "commands.tsv").read_text().splitlines() if line]
    bench = {}
    hf = res / "hyperfine.json"
    if hf.exists():
        for r in json.loads(hf.read_text())["results"]:
            bench[r["command"]] = r
    # Every command's mean divided by that of each ind command (ind-1t: one thread, ind-2t: two):
    # above 1, that ind is faster.
    inds = [name for name, _ in commands if name.startswith("ind") and name in bench]

    print("| command | mean ± σ (s) | min (s) | " + " | ".join(f"÷ {i}" for i in inds) +
          (" | " if inds else "") + "peak RSS (MiB) |")
    print("|---|---:|---:|" + "---:|" * len(inds) + "---:|")
    for name, _ in commands:
        r = bench.get(name)
        timing = f"{r['mean']:.3f} ± {r['stddev']:.3f}" if r else "—"
        fastest = f"{r['min']:.3f}" if r else "—"
        ratios = [f"{r['mean'] / bench[i]['mean']:.2f}" if r else "—" for i in inds]
        rss = peak_rss_mib(res / f"{name}.time")
        print(f"| {name} | {timing} | {fastest} | " + "".join(f"{x} | " for x in ratios) +
              f"{'—' if rss is None else f'{rss:.0f}'} |")
    print()
    for name, cmd in commands:
        print(f"- {name}: `{cmd}`")
    print()

    # Cross-check of the figures.
    got = {}
    problems = []
    for name, _ in commands:
        try:
            raw = parser_for(name)((res / f"{name}.out").read_text())
        except (OSError, ValueError) as e:
            problems.append(f"{name}: output not readable ({e})")
            raw = {}
        got[name] = {f: normal(f, raw.get(f)) for f in FIGURES}
    expected = {f: normal(f, v) for f, v in EXPECTED.get(rows, {}).items()}

    names = [n for n, _ in commands]
    header = "| figure | " + " | ".join(names) + (" | expected |" if expected else " |")
    print(header)
    print("|---|" + "---:|" * (len(names) + (1 if expected else 0)))
    for f in FIGURES:
        values = [got[n][f] for n in names]
        cells = [md_cell(v) for v in values]
        present = {v for v in values if v is not None}
        want = expected.get(f)
        if want is not None:
            present.add(want)
        flag = " ⚠" if len(present) > 1 else ""
        row = f"| {f}{flag} | " + " | ".join(cells)
        print(row + (f" | {md_cell(want)} |" if expected else " |"))
        for n, v in zip(names, values):
            if v is None:
                problems.append(f"{n}: figure '{f}' missing")
        if len(present) > 1:
            problems.append(f"figure '{f}' differs: " + ", ".join(
                f"{n}={md_cell(v)}" for n, v in zip(names, values)) +
                (f", expected={want}" if want is not None else ""))
    print()
    if problems:
        print("**MISMATCH — the commands do not compute the same figures:**")
        for p in problems:
            print(f"- {p}")
        print()
        return 1
    agree = f"all {len(names)} commands agree on all {len(FIGURES)} figures"
    print(f"Figures: {agree}" + (" and match the expected figures." if expected else "."))
    print()
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--ind-figures":
        try:
            figures = ind_figures(json.loads(Path(argv[2]).read_text()))
        except (OSError, ValueError) as e:
            print(f"not JSON: {e}", file=sys.stderr)
            return 2
        print(json.dumps(figures))
        return 0
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    return report(Path(argv[1]), int(argv[2]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
