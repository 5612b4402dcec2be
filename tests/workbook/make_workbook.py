#!/usr/bin/env python3
"""Builds an XLSX workbook from a folder of CSV files, one sheet per file, named like the file
without `.csv`: what a planner has who keeps the data of examples/<agency>/<period>/ in Excel.

    make_workbook.py FOLDER OUT.xlsx [--shared] [--style-percent]

A cell that is a plain whole number in the CSV file (12, -5, 14289814108; no separator, no
leading zero, at most 15 digits, so that Excel's double holds it) is stored as a number; every
other cell as text, as a planner's Excel holds "71,17" typed into a cell formatted as text. With
--shared texts go to xl/sharedStrings.xml, as Excel writes them; otherwise inline, as other
programs do. The XML is the minimal SpreadsheetML a reader must accept, written by hand (no
library needed).
"""
import argparse
import csv
import io
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

WHOLE = re.compile(r"-?(0|[1-9][0-9]{0,14})")


def column_letters(n):
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(ord("A") + r) + out
    return out


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ("\t" if "\t" in first and "," not in first else ",")
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def cell_xml(ref, value, strings):
    if value.strip() == "":
        return ""
    if WHOLE.fullmatch(value.strip()):
        return f'<c r="{ref}"><v>{value.strip()}</v></c>'
    if strings is not None:
        if value not in strings:
            strings[value] = len(strings)
        return f'<c r="{ref}" t="s"><v>{strings[value]}</v></c>'
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f'<c r="{ref}" t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'


def sheet_xml(rows, strings):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        cells = "".join(cell_xml(f"{column_letters(c)}{r}", v, strings) for c, v in enumerate(row, start=1))
        out.append(f'<row r="{r}">{cells}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out)


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def write_workbook(out_path, sheets, shared):
    """sheets: list of (name, rows)."""
    strings = {} if shared else None
    parts = {}
    for i, (name, rows) in enumerate(sheets, start=1):
        parts[f"xl/worksheets/sheet{i}.xml"] = sheet_xml(rows, strings)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1))
    if shared:
        overrides += ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' + overrides + '</Types>')
    parts["_rels/.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    sheet_list = "".join(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
                         for i, (name, _) in enumerate(sheets, start=1))
    parts["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{sheet_list}</sheets></workbook>')
    rels = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                   for i in range(1, len(sheets) + 1))
    if shared:
        rels += f'<Relationship Id="rId{len(sheets) + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        items = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
        parts["xl/sharedStrings.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">{rels}</Relationships>')
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]:
            add(z, name, parts.pop(name))
        for name, text in parts.items():
            add(z, name, text)


def add(z, name, data):
    """One part, dated at a fixed time so that the same input gives the same bytes."""
    z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("out")
    ap.add_argument("--shared", action="store_true", help="texts in xl/sharedStrings.xml")
    args = ap.parse_args()
    files = sorted(f for f in os.listdir(args.folder) if f.endswith(".csv"))
    if not files:
        sys.exit(f"{args.folder}: no CSV file")
    sheets = [(f[:-4], read_csv(os.path.join(args.folder, f))) for f in files]
    write_workbook(args.out, sheets, args.shared)


if __name__ == "__main__":
    main()
