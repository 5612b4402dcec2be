// ind template: the data files a rule file reads, laid out for a planner or an auditor to fill,
// as a folder of CSV files or as the sheets of one XLSX workbook. Both are written from the one
// template model (runtime/report/template.hpp).
#include "runtime/cli/commands.hpp"
#include "runtime/cli/session.hpp"
#include "runtime/data/data_files.hpp"
#include "runtime/report/template.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <system_error>

namespace ind::cli {

namespace fs = std::filesystem;

namespace {

std::string lower_extension(const fs::path& p)
{
   std::string ext = p.extension().string();
   std::transform(ext.begin(), ext.end(), ext.begin(),
                  [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
   return ext;
}

void refuse_existing(const fs::path& file)
{
   usage_error(fmt::format("{} sudah ada; template tidak menimpa berkas data", file.string()),
               "pilih folder baru atau kosong untuk --out");
}

// One CSV file per data file in `folder`, which is created; none is written when any exists.
int write_folder(const fs::path& folder, const std::vector<rt::report::template_file>& files)
{
   std::error_code ec;
   for (const rt::report::template_file& f : files) {
      if (fs::exists(folder / f.name, ec)) {
         refuse_existing(folder / f.name);
         return input_error;
      }
   }
   fs::create_directories(folder, ec);
   if (ec) {
      usage_error(fmt::format("folder {} tidak dapat dibuat: {}", folder.string(), ec.message()));
      return input_error;
   }
   for (const rt::report::template_file& f : files) {
      std::string error;
      if (!write_atomically(folder / f.name, rt::report::template_csv(f), error)) {
         usage_error(error);
         return input_error;
      }
      std::cout << fmt::format("{} ({} baris): {}\n", (folder / f.name).string(), f.rows.size(),
                               f.note);
   }
   return ok;
}

// The workbook `book`, a sheet per data file; its folder is created. Never over a file that is
// there, whatever it holds.
int write_workbook(const fs::path& book, const std::vector<rt::report::template_file>& files)
{
   std::error_code ec;
   if (fs::exists(fs::symlink_status(book, ec))) {
      refuse_existing(book);
      return input_error;
   }
   if (book.has_parent_path()) {
      fs::create_directories(book.parent_path(), ec);
      if (ec) {
         usage_error(fmt::format("folder {} tidak dapat dibuat: {}", book.parent_path().string(),
                                 ec.message()));
         return input_error;
      }
   }
   std::string error;
   const bool written = replace_atomically(
      book,
      [&](const fs::path& temporary, std::string& message) {
         return rt::report::template_xlsx(temporary, files, message);
      },
      error);
   if (!written) {
      usage_error(error);
      return input_error;
   }
   for (const rt::report::template_file& f : files) {
      std::cout << fmt::format("{} ({} baris): {}\n",
                               rt::sheet_file_name(book, f.sheet),
                               f.rows.size(), f.note);
   }
   return ok;
}

} // namespace

int run_template(const template_options& options, const common_options& common)
{
   const std::optional<core::period> when = core::period::parse(options.period);
   if (!when) {
      usage_error(fmt::format("periode '{}' tidak dikenal", options.period),
                  "tulis 2024, 2024-TW2 atau 2024-S1");
      return input_error;
   }
   const fs::path out = options.out;
   const std::string ext = lower_extension(out);
   const bool workbook = options.format.empty() ? ext == ".xlsx" : options.format == "xlsx";
   if (workbook && ext != ".xlsx") {
      usage_error(fmt::format("--out '{}' harus berkas .xlsx: --format xlsx menulis satu buku "
                              "kerja, satu lembar per berkas data",
                              options.out),
                  "mis. --out data-2024.xlsx");
      return input_error;
   }
   if (!workbook && (ext == ".xlsx" || ext == ".csv")) {
      usage_error(fmt::format("--out '{}' harus folder: template CSV ditulis sebagai satu berkas "
                              "per berkas data",
                              options.out),
                  "mis. --out data-2024/, atau --format xlsx --out data-2024.xlsx");
      return input_error;
   }
   session s(common);
   const compiled rules = compile(s, options.file);
   s.report(false); // the rule file's warnings are check's; a template needs only its layout
   if (!rules.program || s.sink.has_errors()) {
      return input_error;
   }
   const std::vector<rt::report::template_file> files =
      rt::report::data_template(*rules.program, *when);
   if (files.empty()) {
      usage_error(fmt::format("{} tidak membaca berkas data", options.file),
                  "template hanya untuk berkas aturan yang menyatakan tabel, realisasi, anggaran "
                  "atau tercetak");
      return input_error;
   }
   return workbook ? write_workbook(out, files) : write_folder(out, files);
}

} // namespace ind::cli
