// ind: evaluate agency performance rules (.ind) against their data and print the LKjIP tables.
#include "runtime/cli/commands.hpp"
#include "runtime/cli/help.hpp"
#include "runtime/cli/session.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <unistd.h>

namespace {

using namespace ind::cli;

bool color_wanted(const std::string& mode)
{
   if (mode == "always") {
      return true;
   }
   if (mode == "never") {
      return false;
   }
   const char* term = std::getenv("TERM");
   return isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr && term != nullptr &&
          std::string(term) != "dumb";
}

// The command-line parser's complaint in the users' language. CLI11 gives its errors as English
// sentences of a few fixed shapes; the names and values they carry are taken out of them.
struct usage_problem
{
   std::string message;
   std::string hint = "lihat ind --help";
};

std::string after(const std::string& text, const std::string& prefix)
{
   return text.compare(0, prefix.size(), prefix) == 0 ? text.substr(prefix.size()) : std::string{};
}

usage_problem usage_message(const CLI::ParseError& e, const CLI::App& app)
{
   const std::vector<std::string> unread = app.remaining();
   const std::string detail = e.what();
   if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
      // CLI11 lists the extra arguments last first.
      std::string listed = after(detail, "The following arguments were not expected: ");
      if (listed.empty()) {
         listed = after(detail, "The following argument was not expected: ");
      }
      std::vector<std::string> words;
      for (std::size_t at = 0; at <= listed.size();) {
         const std::size_t space = std::min(listed.find(' ', at), listed.size());
         words.insert(words.begin(), listed.substr(at, space - at));
         at = space + 1;
      }
      const std::string in_order = fmt::format("{}", fmt::join(words, " "));
      return {fmt::format("argumen tidak dikenal: {}", in_order.empty() ? detail : in_order)};
   }
   if (dynamic_cast<const CLI::RequiredError*>(&e)) {
      if (detail.starts_with("A subcommand")) {
         return {unread.empty() ? "perintah tidak disebut"
                                : fmt::format("perintah '{}' tidak dikenal", unread.front()),
                 command_hint(app)};
      }
      const std::size_t end = detail.find(" is required");
      if (end == std::string::npos) {
         return {"perintah kurang lengkap"};
      }
      const std::string name = detail.substr(0, end);
      const std::string what = name == "BERKAS"  ? "berkas .ind"
                               : name == "JALUR" ? "berkas .ind atau folder"
                               : name == "ID"    ? "id indikator atau nilai"
                                                 : name;
      return {fmt::format("{} wajib disebut", what)};
   }
   if (dynamic_cast<const CLI::ConversionError*>(&e)) {
      const std::string given = after(detail, "Could not convert: ");
      const std::size_t equals = given.find(" = ");
      if (equals != std::string::npos) {
         return {fmt::format("nilai '{}' untuk {} tidak sah", given.substr(equals + 3),
                             given.substr(0, equals))};
      }
      return {"nilai opsi tidak sah"};
   }
   if (dynamic_cast<const CLI::ValidationError*>(&e)) {
      const std::size_t colon = detail.find(": ");
      const std::string name = detail.substr(0, colon);
      const std::size_t open = detail.find('{');
      const std::size_t close = detail.rfind('}');
      if (colon != std::string::npos && open != std::string::npos && close > open) {
         std::string choices = detail.substr(open + 1, close - open - 1);
         for (std::size_t comma = choices.find(','); comma != std::string::npos;
              comma = choices.find(',', comma + 2)) {
            choices.insert(comma + 1, " ");
         }
         return {fmt::format("nilai untuk {} tidak dikenal", name),
                 fmt::format("pilih salah satu: {}", choices)};
      }
      return {colon == std::string::npos ? "nilai opsi tidak sah"
                                         : fmt::format("nilai untuk {} tidak sah", name)};
   }
   if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
      const std::size_t colon = detail.find(':');
      return {colon == std::string::npos
                 ? "jumlah nilai opsi tidak sesuai"
                 : fmt::format("{} memerlukan nilai", detail.substr(0, colon))};
   }
   if (dynamic_cast<const CLI::ExcludesError*>(&e)) {
      const std::size_t word = detail.find(" excludes ");
      if (word != std::string::npos) {
         return {fmt::format("{} dan {} tidak dapat dipakai bersama", detail.substr(0, word),
                             detail.substr(word + 10)),
                 "sebut salah satu saja"};
      }
   }
   return {"perintah tidak dapat dibaca"};
}

