#!/usr/bin/env python3
"""Browser test of the HTML report: a real browser (headless Chromium) renders it.

    check_html.py --ind build/ind --out build/tests/browser NAME RULES DATA

Writes NAME.html with `ind eval --format html`, then has Chromium
  - take a desktop and a phone screenshot (NAME.png, NAME-phone.png) and check they are PNGs
    of the requested size and of non-trivial content,
  - lay the page out 390 px wide, as a phone does, and check that nothing is wider than the
    screen: no element reaches past its edges unless it is inside a scroll container, and no
    table needs sideways scrolling (every column, capaian included, is on screen). Headless
    Chromium keeps its window at least 500 px wide, so the page is laid out in a 390 px iframe
    (NAME-hp.html); a copy of the page with a measuring script (NAME-tata-letak.html, the one
    place a script is added) reports what it finds to the frame around it,
  - print it to PDF (NAME.pdf) and check the pages are A4,
  - dump the rendered DOM and check it: one <table> per table of the report (counted from
    `--format csv --out DIR/`), column headers, charts as SVG images with a title and a
    description, no script, no external resource,
  - log the page's console: any message (a script error, a blocked resource) fails the test.

Chromium is installed with apt-get when it is missing and this process may do so (root, or
sudo without a password). Where it cannot run, the test prints "SKIPPED: <reason>" and exits
with 77, which CTest reports as skipped (SKIP_RETURN_CODE).
"""
import argparse
import fcntl
import html
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

SKIP = 77


