// The grammar of .ind files, as PEGTL rules: one empty struct per rule, each with a line saying
// what it matches. Error messages live in grammar_errors.hpp, tree building in parser.cpp, the
// keywords' spellings in keywords.hpp; only those files, the printer of `ind fmt` (print.cpp,
// which reads where layout and declarations are) and the grammar and keyword unit tests include
// this header.
//
// Layout: whitespace and `//` comments may appear between any two tokens; newlines carry no
// meaning, because every field and declaration starts with its own keyword. Numbers are
// written the Indonesian way: ',' is the decimal separator and '.' groups thousands
// (71,17; 14.289.814.108), so arguments are separated by ';' as in Indonesian spreadsheets.
#pragma once

#include "lang/keywords.hpp"

#include <tao/pegtl.hpp>

#include <utility>

namespace ind::lang::grammar {

using namespace tao::pegtl;
using lang::keyword;
using lang::keyword_group;

// clang-format off

// ---------------------------------------------------------------- layout
struct comment : seq< two< '/' >, until< eolf > > {};                 // // to the end of the line
struct blank : sor< space, comment > {};                               // one space or comment
struct _ : star< blank > {};                                           // optional layout
struct byte_order_mark : TAO_PEGTL_STRING( "\xEF\xBB\xBF" ) {};      // UTF-8 BOM some editors write

// ---------------------------------------------------------------- names and keywords
struct name_char : sor< ranges< 'a', 'z', '0', '9' >, one< '_' > > {}; // letters of a name
struct no_uppercase : not_at< range< 'A', 'Z' > > {};                  // names are snake_case
struct word : seq< sor< range< 'a', 'z' >, one< '_' > >, star< name_char >, must< no_uppercase > > {};

// A keyword, spelled as its row in lang/keywords.hpp spells it, and not the start of a longer name.
template< keyword K, typename Letters = std::make_index_sequence< spelling( K ).size() > > struct spelled;
template< keyword K, std::size_t... I > struct spelled< K, std::index_sequence< I... > > { using type = string< spelling( K )[ I ]... >; };
template< keyword K > struct kw : seq< typename spelled< K >::type, not_at< sor< name_char, range< 'A', 'Z' > > > > {};

// Any one word of a group of lang/keywords.hpp.
template< keyword_group G, typename Members = std::make_index_sequence< members_of< G >.size() > > struct any_of_group;
template< keyword_group G, std::size_t... I > struct any_of_group< G, std::index_sequence< I... > > { using type = sor< kw< members_of< G >[ I ] >... >; };
template< keyword_group G > struct one_of : any_of_group< G >::type {};

// Expression keywords are reserved; declaration keywords are reserved only where a declaration
// or field starts, so data columns may be called `nilai` or `target`.
struct kw_jika : kw< keyword::jika > {};
struct kw_maka : kw< keyword::maka > {};
struct kw_lain : kw< keyword::lain > {};
struct kw_dan : kw< keyword::dan > {};
struct kw_atau : kw< keyword::atau > {};
struct kw_tidak : kw< keyword::tidak > {};
struct kw_dengan : kw< keyword::dengan > {};
struct kw_menurut : kw< keyword::menurut > {};
struct kw_benar : kw< keyword::benar > {};
struct kw_salah : kw< keyword::salah > {};
struct kw_pilih : kw< keyword::pilih > {};
struct kw_lainnya : kw< keyword::lainnya > {};
struct reserved : one_of< keyword_group::expression > {};

struct identifier : seq< not_at< reserved >, word > {};                // ip_asn
struct qualified_name : seq< identifier, star< one< '.' >, identifier > > {}; // ipasn.kategori

// ---------------------------------------------------------------- literals
struct digits : plus< digit > {};
struct grouped_integer : seq< rep_min_max< 1, 3, digit >, plus< one< '.' >, rep< 3, digit > >, not_at< digit > > {};
struct integer_part : sor< grouped_integer, digits > {};              // 14.289.814.108 or 2024
struct fraction : seq< one< ',' >, digits > {};                        // ,17
struct no_decimal_point : not_at< one< '.' >, digit > {};              // 1.5 is not a number here
struct number : seq< integer_part, opt< fraction >, must< no_decimal_point > > {};
struct percent_sign : one< '%' > {};
struct number_literal : seq< number, opt< percent_sign > > {};        // 71,17  30%
struct negative_sign : one< '-' > {};
struct signed_number : seq< opt< negative_sign >, number_literal > {}; // -3,5 in tables of bands
struct integer : digits {};                                            // places of rounding
struct year : rep< 4, digit > {};
struct period_suffix : seq< one< '-' >, plus< ranges< 'A', 'Z', 'a', 'z', '0', '9' > > > {};
struct period_literal : seq< year, opt< period_suffix > > {};          // 2024, 2024-TW2, 2024-S1
// A quarter or a semester in a formula: the letters are capitals, as no name can start with one,
// so that `2024-TW1` never reads as 2024 minus a name. A plain year there is a number, taken as a
// period where a period is expected. What follows the hyphen is checked by core::period::parse.
struct period_value : seq< year, one< '-' >, range< 'A', 'Z' >, star< ranges< 'A', 'Z', 'a', 'z', '0', '9' > > > {}; // 2024-TW1, 2024-TWII, 2024-S1

struct escaped_char : one< '"', '\\', 'n', 't' > {};
struct escape : if_must< one< '\\' >, escaped_char > {};
struct string_char : sor< escape, not_one< '"', '\\', '\n', '\r' > > {};
struct string_close : one< '"' > {};
struct string_literal : if_must< one< '"' >, star< string_char >, string_close > {}; // "teks"

// ---------------------------------------------------------------- expressions
struct expression;

struct paren_close : one< ')' > {};
struct parenthesized : if_must< one< '(' >, _, expression, _, paren_close > {};

struct filter : seq< expression > {};                                  // dengan <kondisi>
struct group_key : seq< expression > {};                               // menurut <kolom>
struct filter_clause : if_must< kw_dengan, _, filter > {};
struct group_clause : if_must< kw_menurut, _, group_key, star< _, one< ',' >, _, group_key > > {};
struct argument : seq< expression, opt< _, filter_clause >, opt< _, group_clause > > {};
struct argument_separator : seq< _, one< ';' >, _ > {};
struct call_close : one< ')' > {};
struct next_argument : seq< argument > {};
struct call_arguments : if_must< one< '(' >, _, opt< argument, star< if_must< argument_separator, next_argument > > >, _, call_close > {};
struct call : seq< qualified_name, _, call_arguments > {};             // rata(a; b)
struct name_ref : seq< qualified_name > {};

struct boolean_true : seq< kw_benar > {};
struct boolean_false : seq< kw_salah > {};

struct colon : one< ':' > {};
struct choice_key : sor< string_literal, signed_number > {};
struct choice_value : seq< expression > {};
struct choice_arm : seq< choice_key, star< _, one< ',' >, _, choice_key >, _, must< colon >, _, must< choice_value > > {};
struct choice_otherwise : if_must< kw_lainnya, _, colon, _, choice_value > {};
struct choice_open : one< '{' > {};
struct choice_close : one< '}' > {};
struct choose : if_must< kw_pilih, _, expression, _, choice_open, _, star< choice_arm, _ >, opt< choice_otherwise, _ >, choice_close > {};

struct atom : sor< parenthesized, period_value, number_literal, string_literal, boolean_true, boolean_false, choose, call, name_ref > {};
struct operand : seq< atom > {};                                        // what an operator needs next

struct negation;
struct unary_minus : if_must< negative_sign, _, operand > {};
struct unary : sor< unary_minus, atom > {};

struct multiply_op : sor< one< '*' >, one< '/' >, TAO_PEGTL_STRING( "\xC3\x97" ), TAO_PEGTL_STRING( "\xC3\xB7" ) > {}; // * / × ÷
struct add_op : one< '+', '-' > {};
struct compare_op : sor< TAO_PEGTL_STRING( "<=" ), TAO_PEGTL_STRING( ">=" ), TAO_PEGTL_STRING( "!=" ),
                         TAO_PEGTL_STRING( "\xE2\x89\xA4" ), TAO_PEGTL_STRING( "\xE2\x89\xA5" ), TAO_PEGTL_STRING( "\xE2\x89\xA0" ),
                         one< '=', '<', '>' > > {};                   // = != < <= > >= ≤ ≥ ≠

struct unary_operand : seq< unary > {};
struct product : seq< unary, star< _, multiply_op, _, must< unary_operand > > > {};
struct sum_operand : seq< product > {};
struct sum : seq< product, star< _, add_op, _, must< sum_operand > > > {};
struct comparison_operand : seq< sum > {};
struct comparison : seq< sum, opt< _, compare_op, _, must< comparison_operand > > > {};
struct negated : if_must< kw_tidak, _, negation > {};
struct negation : sor< negated, comparison > {};
struct conjunction_operand : seq< negation > {};
struct conjunction : seq< negation, star< _, kw_dan, _, must< conjunction_operand > > > {};
struct disjunction_operand : seq< conjunction > {};
struct disjunction : seq< conjunction, star< _, kw_atau, _, must< disjunction_operand > > > {};
struct then_branch : seq< expression > {};
struct else_branch : seq< expression > {};
struct conditional : if_must< kw_jika, _, expression, _, kw_maka, _, then_branch, _, kw_lain, _, else_branch > {};
struct expression : sor< conditional, disjunction > {};

// ---------------------------------------------------------------- clauses shared by declarations
struct equals : one< '=' > {};
struct semicolon : one< ';' > {};
struct rounding : seq< kw< keyword::bulat >, _, integer > {}; // bulat 2

struct kw_dasar : kw< keyword::dasar > {};
struct kw_status : kw< keyword::status > {};
struct kw_berlaku : kw< keyword::berlaku > {};
struct kw_sejak : kw< keyword::sejak > {};
struct kw_sampai : kw< keyword::sampai > {};
struct status_value : one_of< keyword_group::status > {};
struct citation_clause : if_must< kw_dasar, _, string_literal > {};    // dasar "PermenPANRB 88/2021"
struct status_clause : if_must< kw_status, _, status_value > {};       // status terkonfirmasi
struct effective_from : if_must< kw_sejak, _, period_literal > {};    // sejak 2022: the first period it holds
struct effective_until : if_must< kw_sampai, _, period_literal > {};  // sampai 2025: the last period it holds
struct effective_bounds : sor< seq< effective_from, opt< _, effective_until > >, effective_until > {};
struct effective_clause : if_must< kw_berlaku, _, effective_bounds > {}; // berlaku sejak 2015 sampai 2021
struct meta_clause : sor< citation_clause, status_clause, effective_clause > {};
struct trailing_meta : star< _, meta_clause > {};

// ---------------------------------------------------------------- header and imports
struct range_dots : two< '.' > {};
struct renstra_clause : if_must< kw< keyword::renstra >, _, year, _, range_dots, _, year > {};
struct agency_header : if_must< kw< keyword::instansi >, _, string_literal, opt< _, renstra_clause > > {};
struct module_header : if_must< kw< keyword::modul >, _, identifier, opt< _, string_literal > > {};
struct header : sor< agency_header, module_header > {};

struct stdlib_requirement : if_must< kw< keyword::versi >, _, integer > {}; // versi 1: the oldest stdlib the file accepts
struct import_decl : if_must< kw< keyword::pakai >, _, identifier, star< _, one< ',' >, _, identifier >, opt< _, stdlib_requirement > > {};

// ---------------------------------------------------------------- data declarations
struct column_type : one_of< keyword_group::column_type > {};
struct number_style : one_of< keyword_group::number_style > {};
struct stored_column : seq< column_type, opt< _, number_style >, opt< _, string_literal > > {}; // desimal titik "Header"
struct derived_formula : seq< expression > {};                         // a formula over the row's columns
struct derived_column : if_must< equals, _, derived_formula, opt< _, rounding > > {}; // = <rumus> bulat 2
struct column_body : sor< derived_column, stored_column > {};
struct column_decl : if_must< kw< keyword::kolom >, _, identifier, _, column_body > {};
struct delimiter_clause : if_must< kw< keyword::pemisah >, _, string_literal > {};
struct table_item : sor< column_decl, delimiter_clause, meta_clause > {};
struct table_open : one< '{' > {};
struct table_close : one< '}' > {};
// lembar "Data Pegawai": the workbook sheet a data file stands for, after the file's name
struct sheet_name : seq< string_literal > {};
struct sheet_clause : if_must< kw< keyword::lembar >, _, sheet_name > {};
struct table_decl : if_must< kw< keyword::tabel >, _, identifier, _, string_literal, _, opt< sheet_clause, _ >,
                             opt< string_literal, _ >, table_open, _, star< table_item, _, opt< semicolon, _ > >,
                             table_close > {};

struct realisasi_decl : if_must< kw< keyword::realisasi >, _, string_literal, opt< _, sheet_clause >,
                                 opt< _, number_style > > {};
// tercetak "tercetak.csv": the figures the report printed, for `ind audit`
struct printed_decl : if_must< kw< keyword::tercetak >, _, string_literal, opt< _, sheet_clause >,
                               opt< _, number_style > > {};

struct budget_absorption : if_must< kw< keyword::serapan >, _, rounding > {};
struct budget_scale : if_must< kw< keyword::predikat >, _, qualified_name > {};
// tingkat "Sasaran", "Kegiatan": what the levels of the budget codes are called, top down
struct budget_level : seq< string_literal > {};
struct budget_levels : if_must< kw< keyword::tingkat >, _, budget_level, star< _, one< ',' >, _, must< budget_level > > > {};
struct budget_item : sor< budget_absorption, budget_scale, budget_levels > {};
struct budget_close : one< '}' > {};
struct budget_body : if_must< one< '{' >, _, star< budget_item, _, opt< semicolon, _ > >, budget_close > {};
struct budget_decl : if_must< kw< keyword::anggaran >, _, string_literal, opt< _, sheet_clause >, opt< _, budget_body > > {};

// renja "renja.csv" { capaian bulat 2  predikat rentang_capaian }: the Renja evaluation form
struct renja_achievement : if_must< kw< keyword::capaian >, _, rounding > {};
struct renja_scale : if_must< kw< keyword::predikat >, _, qualified_name > {};
struct renja_item : sor< renja_achievement, renja_scale > {};
struct renja_close : one< '}' > {};
struct renja_body : if_must< one< '{' >, _, star< renja_item, _, opt< semicolon, _ > >, renja_close > {};
struct renja_decl : if_must< kw< keyword::renja >, _, string_literal, opt< _, sheet_clause >, opt< _, renja_body > > {};

// ---------------------------------------------------------------- constants, rules, values, weights
struct title : seq< string_literal > {};
struct constant_decl : if_must< kw< keyword::tetapan >, _, identifier, _, opt< title, _ >, equals, _, expression, trailing_meta > {};

struct parameter : seq< identifier > {};
struct parameters_close : one< ')' > {};
struct parameters : if_must< one< '(' >, _, opt< parameter, star< _, one< ';' >, _, parameter > >, _, parameters_close > {};
struct rule_decl : if_must< kw< keyword::aturan >, _, identifier, _, parameters, _, opt< title, _ >, equals, _, expression, trailing_meta > {};

struct value_decl : if_must< kw< keyword::nilai >, _, identifier, _, opt< title, _ >, equals, _, expression, opt< _, rounding >, trailing_meta > {};

struct weight_value : seq< number_literal > {};
struct weight_item : seq< identifier, _, opt< title, _ >, must< weight_value > > {};
struct weight_total : if_must< kw< keyword::total >, _, number_literal > {};
struct weight_open : one< '{' > {};
struct weight_close : one< '}' > {};
struct weight_decl : if_must< kw< keyword::bobot >, _, identifier, _, opt< title, _ >, opt< weight_total, _ >,
                              weight_open, _, star< sor< meta_clause, weight_item >, _, opt< semicolon, _ > >, weight_close > {};

// ---------------------------------------------------------------- scales
struct unbounded : one< '~' > {};
struct lower_bound : sor< unbounded, signed_number > {};
struct upper_bound : sor< unbounded, signed_number > {};
struct open_lower : one< '(' > {};
struct closed_lower : one< '[' > {};
struct open_upper : one< ')' > {};
struct closed_upper : one< ']' > {};
struct interval_close : sor< open_upper, closed_upper > {};
struct interval : seq< sor< closed_lower, open_lower >, _, must< lower_bound >, _, must< range_dots >, _, must< upper_bound >, _, must< interval_close > > {};
struct band_label : seq< string_literal > {};
struct band_description : seq< string_literal > {};
struct band : seq< interval, _, must< band_label >, opt< _, band_description > > {};
struct scale_domain : if_must< kw< keyword::ranah >, _, interval > {}; // ranah [0..~): values the scale must cover
struct scale_open : one< '{' > {};
struct scale_close : one< '}' > {};
struct scale_decl : if_must< kw< keyword::skala >, _, identifier, _, opt< title, _ >,
                             scale_open, _, star< sor< band, scale_domain, meta_clause >, _, opt< semicolon, _ > >, scale_close > {};

// ---------------------------------------------------------------- indicators
struct level_value : one_of< keyword_group::level > {};
struct direction_value : one_of< keyword_group::direction > {};
struct unit_value : sor< string_literal, word > {};

struct kw_rumus : kw< keyword::rumus > {};
struct kw_target : kw< keyword::target > {};
struct kw_capaian : kw< keyword::capaian > {};
struct kw_predikat : kw< keyword::predikat > {};
struct kw_kategori : kw< keyword::kategori > {};
struct kw_anggaran : kw< keyword::anggaran > {};
struct kw_efisiensi : kw< keyword::efisiensi > {};
struct kw_predikat_efisiensi : kw< keyword::predikat_efisiensi > {};
struct kw_tingkat : kw< keyword::tingkat > {};
struct kw_induk : kw< keyword::induk > {};
struct kw_satuan : kw< keyword::satuan > {};
struct kw_arah : kw< keyword::arah > {};
struct kw_definisi : kw< keyword::definisi > {};
struct kw_sumber : kw< keyword::sumber > {};
struct kw_bulat : kw< keyword::bulat > {};

// An optional formula after '=' and an optional rounding: `capaian`, `capaian bulat 1`,
// `capaian = target / realisasi * 100 bulat 1`. The '=' keeps names such as `target` and `capaian`
// usable at the start of a formula without being read as the next field.
struct figure_formula : seq< expression > {};
struct optional_formula : seq< opt< _, if_must< equals, _, figure_formula > >, opt< _, rounding > > {};

struct target_value : seq< signed_number > {};
struct target_entry : seq< period_literal, _, must< colon >, _, must< target_value > > {};
struct target_separator : seq< _, opt< one< ';', ',' >, _ > > {};
struct budget_code : seq< string_literal > {};
struct budget_all : kw< keyword::semua > {};

struct field_level : if_must< kw_tingkat, _, level_value > {};
struct field_parent : if_must< kw_induk, _, identifier > {};
struct field_unit : if_must< kw_satuan, _, unit_value > {};
struct field_direction : if_must< kw_arah, _, direction_value > {};
struct field_definition : if_must< kw_definisi, _, string_literal > {};
struct field_source : if_must< kw_sumber, _, string_literal > {};
// rumus rata(a; b) bulat 2 berlaku sejak 2022: a `berlaku` on the rumus line limits the formula
// to those periods (other periods read the data); on a line of its own it is the indicator's.
struct same_line : star< one< ' ', '\t' > > {};
struct field_formula : if_must< kw_rumus, _, expression, opt< _, rounding >, opt< same_line, effective_clause > > {};
struct field_rounding : if_must< kw_bulat, _, integer > {};
// target 2024: 84, or a named version of the targets: target pk 2024: 85  2025: 86
struct target_version_name : seq< identifier > {};
struct field_targets : if_must< kw_target, _, opt< target_version_name, _ >, target_entry, star< target_separator, target_entry > > {};
// capaian terhadap pk: the version of targets capaian is measured against (in an indicator or for the file)
struct measured_against : seq< kw_capaian, _, kw< keyword::terhadap >, _, must< target_version_name > > {};
struct field_achievement : if_must< kw_capaian, optional_formula > {};
struct field_achievement_scale : if_must< kw_predikat, _, qualified_name > {};
struct field_value_scale : if_must< kw_kategori, _, qualified_name > {};
struct budget_codes : sor< budget_all, seq< budget_code, star< _, one< ',' >, _, budget_code > > > {};
struct field_budget : if_must< kw_anggaran, _, budget_codes > {};
struct field_efficiency : if_must< kw_efisiensi, optional_formula > {};
struct field_efficiency_scale : if_must< kw_predikat_efisiensi, _, qualified_name > {};
struct accumulation_value : one_of< keyword_group::accumulation > {};
struct field_accumulation : if_must< kw< keyword::kumulatif >, _, accumulation_value > {};
struct indicator_field : sor< field_level, field_parent, field_unit, field_direction, field_definition, field_source,
                              field_formula, field_rounding, field_targets, measured_against, field_achievement, field_efficiency_scale,
                              field_achievement_scale, field_value_scale, field_budget, field_efficiency, field_accumulation, meta_clause > {};
struct indicator_open : one< '{' > {};
struct indicator_close : one< '}' > {};
struct indicator_decl : if_must< kw< keyword::indikator >, _, identifier, _, title, _, indicator_open, _,
                                 star< indicator_field, _, opt< semicolon, _ > >, indicator_close > {};

// target pk "Perjanjian Kinerja": a version of targets the indicators may write, and its title in reports
struct target_version_title : seq< string_literal > {};
struct target_version_decl : if_must< kw_target, _, target_version_name, _, target_version_title > {};

// ---------------------------------------------------------------- overrides and examples
// ubah ipasn.poin_s1 = 15 dasar "Surat Kepala BKN ..."
struct override_decl : if_must< kw< keyword::ubah >, _, qualified_name, _, equals, _, expression, trailing_meta > {};

// contoh "judul" periode 2021 { andaikan x = 1  bulat(naik(77,32; 71,17); 1) = 108,6 }
struct example_period : if_must< kw< keyword::periode >, _, period_literal > {};
struct given : if_must< kw< keyword::andaikan >, _, qualified_name, _, equals, _, expression > {};
struct assertion : seq< expression > {};
struct example_open : one< '{' > {};
struct example_close : one< '}' > {};
struct example_decl : if_must< kw< keyword::contoh >, _, title, _, opt< example_period, _ >, example_open, _,
                               star< sor< given, assertion >, _, opt< semicolon, _ > >, example_close > {};

// syarat "Jumlah ASN per golongan = jumlah ASN" { jumlah(pegawai.jumlah) = total_asn } dasar "..."
// syarat "Nilai aspek tidak melebihi maksimum" untuk setiap baris aspek_merit { nilai <= maks }
// One condition per syarat, so that a failure names its two sides; meta clauses follow the block.
struct condition_table : seq< identifier > {};
struct kw_setiap : kw< keyword::setiap > {};
struct kw_baris : kw< keyword::baris > {};
struct condition_rows : if_must< kw< keyword::untuk >, _, kw_setiap, _, kw_baris, _, condition_table > {};
struct condition_open : one< '{' > {};
struct condition_close : one< '}' > {};
struct condition_decl : if_must< kw< keyword::syarat >, _, title, _, opt< condition_rows, _ >, condition_open, _,
                                 assertion, _, opt< semicolon, _ >, condition_close, trailing_meta > {};

// The examples of a module are its own tests: a file that uses the module needs only its rules, so
// there an example's body is passed over with its braces balanced (strings and comments may hold
// braces of their own) instead of being parsed.
struct skipped_text;
struct skipped_block : seq< one< '{' >, skipped_text, one< '}' > > {};
struct skipped_text : star< sor< string_literal, comment, skipped_block, not_one< '{', '}', '"' > > > {};
struct example_skipped : if_must< kw< keyword::contoh >, _, title, _, opt< example_period, _ >, skipped_block > {};

// ---------------------------------------------------------------- file
template< typename Example >
struct declaration_with : sor< import_decl, table_decl, realisasi_decl, printed_decl, budget_decl, renja_decl, constant_decl, rule_decl,
                               value_decl, weight_decl, scale_decl, indicator_decl, override_decl, Example,
                               target_version_decl, measured_against, condition_decl > {};
struct declaration : declaration_with< example_decl > {};
struct used_declaration : declaration_with< example_skipped > {};
struct file_end : eof {};
struct file : seq< opt< byte_order_mark >, _, opt< header, _ >, star< declaration, _ >, must< file_end > > {};
struct used_file : seq< opt< byte_order_mark >, _, opt< header, _ >, star< used_declaration, _ >, must< file_end > > {};

// clang-format on

} // namespace ind::lang::grammar
