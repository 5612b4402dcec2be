// build_report: program + evaluator + period -> the figures of an LKjIP, ready to print. Every
// renderer (table, JSON, CSV, Markdown, HTML, XLSX) prints this one model, so all formats agree
// figure for figure. Figures that cannot be computed carry the reason instead of a number.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/program.hpp"
#include "runtime/conditions.hpp"
#include "runtime/evaluator.hpp"
#include "runtime/provenance.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ind::rt::report {

// A data table with more rows than this (a roster of employees) is not listed row by row in its
// breakdown; only its totals are shown, with the row count.
constexpr std::size_t max_breakdown_rows = 60;

// A number as it is printed: the value (already rounded as its rule says) and how many decimals
// to show; or no value and the reason.
struct number
{
   std::optional<decimal> value;
   int places = 0;
   std::string note;
   // Hook for `ind audit`: the findings (indexes into document::findings) about this figure, where
   // the report being audited printed something other than what ind computes. One figure can
   // carry several (Tabel 3.6 and Tabel 3.11 both print the Sistem Merit total, differently).
   // Renderers mark the figure in place; report::build never sets them.
   std::vector<std::size_t> findings;
   // A sum that lacks some of its parts (a budget total above a line without realisasi): not
   // available, and shown as "tidak lengkap" rather than as a partial sum.
   bool incomplete = false;

   bool available() const { return value.has_value(); }
};

struct label
{
   std::optional<std::string> text;
   std::string note;
   std::vector<std::size_t> findings; // as number::findings, for a printed predikat
};

struct dated_number
{
   period when;
   number figure;
};

// One "naik / perlu peningkatan" statement of Bab III, computed exactly from the printed figures.
struct difference
{
   enum class kind : unsigned char
   {
      target,  // realisasi - target of the evaluated period
      earlier, // realisasi - realisasi of an earlier period
      renstra, // what is still needed for a later Renstra target
   };
   kind what = kind::target;
   period when;      // the period of the figure compared with
   number reference; // that figure
   number amount;    // at the indicator's precision (or the finer of the two figures)
   std::string verdict; // naik, turun, tetap, perlu peningkatan, perlu penurunan, sudah tercapai
};

// How many years before the report's period Bab III compares with.
inline constexpr int earlier_years_compared = 5;

// An earlier year of an indicator, as far as the data and the rule file give it; its target is
// in indicator_row::targets.
struct earlier_year
{
   period when;
   number target; // the target its capaian is measured against (see indicator::target_for)
   number realisasi;
   number achievement;
   label achievement_band; // predikat
   label value_band;       // kategori
};

// The indicator's realisasi against another body's figure for the same indicator (a provinsi,
// the national figure), from the realisasi file's `pembanding` column.
struct benchmark
{
   std::string body; // "Provinsi Jawa Timur", "Nasional"
   period when;      // the year of the body's figure, which may be earlier than the report's
   number figure;
   number amount;    // realisasi - figure
   std::string verdict; // "di bawah", "di atas", "sama", "tidak tersedia"; tables add the gap
};

// The period's own figures of an indicator with `kumulatif`, in a report for a quarter or a
// semester, where indicator_row's realisasi, target and capaian are those to date (s.d. TW II).
struct own_period
{
   std::string accumulation; // how the quarters make the figure to date: jumlah, rata, akhir
   number target;            // written for the period itself; not available when none is
   number realisasi;         // the period's own
   number achievement;       // of the period's own realisasi against its own target
};

// The target of another version than the one capaian is measured against (Renstra beside PK),
// for the period of the report.
struct version_target
{
   std::string name;  // as the rule file names the version: renstra; empty: the unnamed targets
   std::string title; // its title: "Renstra 2021-2026"
   number figure;
   std::optional<period> from; // the period it was written for, when not the report's own
};

