#include "runtime/cli/commands.hpp"

#include "runtime/cli/batch.hpp"
#include "runtime/cli/session.hpp"

#include "lang/limits.hpp"
#include "lang/loader.hpp"
#include "lang/resolve.hpp"
#include "runtime/data/dataset.hpp"
#include "runtime/evaluator.hpp"
#include "runtime/output_file.hpp"
#include "runtime/report/formats.hpp"
#include "runtime/report/render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>

namespace ind::cli {

namespace fs = std::filesystem;

bool replace_atomically(const fs::path& target,
                        const std::function<bool(const fs::path&, std::string&)>& write,
                        std::string& error)
{
   rt::output_file file;
   if (!file.open(target, error) || !write(file.temporary(), error)) {
      return false;
   }
   return file.commit(error);
}

bool write_atomically(const fs::path& target, const std::string& content, std::string& error)
{
   return replace_atomically(
      target,
      [&](const fs::path& temporary, std::string& message) {
         std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
         if (!out) {
            message = fmt::format("tidak dapat menulis {}", temporary.string());
            return false;
         }
         out << content;
         out.flush();
         if (!out) {
            message = fmt::format("gagal menulis {}", temporary.string());
            return false;
         }
         return true;
      },
      error);
}

void refuse_out()
{
   usage_error("--out tidak boleh menimpa berkas aturan atau berkas di folder data",
               "tulis laporan ke tempat lain");
}

bool writes_into_folder(const std::string& out, const fs::path& folder)
{
   std::error_code ec;
   if (!fs::is_directory(folder, ec)) {
      return false;
   }
   // `--out DIR/` writes files in DIR, `--out DIR/f` writes f in DIR.
   const bool out_folder = fs::is_directory(out, ec) || (!out.empty() && out.back() == '/');
   const fs::path parent = fs::path(out).parent_path();
   const fs::path written_in = out_folder ? fs::path(out) : parent.empty() ? fs::path(".") : parent;
   return rt::same_file_as_any(written_in, {folder});
}

std::vector<std::string> rule_files(const std::vector<std::string>& paths, bool recursive)
{
   std::vector<std::string> files;
   for (const std::string& path : paths) {
      std::error_code ec;
      if (!fs::is_directory(path, ec)) {
         files.push_back(path);
         continue;
      }
      std::vector<std::string> found;
      const auto keep = [&](const fs::directory_entry& item) {
         std::error_code file_ec;
         if (item.path().extension() == ".ind" && item.is_regular_file(file_ec)) {
            found.push_back(item.path().string());
         }
      };
      if (recursive) {
         for (const auto& item : fs::recursive_directory_iterator(path, ec)) {
            keep(item);
         }
      }
      else {
         for (const auto& item : fs::directory_iterator(path, ec)) {
            if (item.path().extension() == ".ind") {
               found.push_back(item.path().string());
            }
         }
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
   }
   return files;
}

int run_check(const check_options& options, const common_options& common)
{
   const std::vector<std::string> files = rule_files(options.files);
   if (files.empty()) {
      usage_error("tidak ada berkas .ind untuk diperiksa", "sebut berkas .ind atau folder yang berisi berkas .ind");
      return input_error;
   }
   int worst = ok;
   for (const std::string& file : files) {
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

std::vector<std::string> eval_formats()
{
   std::vector<std::string> names;
   for (const rt::report::format_spec& f : rt::report::formats) {
      names.emplace_back(f.name);
   }
   return names;
}

std::vector<std::string> audit_formats()
{
   std::vector<std::string> names = {"text", "json"};
   for (const rt::report::format_spec& f : rt::report::formats) {
      if (f.audited) {
         names.emplace_back(f.name);
      }
   }
   return names;
}

std::string name_list(const std::vector<std::string>& names)
{
   std::string list;
   for (const std::string& name : names) {
      list += (list.empty() ? "" : ", ") + name;
   }
   return list;
}

bool valid_output(const std::vector<std::string>& formats, const std::string& format,
                  const std::string& locale, const std::optional<std::string>& out,
                  const std::string& rules, const std::string& data)
{
   if (std::find(formats.begin(), formats.end(), format) == formats.end()) {
      usage_error(fmt::format("format '{}' tidak dikenal", format),
                  fmt::format("pilih salah satu: {}", name_list(formats)));
      return false;
   }
   // A command's own outputs (audit's text and json) go anywhere a report in json goes.
   const rt::report::format_spec* spec = rt::report::find_format(format);
   if (spec && !spec->to_screen && !out) {
      usage_error(fmt::format("format {} tidak dapat ditulis ke layar", format),
                  fmt::format("tambahkan --out LAPORAN.{}", format));
      return false;
   }
   // `--out` naming a folder (an existing one, or a path ending in '/') asks for one CSV file
   // per table in it.
   const bool out_folder = out && (fs::is_directory(*out) || (!out->empty() && out->back() == '/'));
   if (out && !out_folder) {
      const fs::path parent = fs::path(*out).parent_path();
      if (!parent.empty() && !fs::is_directory(parent)) {
         usage_error(fmt::format("folder '{}' untuk --out tidak ada", parent.string()),
                     "buat foldernya dahulu, atau tulis ke folder lain");
         return false;
      }
   }
   if (out_folder && !(spec && spec->to_folder)) {
      usage_error(fmt::format("--out '{}' adalah folder; hanya format csv menulis ke folder", *out),
                  fmt::format("sebut nama berkas, misalnya --out laporan.{}", format));
      return false;
   }
   if (locale != "id" && locale != "en") {
      usage_error(fmt::format("locale '{}' tidak dikenal", locale), "pilih id atau en");
      return false;
   }
   if (out && (rt::same_file_as_any(*out, {rules, data}) || writes_into_folder(*out, data))) {
      refuse_out();
      return false;
   }
   return true;
}

int run_eval(const eval_options& options, const common_options& common)
{
   if (fs::is_directory(options.file)) {
      return run_batch(options, common);
   }
   if (!valid_output(eval_formats(), options.format, options.locale, options.out, options.file,
                     options.data)) {
      return input_error;
   }
   const std::optional<rt::stamp_mode> stamp = stamp_mode(options.reproducible);
   if (!stamp) {
      return input_error;
   }
   session s(common);
   const std::unique_ptr<evaluation> run =
      evaluate(s, options.file, options.data, options.period, options.scan, options.out, stamp);
   if (!run) {
      return input_error;
   }
   const int written =
      write_report(run->document, options.format, options.locale, options.out, options.bom);
   // A syarat the data does not satisfy, or data that contradicts itself, is a finding.
   return written == ok && has_data_findings(*run)
             ? findings
             : written;
}

int write_report(const rt::report::document& doc, const std::string& format,
                 const std::string& locale, const std::optional<std::string>& out,
                 std::optional<bool> bom)
{
   const rt::report::format_spec* spec = rt::report::find_format(format);
   if (!spec) {
      usage_error(fmt::format("format '{}' tidak dikenal", format),
                  fmt::format("pilih salah satu: {}", name_list(eval_formats())));
      return input_error;
   }
   const bool out_folder =
      out && (fs::is_directory(*out) || (!out->empty() && out->back() == '/'));
   const core::locale loc = locale == "en" ? core::locale::en : core::locale::id;
   const rt::report::render_options render{loc, bom.value_or(out && loc == core::locale::id)};
   std::string error;
   if (spec->id == rt::report::format::xlsx) {
      const bool written = replace_atomically(
         *out,
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
      fs::create_directories(*out, ec);
      if (ec) {
         usage_error(fmt::format("tidak dapat membuat folder {}: {}", *out, ec.message()));
         return input_error;
      }
      for (const auto& [name, content] : rt::report::render_csv_files(doc, render)) {
         if (!write_atomically(fs::path(*out) / name, content, error)) {
            usage_error(error);
            return input_error;
         }
      }
      return ok;
   }

   std::ostringstream text;
   switch (spec->id) {
   case rt::report::format::table:
      rt::report::render_text(text, doc, render);
      break;
   case rt::report::format::json:
      rt::report::render_json(text, doc);
      break;
   case rt::report::format::csv:
      rt::report::render_csv(text, doc, render);
      break;
   case rt::report::format::md:
      rt::report::render_markdown(text, doc, render);
      break;
   case rt::report::format::html:
      rt::report::render_html(text, doc, render);
      break;
   case rt::report::format::xlsx: // written above, to its file
      break;
   }
   if (!out) {
      std::cout << text.str();
      return ok;
   }
   if (!write_atomically(*out, text.str(), error)) {
      usage_error(error);
      return input_error;
   }
   return ok;
}

} // namespace ind::cli
