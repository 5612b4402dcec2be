#!/usr/bin/env python3
"""Golden tests: each .t file holds one `ind` command, its exact stdout, stderr and exit code.

    $ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format json
    --- stdout
    ...
    --- stderr
    ...
    --- exit 0

Commands run from the repository root, without a shell, without colour. With --update the
file is rewritten from the actual output; review the diff before committing it.
"""
import argparse
import os
import shlex
import subprocess
import sys


def parse(path):
    command, sections, current = None, {}, None
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if command is None:
                if line.startswith("$ "):
                    command = line[2:]
                continue
            if line.startswith("--- exit "):
                sections["exit"] = int(line[len("--- exit "):])
                current = None
            elif line in ("--- stdout", "--- stderr"):
                current = line[4:]
                sections[current] = []
            elif current:
                sections[current].append(line)
    if command is None or "exit" not in sections:
        sys.exit(f"{path}: not a golden test (needs a '$ ' line and '--- exit N')")
    # render() ends every section with one newline of its own; joining the lines undoes it.
    text = {k: "\n".join(v) for k, v in sections.items() if k != "exit"}
    return command, text.get("stdout", ""), text.get("stderr", ""), sections["exit"]


def render(command, out, err, code):
    parts = [f"$ {command}", "--- stdout", out, "--- stderr", err, f"--- exit {code}", ""]
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ind", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    env = dict(os.environ, NO_COLOR="1", TERM="dumb", IND_STDLIB="stdlib")
    failed = 0
    for case in args.cases:
        command, want_out, want_err, want_code = parse(case)
        argv = shlex.split(command)
        if argv[0] == "ind":
            argv[0] = args.ind
        run = subprocess.run(argv, capture_output=True, env=env)
        out = run.stdout.decode("utf-8", "replace")
        err = run.stderr.decode("utf-8", "replace")
        if args.update:
            with open(case, "w", encoding="utf-8") as f:
                f.write(render(command, out, err, run.returncode))
            continue
        if (out, err, run.returncode) != (want_out, want_err, want_code):
            failed += 1
            print(f"FAIL {case}\n$ {command}")
            for name, want, got in (("stdout", want_out, out), ("stderr", want_err, err)):
                if want != got:
                    import difflib
                    print("".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                       f"expected {name}", f"actual {name}")))
            if want_code != run.returncode:
                print(f"exit: expected {want_code}, actual {run.returncode}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
