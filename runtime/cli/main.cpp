// ind: evaluate agency performance rules (.ind) against their data and print the LKjIP tables.
#include "runtime/cli/commands.hpp"
#include "runtime/cli/session.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <unistd.h>

namespace {

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

usage_problem usage_message(const CLI::ParseError& e, const std::vector<std::string>& unread)
{
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
      std::string in_order;
      for (const std::string& w : words) {
         in_order += (in_order.empty() ? "" : " ") + w;
      }
      return {"argumen tidak dikenal: " + (in_order.empty() ? detail : in_order)};
   }
   if (dynamic_cast<const CLI::RequiredError*>(&e)) {
      if (detail.starts_with("A subcommand")) {
         return {unread.empty() ? "perintah tidak disebut"
                                : "perintah '" + unread.front() + "' tidak dikenal",
                 "pilih salah satu: check, eval, explain, audit, test (lihat ind --help)"};
      }
      const std::size_t end = detail.find(" is required");
      if (end == std::string::npos) {
         return {"perintah kurang lengkap"};
      }
      const std::string name = detail.substr(0, end);
      const std::string what = name == "file" || name == "files" ? "berkas .ind"
                               : name == "paths"                 ? "berkas .ind atau folder"
                               : name == "id"                    ? "id indikator atau nilai"
                                                                 : name;
      return {what + " wajib disebut"};
   }
   if (dynamic_cast<const CLI::ConversionError*>(&e)) {
      const std::string given = after(detail, "Could not convert: ");
      const std::size_t equals = given.find(" = ");
      if (equals != std::string::npos) {
         return {"nilai '" + given.substr(equals + 3) + "' untuk " + given.substr(0, equals) +
                 " tidak sah"};
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
         return {"nilai untuk " + name + " tidak dikenal", "pilih salah satu: " + choices};
      }
      return {colon == std::string::npos ? "nilai opsi tidak sah"
                                         : "nilai untuk " + name + " tidak sah"};
   }
   if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
      const std::size_t colon = detail.find(':');
      return {colon == std::string::npos ? "jumlah nilai opsi tidak sesuai"
                                         : detail.substr(0, colon) + " memerlukan nilai"};
   }
   return {"perintah tidak dapat dibaca"};
}

} // namespace

