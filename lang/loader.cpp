#include "lang/loader.hpp"

#include "lang/limits.hpp"
#include "lang/parser.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace ind::lang {

namespace fs = std::filesystem;

namespace {

// Whether `path` lies inside `folder` (both made absolute and free of links and dots first).
bool inside(const fs::path& path, const fs::path& folder)
{
   std::error_code ec;
   const fs::path p = fs::weakly_canonical(path, ec);
   const fs::path f = fs::weakly_canonical(folder, ec);
   if (ec) {
      return false;
   }
   const auto [at_end, unused] = std::mismatch(f.begin(), f.end(), p.begin(), p.end());
   return at_end == f.end();
}

} // namespace

stdlib_choice default_stdlib()
{
   if (const char* env = std::getenv("IND_STDLIB"); env != nullptr && *env != '\0') {
      return {fs::path(env), "IND_STDLIB"};
   }
   std::error_code ec;
   const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
   if (ec) {
      // No /proc: the folder the build was configured to install into.
      return {fs::path(IND_INSTALLED_STDLIB_DIR), "terpasang"};
   }
   if (inside(exe, IND_BUILD_DIR)) {
      return {fs::path(IND_SOURCE_STDLIB_DIR), "pohon sumber"};
   }
   return {exe.parent_path().parent_path() / "share" / "ind" / "stdlib", "terpasang"};
}

std::vector<fs::path> default_stdlib_dirs()
{
   return {default_stdlib().dir};
}

std::string stdlib_version(const fs::path& dir)
{
   std::ifstream in(dir / "VERSION");
   std::string text;
   if (!in || !std::getline(in, text)) {
      return {};
   }
   while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) {
      text.pop_back();
   }
   const bool digits = !text.empty() && text.size() <= 9 &&
                       std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
   return digits ? text : std::string{};
}

bool version_at_least(const std::string& have, const std::string& want)
{
   const auto significant = [](const std::string& v) {
      const std::size_t first = v.find_first_not_of('0');
      return first == std::string::npos ? std::string{} : v.substr(first);
   };
   const std::string h = significant(have);
   const std::string w = significant(want);
   return h.size() != w.size() ? h.size() > w.size() : h >= w;
}

namespace {

class loader
{
 public:
   loader(source_manager& sources, const load_options& options, diagnostic_sink& sink)
      : m_sources(sources), m_options(options), m_sink(sink)
   {}

   module_set run(const source_file& main)
   {
      auto entry = std::make_unique<loaded_module>();
      const std::size_t errors_at_start = m_sink.error_count();
      entry->syntax = parse(main, m_sink);
      // A file named on the command line says what it is: an agency's rules (instansi) or a
      // module of the library (modul). An empty file, or one without its first line, is more
      // likely a wrong file than rules that happen to declare nothing.
      if (!entry->syntax.head && m_sink.error_count() == errors_at_start) {
         m_sink.error("E-INSTANSI", span{&main, 0, 0},
                      main.text().find_first_not_of(" \t\r\n") == std::string_view::npos
                         ? "berkas aturan kosong"
                         : "berkas aturan tidak diawali 'instansi'",
                      "baris pertama berkas aturan: instansi \"Nama Instansi\" renstra 2024..2026 "
                      "(modul pustaka diawali: modul nama \"judul\")");
      }
      const std::size_t errors_before = m_sink.error_count();
      loaded_module& ref = *entry;
      m_set.modules.push_back(std::move(entry));
      imports_of(ref, fs::path(main.name()).parent_path());
      m_set.complete = m_sink.error_count() == errors_before && !m_failed;
      return std::move(m_set);
   }

   void fail() { m_failed = true; }

 private:
   // Loads the modules `module` uses, depth first, so each lands after its own dependencies.
   void imports_of(loaded_module& module, const fs::path& folder)
   {
      m_in_progress.push_back(module.name);
      for (const ast::declaration& d : module.syntax.declarations) {
         const auto* use = std::get_if<ast::import_decl>(&d);
         if (!use) {
            continue;
         }
         if (!use->stdlib_version.empty()) {
            require_version(*use);
         }
         for (const ast::identifier& name : use->modules) {
            require(name, folder);
         }
      }
      m_in_progress.pop_back();
   }

