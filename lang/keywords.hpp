// The keywords of the .ind language: one row per word, with the places it may be written. The
// grammar builds each keyword rule from its row (grammar.hpp, kw<keyword::rumus>), the error
// messages that list the words allowed at one place join them from that place's group
// (grammar_errors.hpp), the near-miss hints are computed against the same group (suggest.hpp),
// the parser and the AST map words to kinds through the table, and the fuzz dictionary's keyword
// block is checked against it (tests/unit/test_keywords.cpp). A word is spelled nowhere else.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ind::lang {

// One enumerator per word, named as the word is written.
enum class keyword : unsigned char
{
   // clang-format off
   instansi, renstra, modul, pakai, versi, tabel, kolom, pemisah, lembar, realisasi, tercetak,
   tingkat, induk, satuan, arah, definisi, sumber, rumus,
   teks, desimal, bulat, rupiah, persen, periode, ya_tidak, koma, titik,
   target, capaian, predikat, kategori, anggaran, serapan,
   tetapan, aturan, nilai, bobot, total, skala, ranah, indikator, ubah, contoh, andaikan,
   syarat, untuk, setiap, baris,
   efisiensi, predikat_efisiensi, semua, terhadap,
   tujuan, sasaran, program, kegiatan, subkegiatan, naik, turun,
   dasar, status, berlaku, sejak, sampai, terkonfirmasi, bacaan_praktisi, asumsi,
   jika, maka, lain, dan, atau, tidak, dengan, menurut, benar, salah, pilih, lainnya,
   kumulatif, jumlah, rata, akhir,
   renja,
   // clang-format on
};

// A place in a rule file where some keywords may be written: what a word in that group introduces.
enum class keyword_group : unsigned char
{
   header,          // the first line of a file: instansi, modul
   declaration,     // a declaration at the top level: tabel, indikator, ...
   table_item,      // an item inside tabel { }: kolom, pemisah
   budget_item,     // an item inside anggaran "file" { }: serapan, predikat, tingkat
   indicator_field, // a field inside indikator { }: rumus, target, ...
   meta,            // a clause any declaration may carry: dasar, status, berlaku
   clause,          // a word inside one kind of declaration: renstra, total, ranah, andaikan, ...
   effective,       // after berlaku: sejak, sampai
   level,           // the value of tingkat: tujuan ... subkegiatan
   direction,       // the value of arah: naik, turun
   status,          // the value of status: terkonfirmasi, bacaan_praktisi, asumsi
   column_type,     // the type of a kolom: teks, desimal, ...
   number_style,    // how a data file writes decimals: koma, titik
   expression,      // reserved in every formula: jika, dan, pilih, ...
   accumulation,    // the value of kumulatif: jumlah, rata, akhir
   renja_item,      // an item inside renja "file" { }: capaian, predikat
};

// A set of groups, one bit per group.
class group_set
{
 public:
   constexpr group_set() = default;
   constexpr group_set(keyword_group g) : m_bits(1u << static_cast<unsigned>(g)) {}
   constexpr group_set operator|(group_set other) const { return from_bits(m_bits | other.m_bits); }
   constexpr bool has(keyword_group g) const { return (m_bits & group_set(g).m_bits) != 0; }
   constexpr bool meets(group_set other) const { return (m_bits & other.m_bits) != 0; }
   constexpr bool empty() const { return m_bits == 0; }

 private:
   static constexpr group_set from_bits(std::uint32_t bits)
   {
      group_set s;
      s.m_bits = bits;
      return s;
   }
   std::uint32_t m_bits = 0;
};

constexpr group_set operator|(keyword_group a, keyword_group b)
{
   return group_set(a) | group_set(b);
}

struct keyword_entry
{
   keyword word;
   std::string_view spelling;
   group_set groups;            // every place the word may be written
   std::string_view gloss = {}; // what the word means, where a list of words shows it
};

