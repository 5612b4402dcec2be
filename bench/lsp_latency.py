#!/usr/bin/env python3
"""How long `ind lsp` takes from a change of a document to its diagnostics.

    python3 bench/lsp_latency.py --ind build/ind [--changes 50] [FILE.ind ...]

Without files it measures a generated rule file of at least 500 lines: rules/kab-pasuruan.ind followed by
values and indicators that use each other and the standard library. Each change edits one
formula (alternately a correct and a misspelt name), so that every analysis runs load, resolve
and check over the whole file and the modules it uses. Prints the median and the slowest time
per file. A benchmark to report, not a test: the numbers depend on the machine.
"""

import argparse
import json
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def generated(lines: int) -> str:
    text = (ROOT / "rules" / "kab-pasuruan.ind").read_text(encoding="utf-8")
    out = [text.rstrip("\n"), "", "// Dibangkitkan untuk mengukur waktu diagnostik."]
    k = 0
    while len("\n".join(out).splitlines()) < lines:
        prev = f"v{k - 1}" if k else "ip_asn_pns"
        out.append(f"nilai v{k} \"Nilai {k}\" = {prev} + jumlah(ipasn_dimensi.pns) / 2 bulat 2")
        if k % 5 == 4:
            out += [f"indikator i{k} \"Indikator {k}\" {{", "  tingkat program", "  induk ip_asn",
                    "  satuan nilai", f"  rumus v{k} bulat 2", "  target 2024: 80  2025: 81  2026: 82",
                    "  kategori ipasn.kategori", "  capaian = capaian.naik(realisasi; target) bulat 1",
                    "}"]
        k += 1
    return "\n".join(out) + "\n"


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def receive(proc):
    length = 0
    while True:
        line = proc.stdout.readline().strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(proc.stdout.read(length))


def measure(ind, path: pathlib.Path, text: str, changes: int):
    proc = subprocess.Popen([ind, "lsp", "--stdlib", str(ROOT / "stdlib")], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    uri = path.resolve().as_uri()
    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}})
    receive(proc)
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": "ind", "version": 0, "text": text}}})
    while receive(proc).get("method") != "textDocument/publishDiagnostics":
        pass
    times = []
    counts = set()
    for version in range(1, changes + 1):
        edited = text.replace("ip_asn_pppk)", "ip_asn_ppk)" if version % 2 else "ip_asn_pppk)", 1)
        start = time.perf_counter()
        send(proc, {"jsonrpc": "2.0", "method": "textDocument/didChange",
                    "params": {"textDocument": {"uri": uri, "version": version},
                               "contentChanges": [{"text": edited}]}})
        while True:
            m = receive(proc)
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version:
                break
        times.append((time.perf_counter() - start) * 1000)
        counts.add(len(m["params"]["diagnostics"]))
    send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    receive(proc)
    send(proc, {"jsonrpc": "2.0", "method": "exit"})
    proc.wait()
    return times, sorted(counts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ind", required=True)
    parser.add_argument("--changes", type=int, default=50)
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        cases = [pathlib.Path(f) for f in args.files]
        if not cases:
            path = pathlib.Path(folder) / "kab-uji-500.ind"
            path.write_text(generated(500), encoding="utf-8")
            cases = [path]
        for path in cases:
            text = path.read_text(encoding="utf-8")
            times, counts = measure(args.ind, path, text, args.changes)
            print(f"{path.name}: {len(text.splitlines())} baris, {args.changes} perubahan, "
                  f"diagnostik per versi {counts}: median {statistics.median(times):.1f} ms, "
                  f"terlama {max(times):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