def skip(reason):
    print(f"SKIPPED: {reason}")
    sys.exit(SKIP)


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def find_chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def install_chromium():
    """apt-get install chromium, once at a time across parallel tests; the reason on failure."""
    if not shutil.which("apt-get"):
        return "Chromium tidak terpasang dan apt-get tidak ada"
    prefix = []
    if os.geteuid() != 0:
        if not shutil.which("sudo") or subprocess.run(
                ["sudo", "-n", "true"], capture_output=True).returncode != 0:
            return "Chromium tidak terpasang dan proses ini tidak boleh memasang paket (bukan root, tanpa sudo)"
        prefix = ["sudo", "-n"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = prefix + ["apt-get", "install", "-y", "--no-install-recommends",
                        "-o", "DPkg::Lock::Timeout=600", "chromium"]
    with open(os.path.join(tempfile.gettempdir(), "ind-chromium-install.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if find_chromium():
            return None  # another test installed it meanwhile
        print("memasang chromium dengan apt-get ...", flush=True)
        if subprocess.run(install, env=env).returncode != 0:
            subprocess.run(prefix + ["apt-get", "update", "-o", "DPkg::Lock::Timeout=600"], env=env)
            if subprocess.run(install, env=env).returncode != 0:
                return "apt-get install chromium gagal (tanpa jaringan atau mirror?)"
    return None if find_chromium() else "chromium tidak ditemukan setelah dipasang"


def chromium(browser, profile, *args, timeout=180, on_timeout=None):
    """One headless run in a fresh profile, with no network activity of its own."""
    argv = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
            f"--user-data-dir={tempfile.mkdtemp(dir=profile)}", *args]
    try:
        return subprocess.run(argv, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        (on_timeout or fail)(f"chromium tidak selesai dalam {timeout} detik: {' '.join(args)}")


def check_png(path, width, height):
    if not os.path.exists(path):
        fail(f"tangkapan layar {path} tidak dibuat")
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        fail(f"{path} bukan PNG")
    w, h = struct.unpack(">II", head[16:24])
    if (w, h) != (width, height):
        fail(f"{path}: {w}x{h}, diharapkan {width}x{height}")
    # A blank page compresses to a few kilobytes; a rendered report is far larger.
    size = os.path.getsize(path)
    if size < 30_000:
        fail(f"{path}: hanya {size} byte, halaman tampaknya kosong")


PHONE_WIDTH = 390

# Measures the laid-out page and reports to the frame around it: the viewport width, the elements
# that reach past its edges outside any scroll container, and the tables that scroll sideways.
MEASURE = """<script>
addEventListener("load", () => {
  const vw = document.documentElement.clientWidth;
  const scrolls = (el) => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (o === "auto" || o === "scroll") return true;
    }
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (typeof el.className === "string" && el.className.trim() ?
     "." + el.className.trim().split(/\\s+/).join(".") : "");
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if ((r.left < -1 || r.right > vw + 1) && !scrolls(el))
      wide.push(name(el) + " " + Math.round(r.left) + ".." + Math.round(r.right));
  }
  const scrolled = [];
  for (const el of document.querySelectorAll(".table-wrap"))
    if (el.scrollWidth > el.clientWidth + 1) scrolled.push(el.getAttribute("aria-labelledby"));
  parent.postMessage(JSON.stringify({viewport: vw, page: document.documentElement.scrollWidth,
                                     wide: wide, scrolled: scrolled}), "*");
});
</script>"""

FRAME = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{name} pada layar ponsel</title></head>
<body style="margin:0"><iframe src="{page}" title="{name}"
 style="border:0;width:{width}px;height:1600px"></iframe><pre id="tata-letak"></pre>
<script>addEventListener("message", e => {{
  document.getElementById("tata-letak").textContent = e.data; }});</script></body></html>
"""


def phone_pages(out, name, page):
    """The page with the measuring script, and the 390 px frame around it."""
    source = open(page, encoding="utf-8").read()
    source = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", source)
    measured = os.path.join(out, name + "-tata-letak.html")
    with open(measured, "w", encoding="utf-8") as f:
        f.write(source.replace("</body>", MEASURE + "\n</body>"))
    frame = os.path.abspath(os.path.join(out, name + "-hp.html"))
    with open(frame, "w", encoding="utf-8") as f:
        f.write(FRAME.format(name=name, page=os.path.basename(measured), width=PHONE_WIDTH))
    return frame


def check_phone_layout(dom_text):
    found = re.search(r'<pre id="tata-letak">(.*?)</pre>', dom_text, re.S)
    if not found or not found.group(1).strip():
        fail("pengukuran tata letak ponsel tidak melapor")
    layout = json.loads(html.unescape(found.group(1)))
    problems = []
    if layout["viewport"] != PHONE_WIDTH:
        problems.append(f"lebar tampilan {layout['viewport']} px, bukan {PHONE_WIDTH}")
    if layout["page"] > PHONE_WIDTH:
        problems.append(f"halaman selebar {layout['page']} px: perlu digeser ke samping")
    if layout["wide"]:
        problems.append("unsur melewati tepi layar: " + ", ".join(layout["wide"][:10]))
    if layout["scrolled"]:
        problems.append("tabel perlu digeser ke samping: " + ", ".join(layout["scrolled"]))
    return problems


def check_pdf(path):
    if not os.path.exists(path):
        fail(f"PDF {path} tidak dibuat")
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"%PDF"):
        fail(f"{path} bukan PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    if not boxes:
        fail(f"{path}: tidak ada halaman")
    for w, h in boxes:  # A4 is 595 x 842 points
        if abs(float(w) - 595.3) > 2 or abs(float(h) - 841.9) > 2:
            fail(f"{path}: halaman {w.decode()} x {h.decode()} pt, bukan A4")
    return len(boxes)


class dom_checker(html.parser.HTMLParser):
    """Collects what the checks need from the rendered DOM."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.tables = 0
        self.tables_with_col_headers = 0
        self.in_table_headers = False
        self.svgs = []  # per svg: its attributes, and the ids of its title and desc
        self.svg_depth = 0
        self.ids = set()
        self.scripts = 0
        self.external = []
        self.images_without_alt = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "table":
            self.tables += 1
            self.in_table_headers = True
        elif tag == "th" and a.get("scope") == "col" and self.in_table_headers:
            self.tables_with_col_headers += 1
            self.in_table_headers = False
        elif tag == "svg":
            self.svgs.append({"attrs": a, "title": None, "desc": None})
            self.svg_depth += 1
        elif tag in ("title", "desc") and self.svg_depth and self.svgs[-1][tag] is None:
            self.svgs[-1][tag] = a.get("id", "")  # the svg's own; later ones name its parts
        elif tag == "script":
            self.scripts += 1
        elif tag == "img" and not a.get("alt") and a.get("alt") != "":
            self.images_without_alt += 1
        for name in ("src", "href", "xlink:href", "action", "data"):
            value = a.get(name)
            if value and not value.startswith("#") and not (tag == "svg" and name == "xmlns"):
                self.external.append(f"<{tag} {name}={value}>")

    def handle_endtag(self, tag):
        if tag == "svg":
            self.svg_depth -= 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ind", required=True)
    ap.add_argument("--out", required=True, help="folder for the page, screenshots and PDF")
    ap.add_argument("name")
    ap.add_argument("rules")
    ap.add_argument("data")
    args = ap.parse_args()

    browser = find_chromium()
    if not browser:
        reason = install_chromium()
        if reason:
            skip(reason)
        browser = find_chromium()

    os.makedirs(args.out, exist_ok=True)
    page = os.path.abspath(os.path.join(args.out, args.name + ".html"))
    csv_dir = os.path.join(args.out, args.name + "-csv")
    shutil.rmtree(csv_dir, ignore_errors=True)
    for fmt, target in (("html", page), ("csv", csv_dir + "/")):
        run = subprocess.run([args.ind, "eval", args.rules, "--data", args.data, "--format", fmt,
                              "--out", target], capture_output=True, text=True)
        if run.returncode != 0:
            fail(f"ind eval --format {fmt} keluar dengan {run.returncode}:\n{run.stderr}")
    tables_expected = len([f for f in os.listdir(csv_dir) if f.endswith(".csv")])

    # What the page asks for, before any browser sees it.
    source = open(page, encoding="utf-8").read()
    if re.search(r"<script|@import|url\(", source, re.I):
        fail("halaman memuat skrip, @import atau url(): harus berdiri sendiri")

    url = "file://" + page
    with tempfile.TemporaryDirectory(prefix="ind-chromium-") as profile:
        # A browser that cannot open an empty page here is a property of the machine (no shared
        # memory, a broken install), not of the report.
        smoke = chromium(browser, profile, "--dump-dom", "data:text/html,<p>ind</p>",
                         timeout=120, on_timeout=skip)
        if smoke.returncode != 0 or b"<p>ind</p>" not in smoke.stdout:
            last = smoke.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            skip(f"chromium tidak dapat berjalan di sini ({smoke.returncode}): {' '.join(last)}")
        frame = "file://" + phone_pages(args.out, args.name, page)
        shots = [(os.path.join(args.out, args.name + ".png"), 1280, 2400, url),
                 (os.path.join(args.out, args.name + "-phone.png"), PHONE_WIDTH, 1600, frame)]
        for path, width, height, target in shots:
            if os.path.exists(path):
                os.remove(path)
            chromium(browser, profile, f"--screenshot={path}", f"--window-size={width},{height}",
                     "--virtual-time-budget=5000", target)
            check_png(path, width, height)
        phone = chromium(browser, profile, f"--window-size={PHONE_WIDTH},1600",
                         "--virtual-time-budget=5000", "--dump-dom", frame)
        phone_problems = check_phone_layout(phone.stdout.decode("utf-8", "replace"))
        pdf = os.path.join(args.out, args.name + ".pdf")
        if os.path.exists(pdf):
            os.remove(pdf)
        chromium(browser, profile, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", url)
        pages = check_pdf(pdf)
        run = chromium(browser, profile, "--enable-logging=stderr", "--v=0", "--dump-dom", url)
    dom_text = run.stdout.decode("utf-8", "replace")
    log = run.stderr.decode("utf-8", "replace")
    if run.returncode != 0 or "</html>" not in dom_text:
        fail(f"chromium --dump-dom gagal ({run.returncode}):\n{log[-2000:]}")
    console = [line for line in log.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    if console:
        fail("pesan konsol peramban:\n" + "\n".join(console))

    dom = dom_checker()
    dom.feed(dom_text)
    problems = list(phone_problems)
    if dom.lang != "id":
        problems.append(f"<html lang> adalah {dom.lang!r}, bukan 'id'")
    if dom.tables != tables_expected:
        problems.append(f"{dom.tables} tabel, diharapkan {tables_expected} (satu per tabel CSV)")
    if dom.tables_with_col_headers != dom.tables:
        problems.append(f"hanya {dom.tables_with_col_headers} dari {dom.tables} tabel punya "
                        "<th scope=col>")
    if not dom.svgs:
        problems.append("tidak ada grafik SVG")
    for i, svg in enumerate(dom.svgs, 1):
        a = svg["attrs"]
        labelled = a.get("aria-labelledby", "").split()
        if a.get("role") != "img" or not svg["title"] or not svg["desc"] or \
                svg["title"] not in labelled or svg["desc"] not in labelled:
            problems.append(f"grafik ke-{i} tanpa role=img, <title> dan <desc> yang dirujuk "
                            "aria-labelledby")
    for chart in ("grafik-capaian",):
        if chart not in dom.ids:
            problems.append(f"grafik #{chart} tidak ada")
    if any(f.endswith("-anggaran.csv") for f in os.listdir(csv_dir)) and \
            "grafik-serapan" not in dom.ids:
        problems.append("ada tabel anggaran tetapi grafik #grafik-serapan tidak ada")
    if dom.scripts:
        problems.append(f"{dom.scripts} <script> di halaman")
    if dom.external:
        problems.append("sumber luar: " + ", ".join(dom.external[:5]))
    if dom.images_without_alt:
        problems.append(f"{dom.images_without_alt} <img> tanpa alt")
    if problems:
        fail("\n".join(problems))
    print(f"ok: {args.name}: {dom.tables} tabel, {len(dom.svgs)} grafik SVG, {pages} halaman A4, "
          f"tata letak ponsel {PHONE_WIDTH} px tanpa geser ke samping, tangkapan layar di {args.out}")


if __name__ == "__main__":
    main()