// What the command line asks for: every command's options, filled by CLI11.
struct command_line
{
   common_options common;
   std::vector<std::string> stdlib_dirs;
   std::string color = "auto";
   std::string diagnostics = "human";
   bool version = false;
   bool no_warnings = false;
   check_options check;
   test_options test;
   audit_options audit;
   explain_options explain;
   template_options data_template;
   fmt_options fmt;
   eval_options eval;
   help_options help;
   value_choices choices; // for the shell completions
   CLI::App* check_cmd = nullptr;
   CLI::App* test_cmd = nullptr;
   CLI::App* audit_cmd = nullptr;
   CLI::App* explain_cmd = nullptr;
   CLI::App* template_cmd = nullptr;
   CLI::App* fmt_cmd = nullptr;
   CLI::App* eval_cmd = nullptr;
   CLI::App* help_cmd = nullptr;
   CLI::App* lsp_cmd = nullptr;
};

// --bom and --tanpa-bom exclude each other; neither leaves the choice to the locale.
void add_bom_flags(CLI::App& command, std::optional<bool>& bom)
{
   auto* with = command.add_flag_callback(
       "--bom", [&bom] { bom = true; },
       "csv: awali berkas dengan tanda urutan byte (BOM) UTF-8 agar Excel membacanya sebagai "
       "UTF-8; bawaan untuk --locale id dengan --out");
   auto* without = command.add_flag_callback(
       "--tanpa-bom", [&bom] { bom = false; },
       "csv: tanpa tanda urutan byte, juga untuk --locale id dengan --out");
   with->excludes(without);
}

// The provenance stamp (Asal laporan) without what differs from run to run over the same files.
void add_reproducible_flag(CLI::App& command, bool& reproducible)
{
   command.add_flag("--reproducible", reproducible,
                    "asal laporan tanpa waktu hitung dan commit, agar keluaran sama byte demi "
                    "byte (SOURCE_DATE_EPOCH memberi waktunya)");
}

