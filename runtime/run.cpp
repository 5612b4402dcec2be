#include "runtime/run.hpp"

#include <set>

namespace ind::rt {

evaluation wire(const lang::program& p, const dataset& data, lang::diagnostic_sink& sink,
                roster::engine_options streaming)
{
   evaluation out;
   out.eval = std::make_unique<evaluator>(p, data, sink);
   out.engine = std::make_unique<roster::engine>(p, data, *out.eval, sink, std::move(streaming));
   out.eval->scan_with(out.engine.get());
   return out;
}

std::unique_ptr<evaluator> run::sharing_engine(lang::diagnostic_sink& sink) const
{
   auto other = std::make_unique<evaluator>(program, data, sink);
   other->scan_with(main.engine.get());
   return other;
}

std::unique_ptr<run> start_run(const lang::program& p, const std::filesystem::path& folder,
                               const period& data_period, const run_options& options,
                               lang::source_manager& sources, lang::diagnostic_sink& sink)
{
   auto r = std::make_unique<run>(p);
   r->data = load_dataset(p, folder, data_period, options.load, sources, sink);
   r->main = wire(p, r->data, sink, options.streaming);
   return r;
}

provenance stamp(const stamp_mode& mode, const lang::module_set& modules,
                 const lang::source_manager& sources, const run& r)
{
   provenance p = start_provenance(mode);
   std::set<const lang::source_file*> rule_files;
   for (const auto& m : modules.modules) {
      const lang::source_file* file = m->syntax.file;
      if (!file) {
         continue;
      }
      rule_files.insert(file);
      p.add(m->name.empty() ? input_file::kind::rules : input_file::kind::module, file->name(),
            file->text(), m->stdlib_version);
   }
   for (const auto& file : sources.files()) {
      // A sheet's CSV text is no file of its own: the workbook it came from is listed instead.
      if (!rule_files.contains(file.get()) && !file->origin()) {
         p.add(input_file::kind::data, file->name(), file->text());
      }
   }
   for (const auto& table : r.program.tables) { // in declaration order
      const auto source = r.data.sources.find(table.get());
      if (source == r.data.sources.end() || !source->second.streamed) {
         continue;
      }
      if (const std::string* digest = r.engine().digest(*table)) {
         p.add_digest(input_file::kind::data, source->second.path.string(), *digest);
      }
   }
   return p;
}

} // namespace ind::rt
