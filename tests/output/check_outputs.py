#!/usr/bin/env python3
"""Output-safety test: `--out` and `--rows` never lose a file, whatever the target.

    check_outputs.py --ind build/ind

Everything happens in a fresh temporary folder (removed afterwards): copies of a small rule file,
a module it uses, a data folder with a printed-figures file, and a generated roster. Checked:
  - every spelling of an input as --out or --rows (DIR/, DIR/./f, DIR/../DIR/f, an absolute
    path, a folder reached through a symbolic link, a link to the file) is refused (exit 2) for
    the rule file, the module used, each data file, the printed-figures file and the roster,
    in eval and audit; so are --rows and --out naming one file;
  - a FIFO and a character device (made with mkfifo/mknod in the temporary folder, never a real
    /dev node) stay what they are and receive the output; one that refuses writes (as
    /dev/full does) is an error (exit 2);
  - links planted at the old fixed temporary names, and a link at the target, are not written
    through;
  - concurrent writers to one --out leave one whole report;
  - `kill -9` in the middle of a large --rows write leaves the old file or the whole new one,
    and only temporaries with unique, recognisable names, which a later run neither reuses nor
    trips over;
  - a CSV report written with --out in the Indonesian locale starts with the UTF-8 byte order
    mark (also each file of a folder/), and none does on stdout, in --locale en or with
    --tanpa-bom unless --bom asks for it;
  - afterwards every input file is byte-identical.
Exit 0 when all hold; 1 with the failures listed.
"""
import argparse
import glob
import hashlib
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time

REFUSED_OUT = "--out tidak boleh menimpa berkas aturan atau berkas di folder data"
REFUSED_ROWS = "--rows tidak boleh menimpa berkas aturan atau berkas data"
REFUSED_BOTH = "--rows dan --out menyebut berkas yang sama"

RULES = """instansi "Contoh" renstra 2024..2024
pakai lokal

tabel skor "skor.csv" {
  kolom unsur teks
  kolom nilai desimal
}
tercetak "tercetak.csv"

indikator indeks "Indeks contoh" {
  tingkat tujuan; satuan indeks; arah naik
  rumus jumlah(skor.nilai) + lokal.tambahan bulat 2
  target 2024: 80
}
"""
MODULE = 'modul lokal "Modul lokal"\ntetapan tambahan = 1\n'
SCORES = "unsur;nilai\nSatu;40,5\nDua;41,25\n"
PRINTED = "lokasi;objek;besaran;nilai;periode\nTabel 1;indeks;realisasi;82,75;\n"
ROSTER_RULES = """instansi "Roster contoh"

tabel pegawai "roster.csv" "Roster contoh" {
  pemisah ","
  kolom nip teks
  kolom unit teks
  kolom nilai desimal
  kolom selisih = nilai - 10
}

nilai jumlah_pegawai "Banyak pegawai" = hitung(pegawai)
"""

failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def run(ind, args, cwd, timeout=120):
    return subprocess.run([ind] + args, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def expect_refused(ind, args, cwd, message, what):
    r = run(ind, args, cwd)
    if r.returncode != 2 or message not in r.stderr:
        fail(f"{what}: exit {r.returncode}, stderr {r.stderr.strip()!r}")


def temporaries(folder):
    return sorted(glob.glob(os.path.join(folder, ".*.ind-tmp-*")) +
                  glob.glob(os.path.join(folder, "*.ind-tmp*")))


def spellings(root, folder, name):
    """Ways to name root/folder/name other than as written."""
    return [f"{folder}/./{name}", f"{folder}/../{folder}/{name}", f"./{folder}/{name}",
            os.path.join(root, folder, name), f"tautan-{folder}/{name}", f"tautan-{name}"]


def check_spellings(ind, root):
    os.symlink("data", os.path.join(root, "tautan-data"))
    os.symlink("modul", os.path.join(root, "tautan-modul"))
    for name in ("skor.csv", "tercetak.csv"):
        os.symlink(f"data/{name}", os.path.join(root, f"tautan-{name}"))
    os.symlink("modul/lokal.ind", os.path.join(root, "tautan-lokal.ind"))
    os.symlink("modul/aturan.ind", os.path.join(root, "tautan-aturan.ind"))
    for data in ("data", "data/", "./data", os.path.join(root, "data"), "tautan-data/"):
        for command in ("eval", "audit"):
            base = [command, "modul/aturan.ind", "--data", data, "--period", "2024"]
            for name in ("skor.csv", "tercetak.csv"):
                for out in spellings(root, "data", name):
                    expect_refused(ind, base + ["--out", out], root, REFUSED_OUT,
                                   f"{command} --data {data} --out {out}")
            for name in ("aturan.ind", "lokal.ind"):
                for out in spellings(root, "modul", name):
                    expect_refused(ind, base + ["--out", out], root, REFUSED_OUT,
                                   f"{command} --data {data} --out {out}")
    # The roster and its rule file, as --rows and as --out.
    base = ["eval", "roster/roster.ind", "--data", "roster/roster.csv"]
    os.symlink("roster", os.path.join(root, "tautan-roster"))
    os.symlink("roster/roster.csv", os.path.join(root, "tautan-roster.csv"))
    for name in ("roster.csv", "roster.ind"):
        for target in spellings(root, "roster", name):
            if target == "tautan-roster.ind":
                continue
            expect_refused(ind, base + ["--rows", target], root, REFUSED_ROWS, f"--rows {target}")
            expect_refused(ind, base + ["--out", target], root, REFUSED_OUT, f"--out {target}")
    for rows, out in (("hasil.csv", "hasil.csv"), ("hasil.csv", "./hasil.csv"),
                      ("hasil.csv", "roster/../hasil.csv"),
                      ("hasil.csv", os.path.join(root, "hasil.csv"))):
        expect_refused(ind, base + ["--rows", rows, "--out", out], root, REFUSED_BOTH,
                       f"--rows {rows} --out {out}")
        if os.path.exists(os.path.join(root, "hasil.csv")):
            fail(f"--rows {rows} --out {out}: hasil.csv was written")


def reader(path, into):
    with open(path, "rb") as f:
        into.append(f.read())


def check_special_targets(ind, root):
    expected = run(ind, ["eval", "modul/aturan.ind", "--data", "data", "--period", "2024"],
                   root).stdout.encode()
    roster = ["eval", "roster/roster.ind", "--data", "roster/roster.csv"]
    reference = os.path.join(root, "baris-acuan.csv")
    run(ind, roster + ["--rows", reference], root)
    with open(reference, "rb") as f:
        rows_expected = f.read()
    fifo = os.path.join(root, "pipa")
    os.mkfifo(fifo)
    for option, wanted in (("--out", expected), ("--rows", rows_expected)):
        got = []
        t = threading.Thread(target=reader, args=(fifo, got))
        t.start()
        args = (["eval", "modul/aturan.ind", "--data", "data", "--period", "2024", "--out", fifo]
                if option == "--out" else roster + ["--rows", fifo])
        r = run(ind, args, root, timeout=60)
        t.join(60)
        if r.returncode != 0 or not stat.S_ISFIFO(os.lstat(fifo).st_mode):
            fail(f"{option} FIFO: exit {r.returncode} {r.stderr.strip()!r}, still a FIFO: "
                 f"{stat.S_ISFIFO(os.lstat(fifo).st_mode)}")
        elif got != [wanted]:
            fail(f"{option} FIFO: the reader got {len(got[0]) if got else 0} bytes, "
                 f"expected {len(wanted)}")
    device = os.path.join(root, "perangkat")
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # what /dev/null is
    except PermissionError:
        print("skip: mknod needs root; the character device case is not checked")
        return
    for option in ("--out", "--rows"):
        args = (["eval", "modul/aturan.ind", "--data", "data", "--period", "2024", "--out", device]
                if option == "--out" else roster + ["--rows", device])
        r = run(ind, args, root)
        mode = os.lstat(device).st_mode
        if r.returncode != 0 or not stat.S_ISCHR(mode):
            fail(f"{option} character device: exit {r.returncode}, still a device: "
                 f"{stat.S_ISCHR(mode)}")
    # A FIFO or a device is written from a temporary in the system's temporary folder.
    # A device that refuses what is written (what /dev/full is): an error, exit 2, nothing left.
    full = os.path.join(root, "penuh")
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    r = run(ind, ["eval", "modul/aturan.ind", "--data", "data", "--period", "2024", "--out", full],
            root)
    if r.returncode != 2 or "gagal menulis" not in r.stderr or not stat.S_ISCHR(os.lstat(full).st_mode):
        fail(f"--out onto a full device: exit {r.returncode}, {r.stderr.strip()!r}")
    ours = [t for t in temporaries(tempfile.gettempdir())
            if os.path.basename(t).startswith((".pipa.", ".perangkat.", ".penuh."))]
    if temporaries(root) or ours:
        fail(f"temporaries left: {temporaries(root) + ours}")


def check_planted_links(ind, root):
    victim = os.path.join(root, "korban.txt")
    write(victim, "jangan ditimpa\n")
    before = digest(victim)
    # The old fixed temporary names, pointing at a file that is not the target.
    os.symlink(victim, os.path.join(root, "laporan.txt.ind-tmp"))
    os.symlink(victim, os.path.join(root, "baris.csv.ind-tmp"))
    for i in range(4):
        os.symlink(victim, os.path.join(root, f"baris.csv.ind-tmp.{i}"))
    r = run(ind, ["eval", "modul/aturan.ind", "--data", "data", "--period", "2024", "--out",
                  "laporan.txt"], root)
    r2 = run(ind, ["eval", "roster/roster.ind", "--data", "roster/roster.csv", "--rows",
                   "baris.csv", "--threads", "4"], root)
    if r.returncode != 0 or r2.returncode != 0:
        fail(f"planted links: exit {r.returncode}/{r2.returncode} {r.stderr}{r2.stderr}")
    if digest(victim) != before:
        fail("planted links: the file a planted link points to was written")
    if not os.path.islink(os.path.join(root, "laporan.txt.ind-tmp")):
        fail("planted links: the link at laporan.txt.ind-tmp was replaced")
    for planted in glob.glob(os.path.join(root, "*.ind-tmp*")):
        os.remove(planted)
    if temporaries(root):
        fail(f"planted links: temporaries left: {temporaries(root)}")
    # A link at the target itself is replaced by the report; what it pointed to stays.
    os.symlink(victim, os.path.join(root, "tautan-laporan.txt"))
    r = run(ind, ["eval", "modul/aturan.ind", "--data", "data", "--period", "2024", "--out",
                  "tautan-laporan.txt"], root)
    target = os.path.join(root, "tautan-laporan.txt")
    if r.returncode != 0 or os.path.islink(target) or digest(victim) != before:
        fail(f"link at the target: exit {r.returncode}, still a link {os.path.islink(target)}, "
             f"victim intact {digest(victim) == before}")


def check_concurrent(ind, root):
    commands = []
    for fmt in ("table", "json", "md", "csv"):
        commands.append(["eval", "modul/aturan.ind", "--data", "data", "--period", "2024",
                         "--format", fmt] + (["--tanpa-bom"] if fmt == "csv" else []))
    wanted = {run(ind, c, root).stdout.encode() for c in commands}
    target = os.path.join(root, "bersama.txt")
    for trial in range(5):
        procs = [subprocess.Popen([ind] + c + ["--out", target], cwd=root,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for c in commands for _ in range(2)]
        codes = [p.wait(60) for p in procs]
        with open(target, "rb") as f:
            content = f.read()
        if any(codes) or content not in wanted:
            fail(f"concurrent writers, trial {trial}: exits {codes}, the target holds "
                 f"{len(content)} bytes that are no whole report")
    if temporaries(root):
        fail(f"concurrent writers left temporaries: {temporaries(root)}")


def check_kill(ind, root, rows):
    big = os.path.join(root, "besar")
    os.makedirs(big)
    shutil.copy(os.path.join(root, "roster", "roster.ind"), big)
    with open(os.path.join(big, "roster.csv"), "w", encoding="utf-8") as f:
        f.write("nip,unit,nilai\n")
        for i in range(rows):
            f.write(f"{198000000000 + i},UK{i % 60:03d},{i % 97}\n")
    args = ["eval", "besar/roster.ind", "--data", "besar/roster.csv", "--threads", "2"]
    reference = os.path.join(root, "besar-acuan.csv")
    started = time.monotonic()
    r = run(ind, args + ["--rows", reference], root, timeout=300)
    took = time.monotonic() - started
    if r.returncode != 0:
        fail(f"large --rows: exit {r.returncode} {r.stderr}")
        return
    whole = digest(reference)
    target = os.path.join(root, "besar-baris.csv")
    write(target, "isi lama\n")
    old = digest(target)
    killed = 0
    for trial in range(12):
        p = subprocess.Popen([ind] + args + ["--rows", target], cwd=root,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.05, took * 1.1))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            killed += 1
        p.wait()
        now = digest(target)
        if now not in (old, whole):
            fail(f"kill -9, trial {trial}: the target is neither the old file nor the whole new one")
        old = now
    left = temporaries(root)
    if any(not os.path.basename(t).startswith(".besar-baris.csv") or ".ind-tmp-" not in t
           for t in left):
        fail(f"kill -9: temporaries not named after their target: {left}")
    r = run(ind, args + ["--rows", target], root, timeout=300)
    if r.returncode != 0 or digest(target) != whole:
        fail(f"a run after the kills: exit {r.returncode} {r.stderr}")
    if temporaries(root) != left:
        fail("a run after the kills left a temporary of its own or reused one")
    print(f"kill -9: {killed} of 12 runs killed while writing ({took:.2f} s a run); "
          f"{len(left)} temporaries left, each named .besar-baris.csv.*.ind-tmp-XXXXXX")


BOM = b"\xef\xbb\xbf"


def check_bom(ind, root):
    base = ["eval", "modul/aturan.ind", "--data", "data", "--period", "2024", "--format", "csv"]
    cases = [  # (extra arguments, file written or None for stdout, BOM expected)
        (["--out", "bom/a.csv"], "bom/a.csv", True),
        (["--out", "bom/b.csv", "--tanpa-bom"], "bom/b.csv", False),
        (["--out", "bom/c.csv", "--locale", "en"], "bom/c.csv", False),
        (["--out", "bom/d.csv", "--locale", "en", "--bom"], "bom/d.csv", True),
        ([], None, False),
        (["--bom"], None, True),
    ]
    os.makedirs(os.path.join(root, "bom"))
    for extra, target, expected in cases:
        r = subprocess.run([ind] + base + extra, cwd=root, capture_output=True, timeout=120)
        if r.returncode != 0:
            fail(f"bom {extra}: exit {r.returncode}, stderr {r.stderr!r}")
            continue
        content = r.stdout
        if target:
            with open(os.path.join(root, target), "rb") as f:
                content = f.read()
        if content.startswith(BOM) != expected or content[3 if expected else 0:].startswith(BOM):
            fail(f"bom {extra}: starts with {content[:6]!r}, BOM expected {expected}")
    r = run(ind, base + ["--out", "bom/tabel/"], root)
    names = sorted(os.listdir(os.path.join(root, "bom", "tabel"))) if r.returncode == 0 else []
    if not names:
        fail(f"bom folder/: exit {r.returncode}, stderr {r.stderr.strip()!r}")
    for name in names:
        with open(os.path.join(root, "bom", "tabel", name), "rb") as f:
            if not f.read().startswith(BOM):
                fail(f"bom folder/: {name} does not start with the byte order mark")


def main():
    # Reports are compared byte for byte: their provenance stamp must not carry the clock time.
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    parser = argparse.ArgumentParser()
    parser.add_argument("--ind", required=True)
    parser.add_argument("--rows", type=int, default=400000, help="rows of the kill -9 roster")
    args = parser.parse_args()
    ind = os.path.abspath(args.ind)
    root = tempfile.mkdtemp(prefix="ind-output-")
    try:
        for folder in ("data", "modul", "roster"):
            os.makedirs(os.path.join(root, folder))
        write(os.path.join(root, "modul", "aturan.ind"), RULES)
        write(os.path.join(root, "modul", "lokal.ind"), MODULE)
        write(os.path.join(root, "data", "skor.csv"), SCORES)
        write(os.path.join(root, "data", "tercetak.csv"), PRINTED)
        write(os.path.join(root, "roster", "roster.ind"), ROSTER_RULES)
        write(os.path.join(root, "roster", "roster.csv"),
              "nip,unit,nilai\n" + "".join(f"19800{i},UK{i % 3},{i % 11}\n" for i in range(3000)))
        inputs = [os.path.join(root, f) for f in ("modul/aturan.ind", "modul/lokal.ind",
                                                  "data/skor.csv", "data/tercetak.csv",
                                                  "roster/roster.ind", "roster/roster.csv")]
        before = {p: digest(p) for p in inputs}
        r = run(ind, ["audit", "modul/aturan.ind", "--data", "data", "--period", "2024"], root)
        if r.returncode not in (0, 1):
            fail(f"the audit set-up does not run: {r.stderr}")
        check_spellings(ind, root)
        check_special_targets(ind, root)
        check_planted_links(ind, root)
        check_concurrent(ind, root)
        check_kill(ind, root, args.rows)
        check_bom(ind, root)
        for p in inputs:
            if digest(p) != before[p]:
                fail(f"input changed: {os.path.relpath(p, root)}")
        if os.listdir(os.path.join(root, "data")) != [] and \
                sorted(os.listdir(os.path.join(root, "data"))) != ["skor.csv", "tercetak.csv"]:
            fail(f"files written into the data folder: {os.listdir(os.path.join(root, 'data'))}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if failures:
        print(f"{len(failures)} failures")
        return 1
    print("ok: output safety")
    return 0


if __name__ == "__main__":
    sys.exit(main())
