// What the user reads when the grammar cannot go on: one Indonesian message per rule at which
// parsing commits (every must<> and if_must<> target), optionally followed by '\n' and a hint.
// A message that lists the keywords allowed at its place says "{}" where the list goes, and names
// their groups in listed<>; the parser offers the nearest of them to a misspelt word.
// The control class below refuses to compile if a committing rule has no message, unless the rule
// can never fail, so a PEGTL rule name can never reach a user.
#pragma once

#include "lang/grammar.hpp"
#include "lang/keywords.hpp"

#include <string>
#include <string_view>

namespace ind::lang::grammar_errors {

namespace g = ind::lang::grammar;
namespace pegtl = tao::pegtl;
using lang::group_set;
using lang::keyword_group;

template <typename Rule>
inline constexpr const char* message = nullptr;

// Rules that always succeed; they appear inside if_must<> but can never be the reason it fails.
template <typename Rule>
inline constexpr bool never_fails = false;
template <typename... Rules>
inline constexpr bool never_fails<pegtl::star<Rules...>> = true;
template <typename... Rules>
inline constexpr bool never_fails<pegtl::opt<Rules...>> = true;
template <>
inline constexpr bool never_fails<g::_> = true;
template <>
inline constexpr bool never_fails<g::trailing_meta> = true;
template <>
inline constexpr bool never_fails<g::optional_formula> = true;

// clang-format off
template <> inline constexpr const char* message<g::no_uppercase> = "nama hanya boleh memakai huruf kecil, angka dan garis bawah\ntulis nama dalam snake_case, mis. ip_asn_pns";
template <> inline constexpr const char* message<g::no_decimal_point> = "tanda desimal dalam berkas .ind adalah koma\ntulis 77,32 bukan 77.32; titik hanya untuk pemisah ribuan (14.289.814.108)";
template <> inline constexpr const char* message<g::escaped_char> = "urutan escape tidak dikenal dalam teks\nyang dikenal: \\\" \\\\ \\n \\t";
template <> inline constexpr const char* message<g::string_close> = "teks tidak ditutup dengan '\"' sebelum akhir baris";
template <> inline constexpr const char* message<g::expression> = "diharapkan ekspresi (angka, nama, panggilan seperti rata(a; b), atau '(')";
template <> inline constexpr const char* message<g::paren_close> = "diharapkan ')' untuk menutup '('";
template <> inline constexpr const char* message<g::filter> = "diharapkan kondisi setelah 'dengan'";
template <> inline constexpr const char* message<g::group_key> = "diharapkan kolom pengelompokan setelah 'menurut'";
template <> inline constexpr const char* message<g::call_close> = "diharapkan ';' atau ')' dalam daftar argumen\nargumen dipisahkan dengan ';' karena koma adalah tanda desimal: rata(a; b)";
template <> inline constexpr const char* message<g::next_argument> = "diharapkan argumen setelah ';'";
template <> inline constexpr const char* message<g::colon> = "diharapkan ':'";
template <> inline constexpr const char* message<g::choice_value> = "diharapkan nilai setelah ':'";
template <> inline constexpr const char* message<g::choice_open> = "diharapkan '{' setelah subjek 'pilih'";
template <> inline constexpr const char* message<g::choice_close> = "diharapkan pilihan (\"kunci\": nilai), 'lainnya: nilai' atau '}'";
template <> inline constexpr const char* message<g::operand> = "diharapkan angka, nama atau '(' setelah '-'";
template <> inline constexpr const char* message<g::unary_operand> = "diharapkan operand setelah operator kali/bagi";
template <> inline constexpr const char* message<g::sum_operand> = "diharapkan operand setelah '+' atau '-'";
template <> inline constexpr const char* message<g::comparison_operand> = "diharapkan operand setelah operator pembanding";
template <> inline constexpr const char* message<g::negation> = "diharapkan kondisi setelah 'tidak'";
template <> inline constexpr const char* message<g::conjunction_operand> = "diharapkan kondisi setelah 'dan'";
template <> inline constexpr const char* message<g::disjunction_operand> = "diharapkan kondisi setelah 'atau'";
template <> inline constexpr const char* message<g::kw_maka> = "diharapkan 'maka' setelah kondisi 'jika'\nbentuknya: jika <kondisi> maka <nilai> lain <nilai>";
template <> inline constexpr const char* message<g::kw_lain> = "diharapkan 'lain' (nilai bila kondisi tidak terpenuhi)\nbentuknya: jika <kondisi> maka <nilai> lain <nilai>";
template <> inline constexpr const char* message<g::then_branch> = "diharapkan nilai setelah 'maka'";
template <> inline constexpr const char* message<g::else_branch> = "diharapkan nilai setelah 'lain'";
template <> inline constexpr const char* message<g::string_literal> = "diharapkan teks dalam tanda kutip, mis. \"Indeks Profesionalitas ASN\"";
template <> inline constexpr const char* message<g::status_value> = "status sumber tidak dikenal\nyang dikenal: {}";
template <> inline constexpr const char* message<g::effective_bounds> = "diharapkan 'sejak' atau 'sampai' setelah 'berlaku'\nbentuknya: berlaku sejak 2022, berlaku sampai 2025, atau berlaku sejak 2015 sampai 2021";
template <> inline constexpr const char* message<g::period_literal> = "diharapkan periode, mis. 2024 atau 2024-TW2";
template <> inline constexpr const char* message<g::year> = "diharapkan tahun empat angka, mis. 2024";
template <> inline constexpr const char* message<g::range_dots> = "diharapkan '..' di antara dua batas";
template <> inline constexpr const char* message<g::identifier> = "diharapkan nama (huruf kecil, angka dan garis bawah, mis. ip_asn)";
template <> inline constexpr const char* message<g::column_type> = "jenis kolom tidak dikenal\nyang dikenal: {}";
template <> inline constexpr const char* message<g::column_body> = "diharapkan jenis kolom atau '=' dan rumus kolom turunan\njenis kolom: {}; kolom turunan: kolom skor = rumus(kolom_a; kolom_b)";
template <> inline constexpr const char* message<g::derived_formula> = "diharapkan rumus kolom turunan setelah '=', mis. kolom skor = nilai_pegawai(pendidikan; jabatan)";
template <> inline constexpr const char* message<g::table_open> = "diharapkan '{' untuk memulai daftar kolom";
template <> inline constexpr const char* message<g::table_close> = "diharapkan 'kolom', 'pemisah', 'dasar' atau '}' dalam tabel";
template <> inline constexpr const char* message<g::rounding> = "diharapkan 'bulat' dan jumlah desimal, mis. bulat 2";
template <> inline constexpr const char* message<g::qualified_name> = "diharapkan nama, mis. rentang_capaian atau sakip.predikat";
template <> inline constexpr const char* message<g::budget_close> = "diharapkan 'serapan bulat N', 'predikat <skala>', 'tingkat \"Program\", ...' atau '}'";
template <> inline constexpr const char* message<g::sheet_name> = "diharapkan nama lembar buku kerja dalam tanda kutip, mis. lembar \"Data Pegawai\"";
template <> inline constexpr const char* message<g::renja_close> = "diharapkan 'capaian bulat N', 'predikat <skala>' atau '}'";
template <> inline constexpr const char* message<g::budget_level> = "diharapkan nama tingkat anggaran dalam tanda kutip, mis. tingkat \"Sasaran\", \"Kegiatan\"";
template <> inline constexpr const char* message<g::equals> = "diharapkan '='";
template <> inline constexpr const char* message<g::figure_formula> = "diharapkan rumus setelah '=', mis. capaian = realisasi / target * 100";
template <> inline constexpr const char* message<g::parameters> = "diharapkan daftar parameter dalam kurung, mis. (realisasi; target)";
template <> inline constexpr const char* message<g::parameters_close> = "diharapkan ';' atau ')' dalam daftar parameter";
template <> inline constexpr const char* message<g::weight_value> = "diharapkan angka bobot, mis. 30 atau 30%";
template <> inline constexpr const char* message<g::number_literal> = "diharapkan angka, mis. 100 atau 100%";
template <> inline constexpr const char* message<g::weight_open> = "diharapkan '{' untuk memulai daftar komponen bobot";
template <> inline constexpr const char* message<g::weight_close> = "diharapkan komponen (nama \"judul\" bobot) atau '}'";
template <> inline constexpr const char* message<g::lower_bound> = "diharapkan batas bawah: angka atau '~' (tanpa batas)";
template <> inline constexpr const char* message<g::upper_bound> = "diharapkan batas atas: angka atau '~' (tanpa batas)";
template <> inline constexpr const char* message<g::interval_close> = "diharapkan ')' (batas atas terbuka) atau ']' (batas atas tertutup)";
template <> inline constexpr const char* message<g::band_label> = "diharapkan label kelas dalam tanda kutip, mis. \"Sangat Baik\"";
template <> inline constexpr const char* message<g::interval> = "diharapkan rentang, mis. [0..~) atau [0..100]";
template <> inline constexpr const char* message<g::scale_open> = "diharapkan '{' untuk memulai daftar kelas skala";
template <> inline constexpr const char* message<g::scale_close> = "diharapkan kelas ([a..b) \"label\"), 'ranah', 'dasar' atau '}'\nbatas kelas ditulis [85..100) dengan '[' ']' tertutup dan '(' ')' terbuka";
template <> inline constexpr const char* message<g::target_value> = "diharapkan angka target, mis. 71,17";
template <> inline constexpr const char* message<g::target_entry> = "diharapkan target per periode, mis. target 2024: 71,17  2025: 77,34";
template <> inline constexpr const char* message<g::level_value> = "tingkat tidak dikenal\nyang dikenal: {}";
template <> inline constexpr const char* message<g::unit_value> = "diharapkan satuan, mis. persen, indeks, nilai atau \"dokumen\"";
template <> inline constexpr const char* message<g::direction_value> = "arah tidak dikenal\nyang dikenal: {}";
template <> inline constexpr const char* message<g::accumulation_value> = "cara kumulatif tidak dikenal\nyang dikenal: {}";
template <> inline constexpr const char* message<g::integer> = "diharapkan bilangan bulat, mis. 2";
template <> inline constexpr const char* message<g::budget_codes> = "diharapkan kode anggaran dalam tanda kutip (\"A\", \"B\") atau 'semua'";
template <> inline constexpr const char* message<g::title> = "diharapkan nama lengkap dalam tanda kutip, mis. \"Indeks Profesionalitas ASN\"";
template <> inline constexpr const char* message<g::indicator_open> = "diharapkan '{' untuk memulai isi indikator";
template <> inline constexpr const char* message<g::indicator_close> = "diharapkan kolom indikator atau '}'\nkolom indikator: {}; rumus capaian dan efisiensi ditulis sesudah '=': capaian = target / realisasi * 100";
template <> inline constexpr const char* message<g::example_open> = "diharapkan '{' untuk memulai isi contoh";
template <> inline constexpr const char* message<g::skipped_block> = "isi contoh harus diapit '{' dan '}' yang berpasangan\nperiksa modul ini sendiri dengan ind check untuk letak persisnya";
template <> inline constexpr const char* message<g::example_close> = "diharapkan 'andaikan nama = nilai', sebuah pernyataan (mis. bulat(x; 2) = 77,32) atau '}'";
template <> inline constexpr const char* message<g::target_version_name> = "diharapkan nama versi target, mis. target pk 2024: 85 atau capaian terhadap pk";
template <> inline constexpr const char* message<g::target_version_title> = "diharapkan judul versi target dalam tanda kutip, mis. target pk \"Perjanjian Kinerja\"";
template <> inline constexpr const char* message<g::kw_setiap> = "diharapkan 'setiap baris' setelah 'untuk'\nbentuknya: syarat \"judul\" untuk setiap baris <tabel> { kondisi }";
template <> inline constexpr const char* message<g::kw_baris> = "diharapkan 'baris' setelah 'untuk setiap'\nbentuknya: syarat \"judul\" untuk setiap baris <tabel> { kondisi }";
template <> inline constexpr const char* message<g::condition_table> = "diharapkan nama tabel setelah 'untuk setiap baris', mis. untuk setiap baris aspek_merit";
template <> inline constexpr const char* message<g::condition_open> = "diharapkan '{' untuk memulai kondisi syarat, atau 'untuk setiap baris <tabel>'\nbentuknya: syarat \"judul\" { jumlah(t.kolom) = total }";
template <> inline constexpr const char* message<g::assertion> = "diharapkan kondisi yang harus dipenuhi data, mis. jumlah(pegawai.jumlah) = total_asn";
template <> inline constexpr const char* message<g::condition_close> = "diharapkan '}': satu syarat memuat satu kondisi\ngabungkan dengan 'dan', atau tulis syarat kedua";
template <> inline constexpr const char* message<g::file_end> = "diharapkan deklarasi\ndeklarasi dimulai dengan: {}";
// clang-format on

// The keywords a message lists in place of its "{}", joined from their groups (lang/keywords.hpp).
template <typename Rule>
inline constexpr group_set listed = {};
// The keywords a word written where the rule failed is compared with, for a "did you mean" hint:
// those listed, unless a rule names others.
template <typename Rule>
inline constexpr group_set suggested = listed<Rule>;

// clang-format off
template <> inline constexpr group_set listed<g::status_value> = keyword_group::status;
template <> inline constexpr group_set listed<g::column_type> = keyword_group::column_type;
template <> inline constexpr group_set listed<g::column_body> = keyword_group::column_type;
template <> inline constexpr group_set listed<g::level_value> = keyword_group::level;
template <> inline constexpr group_set listed<g::direction_value> = keyword_group::direction;
template <> inline constexpr group_set listed<g::accumulation_value> = keyword_group::accumulation;
template <> inline constexpr group_set listed<g::indicator_close> = keyword_group::indicator_field | keyword_group::meta;
template <> inline constexpr group_set listed<g::file_end> = keyword_group::declaration;
template <> inline constexpr group_set suggested<g::file_end> = keyword_group::declaration | keyword_group::header;
template <> inline constexpr group_set suggested<g::table_close> = keyword_group::table_item | keyword_group::meta;
template <> inline constexpr group_set suggested<g::budget_close> = keyword_group::budget_item;
// After a table's file: `lembar` misspelt ("lembr") is one of the clause words.
template <> inline constexpr group_set suggested<g::table_open> = keyword_group::clause;
template <> inline constexpr group_set suggested<g::renja_close> = keyword_group::renja_item;
template <> inline constexpr group_set suggested<g::effective_bounds> = keyword_group::effective;
// clang-format on

// A message holds "{}" exactly when it lists keywords.
template <typename Rule>
constexpr bool lists_where_it_says()
{
   const std::string_view text = message<Rule> != nullptr ? message<Rule> : "";
   return (text.find("{}") != std::string_view::npos) == !listed<Rule>.empty();
}

// A syntax error, with the keywords that were allowed where it happened (empty where the rule
// expects no keyword), so that the parser can offer the nearest one.
class syntax_error : public pegtl::parse_error
{
 public:
   template <typename ParseInput>
   syntax_error(const std::string& text, const ParseInput& in, group_set allowed)
      : pegtl::parse_error(text, in), m_allowed(allowed)
   {}
   group_set allowed() const { return m_allowed; }

 private:
   group_set m_allowed;
};

// The message of a rule with its list of keywords in place.
template <typename Rule>
std::string message_text()
{
   std::string text = message<Rule> != nullptr ? message<Rule> : "sintaks tidak dikenal";
   if (const std::size_t at = text.find("{}"); at != std::string::npos) {
      text.replace(at, 2, spelled_list(listed<Rule>));
   }
   return text;
}

// The parser's control: standard behaviour, except that raising at a committing rule throws the
// rule's Indonesian message and the keywords allowed there.
template <typename Rule>
struct control : pegtl::normal<Rule>
{
   template <typename ParseInput, typename... States>
   [[noreturn]] static void raise(const ParseInput& in, States&&... /*unused*/)
   {
      static_assert(message<Rule> != nullptr || never_fails<Rule>,
                    "a rule at which parsing commits has no message in grammar_errors.hpp");
      static_assert(lists_where_it_says<Rule>(),
                    "a message lists keywords ({}) exactly when the rule names their groups");
      throw syntax_error(message_text<Rule>(), in, suggested<Rule>);
   }
};

} // namespace ind::lang::grammar_errors