   void require(const ast::identifier& name, const fs::path& folder)
   {
      if (std::find(m_in_progress.begin(), m_in_progress.end(), name.text) !=
          m_in_progress.end()) {
         std::string chain;
         for (const std::string& m : m_in_progress) {
            chain += (m.empty() ? "berkas utama" : m) + " -> ";
         }
         m_sink.error("E-SIKLUS", name.where,
                      "modul '" + name.text + "' memakai dirinya sendiri: " + chain + name.text,
                      "hapus salah satu 'pakai' agar tidak melingkar");
         m_failed = true;
         return;
      }
      const bool known = std::any_of(m_set.modules.begin(), m_set.modules.end(),
                                     [&](const auto& m) { return m->name == name.text; });
      if (known) {
         return;
      }
      // Modules are loaded depth first, one level of recursion per 'pakai' of a chain.
      if (m_in_progress.size() > limits::max_module_depth) {
         m_sink.error("E-BATAS", name.where,
                      "rantai 'pakai' terlalu panjang: lebih dari " +
                         std::to_string(limits::max_module_depth) +
                         " modul saling memakai berurutan",
                      "pakai modul yang diperlukan langsung dari berkas instansi");
         m_failed = true;
         return;
      }
      std::vector<fs::path> candidates{folder / (name.text + ".ind")};
      for (const fs::path& dir : m_options.stdlib_dirs) {
         candidates.push_back(dir / (name.text + ".ind"));
      }
      for (const fs::path& candidate : candidates) {
         std::error_code ec;
         if (!fs::is_regular_file(candidate, ec)) {
            continue;
         }
         std::string error;
         const source_file* file =
            m_sources.load(candidate.string(), error, limits::max_rule_file_bytes);
         if (!file) {
            m_sink.error("E-BERKAS", name.where,
                         "modul '" + name.text + "' tidak dapat dibaca: " + error);
            m_failed = true;
            return;
         }
         if (&candidate == &candidates.front()) {
            warn_if_shadowing(name, candidate, candidates);
         }
         auto entry = std::make_unique<loaded_module>();
         entry->name = name.text;
         // A library module that uses another finds it beside itself: in the library too.
         const auto in_library = [&](const fs::path& dir) {
            std::error_code same;
            return fs::equivalent(candidate.parent_path(), dir, same);
         };
         if (std::any_of(m_options.stdlib_dirs.begin(), m_options.stdlib_dirs.end(), in_library)) {
            entry->stdlib_version = stdlib_version(candidate.parent_path());
         }
         entry->syntax = parse(*file, m_sink, parse_mode::used_module);
         check_header(*entry, name);
         loaded_module& ref = *entry;
         m_set.modules.push_back(std::move(entry));
         imports_of(ref, candidate.parent_path());
         return;
      }
      std::string searched;
      for (const fs::path& candidate : candidates) {
         searched += (searched.empty() ? "" : ", ") + candidate.parent_path().string();
      }
      std::string hint = "dicari di: " + searched + "; pakai --stdlib untuk folder lain";
      for (const fs::path& dir : m_options.stdlib_dirs) {
         std::error_code ec;
         if (!fs::is_directory(dir, ec)) {
            hint += "; folder pustaka standar " + dir.string() + " tidak ada";
         }
         else if (stdlib_version(dir).empty()) {
            hint += "; " + dir.string() + " bukan pustaka standar yang lengkap (tanpa berkas VERSION)";
         }
      }
      m_sink.error("E-MODUL", name.where, "modul '" + name.text + "' tidak ditemukan", hint);
      m_failed = true;
   }

