#!/usr/bin/env python3
"""Golden tests: each .t file holds one `ind` command, its exact stdout, stderr and exit code.

    $ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format json
    --- stdout
    ...
    --- stderr
    ...
    --- exit 0

Commands run from the repository root, without a shell, without colour, with
SOURCE_DATE_EPOCH=0 so that the provenance stamp of a report (Asal laporan) holds no clock time
and no commit: only the version and the hashes of the files read. With --update the
file is rewritten from the actual output; review the diff before committing it.

A command may start with env(1) to change its environment: `env -u SOURCE_DATE_EPOCH ind ...`.

A command that writes files names them under $OUT, a fresh temporary folder (shown as $OUT in
the output too); a section `--- file NAME` before the exit code holds the exact content the
command must leave in $OUT/NAME. A section `--- given NAME`, before stdout, is written to
$OUT/NAME before the command runs (a file that the command rewrites in place, for `ind fmt`).
"""
import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile


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
            elif line.startswith("--- file ") or line.startswith("--- given "):
                current = line[4:]
                sections[current] = []
            elif current:
                sections[current].append(line)
    if command is None or "exit" not in sections:
        sys.exit(f"{path}: not a golden test (needs a '$ ' line and '--- exit N')")
    # render() ends every section with one newline of its own; joining the lines undoes it.
    text = {k: "\n".join(v) for k, v in sections.items() if k != "exit"}
    files = {k[len("file "):]: v for k, v in text.items() if k.startswith("file ")}
    given = {k[len("given "):]: v for k, v in text.items() if k.startswith("given ")}
    return command, text.get("stdout", ""), text.get("stderr", ""), sections["exit"], files, given


def render(command, out, err, code, files, given):
    parts = [f"$ {command}"]
    for name, content in given.items():
        parts += [f"--- given {name}", content]
    parts += ["--- stdout", out, "--- stderr", err]
    for name, content in files.items():
        parts += [f"--- file {name}", content]
    return "\n".join(parts + [f"--- exit {code}", ""])


def written_files(folder, names):
    """The content of each file the test expects (None when it was not written)."""
    out = {}
    for name in names:
        path = os.path.join(folder, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                out[name] = f.read()
        else:
            out[name] = None
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ind", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    env = dict(os.environ, NO_COLOR="1", TERM="dumb", IND_STDLIB="stdlib", SOURCE_DATE_EPOCH="0")
    failed = 0
    for case in args.cases:
        command, want_out, want_err, want_code, want_files, given = parse(case)
        folder = tempfile.mkdtemp(prefix="ind-golden-")
        try:
            for name, content in given.items():
                with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
                    f.write(content)
            argv = [a.replace("$OUT", folder) for a in shlex.split(command)]
            # `env -u NAME NAME=VALUE ind ...` (env(1)) changes the environment of one command.
            if argv[0] in ("ind", "env") and "ind" in argv:
                argv[argv.index("ind")] = args.ind
            run = subprocess.run(argv, capture_output=True, env=env)
            out = run.stdout.decode("utf-8", "replace").replace(folder, "$OUT")
            err = run.stderr.decode("utf-8", "replace").replace(folder, "$OUT")
            files = written_files(folder, want_files.keys())
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if args.update:
            with open(case, "w", encoding="utf-8") as f:
                f.write(render(command, out, err, run.returncode,
                               {k: "" if v is None else v for k, v in files.items()}, given))
            continue
        bad_files = [name for name, want in want_files.items() if files[name] != want]
        if (out, err, run.returncode) != (want_out, want_err, want_code) or bad_files:
            failed += 1
            print(f"FAIL {case}\n$ {command}")
            for name, want, got in (("stdout", want_out, out), ("stderr", want_err, err)):
                if want != got:
                    import difflib
                    print("".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                       f"expected {name}", f"actual {name}")))
            if want_code != run.returncode:
                print(f"exit: expected {want_code}, actual {run.returncode}")
            for name in bad_files:
                print(f"file {name}: " + ("not written" if files[name] is None else "differs"))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
