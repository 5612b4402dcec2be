#!/usr/bin/env python3
"""Tests of the VS Code extension that need Node.js (ctest editor/grammar, editor/vsix).

    editor_tests.py --source editors/vscode --work build/editors/vscode/stage grammar
    editor_tests.py --source editors/vscode --work build/editors/vscode/stage --ind build/ind client
    editor_tests.py --source editors/vscode --work build/editors/vscode/stage vsix
    editor_tests.py --source editors/vscode --work DIR modules   (only prepare DIR; print it)

The extension is copied to WORK, and `npm ci --ignore-scripts` installs its locked packages
there once: again only when package-lock.json changes (WORK/.lock-sha256), so the build folder
is the cache. Then
  - grammar: vscode-tmgrammar-test checks the scope assertions of test/*.ind, lines of the real
    rule files (rules/, stdlib/), against syntaxes/ind.tmLanguage.json;
  - client: scripts/check_client.js activates extension.js with stand-ins for VS Code and checks
    the command it starts from the settings, then runs that command (a real `ind lsp`);
  - vsix: @vscode/vsce packages the extension (WORK/ind-VERSION.vsix) and the test lists the
    archive and checks what it holds: the manifest, grammar, language configuration, snippets,
    client and its runtime package vscode-languageclient, and none of the tests or build tools.

Node.js and npm are installed with apt-get when missing and this process may do so (root, or
sudo without a password). Where they cannot be had, the test prints "SKIPPED: <reason>" and
exits with 77, which CTest reports as skipped; under CI (the CI variable set) it fails instead,
since CI must run these tests.
"""
import argparse
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

SKIP = 77
# What the extension is made of: copied to WORK, packaged from there.
FILES = ["package.json", "package-lock.json", "extension.js", "language-configuration.json",
         "README.md", ".vscodeignore"]
FOLDERS = ["syntaxes", "snippets", "test", "scripts"]


def skip(reason):
    if os.environ.get("CI"):
        fail(f"{reason} (CI harus menjalankan uji ini, tidak melewatinya)")
    print(f"SKIPPED: {reason}")
    sys.exit(SKIP)


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def run(argv, cwd, timeout=600):
    r = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return r