struct indicator_row
{
   std::string id;
   std::string name;
   std::string level; // tujuan, sasaran, ...
   std::string parent;
   std::string unit;
   std::string direction; // naik / turun
   number target;
   // The period the target was written for when it is not the report's own: a quarter measured
   // against its year's target (the annual target of the Perjanjian Kinerja).
   std::optional<period> target_from;
   // `kumulatif jumlah` in a quarter whose quarters to date all have targets: the target is
   // their sum (TW I s.d. TW II), not the quarter's own.
   bool target_summed = false;
   // With versions of targets: which one `target` is (its name and title; both empty for the
   // unnamed targets), and the others for the same period. `versioned` is false for an indicator
   // that names no version, and the report then prints no more than before.
   bool versioned = false;
   std::string target_version;
   std::string target_version_title;
   std::vector<version_target> other_targets;
   number realisasi;
   bool realisasi_from_data = false;
   number achievement;
   label achievement_band; // predikat
   label value_band;       // kategori
   bool has_budget = false;
   number budget_ceiling;
   number budget_realised;
   number absorption;
   number efficiency;
   label efficiency_band;
   // Whether efisiensi is a percentage (capaian / serapan x 100: 119 %) or a ratio (capaian /
   // serapan: 1,73), as its formula computes it.
   bool efficiency_ratio = false;
   std::vector<dated_number> targets; // every period with a target (Renstra and PK)
   // The five years before, those with a realisasi or a target, oldest first.
   std::vector<earlier_year> earlier;
   std::vector<difference> differences;
   std::vector<benchmark> benchmarks;
   std::optional<own_period> own; // an indicator with `kumulatif`, in a quarter or a semester
};

// One group of a grouped value (`menurut`): its key, its figure and the rows behind it.
struct group_row
{
   std::vector<value> key; // one per key: text, number, truth value or period
   number figure;
   std::uint64_t rows = 0; // rows of the group that passed the filter
};

struct value_row
{
   std::string id;
   std::string name;
   number figure; // an ungrouped value; for a grouped one, only the note when it is not available
   // A value that is a text (a label: kelas(skala; x), a pilih of texts), printed as it is.
   std::optional<std::string> label{};
   bool grouped = false;
   std::vector<std::string> key_names{}; // of a grouped value
   std::vector<group_row> groups{};
};

struct budget_row
{
   std::string code;
   std::string name;
   std::size_t depth = 0; // 0 for programs, 1 for their kegiatan, ...
   number ceiling_before; // pagu before the budget change (APBD murni), where the data has it
   number ceiling;
   number realised;
   number absorption; // realised / ceiling x 100: to date, in a quarter
   label band;
   // Of a quarterly budget (document::budget_quarter): the quarter's RAK and own spending, the
   // serapan of that spending against the RAK, the RAK to date and the serapan of the spending
   // to date (`realised`) against it. Not available in an annual report.
   number plan_quarter;
   number spent_quarter;
   number absorption_quarter;
   number plan_to_date;
   number absorption_plan;
};

// One row of the Renja evaluation form (Permendagri 86/2017): columns (6)-(16) of K and Rp, as
// rt::renja_form computes them (runtime/data/renja.hpp).
struct renja_row
{
   std::string code;
   std::string name;
   std::string indicator;
   std::string unit;
   std::size_t depth = 0;
   bool budget = true; // carries its code's Rp (the code's first row)
   std::array<number, rt::renja_all_columns> k;
   std::array<number, rt::renja_all_columns> rp;
   label k_band;  // predikat of (14) K
   label rp_band; // predikat of (14) Rp
};

struct renja_report
{
   int reached = 4;     // quarters of the year the period has reached
   bool banded = false; // a predikat scale is declared
   // Findings about the data (W-RENJA-JUMLAH, W-RENJA-TW): `eval` and `audit` exit 1.
   std::size_t findings = 0;
   std::vector<renja_row> rows;
};

// The rows of a data table that a figure aggregates (the dimensions of IP ASN, the aspects of the
// Sistem Merit, the components of SAKIP), with the totals the formulas compute from them. The
// model does not know which tables are "composites"; every table an indicator or a named value
// aggregates is shown, so a reader can check the figure against its parts.
struct breakdown
{
   struct column
   {
      std::string header;
      bool numeric = false;
   };
   struct cell
   {
      std::string text; // for text, period and truth-value columns
      number figure;    // for numeric columns
   };
   struct total
   {
      std::string label;                        // Jumlah, Rata-rata, Terkecil, Terbesar
      std::vector<std::optional<number>> cells; // per column; empty where nothing is aggregated
      // Per column: the indicator or nilai whose whole formula this total is (the Sistem Merit
      // total is the realisasi of indeks_sistem_merit), so that a finding on that figure is
      // marked here too; "" for a total inside a larger formula.
      std::vector<std::string> figure_of;
   };

   std::string table;  // its name in the rule file
   std::string title;  // its title, or the name when it has none
   std::string file;   // the CSV file it was read from
   std::vector<std::string> used_by; // titles of the figures that aggregate it
   std::vector<column> columns;
   std::vector<std::vector<cell>> rows; // empty when rows_shown is false
   std::size_t row_count = 0;           // rows of the evaluated period
   bool rows_shown = true;
   std::vector<total> totals;
};

