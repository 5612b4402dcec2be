#!/usr/bin/env python3
"""An LSP client that drives `ind lsp` as an editor would and checks its answers.

    python3 tests/lsp/check_lsp.py --ind build/ind [--root REPO]

It opens rules/kab-pasuruan.ind from the editor's (unsaved) text with a misspelt name, and checks
the diagnostic (range, code, message) and its quick fix; hovers `ipasn.kategori` and checks its
citation; asks where `ipasn.rata_jenis` is defined (file and line of stdlib/ipasn.ind); lists the
references of a value; completes after `ipasn_dimensi.`; reads the outline; formats an untidy
text and compares with `ind fmt`; completes the labels of a scale at a key of `pilih`; measures
nothing. It
also sends malformed JSON, a bad header and an unknown method, and checks that the server answers
each and still serves after them, and that `shutdown` then `exit` ends it with status 0.
"""

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import threading
import queue


class Client:
    def __init__(self, command):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        self.messages = queue.Queue()
        self.next_id = 0
        self.unclaimed = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            self.messages.put(json.loads(out.read(length)))

    def send_raw(self, data: bytes):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode()
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id)

    def wait(self, wanted, timeout=30):
        # Messages that arrive while another is awaited are kept: diagnostics may come before or
        # after the answer to a request sent right after a change.
        for i, m in enumerate(self.unclaimed):
            if wanted(m):
                return self.unclaimed.pop(i)
        while True:
            m = self.messages.get(timeout=timeout)
            if m is None:
                raise AssertionError("the server ended; stderr: " +
                                     self.proc.stderr.read().decode(errors="replace"))
            if wanted(m):
                return m
            self.unclaimed.append(m)

    def diagnostics(self, uri, version):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and
                         m["params"]["uri"] == uri and m["params"].get("version") == version)["params"]


failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def position_of(text, needle, after=0, occurrence=0):
    """The LSP position (0-based line, UTF-16 column) of a needle in text."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(needle, at + 1)
    at += after
    line = text.count("\n", 0, at)
    start = text.rfind("\n", 0, at) + 1
    return {"line": line, "character": len(text[start:at].encode("utf-16-le")) // 2}


def apply_edits(text, edits):
    """The text after LSP TextEdits (ranges in UTF-16 units of the text before them)."""
    lines = text.split("\n")

    def offset(p):
        before = sum(len(l) + 1 for l in lines[:p["line"]])
        line = lines[p["line"]] if p["line"] < len(lines) else ""
        units = line.encode("utf-16-le")[:2 * p["character"]].decode("utf-16-le")
        return before + len(units)

    for e in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]),
                    reverse=True):
        text = text[:offset(e["range"]["start"])] + e["newText"] + text[offset(e["range"]["end"]):]
    return text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ind", required=True)
    parser.add_argument("--root", default=str(pathlib.Path(__file__).resolve().parents[2]))
    args = parser.parse_args()
    root = pathlib.Path(args.root).resolve()
    rules = root / "rules" / "kab-pasuruan.ind"
    stdlib = root / "stdlib"
    uri = rules.as_uri()
    good = rules.read_text(encoding="utf-8")

    c = Client([args.ind, "lsp", "--stdlib", str(stdlib)])
    # Before initialize a request is refused, and the server lives on.
    early = c.request("textDocument/hover", {})
    check(early.get("error", {}).get("code") == -32002, "a request before initialize is refused")
    init = c.request("initialize", {"processId": None, "rootUri": root.as_uri(), "capabilities": {}})
    caps = init["result"]["capabilities"]
    check(caps["textDocumentSync"]["change"] == 1 and caps["hoverProvider"], "initialize: full sync, hover")
    c.notify("initialized", {})

    # 1. A misspelt name in the editor's text (not on disk): one E-NAMA with its range and a fix.
    # A non-ASCII comment before it on the same line checks the UTF-16 columns.
    misspelt = good.replace("nilai ip_asn_pppk \"IP ASN PPPK\" = jumlah(ipasn_dimensi.pppk) bulat 2",
                            "nilai ip_asn_pppk \"IP ASN PPPK — ≥𝟙\" = jumlah(ipasn_dimensi.pppk) bulat 2")
    misspelt = misspelt.replace("rumus ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk)",
                                "rumus ipasn.rata_jenis(ip_asn_pns; ip_asn_ppk)")
    assert misspelt != good
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "ind", "version": 1,
                                                        "text": misspelt}})
    published = c.diagnostics(uri, 1)
    names = [d for d in published["diagnostics"] if d["code"] == "E-NAMA"]
    check(len(names) == 1, f"one E-NAMA diagnostic (got {published['diagnostics']})")
    d = names[0] if names else {}
    start = position_of(misspelt, "ip_asn_ppk)")
    expected = {"start": start, "end": {"line": start["line"], "character": start["character"] + 10}}
    check(d.get("range") == expected, f"its range is the misspelt name: {d.get('range')} == {expected}")
    check(d.get("severity") == 1 and d.get("source") == "ind", "an error from ind")
    check(d.get("message", "").startswith("nama 'ip_asn_ppk' tidak dikenal") and
          "mungkin maksud Anda 'ip_asn_pppk'" in d.get("message", ""),
          f"the message and hint of ind check: {d.get('message')!r}")
    check(published.get("version") == 1, "diagnostics name the document version")
    actions = c.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": expected,
                                                   "context": {"diagnostics": [d]}})["result"]
    fix = actions[0] if actions else {}
    edit = fix.get("edit", {}).get("changes", {}).get(uri, [{}])[0]
    check(fix.get("kind") == "quickfix" and edit.get("newText") == "ip_asn_pppk" and
          edit.get("range") == expected, f"the quick fix writes the suggested name: {fix}")

    # The non-ASCII title: a position after it converts by UTF-16 units (— is 1, 𝟙 is 2).
    hover_after = c.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                    "position": position_of(misspelt, "ipasn_dimensi.pppk", 15)})
    check("kolom" in json.dumps(hover_after.get("result")) and "pppk" in json.dumps(hover_after.get("result")),
          f"hover after non-ASCII text finds the column: {hover_after.get('result')}")
    hr = (hover_after.get("result") or {}).get("range", {})
    col = position_of(misspelt, "ipasn_dimensi.pppk")
    check(hr.get("start") == col, f"its range starts at UTF-16 column {col['character']}: {hr}")

    # 2. The fixed text: no diagnostics left.
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                        "contentChanges": [{"text": good}]})
    published = c.diagnostics(uri, 2)
    check(published["version"] == 2, "the diagnostics of version 2")
    # The same findings as `ind check` on the file, at the same places: its short form says
    # file:line:column: severity[CODE]: message.
    run = subprocess.run([args.ind, "check", "--diagnostics", "short", "--stdlib", str(stdlib), str(rules)],
                         capture_output=True, text=True)
    expected_findings = []
    for line in run.stderr.splitlines():
        place, _, rest = line.partition(": ")
        _, line_no, column = place.rsplit(":", 2)
        level, _, rest = rest.partition("[")
        code, _, message = rest.partition("]: ")
        expected_findings.append((int(line_no) - 1, int(column) - 1, 1 if level == "error" else 2, code, message))
    found = [(d["range"]["start"]["line"], d["range"]["start"]["character"], d["severity"], d["code"],
              d["message"].split("\n")[0]) for d in published["diagnostics"]]
    check(len(expected_findings) == 3 and found == expected_findings,
          f"the corrected text has the findings of ind check: {found} == {expected_findings}")

    # 3. Hover a stdlib name: its kind, bands and citation.
    hover = c.request("textDocument/hover", {"textDocument": {"uri": uri},
                                             "position": position_of(good, "kategori ipasn.kategori", 16)})
    text = (hover.get("result") or {}).get("contents", {}).get("value", "")
    check("**skala** `ipasn.kategori`" in text, f"hover says skala ipasn.kategori: {text[:80]!r}")
    check("**dasar** Perban BKN 8/2019, sebutan tingkat profesionalitas" in text,
          "hover shows the citation (dasar)")
    check("**status** terkonfirmasi" in text and "**berlaku** sejak 2019" in text,
          "hover shows status and berlaku")
    check('(90..100] "Sangat Tinggi"' in text, "hover shows the bands")

    hover = c.request("textDocument/hover", {"textDocument": {"uri": uri},
                                             "position": position_of(good, "indikator ip_asn ", 11)})
    text = (hover.get("result") or {}).get("contents", {}).get("value", "")
    check("**indikator** `ip_asn` — Indeks Profesionalitas ASN" in text and "**satuan** indeks" in text
          and "rumus ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk) bulat 2" in text and
          "**target 2024** 71,17" in text, f"hover of an indicator: {text!r}")

    # An indicator whose rumus has versions by period: each with its periods, then the data.
    versioned = root / "tests" / "golden" / "berlaku" / "berlaku.ind"
    versioned_text = versioned.read_text(encoding="utf-8")
    c.notify("textDocument/didOpen", {"textDocument": {"uri": versioned.as_uri(), "languageId": "ind",
                                                        "version": 1, "text": versioned_text}})
    hover = c.request("textDocument/hover", {"textDocument": {"uri": versioned.as_uri()},
                                             "position": position_of(versioned_text, "indikator kepuasan ", 11)})
    text = (hover.get("result") or {}).get("contents", {}).get("value", "")
    check("rumus realisasi(puas) / realisasi(responden) * 100 bulat 2 berlaku sampai 2021" in text and
          "rumus (realisasi(pelayanan) + realisasi(sarana)) / 2 bulat 2 berlaku sejak 2022" in text and
          "periode lain: realisasi dari data" in text, f"hover of versions of a rumus: {text!r}")

    hover = c.request("textDocument/hover", {"textDocument": {"uri": uri},
                                             "position": position_of(good, "pakai capaian, efisiensi, ipasn", 27)})
    text = (hover.get("result") or {}).get("contents", {}).get("value", "")
    check(text.startswith("**modul** `ipasn`") and "IP ASN: the four dimensions (`dimensi`)" in text,
          f"hover of a pakai module gives its README summary: {text[:120]!r}")

    # A table: its file and the workbook sheet standing for it.
    hover = c.request("textDocument/hover", {"textDocument": {"uri": uri},
                                             "position": position_of(good, "tabel ipasn_dimensi", 7)})
    text = (hover.get("result") or {}).get("contents", {}).get("value", "")
    check("berkas `ipasn_dimensi.csv` (lembar `ipasn_dimensi` dalam buku kerja)" in text,
          f"hover of a table names its file and sheet: {text!r}")

    # 4. Definition of a stdlib rule: stdlib/ipasn.ind, the line of `aturan rata_jenis(`.
    where = c.request("textDocument/definition", {"textDocument": {"uri": uri},
                                                  "position": position_of(good, "ipasn.rata_jenis", 8)})
    loc = where.get("result") or {}
    ipasn = (stdlib / "ipasn.ind").read_text(encoding="utf-8")
    line = ipasn[:ipasn.index("aturan rata_jenis(")].count("\n")
    check(loc.get("uri") == (stdlib / "ipasn.ind").as_uri() and loc["range"]["start"]["line"] == line,
          f"definition of ipasn.rata_jenis is stdlib/ipasn.ind line {line + 1}: {loc}")
    where = c.request("textDocument/definition", {"textDocument": {"uri": uri},
                                                  "position": position_of(good, "jumlah(ipasn_dimensi.pns)", 10)})
    loc = where.get("result") or {}
    check(loc.get("uri") == uri and loc["range"]["start"]["line"] == good[:good.index("tabel ipasn_dimensi")].count("\n"),
          "definition of a table is its declaration")

    # 5. References of a value: its declaration and the formula that uses it.
    refs = c.request("textDocument/references", {"textDocument": {"uri": uri},
                                                 "position": position_of(good, "nilai ip_asn_pns", 7),
                                                 "context": {"includeDeclaration": True}})["result"]
    lines = sorted(r["range"]["start"]["line"] for r in refs)
    check(lines == sorted([position_of(good, "nilai ip_asn_pns")["line"],
                           position_of(good, "(ip_asn_pns;")["line"]]), f"references of ip_asn_pns: {lines}")

    # 6. Completion after `ipasn_dimensi.` while the text does not parse.
    typing = good.replace("nilai ip_asn_pns \"IP ASN PNS\" = jumlah(ipasn_dimensi.pns) bulat 2",
                          "nilai ip_asn_pns \"IP ASN PNS\" = jumlah(ipasn_dimensi.")
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                        "contentChanges": [{"text": typing}]})
    items = c.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                  "position": position_of(typing, "ipasn_dimensi.\n", 14)})["result"]
    check([i["label"] for i in items] == ["dimensi", "pns", "pppk"],
          f"completion after ipasn_dimensi. gives its columns: {[i['label'] for i in items]}")
    published = c.diagnostics(uri, 3)
    check(any(d["code"].startswith("E-SINTAKS") or d["severity"] == 1 for d in published["diagnostics"]),
          "the unfinished text has a syntax error")
    items = c.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                  "position": position_of(typing, "bulat 2\n\n// ----", 7)})["result"]
    labels = {i["label"]: i for i in items}
    check("ip_asn_pppk" in labels and "indikator" in labels and "ipasn" in labels and
          labels.get("persen", {}).get("detail") == "persen(a; b)",
          "completion offers names, keywords, modules and builtins with their signatures")

    # 7. The outline: indicators under their induk.
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 4},
                                        "contentChanges": [{"text": good}]})
    symbols = c.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})["result"]
    top = {s["name"]: s for s in symbols}
    check("ipasn_dimensi" in top and [k["name"] for k in top["ipasn_dimensi"]["children"]] == ["dimensi", "pns", "pppk"],
          "outline: a table and its columns")
    children = [k["name"] for k in top.get("ip_asn", {}).get("children", [])]
    check(children[:2] == ["indeks_sistem_merit", "nilai_sakip"], f"outline: ip_asn holds its sasaran {children}")

    # 8. Formatting: the edits give exactly what `ind fmt` writes; none for a tidy text; null for
    # a text that does not parse.
    untidy = good.replace('nilai ip_asn_pns "IP ASN PNS" = jumlah(ipasn_dimensi.pns) bulat 2',
                          'nilai ip_asn_pns   "IP ASN PNS" =  jumlah( ipasn_dimensi.pns )  bulat 2')
    untidy = untidy.replace('  [85..100) "Sangat Baik"', '      [85 .. 100)   "Sangat Baik"', 1)
    assert untidy != good
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 5},
                                        "contentChanges": [{"text": untidy}]})
    with tempfile.TemporaryDirectory() as tmp:
        copy = pathlib.Path(tmp) / "kab-pasuruan.ind"
        copy.write_text(untidy, encoding="utf-8")
        subprocess.run([args.ind, "fmt", str(copy)], check=True, capture_output=True)
        by_fmt = copy.read_text(encoding="utf-8")
    edits = c.request("textDocument/formatting", {"textDocument": {"uri": uri},
                                                  "options": {"tabSize": 4, "insertSpaces": True}})["result"]
    check(caps.get("documentFormattingProvider") is True, "initialize: formatting")
    check(apply_edits(untidy, edits or []) == by_fmt == good,
          "formatting gives the text ind fmt writes (here: the file as committed)")
    last = untidy.split("\n").index('nilai ip_asn_pns   "IP ASN PNS" =  jumlah( ipasn_dimensi.pns )  bulat 2')
    check(len(edits or []) == 1 and edits[0]["range"]["start"]["line"] ==
          untidy[:untidy.index('      [85 .. 100)')].count("\n") and
          edits[0]["range"]["end"]["line"] == last + 1,
          f"one edit, of the lines from the first change to the last: {[e['range'] for e in edits or []]}")
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 6},
                                        "contentChanges": [{"text": good}]})
    tidy = c.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})["result"]
    check(tidy == [], f"a tidy text gets no edit: {tidy}")
    broken = good.replace("bulat 2\nnilai ip_asn_pppk", "bulat (\nnilai ip_asn_pppk", 1)
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 7},
                                        "contentChanges": [{"text": broken}]})
    none = c.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})
    check("result" in none and none["result"] is None, f"a text that does not parse is left alone: {none}")

    # 9. Completion of the labels of a scale at a key of `pilih`.
    choosing = good.replace("// ------------------------------------------------------------------ tujuan", """\