def install_node():
    """apt-get install nodejs npm; the reason on failure, None when they are there."""
    if not shutil.which("apt-get"):
        return "Node.js/npm tidak terpasang dan apt-get tidak ada"
    prefix = []
    if os.geteuid() != 0:
        if not shutil.which("sudo") or subprocess.run(
                ["sudo", "-n", "true"], capture_output=True).returncode != 0:
            return "Node.js/npm tidak terpasang dan proses ini tidak boleh memasang paket"
        prefix = ["sudo", "-n"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    # Where a nodejs package that carries npm itself is installed, npm is not asked for.
    wanted = ["nodejs"] + ([] if shutil.which("npm") else ["npm"])
    install = prefix + ["apt-get", "install", "-y", "--no-install-recommends",
                        "-o", "DPkg::Lock::Timeout=600", *wanted]
    print(f"memasang {' '.join(wanted)} dengan apt-get ...", flush=True)
    if subprocess.run(install, env=env).returncode != 0:
        subprocess.run(prefix + ["apt-get", "update", "-o", "DPkg::Lock::Timeout=600"], env=env)
        if subprocess.run(install, env=env).returncode != 0:
            return "apt-get install nodejs npm gagal"
    return None if shutil.which("node") and shutil.which("npm") else \
        "node atau npm tidak ditemukan setelah dipasang"


def node_major():
    r = subprocess.run(["node", "--version"], capture_output=True, text=True)
    try:
        return int(r.stdout.strip().lstrip("v").split(".")[0])
    except ValueError:
        return 0


def prepare(source, work):
    """WORK holds the extension and its node_modules; the lock is installed once."""
    if not (shutil.which("node") and shutil.which("npm")):
        reason = install_node()
        if reason:
            skip(reason)
    if node_major() < 18:
        skip(f"Node.js 18 atau lebih baru diperlukan, yang ada {node_major()}")
    os.makedirs(work, exist_ok=True)
    for name in FILES:
        shutil.copy2(os.path.join(source, name), os.path.join(work, name))
    for name in FOLDERS:
        shutil.rmtree(os.path.join(work, name), ignore_errors=True)
        shutil.copytree(os.path.join(source, name), os.path.join(work, name))
    shutil.copy2(os.path.join(source, "..", "..", "LICENSE"), os.path.join(work, "LICENSE"))

    with open(os.path.join(source, "package-lock.json"), "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    stamp = os.path.join(work, ".lock-sha256")
    with open(os.path.join(work, ".npm.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if os.path.exists(stamp) and open(stamp).read().strip() == digest and \
                os.path.isdir(os.path.join(work, "node_modules")):
            return
        print("npm ci --ignore-scripts ...", flush=True)
        # No install script runs: none of the packages needs one to package or to test.
        r = run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], work, timeout=900)
        if r.returncode != 0:
            sys.stdout.write(r.stdout + r.stderr)
            text = r.stdout + r.stderr
            if "ENOTFOUND" in text or "EAI_AGAIN" in text or "ECONNREFUSED" in text:
                skip("npm ci: registri npm tidak dapat dihubungi")
            fail("npm ci gagal")
        with open(stamp, "w") as f:
            f.write(digest + "\n")


def tool(work, package, script):
    return ["node", os.path.join(work, "node_modules", package, script)]


def grammar(source, work):
    tests = sorted(f for f in os.listdir(os.path.join(work, "test")) if f.endswith(".ind"))
    if not tests:
        fail("tidak ada berkas uji di test/")
    argv = tool(work, "vscode-tmgrammar-test", "dist/unit.js") + [
        "-g", "syntaxes/ind.tmLanguage.json", *[os.path.join("test", t) for t in tests]]
    r = run(argv, work)
    sys.stdout.write(r.stdout + r.stderr)
    if r.returncode != 0:
        fail("vscode-tmgrammar-test menemukan cakupan yang salah")
    # Each test file says how many assertions it holds: a file that stopped asserting fails.
    count = 0
    for t in tests:
        with open(os.path.join(work, "test", t), encoding="utf-8") as f:
            count += sum(1 for line in f if line.lstrip().startswith("//") and "^" in line)
    if count < 50:
        fail(f"hanya {count} baris pernyataan cakupan")
    # A file whose header names one rule file holds lines of it as they are: a line that is no
    # longer there is a sample to update.
    root = os.path.dirname(os.path.dirname(source))
    for t in tests:
        with open(os.path.join(work, "test", t), encoding="utf-8") as f:
            lines = f.read().split("\n")
        named = lines[0].rsplit('"lines of ', 1)[-1].rstrip('"')
        real = os.path.join(root, named)
        if not os.path.isfile(real):
            continue
        with open(real, encoding="utf-8") as f:
            present = set(f.read().split("\n"))
        for line in lines[1:]:
            stripped = line.lstrip()
            if stripped.startswith("//") and ("^" in stripped or "<-" in stripped or "<~" in stripped):
                continue
            if line and line not in present:
                fail(f"test/{t}: baris tidak ada lagi di {named}: {line!r}")
    print(f"{len(tests)} berkas, {count} baris pernyataan cakupan: semua lulus")


def client(work, ind):
    r = run(["node", os.path.join(work, "scripts", "check_client.js"), work, ind], work)
    sys.stdout.write(r.stdout + r.stderr)
    if r.returncode != 0:
        fail("klien (extension.js) tidak menjalankan ind lsp sebagaimana mestinya")


def vsix(work):
    with open(os.path.join(work, "package.json")) as f:
        manifest = json.load(f)
    out = os.path.join(work, f"ind-{manifest['version']}.vsix")
    if os.path.exists(out):
        os.remove(out)
    r = run(tool(work, "@vscode/vsce", "vsce") + ["package", "--allow-missing-repository", "--out", out], work)
    sys.stdout.write(r.stdout + r.stderr)
    if r.returncode != 0 or not os.path.exists(out):
        fail("vsce package gagal")
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        for n in names:
            print(n)
        pkg = json.loads(z.read("extension/package.json"))
        grammar_json = json.loads(z.read("extension/syntaxes/ind.tmLanguage.json"))
    need = ["extension.vsixmanifest", "extension/package.json", "extension/extension.js",
            "extension/language-configuration.json", "extension/syntaxes/ind.tmLanguage.json",
            "extension/snippets/ind.json", "extension/README.md", "extension/LICENSE.txt",
            "extension/node_modules/vscode-languageclient/package.json",
            "extension/node_modules/vscode-languageclient/lib/node/main.js",
            "extension/node_modules/vscode-languageserver-protocol/package.json"]
    missing = [n for n in need if n not in names]
    if missing:
        fail(f"{out} tidak memuat: {', '.join(missing)}")
    unwanted = [n for n in names if n.startswith(("extension/test/", "extension/scripts/"))
                or "/node_modules/@vscode/vsce/" in n or "/node_modules/vscode-tmgrammar-test/" in n]
    if unwanted:
        fail(f"{out} memuat yang bukan bagian ekstensi: {', '.join(unwanted[:5])}")
    language = pkg["contributes"]["languages"][0]
    if language["id"] != "ind" or language["extensions"] != [".ind"]:
        fail(f"bahasa dalam manifest: {language}")
    settings = pkg["contributes"]["configuration"]["properties"]
    if settings["ind.path"]["default"] != "ind" or "ind.stdlib" not in settings:
        fail(f"pengaturan dalam manifest: {sorted(settings)}")
    if grammar_json["scopeName"] != "source.ind":
        fail(f"scopeName {grammar_json['scopeName']}")
    print(f"{out}: {len(names)} berkas, {os.path.getsize(out)} byte")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--ind", help="the ind program, for client")
    ap.add_argument("what", choices=["modules", "grammar", "client", "vsix"])
    args = ap.parse_args()
    source, work = os.path.abspath(args.source), os.path.abspath(args.work)
    prepare(source, work)
    if args.what == "grammar":
        grammar(source, work)
    elif args.what == "client":
        client(work, os.path.abspath(args.ind))
    elif args.what == "vsix":
        vsix(work)
    else:
        print(work)


if __name__ == "__main__":
    main()
