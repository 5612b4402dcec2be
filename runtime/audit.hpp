// audit: the figures a report printed (declared with `tercetak "file.csv"`) against the figures
// the rules compute from the data. Each printed figure is compared at the precision it was
// printed with, so a figure that matches once rounded as printed is never flagged. A mismatch
// names the printed and the recomputed value, the rule used, and a hint when the printed value
// is explained by a known slip: truncation instead of half-up, a total that leaves out one of its
// parts (or counts one twice), a figure of another year or the target put in place of the
// realisasi, a label of another band.
//
// Mismatches are findings of two kinds. A consequence is a figure the report computed right from
// another printed figure that was itself wrong (a capaian from a wrong realisasi, a recap count
// from a wrong predikat): recomputed from those printed figures it matches, and it names the
// findings it follows from. Every other mismatch is an original error (kesalahan asal). A figure
// printed in several places with the same wrong value is one finding, listed at its first place
// with the others under it.
//
// The printed-figures file has one row per printed figure, with columns
//   lokasi    where the report prints it, free text ("Tabel 3.6, baris Total")
//   objek     an indicator id, a `nilai` name, anggaran:<kode> (or anggaran:jumlah), or the
//             population of a recap table: iku, program, anggaran
//   besaran   for an indicator: realisasi, target, capaian, predikat, kategori, efisiensi,
//             predikat_efisiensi, pagu, realisasi_anggaran, serapan; for a nilai: nilai, or
//             nilai:<kelompok> for one group of a nilai computed `menurut` a column; for a budget
//             line: pagu, realisasi, serapan, predikat; for a recap: jumlah:<label> or
//             persen:<label>
//   nilai     the figure exactly as printed: 296,5  97%  Sangat Baik  14.289.814.108
//   periode   optional; the evaluated period when absent
// Numbers are read with ',' as the decimal separator, or '.' when declared `tercetak "f" titik`.
// A row that cannot be read is reported and skipped; the other rows are still compared.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/program.hpp"
#include "runtime/evaluator.hpp"
#include "runtime/core.hpp"
#include "runtime/json.hpp"
#include "runtime/report/model.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ind::rt {

struct printed_figure
{
   std::string location;
   std::string object;
   std::string quantity;
   std::string text;
   period when;
   lang::span where; // the row in the printed-figures file
};

struct audit_item
{
   printed_figure printed;
   bool matches = false;
   std::string computed; // at the printed precision, Indonesian style; or why there is none
   // The same as a value: a number rounded to the printed precision, a label, or not available
   // with its reason.
   value computed_value;
   std::string rule;     // the formula or rule used, with its place
   std::string hint;     // a known slip that explains the printed value, if one does
   // The printed number as read and its decimals; nullopt for a label.
   std::optional<decimal> number;
   int places = 0;

   // Of a mismatch: the number of its finding (1, 2, ...), shared by every place the same wrong
   // figure is printed; `first_place` is false for the second and later of those places.
   std::size_t finding = 0;
   bool first_place = true;
   // A consequence: the findings it follows from, each alone (or, when `causes_together`, all
   // of them at once). Empty for an original error.
   std::vector<std::size_t> causes;
   bool causes_together = false;

   bool consequence() const { return !causes.empty(); }
};

struct audit_result
{
   std::string agency;
   period when;
   std::vector<audit_item> items;

   // Each syarat of the rule file and its result in the period (Pemeriksaan data).
   std::vector<condition_result> conditions;

   // The report's provenance with the printed-figures file added: what the listing ends with.
   std::optional<provenance> origin;

   std::size_t findings() const;          // mismatches, each figure once however often printed
   std::size_t consequences() const;      // findings that follow from other findings
   std::size_t mismatched_places() const; // printed figures that do not match
   report::audit_verdict verdict() const; // all of these counts, as the verdict table shows them
};

// Reads the printed figures (the file beside the data, or the sheet of the data's workbook) and
// compares them; problems with the file itself (an unknown
// indicator, a figure that is not a number) are errors in `sink`. Marks each mismatch in `doc`
// so that the rendered report shows it in place, sets its verdict (which makes it an audit in
// every format) and adds the printed-figures file to its provenance.
audit_result audit(const lang::program& p, evaluator& eval, report::document& doc,
                   const period& when, lang::source_manager& sources,
                   lang::diagnostic_sink& sink);

// One compared figure as the audit's JSON lists it under "angka" (docs/schema/audit.schema.json):
// the printed and the computed value as exact decimals at the printed places, the verdict, the
// finding and its causes, the rule used.
json audit_entry(const audit_item& item);

// Both open with the title "Audit: ..." and the verdict, and end with the provenance.
void render_audit_text(std::ostream& out, const audit_result& r, bool all);
void render_audit_json(std::ostream& out, const audit_result& r);

} // namespace ind::rt
