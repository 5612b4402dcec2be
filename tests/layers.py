#!/usr/bin/env python3
"""Fails when an #include runs from a lower layer of the source tree to a higher one.

The layers, lowest first (docs/ARCHITECTURE.md):

    core/                      exact decimals, periods, number formats, the scaled-integer kernel
    lang/                      source -> AST -> resolved program -> checks
    runtime/                   values and shared operations, then data and aggregation, then the
                               evaluator, then the roster engine and explain, then the report
                               model and writers, then the run builder, audit and the CLI

A file may include files of its own module and of modules of a lower rank; two different modules
of the same rank stay independent of each other. A file under core/, lang/ or runtime/ that
belongs to no module of the table fails too, so that a new module is placed on purpose.

    python3 tests/layers.py [--root DIR]      check the tree (default: the repository)
    python3 tests/layers.py --self-test       check that an upward include is caught
"""

import argparse
import pathlib
import re
import sys
import tempfile

# module -> rank. A module is a top folder (core, lang), a folder of runtime/, or the stem of a
# file directly in runtime/; a stem not listed whose start before an underscore is
# (evaluator_budget) is a part of that module.
RANKS = {
    "core": 0,
    "lang": 1,
    "runtime/core": 2,  # the core names as the runtime spells them
    "runtime/value": 3,
    "runtime/json": 3,
    "runtime/output_file": 3,
    "runtime/provenance": 3,
    "runtime/operations": 4,
    "runtime/trace": 4,
    "runtime/data": 5,
    "runtime/aggregate": 5,
    "runtime/evaluator": 6,
    "runtime/roster": 7,
    "runtime/explain": 7,
    "runtime/conditions": 7,  # syarat: what the data must satisfy, over the evaluator
    "runtime/report": 8,
    "runtime/run": 9,
    "runtime/audit": 10,
    "runtime/audit_batch": 11,  # the audit of many rule files (ind audit RULES_DIR)
    "runtime/lsp": 10,  # the language server: lang's passes over an editor's text
    "runtime/cli": 12,
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)
SOURCES = (".hpp", ".cpp", ".h")


def module_of(rel: str):
    parts = rel.split("/")
    if parts[0] in ("core", "lang"):
        return parts[0]
    if parts[0] != "runtime" or len(parts) < 2:
        return None
    if len(parts) == 2:
        stem = pathlib.PurePosixPath(parts[1]).stem
        while "runtime/" + stem not in RANKS and "_" in stem:
            stem = stem.rsplit("_", 1)[0]
        return "runtime/" + stem
    return "runtime/" + parts[1]


def check(root: pathlib.Path) -> list[str]:
    problems = []
    for top in ("core", "lang", "runtime"):
        for path in sorted((root / top).rglob("*")):
            if path.suffix not in SOURCES or not path.is_file():
                continue
            rel = path.relative_to(root).as_posix()
            mod = module_of(rel)
            if mod not in RANKS:
                problems.append(f"{rel}: module {mod} has no layer in tests/layers.py")
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for m in INCLUDE.finditer(text):
                target = m.group(1)
                line = text.count("\n", 0, m.start()) + 1
                target_mod = module_of(target)
                if target_mod is None:
                    problems.append(f"{rel}:{line}: includes \"{target}\", outside core/, lang/ "
                                    "and runtime/")
                elif target_mod not in RANKS:
                    problems.append(f"{rel}:{line}: includes \"{target}\" of module {target_mod}, "
                                    "which has no layer")
                elif target_mod != mod and RANKS[target_mod] >= RANKS[mod]:
                    problems.append(f"{rel}:{line}: {mod} (layer {RANKS[mod]}) includes "
                                    f"\"{target}\" of {target_mod} (layer {RANKS[target_mod]})")
    return problems


def self_test() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        files = {
            "core/decimal.hpp": "#pragma once\n",
            "lang/program.hpp": '#include "core/decimal.hpp"\n',
            "runtime/evaluator.hpp": '#include "lang/program.hpp"\n#include "runtime/data/x.hpp"\n',
            "runtime/data/x.hpp": '#include "core/decimal.hpp"\n',
        }
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text)
        if check(root):
            print("self-test: a tree without upward includes was refused:", check(root))
            return 1
        (root / "lang/program.hpp").write_text('#include "runtime/evaluator.hpp"\n')
        (root / "runtime/data/x.hpp").write_text('#include "runtime/aggregate/y.hpp"\n')
        (root / "runtime/stray.cpp").write_text("\n")
        found = check(root)
        expected = ["lang/program.hpp:1:", "runtime/data/x.hpp:1:", "runtime/stray.cpp: module"]
        missing = [e for e in expected if not any(p.startswith(e) for p in found)]
        if missing or len(found) != len(expected):
            print("self-test: expected problems at", expected, "found", found)
            return 1
    print("self-test: upward includes, sibling includes and unplaced modules are caught")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent)
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    problems = check(args.root)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) against the layers; see the table in tests/layers.py")
        return 1
    print("every include runs down the layers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
