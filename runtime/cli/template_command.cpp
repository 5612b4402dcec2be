// ind template: the data files a rule file reads, laid out for a planner or an auditor to fill.
#include "runtime/cli/commands.hpp"
#include "runtime/cli/session.hpp"
#include "runtime/report/template.hpp"

#include <fmt/format.h>

#include <iostream>
#include <system_error>

namespace ind::cli {

int run_template(const template_options& options, const common_options& common)
{
   const std::optional<core::period> when = core::period::parse(options.period);
   if (!when) {
      usage_error(fmt::format("periode '{}' tidak dikenal", options.period),
                  "tulis 2024, 2024-TW2 atau 2024-S1");
      return input_error;
   }
   const std::filesystem::path folder = options.out;
   if (folder.extension() == ".xlsx" || folder.extension() == ".csv") {
      usage_error(fmt::format("--out '{}' harus folder: template ditulis sebagai satu berkas CSV "
                              "per berkas data",
                              options.out),
                  "mis. --out data-2024/");
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
   // Never over a file that holds data already: a template is filled in, not written again.
   std::error_code ec;
   for (const rt::report::template_file& f : files) {
      if (std::filesystem::exists(folder / f.name, ec)) {
         usage_error(fmt::format("{} sudah ada; template tidak menimpa berkas data",
                                 (folder / f.name).string()),
                     "pilih folder baru atau kosong untuk --out");
         return input_error;
      }
   }
   std::filesystem::create_directories(folder, ec);
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

} // namespace ind::cli
