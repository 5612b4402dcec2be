// The syntax tree of one .ind file, as written: names are still text, numbers are still the
// canonical text of their literal. Every node keeps its span. resolve() turns a set of these
// modules into a program (lang/program.hpp).
#pragma once

#include "lang/keywords.hpp"
#include "lang/source.hpp"

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ind::lang::ast {

struct identifier
{
   std::string text;
   span where;
};

// a, ipasn.kategori, anggaran.pagu
struct qualified_name
{
   std::vector<identifier> parts;
   span where;

   std::string joined() const;
};

struct expr;
using expr_ptr = std::unique_ptr<expr>;

struct number_literal
{
   std::string canonical; // "71.17": '.' as separator, no grouping
   bool percent = false;  // written with a trailing '%'
};

struct string_literal
{
   std::string value;
};

// 2024-TW1, 2024-S1 in a formula: a quarter or a semester (a plain year is a number_literal).
struct period_literal
{
   std::string canonical; // "2024-TW1"; as written when it is no period (reported by the parser)
};

struct boolean_literal
{
   bool value = false;
};

struct name_ref
{
   qualified_name name;
};

enum class unary_op : unsigned char
{
   negate,
   logical_not,
};

enum class binary_op : unsigned char
{
   add,
   subtract,
   multiply,
   divide,
   equal,
   not_equal,
   less,
   less_equal,
   greater,
   greater_equal,
   logical_and,
   logical_or,
};

struct unary
{
   unary_op op;
   expr_ptr operand;
};

struct binary
{
   binary_op op;
   expr_ptr lhs;
   expr_ptr rhs;
};

// One argument of a call. Aggregates over a table take a per-row expression, optionally
// filtered ("dengan <cond>") and grouped ("menurut <col>, <col>").
struct argument
{
   expr_ptr value;
   expr_ptr filter;
   std::vector<expr_ptr> group_by;
};

struct call
{
   qualified_name callee;
   std::vector<argument> args;
};

// jika c maka a lain b
struct conditional
{
   expr_ptr condition;
   expr_ptr then_value;
   expr_ptr else_value;
};

// pilih x { "S3": 25  "S2": 20  lainnya: 1 }
struct choice_arm
{
   std::vector<expr_ptr> keys;
   expr_ptr value;
   span where;
};

struct choose
{
   expr_ptr subject;
   std::vector<choice_arm> arms;
   expr_ptr otherwise; // may be null: then an unmatched subject is an evaluation error
};

struct expr
{
   span where;
   std::variant<number_literal, string_literal, period_literal, boolean_literal, name_ref, unary,
                binary, call, conditional, choose>
      node;
   // Levels of the tree from this node down (a literal or a name is 1). The parser keeps it
   // within limits::max_expression_depth, so that every pass may recurse over a formula.
   std::size_t depth = 1;
};

// ---------------------------------------------------------------- declaration metadata

enum class source_status : unsigned char
{
   unspecified,
   confirmed,            // terkonfirmasi: read in the regulation's text
   practitioner_reading, // bacaan_praktisi: how practitioners apply it; not read in the text
   assumed,              // asumsi: a choice made where the regulation is silent
};

// The words of each kind written as one word; unspecified is written by leaving `status` out.
inline constexpr std::array<worded<source_status>, 3> status_words = {{
   {source_status::confirmed, keyword::terkonfirmasi},
   {source_status::practitioner_reading, keyword::bacaan_praktisi},
   {source_status::assumed, keyword::asumsi},
}};
static_assert(covers(status_words, keyword_group::status));

struct citation
{
   std::string text; // "PermenPANRB 88/2021, Lampiran"
   span where;
};

// Clauses any declaration may carry: where it comes from, how sure we are, since when it holds.
struct meta
{
   std::vector<citation> citations;
   source_status status = source_status::unspecified;
   span status_where;
   std::optional<std::string> effective_from;  // canonical period text: "2022"
   std::optional<std::string> effective_until; // the last period it holds in: "2025"
   span effective_where;
   std::vector<std::string> doc; // comment lines directly above the declaration
};

// ---------------------------------------------------------------- declarations

// instansi "BKPSDM Kabupaten Pasuruan" renstra 2024..2026   |   modul ipasn "IP ASN"
struct header
{
   enum class kind : unsigned char
   {
      agency,
      module,
   } what = kind::agency;
   std::string title;
   identifier module_name; // for modules
   std::optional<int> renstra_from;
   std::optional<int> renstra_to;
   span where;
};

// pakai capaian, ipasn versi 1
struct import_decl
{
   std::vector<identifier> modules;
   // `versi N`: the oldest standard library (stdlib/VERSION) the file accepts, as written
   // (digits only); empty when the file names none.
   std::string stdlib_version;
   span stdlib_version_where;
   span where;
};

enum class column_type : unsigned char
{
   text,     // teks
   decimal,  // desimal
   integer,  // bulat
   rupiah,   // rupiah
   percent,  // persen
   period,   // periode
   boolean,  // ya_tidak
};

enum class number_style : unsigned char
{
   comma_decimal, // koma (default)
   point_decimal, // titik
};

inline constexpr std::array<worded<column_type>, 7> column_type_words = {{
   {column_type::text, keyword::teks},
   {column_type::decimal, keyword::desimal},
   {column_type::integer, keyword::bulat},
   {column_type::rupiah, keyword::rupiah},
   {column_type::percent, keyword::persen},
   {column_type::period, keyword::periode},
   {column_type::boolean, keyword::ya_tidak},
}};
static_assert(covers(column_type_words, keyword_group::column_type));

inline constexpr std::array<worded<number_style>, 2> number_style_words = {{
   {number_style::comma_decimal, keyword::koma},
   {number_style::point_decimal, keyword::titik},
}};
static_assert(covers(number_style_words, keyword_group::number_style));

struct column_decl
{
   identifier name;
   column_type type = column_type::text;
   number_style style = number_style::comma_decimal;
   std::optional<std::string> header; // the CSV header text when it differs from the name
   // A derived column (kolom skor = ...): computed once per row from the columns declared above
   // it, not read from the file. `type` and `style` do not apply to it.
   expr_ptr formula;
   std::optional<int> places; // bulat N after the formula
   span places_where;
   span where;
};

// lembar "Data Pegawai", after a data file's name: the sheet of a workbook given as --data that
// stands for the file, when it is not the one named like the file without `.csv`.
struct sheet_name
{
   std::string name;
   span where;
};

// tabel ipasn_dimensi "ipasn_dimensi.csv" { kolom dimensi teks ... }
struct table_decl
{
   identifier name;
   std::string file;
   span file_where;
   std::optional<sheet_name> sheet;
   std::string title;
   std::optional<char> delimiter;
   std::vector<column_decl> columns;
   meta info;
   span where;
};

// realisasi "realisasi.csv": reported realisasi per indicator and period
struct realisasi_decl
{
   std::string file;
   std::optional<sheet_name> sheet;
   number_style style = number_style::comma_decimal;
   span where;
};

// tercetak "tercetak.csv": the figures a report printed, compared by `ind audit`
struct printed_decl
{
   std::string file;
   std::optional<sheet_name> sheet;
   number_style style = number_style::comma_decimal;
   span where;
};

// anggaran "anggaran.csv" { serapan bulat 2  predikat rentang_serapan  tingkat "Sasaran" }
struct budget_decl
{
   std::string file;
   std::optional<sheet_name> sheet;
   std::optional<int> absorption_places;
   std::optional<qualified_name> absorption_scale;
   std::vector<std::string> levels; // names of the code levels, top down; empty: the defaults
   span where;
};

// renja "renja.csv" { capaian bulat 2  predikat rentang_capaian }: the Renja evaluation form of
// Permendagri 86/2017, its columns (6)-(12) read from the file and (13)-(16) computed
struct renja_decl
{
   std::string file;
   std::optional<sheet_name> sheet;
   std::optional<int> places;              // of (14) and (16); 2 when not written
   std::optional<qualified_name> scale;    // the predikat of (14)
   span where;
};

// tetapan bobot_kinerja = 30 dasar "..." status asumsi
struct constant_decl
{
   identifier name;
   std::string title;
   expr_ptr value;
   meta info;
   span where;
};

// aturan capaian_naik(realisasi; target) = realisasi / target * 100
struct rule_decl
{
   identifier name;
   std::string title;
   std::vector<identifier> params;
   expr_ptr body;
   meta info;
   span where;
};

// nilai ip_asn_pns "IP ASN PNS" = ... bulat 2
struct value_decl
{
   identifier name;
   std::string title;
   expr_ptr value;
   std::optional<int> places;
   span places_where;
   meta info;
   span where;
};

// bobot sakip_komponen "Komponen" total 100 { perencanaan "Perencanaan Kinerja" 30 ... }
struct weight_item
{
   identifier name;
   std::string title;
   number_literal weight;
   span where;
};

struct weight_decl
{
   identifier name;
   std::string title;
   std::optional<number_literal> total;
   span total_where;
   std::vector<weight_item> items;
   meta info;
   span where;
};

// A bound of a band: a number, or '~' for unbounded.
struct bound
{
   std::optional<std::string> canonical; // nullopt = unbounded
   bool closed = false;                  // '[' or ']'
   span where;
};

// [85..100) "Sangat Baik" "keterangan"
struct band
{
   bound lower;
   bound upper;
   std::string label;
   std::string description;
   span where;
};

struct scale_decl
{
   identifier name;
   std::string title;
   std::vector<band> bands;
   std::optional<band> domain; // ranah: the values the bands must cover (label unused)
   meta info;
   span where;
};

enum class indicator_level : unsigned char
{
   tujuan,
   sasaran,
   program,
   kegiatan,
   subkegiatan,
};

enum class direction : unsigned char
{
   up,   // naik: higher is better
   down, // turun: lower is better
};

inline constexpr std::array<worded<indicator_level>, 5> level_words = {{
   {indicator_level::tujuan, keyword::tujuan},
   {indicator_level::sasaran, keyword::sasaran},
   {indicator_level::program, keyword::program},
   {indicator_level::kegiatan, keyword::kegiatan},
   {indicator_level::subkegiatan, keyword::subkegiatan},
}};
static_assert(covers(level_words, keyword_group::level));

inline constexpr std::array<worded<direction>, 2> direction_words = {{
   {direction::up, keyword::naik},
   {direction::down, keyword::turun},
}};
static_assert(covers(direction_words, keyword_group::direction));

// kumulatif: how the realisasi of the quarters of a year make the realisasi to date.
enum class accumulation : unsigned char
{
   sum,  // jumlah: a flow (a count of documents), summed over the quarters to date
   mean, // rata: the mean of the quarters to date
   last, // akhir: a stock (an index), read as it stands at the end of the period
};

inline constexpr std::array<worded<accumulation>, 3> accumulation_words = {{
   {accumulation::sum, keyword::jumlah},
   {accumulation::mean, keyword::rata},
   {accumulation::last, keyword::akhir},
}};
static_assert(covers(accumulation_words, keyword_group::accumulation));

struct target_entry
{
   std::string period; // canonical: "2024", "2024-TW2"
   span period_where;
   number_literal value;
   span where;
   std::optional<identifier> version; // target pk 2024: 85; none for the unnamed targets
};

// A computed field of an indicator: an optional formula and an optional rounding.
struct figure
{
   expr_ptr formula;
   std::optional<int> places;
   span places_where;
   span where;
};

// One `rumus` line of an indicator that carries its own `berlaku` clause.
struct formula_version
{
   figure value;
   meta info;
};

struct indicator_decl
{
   identifier name;
   std::string title;
   std::optional<indicator_level> level;
   std::optional<identifier> parent;
   std::string unit;
   std::optional<direction> dir;
   std::string definition;
   std::string data_source;
   std::optional<figure> value;      // rumus <expr> [bulat N]
   // rumus <expr> [bulat N] berlaku sejak 2022: formulas in force in the periods of their clause
   // (on the rumus line) only, in file order; `info` holds only the clause.
   std::vector<formula_version> value_versions;
   std::vector<target_entry> targets;
   std::optional<identifier> measured_against; // capaian terhadap pk
   std::optional<figure> achievement; // capaian [<expr>] [bulat N]
   std::optional<qualified_name> achievement_scale; // predikat
   std::optional<qualified_name> value_scale;       // kategori
   std::vector<std::string> budget_codes;           // anggaran "A", "B"
   bool budget_all = false;                          // anggaran semua
   span budget_where;
   std::optional<figure> efficiency;                 // efisiensi [<expr>] [bulat N]
   std::optional<qualified_name> efficiency_scale;   // predikat_efisiensi
   std::optional<accumulation> accumulate;           // kumulatif jumlah | rata | akhir
   span accumulate_where;
   meta info;
   span where;
};

// ubah ipasn.poin_s1 = 15 dasar "...": an agency's visible change of a module's tetapan
struct override_decl
{
   qualified_name target;
   expr_ptr value;
   meta info;
   span where;
};

// andaikan x = 1: inside an example, x has this value instead of its own
struct given
{
   qualified_name target;
   expr_ptr value;
   span where;
};

// contoh "judul" periode 2021 { andaikan ...  <pernyataan benar/salah> ... }
struct example_decl
{
   std::string title;
   span title_where;
   std::optional<std::string> when; // canonical period
   std::vector<given> givens;
   std::vector<expr_ptr> assertions;
   span where;
};

// target pk "Perjanjian Kinerja": a named version of targets, and the title reports give it
struct target_version_decl
{
   identifier name;
   std::string title;
   span where;
};

// capaian terhadap pk, at the top level: the version of targets every capaian of the file is
// measured against, unless an indicator chooses its own
struct measured_decl
{
   identifier version;
   span where;
};

// syarat "judul" [untuk setiap baris tabel] { kondisi } dasar "...": what the data must satisfy,
// checked for the period of every eval and audit; per row of `rows` when it is named.
struct condition_decl
{
   std::string title;
   span title_where;
   std::optional<identifier> rows; // untuk setiap baris <tabel>
   expr_ptr condition;
   meta info;
   span where;
};

using declaration = std::variant<import_decl, table_decl, realisasi_decl, printed_decl, budget_decl, renja_decl,
                                 constant_decl, rule_decl, value_decl, weight_decl, scale_decl,
                                 indicator_decl, override_decl, example_decl, target_version_decl,
                                 measured_decl, condition_decl>;

struct comment
{
   std::string text; // without the leading "//"
   span where;
};

struct module
{
   const source_file* file = nullptr;
   std::optional<header> head;
   std::vector<declaration> declarations;
   std::vector<comment> comments;
};

const char* level_name(indicator_level level);
const char* column_type_name(column_type type);
const char* status_name(source_status status);
const char* direction_name(direction dir);
const char* accumulation_name(accumulation how);

} // namespace ind::lang::ast
