#include "runtime/cli/commands.hpp"

#include "runtime/cli/session.hpp"

#include "lang/check.hpp"
#include "lang/limits.hpp"
#include "lang/loader.hpp"
#include "lang/resolve.hpp"
#include "runtime/data/dataset.hpp"
#include "runtime/evaluator.hpp"
#include "runtime/report/render.hpp"

#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>

namespace ind::cli {

namespace fs = std::filesystem;

namespace {

// Writes through a temporary file in the same folder and renames it into place, so an
// interrupted run never leaves a half-written report where a good one was. `write` fills the
// temporary file.
bool replace_atomically(const fs::path& target,
                        const std::function<bool(const fs::path&, std::string&)>& write,
                        std::string& error)
{
   const fs::path temporary = target.string() + ".ind-tmp";
   std::error_code ec;
   if (!write(temporary, error)) {
      fs::remove(temporary, ec);
      return false;
   }
   fs::rename(temporary, target, ec);
   if (ec) {
      error = "tidak dapat mengganti " + target.string() + ": " + ec.message();
      fs::remove(temporary, ec);
      return false;
   }
   return true;
}

bool write_atomically(const fs::path& target, const std::string& content, std::string& error)
{
   return replace_atomically(
      target,
      [&](const fs::path& temporary, std::string& message) {
         std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
         if (!out) {
            message = "tidak dapat menulis " + temporary.string();
            return false;
         }
         out << content;
         out.flush();
         if (!out) {
            message = "gagal menulis " + temporary.string();
            return false;
         }
         return true;
      },
      error);
}

void usage_error(const std::string& message, const std::string& hint = {})
{
   lang::diagnostic d;
   d.code = "E-PERINTAH";
   d.message = message;
   d.hint = hint;
   lang::render(std::cerr, d, {});
}

bool same_file(const fs::path& a, const fs::path& b)
{
   std::error_code ec;
   return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

} // namespace

int run_check(const check_options& options, const common_options& common)
{
   int worst = ok;
   for (const std::string& file : options.files) {
      session s(common);
      compile(s, file);
      s.report(options.warnings);
      const std::size_t warnings = options.warnings ? s.sink.warning_count() : 0;
      if (s.sink.has_errors()) {
         std::cout << file << ": " << s.sink.error_count() << " galat, " << warnings
                   << " peringatan\n";
         worst = input_error;
      }
      else if (warnings > 0) {
         std::cout << file << ": " << warnings << " peringatan\n";
         worst = std::max(worst, static_cast<int>(findings));
      }
      else {
         std::cout << file << ": tidak ada temuan\n";
      }
   }
   return worst;
}

int run_eval(const eval_options& options, const common_options& common)
{
   static const std::vector<std::string> formats = {"table", "json", "csv", "md", "html", "xlsx"};
   if (std::find(formats.begin(), formats.end(), options.format) == formats.end()) {
      usage_error("format '" + options.format + "' tidak dikenal",
                  "pilih salah satu: table, json, csv, md, html, xlsx");
      return input_error;
   }
   if (options.format == "xlsx" && !options.out) {
      usage_error("format xlsx tidak dapat ditulis ke layar", "tambahkan --out LAPORAN.xlsx");
      return input_error;
   }
   // `--out` naming a folder (an existing one, or a path ending in '/') asks for one CSV file
   // per table in it.
   const bool out_folder =
      options.out && (fs::is_directory(*options.out) ||
                      (!options.out->empty() && options.out->back() == '/'));
   if (options.out && !out_folder) {
      const fs::path parent = fs::path(*options.out).parent_path();
      if (!parent.empty() && !fs::is_directory(parent)) {
         usage_error("folder '" + parent.string() + "' untuk --out tidak ada",
                     "buat foldernya dahulu, atau tulis ke folder lain");
         return input_error;
      }
   }
   if (out_folder && options.format != "csv") {
      usage_error("--out '" + *options.out + "' adalah folder; hanya format csv menulis ke folder",
                  "sebut nama berkas, misalnya --out laporan." + options.format);
      return input_error;
   }
   if (options.locale != "id" && options.locale != "en") {
      usage_error("locale '" + options.locale + "' tidak dikenal", "pilih id atau en");
      return input_error;
   }
   std::optional<rt::period> when;
   if (options.period) {
      when = rt::period::parse(*options.period);
      if (!when) {
         usage_error("periode '" + *options.period + "' tidak dikenal",
                     "tulis 2024, 2024-TW2 atau 2024-S1");
         return input_error;
      }
   }
   else {
      when = rt::period_of_folder(options.data);
      if (!when) {
         usage_error("periode tidak disebut dan tidak dapat dibaca dari nama folder data '" +
                        options.data + "'",
                     "tambahkan --period 2024, atau namai folder data menurut periodenya");
         return input_error;
      }
   }
   if (options.out && (same_file(*options.out, options.file) ||
                       same_file(*options.out, options.data) ||
                       (fs::is_directory(options.data) &&
                        fs::path(*options.out).parent_path() == fs::path(options.data)))) {
      usage_error("--out tidak boleh menimpa berkas aturan atau berkas di folder data",
                  "tulis laporan ke tempat lain");
      return input_error;
   }

   session s(common);
   compiled c = compile(s, options.file);
   if (s.sink.has_errors() || !c.program) {
      s.report(false);
      return input_error;
   }
   s.sink.clear(); // findings of `check` are for `ind check`; eval reports what it computes
   // Rows of tables without a period column belong to the folder's own period (a folder named
   // 2024 holds 2024 data), whatever period is evaluated; other periods come from period
   // columns and the realisasi file.
   const rt::period data_period = rt::period_of_folder(options.data).value_or(*when);
   const rt::dataset data =
      rt::load_dataset(*c.program, options.data, data_period, s.sources, s.sink);
   if (s.sink.has_errors()) {
      s.report();
      return input_error;
   }
   rt::evaluator eval(*c.program, data, s.sink);
   const rt::report::document doc = rt::report::build(*c.program, eval, *when, s.sink);
   if (s.sink.has_errors()) {
      s.report();
      return input_error;
   }
   s.report();

   const rt::report::render_options render{options.locale == "en" ? rt::locale::en
                                                                  : rt::locale::id};
   std::string error;
   if (options.format == "xlsx") {
      const bool written = replace_atomically(
         *options.out,
         [&](const fs::path& temporary, std::string& message) {
            return rt::report::render_xlsx(temporary, doc, render, message);
         },
         error);
      if (!written) {
         usage_error(error);
         return input_error;
      }
      return ok;
   }
   if (out_folder) {
      std::error_code ec;
      fs::create_directories(*options.out, ec);
      if (ec) {
         usage_error("tidak dapat membuat folder " + *options.out + ": " + ec.message());
         return input_error;
      }
      for (const auto& [name, content] : rt::report::render_csv_files(doc, render)) {
         if (!write_atomically(fs::path(*options.out) / name, content, error)) {
            usage_error(error);
            return input_error;
         }
      }
      return ok;
   }

   std::ostringstream text;
   if (options.format == "json") {
      rt::report::render_json(text, doc);
   }
   else if (options.format == "csv") {
      rt::report::render_csv(text, doc, render);
   }
   else if (options.format == "md") {
      rt::report::render_markdown(text, doc, render);
   }
   else if (options.format == "html") {
      rt::report::render_html(text, doc, render);
   }
   else {
      rt::report::render_text(text, doc, render);
   }
   if (!options.out) {
      std::cout << text.str();
      return ok;
   }
   if (!write_atomically(*options.out, text.str(), error)) {
      usage_error(error);
      return input_error;
   }
   return ok;
}

} // namespace ind::cli
