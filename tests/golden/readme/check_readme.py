#!/usr/bin/env python3
"""The examples of README.md are the files beside this script: fail when they drift apart."""
import sys
from pathlib import Path

root = Path(__file__).resolve().parents[3]
readme = (root / "README.md").read_text(encoding="utf-8")
here = Path(__file__).resolve().parent


def block_after(heading, occurrence=1):
    start = readme.index(heading)
    parts = readme[start:].split("```")
    return parts[2 * occurrence - 1].split("\n", 1)[1]


failed = 0
for name, heading in (("language_example.ind", "## The language in one page"),):
    expected = block_after(heading)
    actual = (here / name).read_text(encoding="utf-8").lstrip("\n")
    if expected != actual:
        print(f"README.md block under '{heading}' differs from tests/golden/readme/{name}")
        failed = 1
library = block_after("### Regulations as a library")
for line in (here / "library_example.ind").read_text(encoding="utf-8").splitlines()[1:]:
    code = line.split("//")[0].strip()
    if code and not code.startswith("instansi") and code not in library:
        print(f"library_example.ind line not in README: {line}")
        failed = 1
roster = {line.strip() for line in (here / "roster_example.ind").read_text(encoding="utf-8").splitlines()}
for line in block_after("## Rosters").splitlines():
    if line.strip() and line.strip() not in roster:
        print(f"README roster example line not in roster_example.ind: {line}")
        failed = 1
sys.exit(failed)
