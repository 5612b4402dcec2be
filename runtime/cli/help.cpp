#include "runtime/cli/help.hpp"

#include "runtime/cli/commands.hpp"
#include "runtime/cli/session.hpp"
#include "runtime/provenance.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

namespace ind::cli {

namespace {

// Sections of the top-level help that the man page repeats: where the standard library is
// looked for, the environment, the exit codes.
struct note
{
   const char* title;
   std::vector<const char*> lines;
};

const std::vector<note>& notes()
{
   static const std::vector<note> all = {
       {"Pustaka standar",
        {"dicari berurutan: folder --stdlib (boleh berulang); $IND_STDLIB; folder stdlib/ "
         "pohon sumber bila ind dijalankan dari folder build-nya; ../share/ind/stdlib dari "
         "folder berkas ind (terpasang: /usr/share/ind/stdlib). ind --version menyebut yang "
         "dipakai dan versinya; berkas aturan dapat mensyaratkan versi: pakai ipasn versi 1"}},
       {"Lingkungan",
        {"IND_STDLIB  folder pustaka standar bila --stdlib tidak disebut",
         "NO_COLOR    tanpa warna pada pesan (juga bila TERM=dumb atau bukan terminal)"}},
       {"Status keluar",
        {"0  berhasil, tanpa temuan",
         "1  ada temuan: peringatan, contoh yang gagal, angka tercetak yang tidak cocok",
         "2  galat pemakaian atau masukan: perintah, berkas aturan, data, pustaka standar"}},
   };
   return all;
}

bool is_root(const CLI::App& app)
{
   return app.get_parent() == nullptr;
}

const CLI::App* find_command(const CLI::App& app, const std::string& name)
{
   for (const CLI::App* command : app.get_subcommands({})) {
      if (command->get_name() == name) {
         return command;
      }
   }
   return nullptr;
}

std::vector<const CLI::App*> commands_of(const CLI::App& app)
{
   return app.get_subcommands({});
}

// The options of a command as the help lists them: positionals first, then the others, without
// the help flag that every command has.
std::vector<const CLI::Option*> options_of(const CLI::App& app, bool positional)
{
   return app.get_options([&](const CLI::Option* o) {
      return o->get_positional() == positional && o != app.get_help_ptr();
   });
}

// "--data FOLDER" or "-h, --help": an option as the man page and the completions name it.
std::string option_names(const CLI::Option& o)
{
   return o.get_name(false, true);
}

bool takes_value(const CLI::Option& o)
{
   return o.get_expected_max() != 0; // a flag expects no value
}

std::string placeholder(const CLI::Option& o)
{
   return o.get_option_text().empty() ? std::string("NILAI") : o.get_option_text();
}

// The usage line of a command: "ind eval [OPSI] BERKAS".
std::string usage(const CLI::App& command)
{
   std::string line = is_root(command) ? "ind" : "ind " + command.get_name();
   if (!options_of(command, false).empty() || is_root(command)) {
      line += " [OPSI]";
   }
   for (const CLI::Option* p : options_of(command, true)) {
      const bool many = p->get_expected_max() >= CLI::detail::expected_max_vector_size;
      const std::string name = p->get_name(true, false) + (many ? "..." : "");
      line += p->get_required() ? " " + name : " [" + name + "]";
   }
   if (is_root(command)) {
      line += " [PERINTAH]";
   }
   return line;
}

// --- the man page, in roff

std::string roff(const std::string& text)
{
   std::string out;
   for (const char c : text) {
      if (c == '\\') {
         out += "\\e";
      } else if (c == '-') {
         out += "\\-";
      } else {
         out += c;
      }
   }
   if (!out.empty() && (out.front() == '.' || out.front() == '\'')) {
      out.insert(0, "\\&");
   }
   return out;
}

void man_options(std::string& page, const CLI::App& command)
{
   for (const bool positional : {true, false}) {
      for (const CLI::Option* o : options_of(command, positional)) {
         const std::string name =
             positional ? fmt::format("\\fI{}\\fR", roff(o->get_name(true, false)))
                        : fmt::format("\\fB{}\\fR", roff(option_names(*o))) +
                              (takes_value(*o) ? fmt::format(" \\fI{}\\fR", roff(placeholder(*o)))
                                               : std::string{});
         page += fmt::format(".TP\n{}{}\n{}\n", name, o->get_required() ? " (wajib)" : "",
                             roff(o->get_description()));
      }
   }
}

void man_examples(std::string& page, const std::string& command)
{
   const std::vector<example> examples = command_examples(command);
   if (examples.empty()) {
      return;
   }
   page += ".PP\nContoh:\n";
   for (const example& e : examples) {
      page += fmt::format(".PP\n{}:\n.RS\n.nf\n{}\n.fi\n.RE\n", roff(e.what), roff(e.command));
   }
}

std::string man_page(const CLI::App& app)
{
   std::string page = fmt::format(
       ".\\\" Written by `ind help --man` from the same description as `ind --help`.\n"
       ".TH IND 1 \"\" \"ind {}\" \"Perintah Pengguna\"\n"
       ".SH NAMA\nind \\- {}\n"
       ".SH RINGKASAN\n.B ind\n[\\fIOPSI\\fR] \\fIPERINTAH\\fR [\\fIARGUMEN\\fR]\n"
       ".SH URAIAN\n{}\n"
       ".SH OPSI\n",
       rt::ind_version(), roff(app.get_description().substr(app.get_description().find(':') + 2)),
       roff("ind membaca berkas aturan kinerja sebuah instansi (.ind: indikator, target, rumus, "
            "bobot dan skala predikat menurut SAKIP, IP ASN dan Sistem Merit) beserta datanya "
            "(CSV), menghitung ulang setiap angka dengan desimal eksak dan pembulatan yang "
            "disebut, membandingkan angka yang tercetak di laporan dengan hasil hitung ulang, "
            "dan menulis tabel LKjIP sebagai teks, JSON, CSV, Markdown, HTML atau XLSX."));
   man_options(page, app);
   man_examples(page, "");
   page += ".SH PERINTAH\n";
   for (const CLI::App* command : commands_of(app)) {
      page +=
          fmt::format(".SS \"{}\"\n{}\n", roff(usage(*command)), roff(command->get_description()));
      man_options(page, *command);
      man_examples(page, command->get_name());
   }
   for (const note& n : notes()) {
      std::string title = n.title;
      std::transform(title.begin(), title.end(), title.begin(),
                     [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
      page += fmt::format(".SH {}\n", roff(title));
      for (const char* line : n.lines) {
         page += fmt::format(".PP\n{}\n", roff(line));
      }
   }
   page += ".SH LIHAT JUGA\n/usr/share/doc/ind/README.md, /usr/share/doc/ind/examples\n";
   return page;
}

// --- shell completions

std::string word_list(const std::vector<std::string>& words)
{
   std::string list;
   for (const std::string& w : words) {
      list += (list.empty() ? "" : " ") + w;
   }
   return list;
}

std::vector<std::string> flag_words(const CLI::App& command)
{
   std::vector<std::string> words;
   for (const CLI::Option* o : command.get_options({})) {
      for (const std::string& s : o->get_snames()) {
         words.push_back("-" + s);
      }
      for (const std::string& l : o->get_lnames()) {
         words.push_back("--" + l);
      }
   }
   return words;
}

// The fixed values `option` accepts ({} when any value is allowed).
std::vector<std::string> choices_of(const value_choices& choices, const CLI::Option* option)
{
   const auto found = choices.find(option);
   return found == choices.end() ? std::vector<std::string>{} : found->second;
}

std::string bash_completion(const CLI::App& app, const value_choices& choices)
{
   std::vector<std::string> names;
   std::vector<std::string> paths;  // options followed by a file or folder name
   std::vector<std::string> others; // options followed by another value (a period, a number)
   for (const CLI::App* command : commands_of(app)) {
      names.push_back(command->get_name());
   }
   std::string per_command;
   for (const CLI::App* command : commands_of(app)) {
      per_command += fmt::format("         {}) options=\"{}\" ;;\n", command->get_name(),
                                 word_list(flag_words(*command)));
   }
   for (const CLI::App* command : [&] {
           std::vector<const CLI::App*> all = commands_of(app);
           all.insert(all.begin(), &app);
           return all;
        }()) {
      for (const CLI::Option* o : command->get_options({})) {
         if (takes_value(*o) && !o->get_positional()) {
            for (const std::string& l : o->get_lnames()) {
               const std::string p = placeholder(*o);
               std::vector<std::string>& list = p == "BERKAS" || p == "FOLDER" ? paths : others;
               if (std::find(list.begin(), list.end(), "--" + l) == list.end()) {
                  list.push_back("--" + l);
               }
            }
         }
      }
   }
   // After an option with fixed values, those values ("eval:--format", "*:--color" for an option
   // of ind itself); after any other option that takes a value, file names.
   std::string value_arms;
   for (const CLI::App* command : commands_of(app)) {
      for (const CLI::Option* o : command->get_options({})) {
         for (const std::string& l : o->get_lnames()) {
            if (const auto values = choices_of(choices, o); !values.empty()) {
               value_arms += fmt::format(
                   "      {}:--{}) COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")); return ;;\n",
                   command->get_name(), l, word_list(values));
            }
         }
      }
   }
   for (const CLI::Option* o : app.get_options({})) {
      for (const std::string& l : o->get_lnames()) {
         if (const auto values = choices_of(choices, o); !values.empty()) {
            value_arms += fmt::format(
                "      *:--{}) COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")); return ;;\n", l,
                word_list(values));
         }
      }
   }
   const auto pattern = [](const std::vector<std::string>& options) {
      std::string p;
      for (const std::string& o : options) {
         p += fmt::format("{}*:{}", p.empty() ? "" : "|", o);
      }
      return p;
   };
   return fmt::format(
       "# bash completion for ind, written by `ind help --completion bash`.\n"
       "_ind() {{\n"
       "   local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}\n"
       "   local command=\"\" options word\n"
       "   for word in \"${{COMP_WORDS[@]:1:COMP_CWORD-1}}\"; do\n"
       "      case $word in\n"
       "         {}) command=$word; break ;;\n"
       "      esac\n"
       "   done\n"
       "   case $command:$prev in\n"
       "{}"
       "      {}) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
       "      {}) COMPREPLY=(); return ;;\n"
       "   esac\n"
       "   case $command in\n"
       "         \"\") options=\"{} {}\" ;;\n"
       "{}"
       "   esac\n"
       "   if [[ $cur == -* || -z $command ]]; then\n"
       "      COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
       "   else\n"
       "      COMPREPLY=($(compgen -f -- \"$cur\"))\n"
       "   fi\n"
       "}}\n"
       "complete -o filenames -o bashdefault -F _ind ind\n",
       fmt::join(names, "|"), value_arms, pattern(paths), pattern(others),
       word_list(flag_words(app)), word_list(names), per_command);
}

