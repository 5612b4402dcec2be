#!/usr/bin/env python3
"""`ind fmt` never changes what a file computes.

Copies stdlib/, rules/ and examples/ into a temporary folder with their layout undone (every
line's indentation taken away, spaces added at its end, every blank line doubled: none of which
can change a token, as no token spans lines), formats the copies with `ind fmt`, checks that a
second run finds nothing to change (`--check` exits 0) and that a file the source tree holds
formatted comes back byte for byte, and then compares, for every
rule file, what `ind check` and `ind test` print and, for every rule file with data in examples/,
what `ind eval --format json` and `ind audit --format json` print, before and after. Paths and
source positions are taken out of the outputs before comparing (formatting moves columns); every
figure, finding and message must be the same, with the same exit code.
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

TREES = ("stdlib", "rules", "examples")
POSITION = re.compile(r"(\.ind):\d+:\d+")
SOURCE_LINE = re.compile(r"^\s*\d* *\|.*$", re.MULTILINE)  # a quoted source line and its caret


def run(ind, args, root, stdlib):
    # The stamp's time is the wall clock's unless SOURCE_DATE_EPOCH fixes it.
    done = subprocess.run([ind, "--stdlib", str(stdlib), *args], cwd=root,
                          capture_output=True, text=True,
                          env=dict(os.environ, SOURCE_DATE_EPOCH="0"))
    text = done.stdout + "\n--- stderr\n" + done.stderr
    text = text.replace(str(root), "ROOT")
    text = POSITION.sub(r"\1:L:C", text)
    text = SOURCE_LINE.sub("", text)
    # JSON reports carry the SHA-256 of the files read, which formatting changes by design.
    text = re.sub(r'"[0-9a-f]{64}"', '"SHA256"', text)
    text = re.sub(r"\b[0-9a-f]{64}\b", "SHA256", text)
    return done.returncode, text


def undo_layout(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    out = []
    for line in lines:
        out.append(line.strip() + "  " if line.strip() else "")
        if not line.strip():
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def commands(root):
    """The commands compared, relative to a tree root."""
    out = []
    for tree in TREES:
        for f in sorted((root / tree).rglob("*.ind")):
            rel = f.relative_to(root).as_posix()
            out.append(["check", rel])
            out.append(["test", rel])
    for rules in sorted((root / "rules").glob("*.ind")):
        agency = rules.stem
        for period in sorted((root / "examples" / agency).glob("*")):
            if period.is_dir():
                data = period.relative_to(root).as_posix()
                rel = rules.relative_to(root).as_posix()
                out.append(["eval", rel, "--data", data, "--format", "json"])
                out.append(["audit", rel, "--data", data, "--format", "json"])
    bench = root / "examples" / "bench"
    if (bench / "ipasn-roster.ind").exists():
        out.append(["eval", "examples/bench/ipasn-roster.ind", "--data", "examples/bench/roster.csv",
                    "--format", "json"])
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ind", required=True)
    parser.add_argument("--source", required=True, help="the source tree")
    args = parser.parse_args()
    source = pathlib.Path(args.source).resolve()
    ind = str(pathlib.Path(args.ind).resolve())
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = pathlib.Path(tmp)
        for tree in TREES:
            shutil.copytree(source / tree, copy / tree)
        tidy = subprocess.run([ind, "fmt", "--check", *TREES], cwd=source, capture_output=True,
                              text=True).stdout.split()
        files = sorted(p.relative_to(copy) for t in TREES for p in (copy / t).rglob("*.ind"))
        for f in files:
            undo_layout(copy / f)
        formatted = subprocess.run([ind, "fmt", *TREES], cwd=copy, capture_output=True, text=True)
        if formatted.returncode != 0:
            failures.append(f"ind fmt exited {formatted.returncode}: {formatted.stderr}")
        again = subprocess.run([ind, "fmt", "--check", *TREES], cwd=copy, capture_output=True,
                               text=True)
        if again.returncode != 0 or again.stdout:
            failures.append(f"not idempotent: a second ind fmt would change\n{again.stdout}")
        changed = formatted.stdout.count("dirapikan: ")
        restored = 0
        for f in files:
            if f.as_posix() in tidy:
                continue
            if (copy / f).read_bytes() != (source / f).read_bytes():
                failures.append(f"{f}: formatted in the source tree, but its copy without layout "
                                "formats to other text")
            else:
                restored += 1
        compared = 0
        for command in commands(source):
            before = run(ind, command, source, source / "stdlib")
            after = run(ind, command, copy, copy / "stdlib")
            compared += 1
            if before != after:
                failures.append(f"ind {' '.join(command)}: output differs after ind fmt\n"
                                f"before (exit {before[0]}):\n{before[1][:3000]}\n"
                                f"after (exit {after[0]}):\n{after[1][:3000]}")
    for f in failures:
        print("FAIL:", f)
    print(f"{changed} files reformatted, {restored} of them back to their text in the source "
          f"tree, {compared} commands compared before and after, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