// Every command and option, each with its placeholder and description in Indonesian. The help,
// the man page and the shell completions are all written from this (runtime/cli/help.cpp).
void describe(CLI::App& app, command_line& c)
{
   app.require_subcommand(0, 1);
   app.fallthrough(); // options of `ind` itself (--stdlib, --color) may follow the subcommand
   app.formatter(std::make_shared<help_formatter>());
   app.option_defaults()->group("Opsi");
   app.set_help_flag("-h,--help", "tampilkan bantuan ini");
   // Records the fixed values an option accepts, which the shell completions offer.
   const auto offer = [&](CLI::Option* option, std::vector<std::string> values) {
      c.choices[option] = std::move(values);
   };
   const std::vector<std::string> colors = {"auto", "always", "never"};
   const std::vector<std::string> styles = {"human", "short"};
   const std::vector<std::string> locales = {"id", "en"};
   const std::vector<std::string> shells = {"bash", "zsh"};
   app.add_flag("--version", c.version, "tampilkan versi ind dan pustaka standar yang dipakai");
   app.add_option("--stdlib", c.stdlib_dirs, "folder pustaka standar (boleh berulang)")
      ->option_text("FOLDER")
      ->allow_extra_args(false);
   offer(app.add_option("--color", c.color, "warna pesan: auto, always, never")
            ->option_text("WARNA")
            ->check(CLI::IsMember(colors)),
         colors);
   offer(app.add_option("--diagnostics", c.diagnostics, "bentuk pesan: human, short")
            ->option_text("BENTUK")
            ->check(CLI::IsMember(styles)),
         styles);
   app.add_option("--max-diagnostics", c.common.max_diagnostics,
                  "galat dan peringatan yang ditampilkan, masing-masing (bawaan 20; 0: semua)")
      ->option_text("JUMLAH")
      ->check(CLI::NonNegativeNumber);

   c.check_cmd = app.add_subcommand("check", "periksa berkas aturan tanpa data");
   c.check_cmd->add_option("JALUR", c.check.files, "berkas .ind atau folder")->required();
   c.check_cmd->add_flag("--no-warnings", c.no_warnings, "tampilkan galat saja");

   c.test_cmd = app.add_subcommand("test", "jalankan contoh di dalam berkas aturan");
   c.test_cmd->add_option("JALUR", c.test.paths, "berkas .ind atau folder")->required();

   c.audit_cmd = app.add_subcommand("audit", "bandingkan angka tercetak dengan hasil hitung ulang");
   audit_options& audit = c.audit;
   c.audit_cmd
      ->add_option("BERKAS", audit.file,
                   "berkas .ind, atau folder berkas .ind: tiap <nama>.ind dengan --data "
                   "DATA/<nama>/<periode>/, dalam satu tabel (text, csv, json, jsonl, xlsx)")
      ->required();
   c.audit_cmd->add_option("--data", audit.data, "folder data CSV, atau buku kerja .xlsx (dengan --period)")->option_text("FOLDER")->required();
   c.audit_cmd->add_option("--period", audit.period, "periode: 2024, 2024-TW2, 2024-S1")
      ->option_text("PERIODE");
   offer(c.audit_cmd->add_option("--format", audit.format, name_list(audit_formats()))
            ->option_text("FORMAT"),
         audit_formats());
   offer(c.audit_cmd->add_option("--locale", audit.locale, "format angka: id atau en")
            ->option_text("LOKAL"),
         locales);
   c.audit_cmd->add_option("--out", audit.out, "tulis ke berkas ini (diganti secara atomik)")
      ->option_text("BERKAS");
   c.audit_cmd->add_flag("--all", audit.all, "tampilkan juga angka yang cocok");
   add_bom_flags(*c.audit_cmd, audit.bom);
   add_reproducible_flag(*c.audit_cmd, audit.reproducible);

   c.explain_cmd =
      app.add_subcommand("explain", "tunjukkan bagaimana angka satu indikator diperoleh");
   explain_options& explain = c.explain;
   c.explain_cmd->add_option("BERKAS", explain.file, "berkas .ind")->required();
   c.explain_cmd->add_option("ID", explain.id, "id indikator atau nilai, atau judul syarat")->required();
   c.explain_cmd->add_option("--data", explain.data,
                             "folder data CSV, atau buku kerja .xlsx (dengan --period)")
      ->option_text("FOLDER")
      ->required();
   c.explain_cmd->add_option("--period", explain.period, "periode: 2024, 2024-TW2, 2024-S1")
      ->option_text("PERIODE");
   offer(c.explain_cmd->add_option("--format", explain.format, "text atau json")
            ->option_text("FORMAT"),
         {"text", "json"});
   offer(c.explain_cmd->add_option("--locale", explain.locale, "format angka: id atau en")
            ->option_text("LOKAL"),
         locales);
   add_reproducible_flag(*c.explain_cmd, explain.reproducible);

   c.eval_cmd = app.add_subcommand("eval", "hitung dan cetak tabel LKjIP");
   eval_options& eval = c.eval;
   c.eval_cmd
      ->add_option("BERKAS", eval.file,
                   "berkas .ind, atau folder berkas .ind: tiap <nama>.ind dengan --data "
                   "DATA/<nama>/<periode>/, dalam satu tabel (table, csv, json, jsonl, xlsx, "
                   "html)")
      ->required();
   c.eval_cmd
      ->add_option("--data", eval.data,
                   "folder data CSV, buku kerja .xlsx (dengan --period), atau satu berkas CSV bagi "
                   "berkas aturan bertabel satu")
      ->option_text("FOLDER")
      ->required();
   c.eval_cmd->add_option("--period", eval.period, "periode: 2024, 2024-TW2, 2024-S1")
      ->option_text("PERIODE");
   offer(c.eval_cmd->add_option("--format", eval.format, name_list(eval_formats()))
            ->option_text("FORMAT"),
         eval_formats());
   offer(c.eval_cmd->add_option("--locale", eval.locale, "format angka: id (77,32) atau en (77.32)")
            ->option_text("LOKAL"),
         locales);
   c.eval_cmd
      ->add_option("--rows", eval.scan.rows,
                   "tulis setiap baris tabel (dengan kolom turunannya) ke berkas CSV ini")
      ->option_text("BERKAS");
   offer(c.eval_cmd
            ->add_option("--on-error", eval.scan.on_error,
                         "sel yang tidak terbaca: stop (berhenti, bawaan) atau skip (lewati "
                         "barisnya)")
            ->option_text("TINDAKAN"),
         {"stop", "skip"});
   c.eval_cmd
      ->add_option("--threads", eval.scan.threads,
                   "jumlah thread pembaca roster (bawaan: satu per inti)")
      ->option_text("JUMLAH");
   c.eval_cmd
      ->add_option("--out", eval.out,
                   "tulis ke berkas ini (diganti secara atomik); untuk csv, folder/ "
                   "menulis satu berkas per tabel; xlsx wajib memakai --out; folder aturan "
                   "dengan html: folder/ berisi index.html dan laporan setiap instansi")
      ->option_text("BERKAS");
   add_bom_flags(*c.eval_cmd, eval.bom);
   add_reproducible_flag(*c.eval_cmd, eval.reproducible);

   c.template_cmd = app.add_subcommand(
      "template", "tulis berkas data yang dibaca berkas aturan, siap diisi (folder CSV atau buku "
      "kerja XLSX)");
   template_options& data_template = c.data_template;
   c.template_cmd->add_option("BERKAS", data_template.file, "berkas .ind")->required();
   c.template_cmd->add_option("--period", data_template.period, "periode: 2024, 2024-TW2, 2024-S1")
      ->option_text("PERIODE")
      ->required();
   c.template_cmd
      ->add_option("--out", data_template.out,
                   "folder tujuan (dibuat bila belum ada), satu berkas CSV per berkas data; atau "
                   "BUKU.xlsx, satu lembar per berkas data; yang sudah ada tidak ditimpa")
      ->option_text("FOLDER")
      ->required();
   offer(c.template_cmd
            ->add_option("--format", data_template.format,
                         "csv (folder) atau xlsx (buku kerja); bawaan: xlsx bila --out berakhir "
                         ".xlsx")
            ->option_text("FORMAT")
            ->check(CLI::IsMember({"csv", "xlsx"})),
         {"csv", "xlsx"});

   c.fmt_cmd = app.add_subcommand("fmt", "rapikan tata letak berkas aturan");
   c.fmt_cmd->add_option("JALUR", c.fmt.paths, "berkas .ind atau folder (juga subfoldernya)")
      ->required();
   c.fmt_cmd->add_flag("--check", c.fmt.check,
                       "jangan menulis; sebut berkas yang akan berubah (keluar 1 bila ada)");
   c.fmt_cmd->add_flag("--diff", c.fmt.diff,
                       "jangan menulis; tunjukkan perubahannya sebagai diff (keluar 1 bila ada)");

   c.lsp_cmd = app.add_subcommand(
      "lsp", "layani editor lewat Language Server Protocol di stdin dan stdout");

   c.help_cmd = app.add_subcommand("help", "tampilkan bantuan ind atau satu perintah");
   c.help_cmd->add_option("PERINTAH", c.help.command, "perintah yang dijelaskan");
   c.help_cmd->add_flag("--man", c.help.man, "tulis halaman manual (roff) ind.1");
   offer(c.help_cmd
            ->add_option("--completion", c.help.completion,
                         "tulis skrip pelengkapan: bash atau zsh")
            ->option_text("SHELL")
            ->check(CLI::IsMember(shells)),
         shells);

   for (CLI::App* command :
        {c.check_cmd, c.test_cmd, c.audit_cmd, c.explain_cmd, c.eval_cmd, c.template_cmd,
         c.fmt_cmd, c.lsp_cmd, c.help_cmd}) {
      command->group("Perintah");
      command->set_help_flag("-h,--help", "tampilkan bantuan ini");
   }
}

