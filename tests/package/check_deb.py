#!/usr/bin/env python3
"""The Debian package as a user gets it: built with CPack from the build folder, listed with
`dpkg -c` and `dpkg -I`, unpacked with `dpkg -x` into a temporary folder, and the unpacked `ind`
run from another working directory with no option naming a path into the source tree:

- `ind --version` names the installed standard library and its version;
- `ind eval` on the bundled Pasuruan example prints the figures tests/golden/pasuruan/eval-table.t
  pins, and a provenance stamp naming the installed files with the SHA-256 of each;
- `ind test` on the installed standard library passes every example, and no file of it cites
  a file of the development tree;
- the man page and the completions are those `ind help` writes, and the bash one completes;
- an empty standard library folder gives exit 2 and says which folder and what is missing.

    check_deb.py --build BUILD --source SOURCE --maintainer "Name <address>"

Everything is written inside one temporary folder, removed at the end.
"""
import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print(f"FAIL {what}")


def run(argv, cwd, env=None, input_text=None):
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, input=input_text)


def golden_stdout(path):
    """The stdout section of a golden test file (tests/golden/run.py's format)."""
    lines = open(path, encoding="utf-8").read().split("\n")
    start = lines.index("--- stdout") + 1
    end = lines.index("--- stderr")
    return "\n".join(lines[start:end])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--maintainer", required=True)
    args = ap.parse_args()
    args.build, args.source = os.path.abspath(args.build), os.path.abspath(args.source)
    for tool in ("cpack", "dpkg", "dpkg-shlibdeps", "file"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: ./dev.sh test installs it (dpkg-dev, file)")
            return 1

    tmp = tempfile.mkdtemp(prefix="ind-package-")
    try:
        built = run(["cpack", "-G", "DEB", "-B", os.path.join(tmp, "out"),
                     "--config", os.path.join(args.build, "CPackConfig.cmake")], cwd=tmp)
        debs = [f for f in os.listdir(os.path.join(tmp, "out")) if f.endswith(".deb")] \
            if os.path.isdir(os.path.join(tmp, "out")) else []
        if built.returncode != 0 or len(debs) != 1:
            print(built.stdout + built.stderr)
            print("FAIL cpack -G DEB did not write one package")
            return 1
        deb = os.path.join(tmp, "out", debs[0])
        check(debs[0].startswith("ind_0.1.0_") and debs[0].endswith(".deb"), f"package name {debs[0]}")
        check_listing(deb, tmp, args.maintainer)

        root = os.path.join(tmp, "root")
        check(run(["dpkg", "-x", deb, root], cwd=tmp).returncode == 0, "dpkg -x")
        check_installed(root, tmp, args.source)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("the package builds, lists, unpacks and runs")
    return 0


def check_listing(deb, tmp, maintainer):
    info = run(["dpkg", "-I", deb], cwd=tmp).stdout
    fields = {}
    for line in info.split("\n"):
        if line.startswith(" ") and ":" in line and not line.startswith("  "):
            key, _, value = line.strip().partition(":")
            fields[key] = value.strip()
    check(fields.get("Package") == "ind", f"Package field: {fields.get('Package')}")
    check(fields.get("Version") == "0.1.0", f"Version field: {fields.get('Version')}")
    check(fields.get("Maintainer") == maintainer, f"Maintainer field: {fields.get('Maintainer')}")
    depends = [d.strip().split(" ")[0] for d in fields.get("Depends", "").split(",")]
    # libxlsxwriter is opened with dlopen, so the package names it itself; the others come from
    # dpkg-shlibdeps reading the executable (libnettle8: the SHA-256 of the provenance stamp;
    # libzip4 and libexpat1 read workbooks given as data).
    for package in ("libxlsxwriter4", "libc6", "libstdc++6", "libnettle8", "libzip4", "libexpat1"):
        check(package in depends, f"Depends has {package}: {fields.get('Depends')}")

    listing = run(["dpkg", "-c", deb], cwd=tmp).stdout
    files = {line.split()[-1] for line in listing.split("\n") if line.strip()}
    for path in ("./usr/bin/ind", "./usr/share/ind/stdlib/VERSION", "./usr/share/ind/stdlib/ipasn.ind",
                 "./usr/share/ind/stdlib/sakip.ind", "./usr/share/man/man1/ind.1",
                 "./usr/share/bash-completion/completions/ind",
                 "./usr/share/zsh/vendor-completions/_ind", "./usr/share/doc/ind/copyright",
                 "./usr/share/doc/ind/README.md", "./usr/share/doc/ind/CHANGELOG.md",
                 "./usr/share/doc/ind/LICENSE",
                 "./usr/share/doc/ind/examples/rules/kab-pasuruan.ind",
                 "./usr/share/doc/ind/examples/kab-pasuruan/2024/realisasi.csv"):
        check(path in files, f"dpkg -c lists {path}")
    check(not any("/work/" in f or "build" in f.split("/") for f in files),
          "no file of the package names the build or source tree")


def check_installed(root, tmp, source):
    ind = os.path.join(root, "usr", "bin", "ind")
    stdlib = os.path.join(root, "usr", "share", "ind", "stdlib")
    examples = os.path.join(root, "usr", "share", "doc", "ind", "examples")
    elsewhere = os.path.join(tmp, "elsewhere")
    os.makedirs(elsewhere)
    env = {k: v for k, v in os.environ.items() if k not in ("IND_STDLIB", "SOURCE_DATE_EPOCH")}
    env.update(NO_COLOR="1", TERM="dumb")

    version = run([ind, "--version"], cwd=elsewhere, env=env)
    check(version.returncode == 0 and version.stdout.startswith("ind 0.1.0"),
          f"ind --version: {version.stdout!r}")
    check(f"pustaka standar versi 1: {stdlib} (terpasang)" in version.stdout,
          f"ind --version names the installed stdlib: {version.stdout!r}")

    rules = os.path.join(examples, "rules", "kab-pasuruan.ind")
    data = os.path.join(examples, "kab-pasuruan", "2024")
    evaluated = run([ind, "eval", rules, "--data", data, "--format", "table"], cwd=elsewhere, env=env)
    want = golden_stdout(os.path.join(source, "tests", "golden", "pasuruan", "eval-table.t"))
    check(evaluated.returncode == 0 and evaluated.stderr == "",
          f"installed ind eval exits 0 without messages: {evaluated.returncode} {evaluated.stderr}")
    # The figures are the golden's; the provenance stamp names the installed files instead of the
    # source tree's, each with the SHA-256 of the installed bytes.
    figures, _, stamp = evaluated.stdout.partition("\nAsal laporan\n")
    check(figures == want.partition("\nAsal laporan\n")[0],
          "installed ind eval prints the figures of tests/golden/pasuruan/eval-table.t")
    hashed = {}
    for line in stamp.splitlines():
        words = line.split()
        if len(words) >= 3 and len(words[-1]) == 64 and words[0] in ("aturan", "modul", "data"):
            hashed[words[1]] = (words[-1], line)
    check(os.path.join(stdlib, "ipasn.ind") in hashed and
          "pustaka standar versi 1" in hashed[os.path.join(stdlib, "ipasn.ind")][1],
          f"the stamp names the installed stdlib/ipasn.ind and its version: {stamp}")
    check(rules in hashed and os.path.join(data, "realisasi.csv") in hashed,
          f"the stamp names the rule file and the data files: {stamp}")
    # Run without SOURCE_DATE_EPOCH: the stamp has the commit the package was built from (none for
    # a build outside git) and the time of the run.
    check(re.search(r"^program +ind +0\.1\.0( \(commit [0-9a-f]{12}(-modified)?\))?$", stamp, re.M)
          is not None, f"the stamp names the version and commit of the installed ind: {stamp}")
    check(re.search(r"^waktu hitung +\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(UTC\)$", stamp, re.M)
          is not None, f"the stamp has the time of the run in UTC: {stamp}")
    for path, (digest, _) in sorted(hashed.items()):
        with open(path, "rb") as f:
            check(hashlib.sha256(f.read()).hexdigest() == digest,
                  f"the stamp's SHA-256 of {path} is that of the installed file")

    tested = run([ind, "test", stdlib], cwd=elsewhere, env=env)
    lines = tested.stdout.strip().split("\n")
    check(tested.returncode == 0 and len(lines) == 6 and all(l.endswith("semua benar") for l in lines),
          f"ind test on the installed stdlib: {tested.returncode} {tested.stdout}")

    # The installed standard library stands alone: no citation points into the development tree.
    for name in sorted(os.listdir(stdlib)):
        text = open(os.path.join(stdlib, name), encoding="utf-8").read()
        check("shared/" not in text, f"{name} cites no file of the development tree (shared/)")

    manual = run([ind, "help", "--man"], cwd=elsewhere, env=env).stdout
    check(open(os.path.join(root, "usr", "share", "man", "man1", "ind.1")).read() == manual,
          "the installed man page is `ind help --man`")
    bash = os.path.join(root, "usr", "share", "bash-completion", "completions", "ind")
    check(open(bash).read() == run([ind, "help", "--completion", "bash"], cwd=elsewhere, env=env).stdout,
          "the installed bash completion is `ind help --completion bash`")
    completed = run(["bash", "-c", f'source "{bash}"; COMP_WORDS=(ind ev); COMP_CWORD=1; _ind; '
                     'echo "${COMPREPLY[*]}"; COMP_WORDS=(ind eval --fo); COMP_CWORD=2; _ind; '
                     'echo "${COMPREPLY[*]}"; COMP_WORDS=(ind eval --format h); COMP_CWORD=3; _ind; '
                     'echo "${COMPREPLY[*]}"; COMP_WORDS=(ind audit --format ""); COMP_CWORD=3; _ind; '
                     'echo "${COMPREPLY[*]}"'], cwd=elsewhere)
    check(completed.stdout == "eval\n--format\nhtml\ntext json csv md html xlsx\n",
          f"bash completes ind ev, ind eval --fo, ind eval --format h, ind audit --format: "
          f"{completed.stdout!r}")
    if shutil.which("zsh"):
        zsh = os.path.join(root, "usr", "share", "zsh", "vendor-completions", "_ind")
        check(run(["zsh", "-n", zsh], cwd=elsewhere).returncode == 0, "the zsh completion parses")

    # A standard library folder emptied (a broken installation): exit 2, naming the folder.
    shutil.move(stdlib, stdlib + ".aside")
    os.makedirs(stdlib)
    broken = run([ind, "eval", rules, "--data", data], cwd=elsewhere, env=env)
    check(broken.returncode == 2, f"empty stdlib: exit {broken.returncode}")
    check("error[E-MODUL]: modul 'ipasn' tidak ditemukan" in broken.stderr
          and f"{stdlib} bukan pustaka standar yang lengkap (tanpa berkas VERSION)" in broken.stderr,
          f"empty stdlib: message names the folder: {broken.stderr}")
    check(broken.stdout == "", "empty stdlib: no report printed")
    empty_test = run([ind, "test", stdlib], cwd=elsewhere, env=env)
    check(empty_test.returncode == 2, f"ind test on an empty stdlib: exit {empty_test.returncode}")
    version = run([ind, "--version"], cwd=elsewhere, env=env)
    check("tanpa versi" in version.stdout, f"ind --version on an empty stdlib: {version.stdout!r}")


if __name__ == "__main__":
    sys.exit(main())