// Rows in the order messages list them. A group's words appear in the order of their rows.
inline constexpr std::array keywords = {
   // clang-format off
   keyword_entry{keyword::instansi,           "instansi",           keyword_group::header},
   keyword_entry{keyword::renstra,            "renstra",            keyword_group::clause},
   keyword_entry{keyword::modul,              "modul",              keyword_group::header},
   keyword_entry{keyword::pakai,              "pakai",              keyword_group::declaration},
   // versi: after a pakai list, the oldest standard library version the file accepts
   keyword_entry{keyword::versi,              "versi",              keyword_group::clause},
   keyword_entry{keyword::tabel,              "tabel",              keyword_group::declaration},
   keyword_entry{keyword::kolom,              "kolom",              keyword_group::table_item},
   keyword_entry{keyword::pemisah,            "pemisah",            keyword_group::table_item},
   // lembar "Data Pegawai": after a data file's name, the workbook sheet it stands for when the
   // sheet is not named like the file
   keyword_entry{keyword::lembar,             "lembar",             keyword_group::clause},
   keyword_entry{keyword::realisasi,          "realisasi",          keyword_group::declaration},
   keyword_entry{keyword::tercetak,           "tercetak",           keyword_group::declaration},
   keyword_entry{keyword::tingkat,            "tingkat",            keyword_group::indicator_field | keyword_group::budget_item},
   keyword_entry{keyword::induk,              "induk",              keyword_group::indicator_field},
   keyword_entry{keyword::satuan,             "satuan",             keyword_group::indicator_field},
   keyword_entry{keyword::arah,               "arah",               keyword_group::indicator_field},
   keyword_entry{keyword::definisi,           "definisi",           keyword_group::indicator_field},
   keyword_entry{keyword::sumber,             "sumber",             keyword_group::indicator_field},
   keyword_entry{keyword::rumus,              "rumus",              keyword_group::indicator_field},
   keyword_entry{keyword::teks,               "teks",               keyword_group::column_type},
   keyword_entry{keyword::desimal,            "desimal",            keyword_group::column_type},
   // bulat: a column of whole numbers, an indicator's rounding, and `bulat 2` after a formula
   keyword_entry{keyword::bulat,              "bulat",              keyword_group::column_type | keyword_group::indicator_field | keyword_group::clause},
   keyword_entry{keyword::rupiah,             "rupiah",             keyword_group::column_type},
   keyword_entry{keyword::persen,             "persen",             keyword_group::column_type},
   // periode: a column of periods, and the period an example is evaluated in
   keyword_entry{keyword::periode,            "periode",            keyword_group::column_type | keyword_group::clause},
   keyword_entry{keyword::ya_tidak,           "ya_tidak",           keyword_group::column_type},
   keyword_entry{keyword::koma,               "koma",               keyword_group::number_style},
   keyword_entry{keyword::titik,              "titik",              keyword_group::number_style},
   // target: an indicator's targets, and at the top level a named version of targets
   keyword_entry{keyword::target,             "target",             keyword_group::indicator_field | keyword_group::declaration},
   // capaian: an indicator's capaian, and `capaian terhadap pk`, the version it is measured against
   keyword_entry{keyword::capaian,            "capaian",            keyword_group::indicator_field | keyword_group::declaration | keyword_group::renja_item},
   keyword_entry{keyword::predikat,           "predikat",           keyword_group::indicator_field | keyword_group::budget_item | keyword_group::renja_item},
   keyword_entry{keyword::kategori,           "kategori",           keyword_group::indicator_field},
   keyword_entry{keyword::anggaran,           "anggaran",           keyword_group::declaration | keyword_group::indicator_field},
   keyword_entry{keyword::serapan,            "serapan",            keyword_group::budget_item},
   keyword_entry{keyword::tetapan,            "tetapan",            keyword_group::declaration},
   keyword_entry{keyword::aturan,             "aturan",             keyword_group::declaration},
   keyword_entry{keyword::nilai,              "nilai",              keyword_group::declaration},
   keyword_entry{keyword::bobot,              "bobot",              keyword_group::declaration},
   keyword_entry{keyword::total,              "total",              keyword_group::clause},
   keyword_entry{keyword::skala,              "skala",              keyword_group::declaration},
   keyword_entry{keyword::ranah,              "ranah",              keyword_group::clause},
   keyword_entry{keyword::indikator,          "indikator",          keyword_group::declaration},
   keyword_entry{keyword::ubah,               "ubah",               keyword_group::declaration},
   keyword_entry{keyword::contoh,             "contoh",             keyword_group::declaration},
   keyword_entry{keyword::andaikan,           "andaikan",           keyword_group::clause},
   // syarat "judul" { kondisi }: what the data must satisfy, checked on every eval and audit;
   // `untuk setiap baris tabel` checks it on each row of a table
   keyword_entry{keyword::syarat,             "syarat",             keyword_group::declaration},
   keyword_entry{keyword::untuk,              "untuk",              keyword_group::clause},
   keyword_entry{keyword::setiap,             "setiap",             keyword_group::clause},
   keyword_entry{keyword::baris,              "baris",              keyword_group::clause},
   keyword_entry{keyword::efisiensi,          "efisiensi",          keyword_group::indicator_field},
   keyword_entry{keyword::predikat_efisiensi, "predikat_efisiensi", keyword_group::indicator_field},
   keyword_entry{keyword::semua,              "semua",              keyword_group::clause},
   // terhadap: capaian terhadap pk, the version of targets a capaian is measured against
   keyword_entry{keyword::terhadap,           "terhadap",           keyword_group::clause},
   keyword_entry{keyword::tujuan,             "tujuan",             keyword_group::level},
   keyword_entry{keyword::sasaran,            "sasaran",            keyword_group::level},
   keyword_entry{keyword::program,            "program",            keyword_group::level},
   keyword_entry{keyword::kegiatan,           "kegiatan",           keyword_group::level},
   keyword_entry{keyword::subkegiatan,        "subkegiatan",        keyword_group::level},
   keyword_entry{keyword::naik,               "naik",               keyword_group::direction, "makin tinggi makin baik"},
   keyword_entry{keyword::turun,              "turun",              keyword_group::direction, "makin rendah makin baik"},
   keyword_entry{keyword::dasar,              "dasar",              keyword_group::meta},
   keyword_entry{keyword::status,             "status",             keyword_group::meta},
   keyword_entry{keyword::berlaku,            "berlaku",            keyword_group::meta},
   keyword_entry{keyword::sejak,              "sejak",              keyword_group::effective},
   keyword_entry{keyword::sampai,             "sampai",             keyword_group::effective},
   keyword_entry{keyword::terkonfirmasi,      "terkonfirmasi",      keyword_group::status},
   keyword_entry{keyword::bacaan_praktisi,    "bacaan_praktisi",    keyword_group::status},
   keyword_entry{keyword::asumsi,             "asumsi",             keyword_group::status},
   keyword_entry{keyword::jika,               "jika",               keyword_group::expression},
   keyword_entry{keyword::maka,               "maka",               keyword_group::expression},
   keyword_entry{keyword::lain,               "lain",               keyword_group::expression},
   keyword_entry{keyword::dan,                "dan",                keyword_group::expression},
   keyword_entry{keyword::atau,               "atau",               keyword_group::expression},
   keyword_entry{keyword::tidak,              "tidak",              keyword_group::expression},
   keyword_entry{keyword::dengan,             "dengan",             keyword_group::expression},
   keyword_entry{keyword::menurut,            "menurut",            keyword_group::expression},
   keyword_entry{keyword::benar,              "benar",              keyword_group::expression},
   keyword_entry{keyword::salah,              "salah",              keyword_group::expression},
   keyword_entry{keyword::pilih,              "pilih",              keyword_group::expression},
   keyword_entry{keyword::lainnya,            "lainnya",            keyword_group::expression},
   // kumulatif: how an indicator's realisasi adds up over the quarters of a year
   keyword_entry{keyword::kumulatif,          "kumulatif",          keyword_group::indicator_field},
   keyword_entry{keyword::jumlah,             "jumlah",             keyword_group::accumulation, "dijumlahkan atas triwulan sampai periode"},
   keyword_entry{keyword::rata,               "rata",               keyword_group::accumulation, "dirata-ratakan atas triwulan sampai periode"},
   keyword_entry{keyword::akhir,              "akhir",              keyword_group::accumulation, "dibaca pada akhir periode"},
   // renja: the Renja evaluation form of Permendagri 86/2017 (Evaluasi terhadap hasil Renja)
   keyword_entry{keyword::renja,              "renja",              keyword_group::declaration},
   // clang-format on
};

