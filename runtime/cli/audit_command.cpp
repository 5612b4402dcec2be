// ind audit: the figures a report printed against the figures the rules compute.
#include "runtime/audit.hpp"
#include "runtime/cli/batch.hpp"
#include "runtime/cli/commands.hpp"
#include "runtime/cli/session.hpp"

#include <iostream>
#include <sstream>

namespace ind::cli {

int run_audit(const audit_options& options, const common_options& common)
{
   if (std::filesystem::is_directory(options.file)) {
      return run_batch_audit(options, common); // a folder of rule files over a data root
   }
   if (!valid_output(audit_formats(), options.format, options.locale, options.out, options.file,
                     options.data)) {
      return input_error;
   }
   const std::optional<rt::stamp_mode> stamp = stamp_mode(options.reproducible);
   if (!stamp) {
      return input_error;
   }
   session s(common);
   const std::unique_ptr<evaluation> run =
      evaluate(s, options.file, options.data, options.period, {}, options.out, stamp);
   if (!run) {
      return input_error;
   }
   s.sink.clear(); // evaluate() has shown its warnings
   // The printed figures are beside the data: in its folder, beside --data FILE.csv, or a sheet
   // of its workbook.
   const rt::audit_result result = rt::audit(*run->rules.program, run->run->eval(), run->document,
                                             run->when, s.sources, s.sink);
   s.report();
   // Rows of the printed-figures file that could not be read are errors (exit 2), but the
   // rows that could are still compared and shown.
   if (s.sink.has_errors() && result.items.empty()) {
      return input_error;
   }
   const int verdict = s.sink.has_errors()       ? input_error
                       : result.findings() > 0 || has_data_findings(*run) ? findings
                                                 : ok;
   if (options.format != "text" && options.format != "json") {
      // The full report, with each mismatch marked where the figure is printed.
      const int written = write_report(run->document, options.format, options.locale,
                                       options.out, options.bom);
      return written == ok ? verdict : written;
   }
   std::ostringstream text;
   if (options.format == "json") {
      rt::render_audit_json(text, result);
   }
   else {
      rt::render_audit_text(text, result, options.all);
   }
   if (!options.out) {
      std::cout << text.str();
      return verdict;
   }
   std::string error;
   if (!write_atomically(*options.out, text.str(), error)) {
      usage_error(error);
      return input_error;
   }
   return verdict;
}

} // namespace ind::cli