// A description inside a zsh _arguments spec or _describe item.
std::string zsh_text(const std::string& text)
{
   std::string out;
   for (const char c : text) {
      if (c == '\'') {
         out += "'\\''";
      } else if (c == '[' || c == ']' || c == ':') {
         out += '\\';
         out += c;
      } else {
         out += c;
      }
   }
   return out;
}

std::string zsh_arguments(const CLI::App& command, const value_choices& choices)
{
   std::string specs;
   for (const CLI::Option* o : command.get_options({})) {
      if (o->get_positional()) {
         continue;
      }
      std::vector<std::string> names;
      for (const std::string& s : o->get_snames()) {
         names.push_back("-" + s);
      }
      for (const std::string& l : o->get_lnames()) {
         names.push_back("--" + l);
      }
      const std::vector<std::string> values = choices_of(choices, o);
      const std::string p = zsh_text(placeholder(*o));
      const std::string value = !takes_value(*o)  ? std::string{}
                                : !values.empty() ? fmt::format(":{}:({})", p, word_list(values))
                                : p == "BERKAS" || p == "FOLDER" ? fmt::format(":{}:_files", p)
                                                                 : fmt::format(":{}: ", p);
      for (const std::string& name : names) {
         specs += fmt::format(" \\\n      '{}[{}]{}'", name, zsh_text(o->get_description()), value);
      }
   }
   return specs;
}