int main(int argc, char** argv)
{
   using namespace ind::cli;
   CLI::App app{"ind: aturan kinerja instansi pemerintah (SAKIP, IP ASN, Sistem Merit) sebagai "
                "teks yang dapat dihitung ulang"};
   app.require_subcommand(1);
   app.fallthrough(); // options of `ind` itself (--stdlib, --color) may follow the subcommand
   // The help in the users' language, as far as CLI11 lets its words be replaced.
   app.get_formatter()->label("Usage", "Pemakaian");
   app.get_formatter()->label("OPTIONS", "OPSI");
   app.get_formatter()->label("REQUIRED", "WAJIB");
   app.get_formatter()->label("Positionals", "Argumen");
   app.option_defaults()->group("Opsi");
   app.set_help_flag("-h,--help", "tampilkan bantuan ini");
   app.set_version_flag("--version", "ind 0.1.0", "tampilkan versi ind");

   common_options common;
   std::vector<std::string> stdlib_dirs;
   std::string color = "auto";
   std::string diagnostics = "human";
   app.add_option("--stdlib", stdlib_dirs, "folder pustaka standar (boleh berulang)")
      ->allow_extra_args(false);
   app.add_option("--color", color, "warna pesan: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
   app.add_option("--diagnostics", diagnostics, "bentuk pesan: human, short")
      ->check(CLI::IsMember({"human", "short"}));
   app.add_option("--max-diagnostics", common.max_diagnostics,
                  "galat dan peringatan yang ditampilkan, masing-masing (bawaan 20; 0: semua)")
      ->check(CLI::NonNegativeNumber);

   check_options check;
   CLI::App* check_cmd = app.add_subcommand("check", "periksa berkas aturan tanpa data");
   check_cmd->add_option("files", check.files, "berkas .ind atau folder")->required();
   bool no_warnings = false;
   check_cmd->add_flag("--no-warnings", no_warnings, "tampilkan galat saja");

   test_options test;
   CLI::App* test_cmd = app.add_subcommand("test", "jalankan contoh di dalam berkas aturan");
   test_cmd->add_option("paths", test.paths, "berkas .ind atau folder")->required();

   audit_options audit;
   CLI::App* audit_cmd =
      app.add_subcommand("audit", "bandingkan angka tercetak dengan hasil hitung ulang");
   audit_cmd->add_option("file", audit.file, "berkas .ind")->required();
   audit_cmd->add_option("--data", audit.data, "folder data CSV")->required();
   audit_cmd->add_option("--period", audit.period, "periode: 2024, 2024-TW2, 2024-S1");
   audit_cmd->add_option("--format", audit.format, name_list(audit_formats()));
   audit_cmd->add_option("--locale", audit.locale, "format angka: id atau en");
   audit_cmd->add_option("--out", audit.out, "tulis ke berkas ini (diganti secara atomik)");
   audit_cmd->add_flag("--all", audit.all, "tampilkan juga angka yang cocok");

   explain_options explain;
   CLI::App* explain_cmd =
      app.add_subcommand("explain", "tunjukkan bagaimana angka satu indikator diperoleh");
   explain_cmd->add_option("file", explain.file, "berkas .ind")->required();
   explain_cmd->add_option("id", explain.id, "id indikator atau nilai")->required();
   explain_cmd->add_option("--data", explain.data, "folder data CSV")->required();
   explain_cmd->add_option("--period", explain.period, "periode: 2024, 2024-TW2, 2024-S1");
   explain_cmd->add_option("--format", explain.format, "text atau json");
   explain_cmd->add_option("--locale", explain.locale, "format angka: id atau en");

   eval_options eval;
   CLI::App* eval_cmd = app.add_subcommand("eval", "hitung dan cetak tabel LKjIP");
   eval_cmd->add_option("file", eval.file, "berkas .ind")->required();
   eval_cmd->add_option("--data", eval.data,
                        "folder data CSV, atau satu berkas CSV bagi berkas aturan bertabel satu")
      ->required();
   eval_cmd->add_option("--period", eval.period, "periode: 2024, 2024-TW2, 2024-S1");
   eval_cmd->add_option("--format", eval.format, name_list(eval_formats()));
   eval_cmd->add_option("--locale", eval.locale, "format angka: id (77,32) atau en (77.32)");
   eval_cmd->add_option("--rows", eval.scan.rows,
                        "tulis setiap baris tabel (dengan kolom turunannya) ke berkas CSV ini");
   eval_cmd->add_option("--on-error", eval.scan.on_error,
                        "sel yang tidak terbaca: stop (berhenti, bawaan) atau skip (lewati barisnya)");
   eval_cmd->add_option("--threads", eval.scan.threads,
                        "jumlah thread pembaca roster (bawaan: satu per inti)");
   eval_cmd->add_option("--out", eval.out,
                        "tulis ke berkas ini (diganti secara atomik); untuk csv, folder/ "
                        "menulis satu berkas per tabel; xlsx wajib memakai --out");

   for (CLI::App* command : {check_cmd, test_cmd, audit_cmd, explain_cmd, eval_cmd}) {
      command->group("Perintah");
      command->set_help_flag("-h,--help", "tampilkan bantuan ini");
   }
   try {
      app.parse(argc, argv);
   }
   catch (const CLI::CallForHelp& e) {
      return app.exit(e);
   }
   catch (const CLI::CallForVersion& e) {
      return app.exit(e);
   }
   catch (const CLI::ParseError& e) {
      const usage_problem problem = usage_message(e, app.remaining());
      usage_error(problem.message, problem.hint);
      return input_error;
   }
   for (const std::string& dir : stdlib_dirs) {
      common.stdlib_dirs.emplace_back(dir);
   }
   common.diagnostics.color = color_wanted(color);
   common.diagnostics.style = diagnostics == "short" ? ind::lang::diagnostic_style::short_form
                                                     : ind::lang::diagnostic_style::human;
   check.warnings = !no_warnings;
   eval.scan.locale = eval.locale;
   try {
      if (*audit_cmd) {
         return run_audit(audit, common);
      }
      if (*explain_cmd) {
         return run_explain(explain, common);
      }
      if (*test_cmd) {
         return run_test(test, common);
      }
      if (*check_cmd) {
         return run_check(check, common);
      }
      return run_eval(eval, common);
   }
   catch (const ind::core::value_too_large& e) {
      // Formulas report this where it arises; a figure the report computes from figures at the
      // limit (the difference of two of them) can still reach it.
      ind::lang::diagnostic d;
      d.code = "E-BATAS";
      d.message = std::string("angka laporan terlalu besar untuk dihitung: ") + e.what();
      d.hint = "periksa angka data dan rumus yang sebesar ini";
      ind::lang::render(std::cerr, d, common.diagnostics);
      return input_error;
   }
}