// The row of each keyword is found by its enumerator's value: rows follow the enumeration.
consteval bool rows_follow_enumeration()
{
   for (std::size_t i = 0; i < keywords.size(); ++i) {
      if (static_cast<std::size_t>(keywords[i].word) != i || keywords[i].groups.empty()) {
         return false;
      }
      for (std::size_t j = 0; j < i; ++j) {
         if (keywords[j].spelling == keywords[i].spelling) {
            return false;
         }
      }
   }
   return keywords.back().word == keyword::renja;
}
static_assert(rows_follow_enumeration(),
              "keywords: one row per enumerator, in the enumeration's order, spellings unique");

constexpr const keyword_entry& entry_of(keyword k)
{
   return keywords[static_cast<std::size_t>(k)];
}

// The rows' spellings are string literals, so spelling(k).data() is also a NUL-terminated string.
constexpr std::string_view spelling(keyword k)
{
   return entry_of(k).spelling;
}

// The keyword spelled `word`, in any group.
constexpr std::optional<keyword> keyword_of(std::string_view word)
{
   for (const keyword_entry& e : keywords) {
      if (e.spelling == word) {
         return e.word;
      }
   }
   return std::nullopt;
}

// The keyword spelled `word` among the words allowed where `groups` are.
constexpr std::optional<keyword> keyword_of(std::string_view word, group_set groups)
{
   const std::optional<keyword> k = keyword_of(word);
   return k && entry_of(*k).groups.meets(groups) ? k : std::nullopt;
}