std::string zsh_completion(const CLI::App& app, const value_choices& choices)
{
   std::string commands;
   std::string per_command;
   for (const CLI::App* command : commands_of(app)) {
      commands +=
          fmt::format("      '{}:{}'\n", command->get_name(), zsh_text(command->get_description()));
      per_command += fmt::format("            {})\n               _arguments{} \\\n"
                                 "                  '*:berkas:_files' ;;\n",
                                 command->get_name(), zsh_arguments(*command, choices));
   }
   return fmt::format("#compdef ind\n"
                      "# zsh completion for ind, written by `ind help --completion zsh`.\n"
                      "_ind() {{\n"
                      "   local -a commands\n"
                      "   commands=(\n{}   )\n"
                      "   local state\n"
                      "   _arguments -C{} \\\n"
                      "      '1:perintah:->command' '*::argumen:->argument'\n"
                      "   case $state in\n"
                      "      command) _describe -t commands perintah commands ;;\n"
                      "      argument)\n"
                      "         case $words[1] in\n{}"
                      "         esac ;;\n"
                      "   esac\n"
                      "}}\n"
                      "_ind \"$@\"\n",
                      commands, zsh_arguments(app, choices), per_command);
}

} // namespace

help_formatter::help_formatter()
{
   label("Usage", "Pemakaian");
   label("OPTIONS", "OPSI");
   label("SUBCOMMAND", "PERINTAH");
   label("SUBCOMMANDS", "PERINTAH");
   label("REQUIRED", "WAJIB");
   label("Positionals", "Argumen");
   label("Options", "Opsi");
   label("Subcommands", "Perintah");
   label("Env", "Lingkungan");
   label("Needs", "Memerlukan");
   label("Excludes", "Tidak bersama");
}