nilai sebutan_pns "Sebutan IP ASN PNS" = kelas(ipasn.kategori; ip_asn_pns)
nilai skor_sebutan "Skor sebutan" =
  pilih sebutan_pns {
    "Sangat Tinggi": 4

    lainnya: 0
  }
aturan skor_kode(kode) "Skor kode" =
  pilih kode {
    "A": 1

    lainnya: 0
  }

// ------------------------------------------------------------------ tujuan""")
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 8},
                                        "contentChanges": [{"text": choosing}]})
    key = position_of(choosing, '"Sangat Tinggi": 4\n\n', 19)
    items = c.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": key})["result"]
    check([i["label"] for i in items] == ['"Sangat Tinggi"', '"Tinggi"', '"Sedang"', '"Rendah"',
                                          '"Sangat Rendah"', "lainnya"],
          f"at a key of pilih over kelas(ipasn.kategori; ...): its labels {[i['label'] for i in items]}")
    check(items and items[0].get("detail") == "skala ipasn.kategori: Sebutan tingkat profesionalitas ASN"
          and items[0]["textEdit"]["range"] == {"start": key, "end": key},
          f"each names its scale and is inserted at the cursor: {items[:1]}")
    # A key half typed, with the closing quote the editor added: both are replaced.
    typed = choosing.replace('"Sangat Tinggi": 4\n\n', '"Sangat Tinggi": 4\n    "Se"\n', 1)
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 9},
                                        "contentChanges": [{"text": typed}]})
    at = position_of(typed, '"Se"\n', 3)
    items = c.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": at})["result"]
    sedang = [i for i in items if i["label"] == '"Sedang"']
    check(sedang and sedang[0]["textEdit"]["range"] ==
          {"start": {"line": at["line"], "character": 4}, "end": {"line": at["line"], "character": 8}}
          and sedang[0]["filterText"] == '"Sedang"',
          f"a half-typed key is replaced with its quotes: {sedang}")
    # The value of an arm is a formula: names, not labels.
    value = position_of(choosing, '"Sangat Tinggi": 4', 17)
    items = c.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": value})["result"]
    labels = [i["label"] for i in items]
    check('"Tinggi"' not in labels and "ip_asn_pns" in labels, "after ':' the usual names")
    # A rule's parameter is classified by nothing known: the labels of every scale in scope.
    other = position_of(choosing, '"A": 1\n\n', 7)
    items = c.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": other})["result"]
    labels = [i["label"] for i in items]
    check('"Sangat Tinggi"' in labels and '"Sangat memuaskan"' in labels and '"AA"' in labels,
          f"over a parameter: the labels of the scales in scope ({len(labels)})")
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 10},
                                        "contentChanges": [{"text": good}]})

    # 10. Hostile input: answered, and the server still serves.
    c.send_raw(b"Content-Length: 9\r\n\r\n{not json")
    bad = c.wait(lambda m: "error" in m and m.get("id") is None)
    check(bad["error"]["code"] == -32700, "malformed JSON gets a ParseError")
    c.send_raw(b"Content-Type: nothing\r\n\r\n")
    bad = c.wait(lambda m: "error" in m and m.get("id") is None)
    check(bad["error"]["code"] == -32700, "a header without Content-Length gets a ParseError")
    unknown = c.request("workspace/frobnicate", {})
    check(unknown.get("error", {}).get("code") == -32601, "an unknown method gets MethodNotFound")
    odd = c.request("textDocument/hover", {"textDocument": {"uri": 5}})
    check(odd.get("error", {}).get("code") == -32602, "parameters of the wrong type get InvalidParams")
    again = c.request("textDocument/hover", {"textDocument": {"uri": uri},
                                             "position": position_of(good, "kategori ipasn.kategori", 16)})
    check("ipasn.kategori" in json.dumps(again.get("result")), "the server still answers afterwards")

    c.request("shutdown", None)
    c.notify("exit", None)
    code = c.proc.wait(timeout=30)
    check(code == 0, f"shutdown then exit ends the server with 0 (got {code})")
    if failures:
        print(f"{len(failures)} failed")
        return 1
    print("all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
