// The tables of an LKjIP (Ikhtisar Eksekutif recapitulations and Bab III), built once from a
// report::document and printed by every renderer, so that all formats agree cell for cell.
#pragma once

#include "runtime/report/render.hpp"
#include "runtime/report/table.hpp"

#include <optional>
#include <vector>

namespace ind::rt::report {

struct table_style
{
   locale loc = locale::id;
   bool grouping = true; // thousands separators (off for CSV, which spreadsheets re-read)
   // The report formats (Markdown, CSV, HTML, XLSX) print the Ikhtisar recapitulations and all
   // of Bab III, grouped by level. The terminal view (`--format table`) is the quick look: the
   // core tables only, flat, in declaration order.
   bool full = true;
};

// In report order. Cells with an audit finding are numbered, and a last table lists the findings.
std::vector<table> lkjip_tables(const document& doc, const table_style& style);

// "Putusan audit": the verdict an audited report opens with.
table verdict_table(const audit_verdict& v, const table_style& style);
// "Pemeriksaan data": each syarat of the rule file and its result in the period
// (runtime/report/conditions_table.cpp).
table conditions_table(const std::vector<condition_result>& conditions);
// "Evaluasi Hasil Renja": the Renja evaluation form of Permendagri 86/2017, columns (6)-(16) of K
// and Rp (runtime/report/renja_table.cpp); none when the rule file declares no `renja`.
std::optional<table> renja_table(const document& doc, const table_style& style);
// "Asal laporan": which ind, when, and the SHA-256 of every file read; the last table of every
// report and of the audit's own listing.
table provenance_table(const provenance& origin);

// The indicators in the order of the Renstra cascade (tujuan, sasaran, program, ...), in
// declaration order within a level; indicators without a level come last.
std::vector<const indicator_row*> indicators_by_level(const document& doc);

// A figure and a label as every table prints them (with their audit finding numbers).
cell number_cell(const number& n, const table_style& style);
cell label_cell(const label& l);
cell text_cell(std::string text);

// "85 ≤ x < 100", "x ≥ 100", "x < 55": a band of a scale as the Ikhtisar prints it.
std::string band_range(const recap::band& b, locale loc);

} // namespace ind::rt::report