// Every option states its placeholder itself (option_text: FOLDER, BERKAS, FORMAT, ...), so no
// English type name (TEXT, UINT) is ever shown.
std::string help_formatter::make_option_opts(const CLI::Option* option) const
{
   std::string out;
   if (takes_value(*option) && !option->get_positional()) {
      out += " " + placeholder(*option);
   }
   if (option->get_positional() &&
       option->get_expected_max() >= CLI::detail::expected_max_vector_size) {
      out += " ...";
   }
   if (option->get_required()) {
      out += " " + get_label("REQUIRED");
   }
   return out;
}

std::string help_formatter::make_footer(const CLI::App* app) const
{
   std::string out;
   if (is_root(*app)) {
      for (const note& n : notes()) {
         out += fmt::format("{}:\n", n.title);
         for (const char* line : n.lines) {
            out += fmt::format("  {}\n", line);
         }
         out += "\n";
      }
   }
   const std::vector<example> examples = command_examples(is_root(*app) ? "" : app->get_name());
   if (!examples.empty()) {
      out += "Contoh:\n";
      for (const example& e : examples) {
         out += fmt::format("  {}:\n    {}\n", e.what, e.command);
      }
   }
   return out;
}

std::string command_hint(const CLI::App& app)
{
   std::vector<std::string> names;
   for (const CLI::App* c : commands_of(app)) {
      names.push_back(c->get_name());
   }
   return fmt::format("pilih salah satu: {} (lihat ind --help)", fmt::join(names, ", "));
}