// An argument where a command was expected ("ind periksa"): CLI11 finds no command and reports
// the word as an extra argument.
std::optional<std::string> unknown_command(const CLI::ParseError& e, const CLI::App& app)
{
   if (!dynamic_cast<const CLI::ExtrasError*>(&e) || !app.get_subcommands().empty()) {
      return std::nullopt;
   }
   std::string listed = after(e.what(), "The following arguments were not expected: ");
   if (listed.empty()) {
      listed = after(e.what(), "The following argument was not expected: ");
   }
   // CLI11 lists the extra arguments last first: the command is the last word not an option.
   std::optional<std::string> word;
   for (std::size_t at = 0; at <= listed.size();) {
      const std::size_t space = std::min(listed.find(' ', at), listed.size());
      const std::string w = listed.substr(at, space - at);
      if (!w.empty() && w.front() != '-') {
         word = w;
      }
      at = space + 1;
   }
   return word;
}

int run(const command_line& c)
{
   if (*c.audit_cmd) {
      return run_audit(c.audit, c.common);
   }
   if (*c.explain_cmd) {
      return run_explain(c.explain, c.common);
   }
   if (*c.test_cmd) {
      return run_test(c.test, c.common);
   }
   if (*c.check_cmd) {
      return run_check(c.check, c.common);
   }
   if (*c.template_cmd) {
      return run_template(c.data_template, c.common);
   }
   if (*c.fmt_cmd) {
      return run_fmt(c.fmt, c.common);
   }
   if (*c.lsp_cmd) {
      return run_lsp(c.common);
   }
   return run_eval(c.eval, c.common);
}

} // namespace

