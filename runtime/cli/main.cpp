// ind: evaluate agency performance rules (.ind) against their data and print the LKjIP tables.
#include "runtime/cli/commands.hpp"

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

// The command-line parser's complaint in the users' language; its own text names the option.
std::string usage_message(const CLI::ParseError& e)
{
   const std::string detail = e.what();
   if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
      return "argumen tidak dikenal (" + detail + ")";
   }
   if (dynamic_cast<const CLI::RequiredError*>(&e)) {
      return "perintah kurang lengkap (" + detail + ")";
   }
   if (dynamic_cast<const CLI::ValidationError*>(&e) ||
       dynamic_cast<const CLI::ConversionError*>(&e)) {
      return "nilai opsi tidak sah (" + detail + ")";
   }
   return "perintah tidak dapat dibaca (" + detail + ")";
}

} // namespace

int main(int argc, char** argv)
{
   using namespace ind::cli;
   CLI::App app{"ind: aturan kinerja instansi pemerintah (SAKIP, IP ASN, Sistem Merit) sebagai "
                "teks yang dapat dihitung ulang"};
   app.require_subcommand(1);
   app.fallthrough(); // options of `ind` itself (--stdlib, --color) may follow the subcommand
   app.set_version_flag("--version", "ind 0.1.0");

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
   audit_cmd->add_option("--format", audit.format, "text, json, md, html, csv, xlsx");
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
   eval_cmd->add_option("--format", eval.format, "table, json, csv, md, html, xlsx");
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
      std::cerr << "ind: " << usage_message(e) << "\n(lihat ind --help)\n";
      return input_error;
   }
   for (const std::string& dir : stdlib_dirs) {
      common.stdlib_dirs.emplace_back(dir);
   }
   common.diagnostics.color = color_wanted(color);
   common.diagnostics.style = diagnostics == "short" ? ind::lang::diagnostic_style::short_form
                                                     : ind::lang::diagnostic_style::human;
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
      check.warnings = !no_warnings;
      return run_check(check, common);
   }
   eval.scan.locale = eval.locale;
   return run_eval(eval, common);
}
