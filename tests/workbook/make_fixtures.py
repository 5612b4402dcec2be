#!/usr/bin/env python3
"""Writes the workbooks the golden tests of tests/golden/workbook/ read, into
tests/golden/workbook/data/. Run it again after changing it and commit what it writes; each
workbook is small (the ones past a limit are deflated text that unpacks past it).

    python3 tests/workbook/make_fixtures.py
"""
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_workbook as mw  # noqa: E402

OUT = os.path.join(HERE, "..", "golden", "workbook", "data")

ANGGARAN = [["kode", "nama", "pagu", "realisasi"], ["A", "Program", "1000000", "900000"]]


def skor(rows):
    return [["unsur", "nilai"]] + rows


def raw_workbook(path, sheet_xml, styles=None):
    """A workbook whose first sheet `skor` is `sheet_xml` as given, beside a good anggaran."""
    mw.write_workbook(path, [("skor", [["x"]]), ("anggaran", ANGGARAN)], shared=False)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.encode()
    if styles:
        parts["xl/styles.xml"] = styles.encode()
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>",
            f'<Relationship Id="rIdS" Type="{mw.REL}/styles" Target="styles.xml"/></Relationships>'.encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            mw.add(z, name, data)


def sheet(rows_xml):
    return f'<worksheet xmlns="{mw.MAIN}"><sheetData>{rows_xml}</sheetData></worksheet>'


def header_row():
    return ('<row r="1"><c r="A1" t="inlineStr"><is><t>unsur</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>nilai</t></is></c></row>')


def write_ods(path):
    """The parts of an OpenDocument spreadsheet that tell it apart: its mimetype and content.xml."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        mw.add(z, "mimetype", b"application/vnd.oasis.opendocument.spreadsheet")
        mw.add(z, "content.xml", b'<office:document-content xmlns:office="urn:oasis:names:tc:'
               b'opendocument:xmlns:office:1.0"><office:body><office:spreadsheet/></office:body>'
               b'</office:document-content>')


def main():
    os.makedirs(OUT, exist_ok=True)
    p = lambda name: os.path.join(OUT, name)  # noqa: E731
    # The data of tests/golden/errors/data/ok, with 40.5 stored as a number (Excel's '.').
    mw.write_workbook(p("ok.xlsx"), [("skor", skor([["Satu", "40,5"], ["Dua", "41,25"]])),
                                     ("anggaran", ANGGARAN)], shared=True)
    raw_workbook(p("number.xlsx"), sheet(
        header_row() + '<row r="2"><c r="A2" t="inlineStr"><is><t>Satu</t></is></c><c r="B2"><v>40.5</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Dua</t></is></c><c r="B3"><v>41.249999999999993</v></c></row>'))
    # A cell that does not parse, far down: row 14.
    rows = [["Baris " + str(i), "1"] for i in range(2, 14)] + [["Dua", "41,2x"]]
    mw.write_workbook(p("bad_cell.xlsx"), [("skor", skor(rows)), ("anggaran", ANGGARAN)], shared=True)
    # The same data in sheets named by the rule file (lembar "Data Skor", lembar "Pagu").
    mw.write_workbook(p("named_sheet.xlsx"), [("Data Skor", skor([["Satu", "40,5"], ["Dua", "41,25"]])),
                                              ("Pagu", ANGGARAN)], shared=True)
    mw.write_workbook(p("missing_sheet.xlsx"), [("Sheet1", skor([["Satu", "1"]])),
                                                ("anggaran", ANGGARAN)], shared=False)
    # A LibreOffice spreadsheet (ODS): a zip as a workbook is, refused as not being XLSX.
    write_ods(p("data.ods"))
    with open(p("damaged.xlsx"), "wb") as f:
        f.write(b"PK\x03\x04" + b"bukan zip yang utuh" * 4)
    raw_workbook(p("formula.xlsx"), sheet(
        header_row() + '<row r="2"><c r="A2" t="inlineStr"><is><t>Satu</t></is></c>'
        '<c r="B2"><f>SUM(C1:C9)</f></c></row>'))
    raw_workbook(p("date.xlsx"), sheet(
        header_row() + '<row r="2"><c r="A2" t="inlineStr"><is><t>Satu</t></is></c>'
        '<c r="B2" s="1"><v>45292</v></c></row>'),
        styles=f'<styleSheet xmlns="{mw.MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')
    # A workbook where a CSV file is expected: skor.csv of a folder is a zip.
    os.makedirs(p("zip_as_csv"), exist_ok=True)
    mw.write_workbook(os.path.join(p("zip_as_csv"), "skor.csv"), [("skor", skor([["Satu", "1"]]))], shared=False)
    with open(os.path.join(p("zip_as_csv"), "anggaran.csv"), "w") as f:
        f.write("kode;nama;pagu;realisasi\nA;Program;1.000.000;900.000\n")
    # Limits: a part that unpacks past 64 MiB; more cells than a sheet may hold; a shared text
    # repeated past 128 MiB of CSV text.
    pad = " " * (64 * 1024 * 1024 + 1)
    raw_workbook(p("part_limit.xlsx"), sheet(header_row()) + pad)
    cells = 4194305
    per_row = 16384
    body = []
    for r in range(cells // per_row + 1):
        n = min(per_row, cells - r * per_row)
        if n <= 0:
            break
        body.append("<row>" + "<c><v>1</v></c>" * n + "</row>")
    raw_workbook(p("cell_limit.xlsx"), sheet("".join(body)))
    # Few cells, but rows as wide as a header that reaches column XFD: counted from column A.
    wide = '<row r="1"><c r="A1" t="inlineStr"><is><t>unsur</t></is></c><c r="XFD1"><v>1</v></c></row>'
    wide += "".join(f'<row r="{r}"><c r="A{r}"><v>1</v></c></row>' for r in range(2, 259))
    raw_workbook(p("wide_limit.xlsx"), sheet(wide))
    long_text = "x" * 32000
    mw.write_workbook(p("text_limit.xlsx"), [("skor", [["unsur", "nilai"]] + [[long_text, "1"]] * 4200),
                                             ("anggaran", ANGGARAN)], shared=True)
    # A budget with cells left empty or "-": the report's note names each cell.
    mw.write_workbook(p("budget_gap.xlsx"),
                      [(f[:-4], mw.read_csv(os.path.join(HERE, "..", "golden", "budget", "data", "gap", f)))
                       for f in ("anggaran.csv", "skor.csv")], shared=False)
    for name in sorted(os.listdir(OUT)):
        path = os.path.join(OUT, name)
        if os.path.isfile(path):
            print(f"{name}: {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