int main(int argc, char** argv)
{
   using namespace ind::cli;
   CLI::App app{"ind: aturan kinerja instansi pemerintah (SAKIP, IP ASN, Sistem Merit) sebagai "
                "teks yang dapat dihitung ulang",
                "ind"};
   command_line c;
   describe(app, c);
   try {
      app.parse(argc, argv);
   }
   catch (const CLI::CallForHelp& e) {
      return app.exit(e);
   }
   catch (const CLI::ParseError& e) {
      if (const std::optional<std::string> command = unknown_command(e, app)) {
         usage_error(fmt::format("perintah '{}' tidak dikenal", *command), command_hint(app));
         return input_error;
      }
      const usage_problem problem = usage_message(e, app);
      usage_error(problem.message, problem.hint);
      return input_error;
   }
   for (const std::string& dir : c.stdlib_dirs) {
      c.common.stdlib_dirs.emplace_back(dir);
   }
   if (c.version) {
      std::cout << version_text(c.common.stdlib_dirs);
      return ok;
   }
   if (*c.help_cmd) {
      return run_help(app, c.help, c.choices);
   }
   if (app.get_subcommands().empty()) {
      std::cout << app.help();
      return ok;
   }
   c.common.diagnostics.color = color_wanted(c.color);
   c.common.diagnostics.style = c.diagnostics == "short" ? ind::lang::diagnostic_style::short_form
                                                         : ind::lang::diagnostic_style::human;
   c.check.warnings = !c.no_warnings;
   c.eval.scan.locale = c.eval.locale;
   try {
      return run(c);
   }
   catch (const ind::core::value_too_large& e) {
      // Formulas report this where it arises; a figure the report computes from figures at the
      // limit (the difference of two of them) can still reach it.
      ind::lang::diagnostic d;
      d.code = "E-BATAS";
      d.message = fmt::format("angka laporan terlalu besar untuk dihitung: {}", e.what());
      d.hint = "periksa angka data dan rumus yang sebesar ini";
      ind::lang::render(std::cerr, d, c.common.diagnostics);
      return input_error;
   }
}