// Ikhtisar Eksekutif: how many indicators (or budget programs) fall in each band of a scale.
struct recap
{
   struct band
   {
      std::optional<decimal> lower; // nullopt: unbounded
      bool lower_closed = false;
      std::optional<decimal> upper;
      bool upper_closed = false;
      std::string label;
      std::string description;
      std::size_t count = 0;
      std::vector<std::size_t> count_findings; // as number::findings, for the printed count
      number share; // percent of `total`, 1 decimal, half-up
   };

   std::string subject;     // "iku", "program", "anggaran"
   std::string title;
   std::string counted;     // column header: "Jumlah IKU", "Jumlah Program"
   std::string scale_title; // the scale's title
   std::vector<band> bands;
   std::size_t unclassified = 0; // without a value or outside every band
   number unclassified_share;
   std::size_t total = 0;
};

// A figure the audited report printed otherwise than ind computes it, as `ind audit` lists it.
struct finding
{
   std::string location; // where the report prints it: "Tabel 3.6 (L649), Total Nilai"
   std::string figure;   // which figure: "realisasi Indeks Sistem Merit", "... 2021"
   std::string printed;  // as printed: "296,5"
   std::string computed; // as ind computes it, at the printed precision
   std::string hint;     // a known slip that explains the printed value, if one does
};

// What an audit concludes, as the audited report opens with it ("Putusan audit").
struct audit_verdict
{
   std::size_t checked = 0;      // printed figures compared
   std::size_t matching = 0;     // of them, those equal to ind's at their printed precision
   std::size_t findings = 0;     // wrong figures, each once however often printed
   std::size_t original = 0;     // findings that are the report's own errors (kesalahan asal)
   std::size_t consequences = 0; // findings that follow from another wrong figure
   std::size_t places = 0;       // places where a wrong figure is printed
};

// The names of the levels of the budget file, top down: Program, Kegiatan, Sub Kegiatan unless
// the rule file names them (anggaran "..." { tingkat "Sasaran", "Kegiatan" }).
std::string budget_level_name(const std::vector<std::string>& names, std::size_t depth);

struct document
{
   std::string agency;
   period when;
   // False for a rule file that needs no period (no Renstra, targets, realisasi, budget or period
   // column): it is evaluated as it stands today, and no period is printed.
   bool dated = true;
   std::optional<int> renstra_from;
   std::optional<int> renstra_to;
   std::vector<indicator_row> indicators;
   std::vector<value_row> values;
   std::vector<breakdown> breakdowns;
   std::vector<budget_row> budget;
   std::optional<budget_row> budget_total;
   // The quarter of a quarterly report whose budget file has the quarter columns: the budget
   // table then prints the quarter's RAK and spending and the figures to date.
   std::optional<int> budget_quarter;
   std::vector<std::string> budget_levels; // as the rule file names them; empty: the defaults
   // Budget cells left empty or "-" on lines with nothing below them, each with its place:
   // "realisasi A.2 (anggaran.csv:4)". The totals above them are incomplete.
   std::vector<std::string> budget_gaps;
   std::vector<recap> recaps;
   // Evaluasi hasil Renja, when the rule file declares `renja`.
   std::optional<renja_report> renja;
   // Each syarat of the rule file, checked in the period (Pemeriksaan data).
   std::vector<condition_result> conditions;
   // Set by `ind audit`, in the order it lists them; their number in the report is index + 1.
   std::vector<finding> findings;
   // Set by `ind audit`: the report is an audit, and opens with its verdict.
   std::optional<audit_verdict> verdict;
   // What produced the report, printed last in every format ("Asal laporan"); set by the CLI
   // once every file of the run has been read.
   std::optional<provenance> origin;
};

// The recapitulations of indicators by predikat: which levels each counts, the subject a
// printed-figures file names it by, its title and the header of its count column.
struct achievement_recap
{
   std::vector<std::string> levels; // as lang::ast::level_name writes them
   std::string subject;
   std::string title;
   std::string counted;
};
const std::vector<achievement_recap>& achievement_recaps();
// "Audit: BKPSDM Kabupaten Pasuruan — 2024": the title of an audited report in every format.
std::string audit_title(const std::string& agency, const std::string& period);

document build(const lang::program& p, evaluator& eval, const period& when,
               lang::diagnostic_sink& sink);

// Shares of a count, as the Ikhtisar Eksekutif prints them: part / whole x 100, rounded half-up
// to one decimal; not available when whole is zero.
number share_of(std::size_t part, std::size_t whole);

} // namespace ind::rt::report