std::vector<example> command_examples(const std::string& command)
{
   if (command.empty()) {
      return {{"hitung tabel LKjIP contoh Kabupaten Pasuruan",
               "ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024"},
              {"bantuan satu perintah", "ind help eval"}};
   }
   if (command == "check") {
      return {{"periksa satu berkas aturan", "ind check rules/kab-pasuruan.ind"},
              {"periksa semua berkas .ind di folder, galat saja", "ind check --no-warnings rules"}};
   }
   if (command == "test") {
      return {{"jalankan contoh semua modul pustaka standar", "ind test /usr/share/ind/stdlib"},
              {"jalankan contoh satu berkas aturan", "ind test rules/kab-pasuruan.ind"}};
   }
   if (command == "audit") {
      return {{"angka tercetak yang tidak cocok dengan hasil hitung ulang",
               "ind audit rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024"},
              {"data dari buku kerja, satu lembar per berkas CSV (realisasi, anggaran, tercetak ...)",
               "ind audit rules/kab-pasuruan.ind --data data-2024.xlsx --period 2024"},
              {"laporan HTML dengan setiap temuan ditandai",
               "ind audit rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format html "
               "--out audit.html"},
              {"audit semua instansi dan periode: satu baris per angka tercetak",
               "ind audit rules --data examples --format csv --out audit-semua.csv"}};
   }
   if (command == "explain") {
      return {{"asal angka indikator ip_asn",
               "ind explain rules/kab-pasuruan.ind ip_asn --data examples/kab-pasuruan/2024"}};
   }
   if (command == "eval") {
      return {{"tabel LKjIP di layar",
               "ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024"},
              {"data dari buku kerja Excel: lembar realisasi, anggaran, ... (periode wajib disebut)",
               "ind eval rules/kab-pasuruan.ind --data data-2024.xlsx --period 2024"},
              {"laporan Markdown dengan angka bergaya en (77.32)",
               "ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format md "
               "--locale en --out lkjip.md"},
              {"buku kerja XLSX, satu lembar per tabel",
               "ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format xlsx "
               "--out lkjip.xlsx"},
              {"capaian semua instansi dan periode dalam satu tabel CSV",
               "ind eval rules --data examples --format csv --out semua.csv"},
              {"laporan HTML setiap instansi dan index.html yang membandingkan capaiannya",
               "ind eval rules --data examples --format html --out semua/"},
              {"JSON yang sama byte demi byte setiap kali: asal laporan tanpa jam dan commit",
               "ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format json "
               "--reproducible"}};
   }
   if (command == "template") {
      return {{"berkas data 2025 untuk Kabupaten Pasuruan, siap diisi",
               "ind template rules/kab-pasuruan.ind --period 2025 --out data-2025/"},
              {"yang sama sebagai satu buku kerja Excel, satu lembar per berkas (dibaca kembali "
               "dengan --data data-2025.xlsx --period 2025)",
               "ind template rules/kab-pasuruan.ind --period 2025 --out data-2025.xlsx"}};
   }
   if (command == "fmt") {
      return {{"rapikan berkas aturan dan semua berkas .ind di bawah folder",
               "ind fmt rules/kab-pasuruan.ind stdlib"},
              {"periksa tanpa menulis, untuk CI (keluar 1 bila ada yang belum rapi)",
               "ind fmt --check stdlib rules examples"},
              {"tunjukkan perubahannya", "ind fmt --diff rules/kab-pasuruan.ind"}};
   }
   if (command == "lsp") {
      return {{"dijalankan oleh editor (lihat README, Editor support), dengan pustaka lain",
               "ind lsp --stdlib /usr/share/ind/stdlib"}};
   }
   if (command == "help") {
      return {{"bantuan perintah eval", "ind help eval"},
              {"halaman manual", "ind help --man > ind.1"},
              {"pelengkapan bash", "ind help --completion bash > ind.bash"}};
   }
   return {};
}

int run_help(const CLI::App& app, const help_options& options, const value_choices& choices)
{
   if (options.man) {
      std::cout << man_page(app);
      return 0;
   }
   if (options.completion == "bash") {
      std::cout << bash_completion(app, choices);
      return 0;
   }
   if (options.completion == "zsh") {
      std::cout << zsh_completion(app, choices);
      return 0;
   }
   if (options.command.empty()) {
      // Not app.help(): that describes the command given, here `help` itself.
      std::cout << app.get_formatter()->make_help(&app, "ind", CLI::AppFormatMode::Normal);
      return 0;
   }
   const CLI::App* command = find_command(app, options.command);
   if (command == nullptr) {
      usage_error(fmt::format("perintah '{}' tidak dikenal", options.command), command_hint(app));
      return input_error;
   }
   std::cout << command->help("ind");
   return 0;
}

} // namespace ind::cli