constexpr std::size_t group_size(group_set groups)
{
   std::size_t n = 0;
   for (const keyword_entry& e : keywords) {
      n += e.groups.meets(groups) ? 1 : 0;
   }
   return n;
}

// The words of a group, in table order; a compile-time list for the grammar.
template <keyword_group G>
inline constexpr auto members_of = [] {
   std::array<keyword, group_size(G)> out{};
   std::size_t n = 0;
   for (const keyword_entry& e : keywords) {
      if (e.groups.has(G)) {
         out[n++] = e.word;
      }
   }
   return out;
}();

// The words allowed where `groups` are, as a message lists them: "naik (makin tinggi makin
// baik), turun (makin rendah makin baik)".
inline std::string spelled_list(group_set groups)
{
   std::string out;
   for (const keyword_entry& e : keywords) {
      if (!e.groups.meets(groups)) {
         continue;
      }
      if (!out.empty()) {
         out += ", ";
      }
      out += e.spelling;
      if (!e.gloss.empty()) {
         out.append(" (").append(e.gloss).append(")");
      }
   }
   return out;
}

// A kind of the AST written as one word, with that word: the pairs of an enumeration whose
// values are keywords of one group (ast.hpp holds them; a unit test checks they cover the group).
template <typename Kind>
struct worded
{
   Kind kind;
   keyword word;
};

template <typename Kind, std::size_t N>
constexpr std::optional<Kind> kind_of(const std::array<worded<Kind>, N>& words, keyword k)
{
   for (const worded<Kind>& w : words) {
      if (w.word == k) {
         return w.kind;
      }
   }
   return std::nullopt;
}

template <typename Kind, std::size_t N>
constexpr std::string_view word_for(const std::array<worded<Kind>, N>& words, Kind kind)
{
   for (const worded<Kind>& w : words) {
      if (w.kind == kind) {
         return spelling(w.word);
      }
   }
   return {};
}

// Whether `words` pairs each word of group `g` with one kind, and no kind twice.
template <typename Kind, std::size_t N>
consteval bool covers(const std::array<worded<Kind>, N>& words, keyword_group g)
{
   if (N != group_size(g)) {
      return false;
   }
   for (std::size_t i = 0; i < N; ++i) {
      if (!entry_of(words[i].word).groups.has(g)) {
         return false;
      }
      for (std::size_t j = 0; j < i; ++j) {
         if (words[j].kind == words[i].kind || words[j].word == words[i].word) {
            return false;
         }
      }
   }
   return true;
}

} // namespace ind::lang