   // `pakai ... versi N`: the standard library in use must declare version N or later.
   void require_version(const ast::import_decl& use)
   {
      if (m_options.stdlib_dirs.empty()) {
         m_sink.error("E-VERSI", use.stdlib_version_where,
                      "berkas ini memerlukan pustaka standar versi " + use.stdlib_version +
                         ", tetapi tidak ada folder pustaka standar",
                      "sebut folder pustaka dengan --stdlib atau IND_STDLIB");
         m_failed = true;
         return;
      }
      const fs::path& dir = m_options.stdlib_dirs.front();
      const std::string have = stdlib_version(dir);
      if (have.empty()) {
         m_sink.error("E-VERSI", use.stdlib_version_where,
                      "berkas ini memerlukan pustaka standar versi " + use.stdlib_version +
                         ", tetapi " + dir.string() + " tidak menyebut versinya (berkas VERSION)",
                      "pasang ulang ind, atau sebut folder pustaka yang lengkap dengan --stdlib");
         m_failed = true;
      }
      else if (!version_at_least(have, use.stdlib_version)) {
         m_sink.error("E-VERSI", use.stdlib_version_where,
                      "berkas ini memerlukan pustaka standar versi " + use.stdlib_version +
                         " atau lebih baru; yang dipakai versi " + have + " (" + dir.string() + ")",
                      "pasang ind yang lebih baru (lihat ind --version), atau sebut folder pustaka "
                      "versi " + use.stdlib_version + " dengan --stdlib");
         m_failed = true;
      }
   }

   // A module beside the file that uses it is read before the standard library's module of the
   // same name, which it then hides: the agency may have meant the library's.
   void warn_if_shadowing(const ast::identifier& name, const fs::path& local,
                          const std::vector<fs::path>& candidates)
   {
      for (auto library = std::next(candidates.begin()); library != candidates.end(); ++library) {
         std::error_code ec;
         if (!fs::is_regular_file(*library, ec) || fs::equivalent(local, *library, ec) || ec) {
            continue;
         }
         m_sink.warning("W-MODUL-BAYANG", name.where,
                        "modul '" + name.text + "' dibaca dari " + local.string() +
                           ", bukan dari pustaka standar " + library->string(),
                        "jika yang dimaksud modul pustaka, beri berkas lokal nama lain (mis. " +
                           name.text + "_instansi.ind) dan pakai nama itu; jika disengaja, "
                           "abaikan peringatan ini");
         return;
      }
   }

   void check_header(const loaded_module& module, const ast::identifier& used_as)
   {
      const auto& head = module.syntax.head;
      if (!head || head->what != ast::header::kind::module) {
         m_sink.error("E-MODUL", used_as.where,
                      "berkas " + module.syntax.file->name() + " bukan modul",
                      "baris pertama sebuah modul: modul " + used_as.text + " \"judul\"");
         m_failed = true;
      }
      else if (head->module_name.text != used_as.text) {
         m_sink.error("E-MODUL", head->module_name.where,
                      "modul ini bernama '" + head->module_name.text + "', dipakai sebagai '" +
                         used_as.text + "'",
                      "samakan nama modul dengan nama berkasnya");
         m_failed = true;
      }
   }

   source_manager& m_sources;
   const load_options& m_options;
   diagnostic_sink& m_sink;
   module_set m_set;
   std::vector<std::string> m_in_progress;
   bool m_failed = false;
};

} // namespace

module_set load(source_manager& sources, const std::string& path, const load_options& options,
                diagnostic_sink& sink)
{
   std::error_code ec;
   if (fs::is_directory(path, ec)) {
      place at;
      at.file = path;
      sink.error("E-BERKAS", at, "ini folder, bukan berkas aturan .ind");
      return {};
   }
   std::string error;
   const source_file* file = sources.load(path, error, limits::max_rule_file_bytes);
   if (!file) {
      place at;
      at.file = path;
      sink.error("E-BERKAS", at, "berkas aturan: " + error);
      return {};
   }
   return loader(sources, options, sink).run(*file);
}

module_set load_text(source_manager& sources, const std::string& name, std::string text,
                     const load_options& options, diagnostic_sink& sink)
{
   return loader(sources, options, sink).run(sources.add(name, std::move(text)));
}

} // namespace ind::lang
