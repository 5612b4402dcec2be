// Helpers for unit tests that run rule text through the pipeline without touching the CLI.
#pragma once

#include "lang/check.hpp"
#include "lang/loader.hpp"
#include "lang/resolve.hpp"
#include "runtime/report/model.hpp"
#include "runtime/report/render.hpp"
#include "runtime/run.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace ind::test {

// Rule text compiled as if it were a file named "uji.ind".
struct compiled
{
   lang::source_manager sources;
   lang::diagnostic_sink sink{100};
   lang::module_set modules;
   std::unique_ptr<lang::program> program;

   std::vector<std::string> codes() const
   {
      std::vector<std::string> out;
      for (const auto& d : sink.sorted()) {
         out.push_back(d.code);
      }
      return out;
   }
   // "line:col CODE" of every diagnostic, in order.
   std::vector<std::string> places() const
   {
      std::vector<std::string> out;
      for (const auto& d : sink.sorted()) {
         out.push_back(std::to_string(d.at.line_number()) + ":" +
                       std::to_string(d.at.column_number()) + " " + d.code);
      }
      return out;
   }
   bool has(const std::string& code) const
   {
      for (const auto& d : sink.sorted()) {
         if (d.code == code) {
            return true;
         }
      }
      return false;
   }
};

inline std::unique_ptr<compiled> compile(const std::string& text, bool run_check = true)
{
   auto c = std::make_unique<compiled>();
   c->modules = lang::load_text(c->sources, "uji.ind", text, {{IND_SOURCE_DIR "/stdlib"}}, c->sink);
   if (c->modules.complete) {
      c->program = lang::resolve(c->modules, c->sink);
      if (run_check && !c->sink.has_errors()) {
         lang::check(*c->program, c->sink);
      }
   }
   return c;
}

// A temporary data folder holding the given files; removed when it goes out of scope.
class data_folder
{
 public:
   explicit data_folder(const std::map<std::string, std::string>& files)
   {
      static int counter = 0;
      m_path = std::filesystem::temp_directory_path() /
               ("ind-uji-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
      std::filesystem::create_directories(m_path);
      for (const auto& [name, content] : files) {
         std::ofstream(m_path / name) << content;
      }
   }
   ~data_folder()
   {
      std::error_code ignored;
      std::filesystem::remove_all(m_path, ignored);
   }
   data_folder(const data_folder&) = delete;
   data_folder& operator=(const data_folder&) = delete;
   const std::filesystem::path& path() const { return m_path; }

 private:
   std::filesystem::path m_path;
};

// Rule text evaluated for one period against a data folder.
struct evaluated
{
   std::unique_ptr<compiled> rules;
   std::unique_ptr<rt::run> run;
   rt::evaluator* eval = nullptr; // run's, once the rules compile
   rt::report::document doc;

   const rt::report::indicator_row& row(const std::string& id) const
   {
      for (const auto& r : doc.indicators) {
         if (r.id == id) {
            return r;
         }
      }
      throw std::runtime_error("no indicator " + id);
   }
};

inline std::string text(const rt::report::number& n)
{
   return n.value ? n.value->to_fixed(n.places) : "-";
}

inline std::unique_ptr<evaluated> evaluate(const std::string& rules,
                                           const std::filesystem::path& folder,
                                           const core::period& when)
{
   auto e = std::make_unique<evaluated>();
   e->rules = compile(rules);
   if (!e->rules->program || e->rules->sink.has_errors()) {
      return e;
   }
   e->run = rt::start_run(*e->rules->program, folder, when, {}, e->rules->sources, e->rules->sink);
   e->eval = &e->run->eval();
   e->doc = rt::report::build(*e->rules->program, *e->eval, when, e->rules->sink);
   return e;
}

// A rule file and data folder evaluated as `ind eval` does, with every table held in memory or
// every table streamed through the roster engine; the JSON report and the diagnostics.
struct engine_run
{
   std::string json;
   std::vector<std::string> diagnostics; // "file:line:col CODE message"
};

inline engine_run run_through(const std::filesystem::path& rules, const std::filesystem::path& folder,
                       const core::period& when, bool stream_all, unsigned threads = 2,
                       rt::on_error errors = rt::on_error::stop)
{
   lang::source_manager sources;
   lang::diagnostic_sink sink{1000};
   const lang::load_options options{{std::filesystem::path(IND_SOURCE_DIR) / "stdlib"}};
   const lang::module_set modules = lang::load(sources, rules.string(), options, sink);
   REQUIRE(modules.complete);
   const auto program = lang::resolve(modules, sink);
   REQUIRE_FALSE(sink.has_errors());
   rt::run_options run;
   run.load.errors = errors;
   if (stream_all) {
      for (const auto& t : program->tables) {
         run.load.streamed.insert(t.get());
      }
   }
   run.streaming.threads = threads;
   const auto r = rt::start_run(*program, folder, when, run, sources, sink);
   const rt::report::document doc = rt::report::build(*program, r->eval(), when, sink);
   engine_run out;
   std::ostringstream json;
   rt::report::render_json(json, doc);
   out.json = json.str();
   for (const auto& d : sink.sorted()) {
      out.diagnostics.push_back(d.at.file_name() + ":" + std::to_string(d.at.line_number()) + ":" +
                                std::to_string(d.at.column_number()) + " " + d.code + " " +
                                d.message);
   }
   return out;
}

} // namespace ind::test

namespace doctest {
// Lists of diagnostics print as their items, so a failing comparison shows what was found.
template <>
struct StringMaker<std::vector<std::string>>
{
   static String convert(const std::vector<std::string>& items)
   {
      std::string out = "{";
      for (const auto& item : items) {
         out += (out.size() > 1 ? ", \"" : "\"") + item + "\"";
      }
      return (out + "}").c_str();
   }
};
} // namespace doctest
