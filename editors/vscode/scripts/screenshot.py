#!/usr/bin/env python3
"""Makes docs/editor-highlighting.png: lines of the real rule files as the extension highlights
them (scripts/render.js, VS Code's tokenizer and Dark+ colours), photographed by headless
Chromium.

    python3 editors/vscode/scripts/screenshot.py [--work build/editors/vscode/stage]

Uses the extension's locked packages, installed as the ctest editor/ tests install them.
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
EXTENSION = HERE.parent
ROOT = EXTENSION.parent.parent
# What the picture shows: a scale with its bands, the values and an indicator of Kab. Pasuruan,
# and a rule of the standard library with a pilih.
PIECES = ["rules/kab-pasuruan.ind:51-58", "rules/kab-pasuruan.ind:112-130",
          "stdlib/ipasn.ind:259-269"]
WIDTH, HEIGHT = 900, 840


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=str(ROOT / "build" / "editors" / "vscode" / "stage"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "editor-highlighting.png"))
    args = ap.parse_args()
    subprocess.run([sys.executable, str(HERE / "editor_tests.py"), "--source", str(EXTENSION),
                    "--work", args.work, "modules"], check=True)
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        sys.exit("chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "editor.html")
        subprocess.run(["node", str(HERE / "render.js"),
                        str(EXTENSION / "syntaxes" / "ind.tmLanguage.json"), page,
                        *[str(ROOT / p) for p in PIECES]],
                       check=True, cwd=args.work, env=dict(os.environ, NODE_PATH=os.path.join(
                           args.work, "node_modules")))
        shot = os.path.join(tmp, "shot.png")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        "--hide-scrollbars", f"--user-data-dir={tmp}/profile",
                        f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={shot}",
                        "file://" + page], check=True, capture_output=True)
        # A palette of 64 colours keeps the picture small (pngquant, a Debian package).
        if shutil.which("pngquant"):
            subprocess.run(["pngquant", "--force", "--output", args.out, "64", shot], check=True)
        else:
            shutil.copy(shot, args.out)
    print(f"{args.out}: {os.path.getsize(args.out)} byte")


if __name__ == "__main__":
    main()
