#include "runtime/run.hpp"

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

} // namespace ind::rt
