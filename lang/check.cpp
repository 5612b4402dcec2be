#include "lang/check.hpp"
#include "lang/walk.hpp"

#include "core/number_format.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace ind::lang {

namespace {

std::string number_text(const core::decimal& d)
{
   return core::format_number(d, std::max(0, d.places()), core::locale::id);
}

// Where a scale's bands leave values unclassified or classify them twice. Bands are compared
// in order of their lower bounds; "~" sorts first.
void check_scale(const scale& s, bool open_above, diagnostic_sink& sink)
{
   std::vector<const band*> order;
   for (const band& b : s.bands) {
      order.push_back(&b);
   }
   std::stable_sort(order.begin(), order.end(), [](const band* a, const band* b) {
      if (!a->lower || !b->lower) {
         return !a->lower && b->lower;
      }
      if (*a->lower != *b->lower) {
         return *a->lower < *b->lower;
      }
      return a->lower_closed && !b->lower_closed;
   });
   for (std::size_t i = 0; i + 1 < order.size(); ++i) {
      const band& low = *order[i];
      const band& high = *order[i + 1];
      if (!low.upper || !high.lower || *low.upper > *high.lower ||
          (*low.upper == *high.lower && low.upper_closed && high.lower_closed)) {
         auto& d = sink.warning(
            "W-SKALA-TUMPANG", high.where,
            "kelas \"" + high.label + "\" " + high.interval_text() + " bertumpang tindih dengan \"" +
               low.label + "\" " + low.interval_text(),
            "nilai di bagian yang sama masuk dua kelas; evaluasi akan menolak menggolongkannya. "
            "Tentukan kelas mana yang memuat batasnya dengan '[' atau '('");
         d.notes.push_back({low.where, "kelas \"" + low.label + "\""});
      }
      else if (*low.upper < *high.lower ||
               (*low.upper == *high.lower && !low.upper_closed && !high.lower_closed)) {
         const std::string gap = std::string(low.upper_closed ? "(" : "[") +
                                 number_text(*low.upper) + ".." + number_text(*high.lower) +
                                 (high.lower_closed ? ")" : "]");
         // The hint shows a value that falls through, and the higher band starting where the
         // lower one stops.
         const core::decimal inside =
            *low.upper == *high.lower
               ? *low.upper
               : core::decimal::divide(*low.upper + *high.lower, core::decimal(2)).value_or(*low.upper);
         band joined = high;
         joined.lower = low.upper;
         joined.lower_closed = !low.upper_closed;
         auto& d = sink.warning(
            "W-SKALA-CELAH", high.where,
            "ada celah " + gap + " antara kelas \"" + low.label + "\" dan \"" + high.label + "\"",
            "nilai seperti " + number_text(inside) + " tidak masuk kelas mana pun; tulis kelas \"" +
               high.label + "\" sebagai " + joined.interval_text() + " agar bersambung dengan " +
               low.interval_text());
         d.notes.push_back({low.where, "kelas \"" + low.label + "\""});
      }
   }
   if (order.empty()) {
      return;
   }
   // The values the scale must cover: its declared `ranah`, else [0..~) for a scale of capaian
   // or efisiensi (which can exceed 100), else from 0 upwards with no upper end to check.
   band domain;
   domain.lower = core::decimal{};
   domain.lower_closed = true;
   if (s.domain) {
      domain = *s.domain;
   }
   const bool check_top = s.domain.has_value() || open_above;
   const char* what = open_above ? "capaian" : "nilai";
   const band& bottom = *order.front();
   if (domain.lower && bottom.lower &&
       (*bottom.lower > *domain.lower ||
        (*bottom.lower == *domain.lower && domain.lower_closed && !bottom.lower_closed))) {
      sink.warning("W-SKALA-CELAH", bottom.where,
                   std::string(what) + " di bawah " + number_text(*bottom.lower) +
                      " tidak masuk kelas mana pun",
                   "tambahkan kelas terbawah, mis. [" + number_text(*domain.lower) + ".." +
                      number_text(*bottom.lower) + (bottom.lower_closed ? ")" : "]"));
   }
   const auto top = std::max_element(order.begin(), order.end(), [](const band* a, const band* b) {
      if (!a->upper || !b->upper) {
         return a->upper && !b->upper;
      }
      return *a->upper < *b->upper;
   });
   const band& highest = **top;
   const bool gap_above =
      highest.upper &&
      (!domain.upper || *highest.upper < *domain.upper ||
       (*highest.upper == *domain.upper && domain.upper_closed && !highest.upper_closed));
   if (check_top && gap_above) {
      sink.warning("W-SKALA-CELAH", highest.where,
                   std::string(what) + " di atas " + number_text(*highest.upper) +
                      " tidak masuk kelas mana pun",
                   open_above ? "capaian dapat melebihi 100%; tutup kelas teratas dengan '~', "
                                "mis. [85..~)"
                              : "perluas kelas teratas sampai batas ranah skala");
   }
}

void check_weights(const weight_set& w, diagnostic_sink& sink)
{
   core::decimal sum;
   for (const weight_item& item : w.items) {
      sum = sum + item.weight;
   }
   if (w.total && sum != *w.total) {
      auto& d = sink.error("E-BOBOT", w.total_where,
                           "total bobot " + number_text(sum) + ", harus " + number_text(*w.total),
                           "periksa bobot setiap komponen");
      for (const weight_item& item : w.items) {
         d.notes.push_back({item.where, "bobot " + item.name + " " + number_text(item.weight)});
      }
   }
}

int level_rank(ast::indicator_level level)
{
   return static_cast<int>(level);
}

bool uses_context(const ir::expr& e, ir::context_name which)
{
   bool found = false;
   walk(e, [&](const ir::expr& x) {
      if (const auto* c = std::get_if<ir::context_ref>(&x.node); c && c->name == which) {
         found = true;
      }
   });
   return found;
}

// A period another version of targets is written for, but not the version capaian is measured
// against (not even through the year or semester containing it): its capaian is not available.
// Returns those periods, which the check of Renstra years then leaves to this message.
std::set<core::period> check_measured_version(const indicator& ind, diagnostic_sink& sink)
{
   std::set<core::period> reported;
   for (const version_targets& other : ind.other_targets) {
      for (const auto& [when, written] : other.targets) {
         if (target_in(ind.targets, when) || !reported.insert(when).second) {
            continue;
         }
         const std::string measured = ind.measured ? "target " + ind.measured->name
                                                   : std::string("target tanpa nama versi");
         const std::string named = other.version ? other.version->name : std::string();
         sink.warning("W-TARGET-VERSI", written.where,
                      "indikator " + ind.id + " tidak punya " + measured + " periode " +
                         when.to_string() + ", versi yang dipakai untuk capaian",
                      "capaian " + when.to_string() + " tidak tersedia; tulis " +
                         (ind.measured ? measured : std::string("target")) +
                         " " + when.to_string() + ": ..." +
                         (named.empty() ? std::string()
                                        : " atau ukur terhadap versi ini: capaian terhadap " +
                                             named));
      }
   }
   return reported;
}

// A flow (`kumulatif jumlah`) adds its quarters up to its year: no quarter's or semester's own
// target can exceed the year's, and the quarters' (or the semesters') own targets cannot add up
// to more than it. Checked within each version of targets; the message names the version when
// the indicator has versions.
void check_flow_targets(const indicator& ind, const target_map& targets,
                        const target_version* version, diagnostic_sink& sink)
{
   const std::string which =
      !ind.has_versions() ? std::string("target")
                          : (version ? "target " + version->name : std::string("target tanpa nama "
                                                                                "versi"));
   for (const auto& [year, annual] : targets) {
      if (year.grain != core::period::kind::year) {
         continue;
      }
      for (const core::period::kind grain :
           {core::period::kind::quarter, core::period::kind::semester}) {
         const int parts = grain == core::period::kind::quarter ? 4 : 2;
         core::decimal sum;
         std::vector<const std::pair<const core::period, target_value>*> written;
         for (int part = 1; part <= parts; ++part) {
            const auto it = targets.find(core::period{year.year, grain, part});
            if (it == targets.end()) {
               continue;
            }
            written.push_back(&*it);
            sum = sum + it->second.value;
            if (it->second.value > annual.value) {
               auto& d = sink.warning(
                  "W-TARGET-TRIWULAN", it->second.where,
                  which + " " + ind.id + " " + it->first.to_string() + " (" +
                     number_text(it->second.value) + ") melebihi " + which + " tahun " +
                     year.to_string() + " (" + number_text(annual.value) + ")",
                  "kumulatif jumlah menjumlahkan triwulan menjadi setahun: target " +
                     it->first.display() + " adalah target periode itu sendiri, bukan s.d. "
                     "periode itu; tulis bagiannya dari " + number_text(annual.value));
               d.notes.push_back({annual.where, "target tahun " + year.to_string()});
            }
         }
         if (written.size() >= 2 && sum > annual.value) {
            std::string terms;
            for (const auto* w : written) {
               terms += (terms.empty() ? "" : " + ") + number_text(w->second.value);
            }
            const std::string parts_name = grain == core::period::kind::quarter ? "triwulan" : "semester";
            auto& d = sink.warning(
               "W-TARGET-JUMLAH", written.back()->second.where,
               which + " " + ind.id + " tiap " + parts_name + " " + year.to_string() +
                  " berjumlah " + number_text(sum) + " (" + terms + "), melebihi " + which +
                  " tahun " + year.to_string() + " (" + number_text(annual.value) + ")",
               "kumulatif jumlah: target " + parts_name + " sampai akhir tahun berjumlah target "
               "setahun; periksa target " + parts_name + " atau target tahunannya");
            d.notes.push_back({annual.where, "target tahun " + year.to_string()});
         }
      }
   }
}

void check_indicator(const program& p, const indicator& ind, diagnostic_sink& sink)
{
   for (const auto& [when, target] : ind.targets) {
      if (target.value.is_zero()) {
         sink.error("E-TARGET-NOL", target.where,
                    "target " + ind.id + " periode " + when.to_string() + " bernilai 0",
                    "capaian dihitung dengan membagi oleh target; target 0 membuat capaian tidak "
                    "tersedia. Tulis target yang sebenarnya");
      }
   }
   const std::set<core::period> unmeasured = check_measured_version(ind, sink);
   if (ind.accumulate == ast::accumulation::sum) {
      check_flow_targets(ind, ind.targets, ind.measured, sink);
      for (const version_targets& other : ind.other_targets) {
         check_flow_targets(ind, other.targets, other.version, sink);
      }
   }
   if (p.renstra_from && p.renstra_to && ind.level &&
       *ind.level <= ast::indicator_level::sasaran) {
      for (int y = *p.renstra_from; y <= *p.renstra_to; ++y) {
         if (!ind.targets.contains(core::period::of_year(y)) &&
             !unmeasured.contains(core::period::of_year(y))) {
            sink.warning("W-TARGET", ind.where,
                         "indikator " + ind.id + " tidak punya target tahun " + std::to_string(y),
                         "renstra " + std::to_string(*p.renstra_from) + "-" +
                            std::to_string(*p.renstra_to) +
                            " menuntut target setiap tahun: target " + std::to_string(y) + ": ...");
         }
      }
   }
   if (ind.dir == ast::direction::down && !ind.achievement.formula) {
      sink.error("E-CAPAIAN-ARAH", ind.where,
                 "indikator " + ind.id + " berarah turun tetapi rumus capaiannya tidak ditulis",
                 "rumus untuk indikator turun berbeda-beda ((2 x target - realisasi) / target x 100 "
                 "atau target / realisasi x 100); tulis salah satunya di 'capaian'");
   }
   if (ind.parent && ind.level && ind.parent->level &&
       level_rank(*ind.level) <= level_rank(*ind.parent->level)) {
      sink.error("E-TINGKAT", ind.where,
                 std::string("indikator tingkat ") + ast::level_name(*ind.level) +
                    " tidak dapat berinduk pada indikator tingkat " +
                    ast::level_name(*ind.parent->level),
                 "urutan tingkat: tujuan, sasaran, program, kegiatan, subkegiatan");
   }
   if (!ind.has_formula() && !p.realisasi) {
      sink.error("E-REALISASI", ind.where,
                 "indikator " + ind.id + " tidak punya rumus dan berkas ini tidak menyatakan data "
                 "realisasi",
                 "tulis 'rumus ...' atau nyatakan: realisasi \"realisasi.csv\"");
   }
   if (ind.has_budget() && !p.budget) {
      sink.error("E-ANGGARAN", ind.where,
                 "indikator " + ind.id + " memakai anggaran tetapi data anggaran tidak dinyatakan",
                 "nyatakan: anggaran \"anggaran.csv\"");
   }
   if (ind.efficiency.formula && !ind.has_budget()) {
      for (auto which : {ir::context_name::absorption, ir::context_name::budget_ceiling,
                         ir::context_name::budget_realisasi}) {
         if (uses_context(*ind.efficiency.formula, which)) {
            sink.error("E-ANGGARAN", ind.efficiency.formula->where,
                       "efisiensi " + ind.id + " memakai anggaran, tetapi indikator ini tidak "
                       "menyebut anggarannya",
                       "tambahkan: anggaran \"kode\" atau anggaran semua");
            break;
         }
      }
   }
}

// ---------------------------------------------------------------- units

// The dimension of a value as far as it can be known without data: rupiah or persen. Other
// units (indeks, nilai, orang) are not compared: rules mix them legitimately.
enum class dimension : unsigned char
{
   unknown,
   rupiah,
   percent,
};

dimension dimension_of_unit(std::string_view unit)
{
   if (unit == "persen" || unit == "%") {
      return dimension::percent;
   }
   if (unit == "rupiah" || unit == "Rp") {
      return dimension::rupiah;
   }
   return dimension::unknown;
}

const char* dimension_name(dimension d)
{
   return d == dimension::rupiah ? "rupiah" : "persen";
}

class unit_checker
{
 public:
   explicit unit_checker(diagnostic_sink& sink) : m_sink(sink) {}

   // `subject`: the indicator whose realisasi and target the formula names, if any.
   dimension of(const ir::expr& e, const indicator* subject)
   {
      return std::visit([&](const auto& node) { return visit(e, node, subject); }, e.node);
   }

 private:
   dimension visit(const ir::expr&, const ir::literal&, const indicator*) { return dimension::unknown; }
   dimension visit(const ir::expr& e, const ir::context_ref& c, const indicator* subject)
   {
      (void)e;
      switch (c.name) {
      case ir::context_name::achievement:
      case ir::context_name::absorption:
         return dimension::percent;
      case ir::context_name::budget_ceiling:
      case ir::context_name::budget_realisasi:
         return dimension::rupiah;
      case ir::context_name::realisasi:
      case ir::context_name::target:
         return subject ? dimension_of_unit(subject->unit) : dimension::unknown;
      case ir::context_name::period:
         return dimension::unknown;
      }
      return dimension::unknown; // unreachable: every context name is handled above
   }
   dimension visit(const ir::expr&, const ir::indicator_ref& r, const indicator*)
   {
      return dimension_of_unit(r.target->unit);
   }
   dimension visit(const ir::expr&, const ir::column_ref& c, const indicator*)
   {
      const auto type = c.source->columns[c.column].type;
      return type == ast::column_type::rupiah    ? dimension::rupiah
             : type == ast::column_type::percent ? dimension::percent
                                                 : dimension::unknown;
   }
   dimension visit(const ir::expr& e, const ir::binary& b, const indicator* subject)
   {
      const dimension lhs = of(*b.lhs, subject);
      const dimension rhs = of(*b.rhs, subject);
      using op = ast::binary_op;
      const bool additive = b.op == op::add || b.op == op::subtract;
      const bool comparison = b.op != op::multiply && b.op != op::divide && !additive &&
                              b.op != op::logical_and && b.op != op::logical_or;
      if ((additive || comparison) && lhs != dimension::unknown && rhs != dimension::unknown &&
          lhs != rhs) {
         m_sink.warning("W-SATUAN", e.where,
                        std::string(additive ? "menjumlahkan atau mengurangkan " : "membandingkan ") +
                           dimension_name(lhs) + " dengan " + dimension_name(rhs),
                        "periksa rumusnya: kedua sisi harus bersatuan sama");
      }
      return additive ? (lhs != dimension::unknown ? lhs : rhs) : dimension::unknown;
   }
   dimension visit(const ir::expr&, const ir::unary& u, const indicator* subject)
   {
      return of(*u.operand, subject);
   }
   dimension visit(const ir::expr&, const ir::conditional& c, const indicator* subject)
   {
      of(*c.condition, subject);
      const dimension a = of(*c.then_value, subject);
      const dimension b = of(*c.else_value, subject);
      return a == b ? a : dimension::unknown;
   }
   dimension result_unit(unit_rule rule, const std::vector<dimension>& args, const ir::expr& e)
   {
      switch (rule) {
      case unit_rule::common: {
         dimension first = dimension::unknown;
         for (dimension d : args) {
            if (d == dimension::unknown) {
               continue;
            }
            if (first != dimension::unknown && d != first) {
               m_sink.warning("W-SATUAN", e.where,
                              std::string("menggabungkan ") + dimension_name(first) + " dengan " +
                                 dimension_name(d),
                              "semua argumen harus bersatuan sama");
            }
            first = d;
         }
         return first;
      }
      case unit_rule::first:
         return args.empty() ? dimension::unknown : args.front();
      case unit_rule::percent:
         return dimension::percent;
      case unit_rule::none:
         return dimension::unknown;
      }
      return dimension::unknown;
   }
   dimension visit(const ir::expr& e, const ir::function_call& f, const indicator* subject)
   {
      std::vector<dimension> args;
      for (const auto& a : f.args) {
         args.push_back(of(*a, subject));
      }
      return result_unit(builtin_of(f.fn).unit, args, e);
   }
   dimension visit(const ir::expr& e, const ir::aggregate& a, const indicator* subject)
   {
      if (a.filter) {
         of(*a.filter, subject);
      }
      std::vector<dimension> column;
      if (a.row_value) {
         column.push_back(of(*a.row_value, subject));
      }
      return result_unit(builtin_of(a.kind).unit, column, e);
   }
   dimension visit(const ir::expr&, const ir::rule_call& c, const indicator* subject)
   {
      for (const auto& a : c.args) {
         of(*a, subject);
      }
      return dimension::unknown;
   }
   dimension visit(const ir::expr&, const ir::choose& c, const indicator* subject)
   {
      of(*c.subject, subject);
      for (const auto& arm : c.arms) {
         of(*arm.value, subject);
      }
      if (c.otherwise) {
         of(*c.otherwise, subject);
      }
      return dimension::unknown;
   }
   // Names of constants, values, weights and parameters: nothing known of their dimension.
   template <typename Node>
   dimension visit(const ir::expr&, const Node&, const indicator*)
   {
      return dimension::unknown;
   }

   diagnostic_sink& m_sink;
};

void check_units(const program& p, diagnostic_sink& sink)
{
   unit_checker units(sink);
   for (const auto& v : p.values) {
      if (v->value && v->owner && v->owner->name.empty()) {
         units.of(*v->value, nullptr);
      }
   }
   for (const auto& ind : p.indicators) {
      for (const figure* f : ind->figures()) {
         if (f->formula) {
            units.of(*f->formula, ind.get());
         }
      }
   }
}

// Every formula of the program that evaluation can reach: tetapan, aturan, nilai, derived
// columns and the figures of indicators (not the statements of examples).
void each_formula(const program& p, const std::function<void(const ir::expr&)>& visit)
{
   for (const auto& c : p.constants) {
      if (c->value) {
         visit(*c->value);
      }
   }
   for (const auto& r : p.rules) {
      if (r->body) {
         visit(*r->body);
      }
   }
   for (const auto& t : p.tables) {
      for (const auto& formula : t->formulas) {
         visit(*formula); // derived columns
      }
   }
   for (const auto& v : p.values) {
      if (v->value) {
         visit(*v->value);
      }
   }
   for (const auto& c : p.conditions) {
      if (c->formula) {
         visit(*c->formula); // syarat: what it reads is used, and its units are checked
      }
   }
   for (const auto& ind : p.indicators) {
      for (const figure* f : ind->figures()) {
         if (f->formula) {
            visit(*f->formula);
         }
      }
   }
}

std::string key_text(const std::variant<core::decimal, std::string>& key)
{
   const auto* text = std::get_if<std::string>(&key);
   return text ? "\"" + *text + "\"" : number_text(std::get<core::decimal>(key));
}

bool is_key(const ir::literal& value, const std::variant<core::decimal, std::string>& key)
{
   const auto* text = std::get_if<std::string>(&value.value);
   const auto* number = std::get_if<core::decimal>(&value.value);
   const auto* key_text = std::get_if<std::string>(&key);
   const auto* key_number = std::get_if<core::decimal>(&key);
   return (text && key_text && *text == *key_text) ||
          (number && key_number && *number == *key_number);
}

// A tetapan that a `pilih` without `lainnya` branches on is a choice among that pilih's keys
// (merit.cara_indeks: "rentang" or "bagi"). A value outside them, written by an agency's `ubah`
// or by the module itself, would make every figure using it not available.
void check_choices(const program& p, diagnostic_sink& sink)
{
   std::map<const constant*, std::vector<const ir::expr*>> branching;
   each_formula(p, [&](const ir::expr& root) {
      walk(root, [&](const ir::expr& e) {
         const auto* choice = std::get_if<ir::choose>(&e.node);
         if (!choice || choice->otherwise) {
            return;
         }
         if (const auto* c = std::get_if<ir::constant_ref>(&choice->subject->node)) {
            branching[c->target].push_back(&e);
         }
      });
   });
   for (const auto& [c, choices] : branching) {
      std::vector<const ir::expr*> values;
      if (c->changed) {
         values.push_back(c->changed->value.get());
      }
      else if (c->versions.empty()) {
         values.push_back(c->value.get());
      }
      for (const constant* v : c->versions) {
         values.push_back(v->value.get());
      }
      for (const ir::expr* value : values) {
         const auto* given = value ? std::get_if<ir::literal>(&value->node) : nullptr;
         if (!given) {
            continue; // a formula: its value is known only when evaluated
         }
         for (const ir::expr* at : choices) {
            const auto& arms = std::get<ir::choose>(at->node).arms;
            std::string known;
            bool found = false;
            for (const ir::choice_arm& arm : arms) {
               for (const auto& key : arm.keys) {
                  found = found || is_key(*given, key);
                  known += (known.empty() ? "" : ", ") + key_text(key);
               }
            }
            if (!found) {
               auto& d = sink.error("E-PILIHAN", value->where,
                                    "nilai " + std::string(value->where.text()) +
                                       " bukan pilihan tetapan " +
                                       display_name(c->owner, c->name),
                                    "pilih salah satu: " + known);
               d.notes.push_back({at->where, "pilihannya dibaca di sini"});
               break;
            }
         }
      }
   }
}

// An agency changes a module's weights through the tetapan the module reads the items of a weight
// set by (`tetapan bobot_pengadaan = aspek.pengadaan`): the weights then in use must still add up
// to the set's total.
void check_changed_weights(const program& p, diagnostic_sink& sink)
{
   std::map<const weight_set*, std::map<std::string, const constant*>> mirrors;
   for (const auto& c : p.constants) {
      const auto* item = c->value ? std::get_if<ir::weight_ref>(&c->value->node) : nullptr;
      if (item && c->changed) {
         mirrors[item->set][item->item] = c.get();
      }
   }
   for (const auto& [set, changed] : mirrors) {
      const std::vector<const weight_set*> versions =
         set->versions.empty() ? std::vector<const weight_set*>{set} : set->versions;
      for (const weight_set* version : versions) {
         if (!version->total) {
            continue;
         }
         core::decimal sum;
         std::vector<note> notes;
         bool known = true;
         for (const weight_item& item : version->items) {
            const auto mirror = changed.find(item.name);
            if (mirror == changed.end()) {
               sum = sum + item.weight;
               continue;
            }
            const ir::expr& value = *mirror->second->changed->value;
            const auto* literal = std::get_if<ir::literal>(&value.node);
            const auto* number = literal ? std::get_if<core::decimal>(&literal->value) : nullptr;
            if (!number) {
               known = false; // a formula: its sum is known only when evaluated
               break;
            }
            sum = sum + *number;
            notes.push_back({mirror->second->changed->where,
                             "bobot " + item.name + " diubah dari " + number_text(item.weight) +
                                " menjadi " + number_text(*number)});
         }
         if (known && !notes.empty() && sum != *version->total) {
            const std::string name = display_name(version->owner, version->name);
            auto& d = sink.error("E-BOBOT", notes.front().at,
                                 "total bobot " + name + " setelah diubah " + number_text(sum) +
                                    ", harus " + number_text(*version->total),
                                 "ubah juga bobot lain agar jumlahnya " +
                                    number_text(*version->total) +
                                    ", atau periksa angka yang diubah");
            notes.push_back({version->total_where, "total bobot " + name});
            d.notes = std::move(notes);
         }
      }
   }
}

// Declarations of the evaluated file that nothing refers to.
void check_unused(const program& p, diagnostic_sink& sink)
{
   std::set<entity_ref, entity_less> used;
   const auto mark = [&](const ir::expr& root) {
      walk(root, [&](const ir::expr& e) {
         std::visit(
            [&](const auto& node) {
               using T = std::decay_t<decltype(node)>;
               if constexpr (std::is_same_v<T, ir::constant_ref> ||
                             std::is_same_v<T, ir::value_ref> ||
                             std::is_same_v<T, ir::indicator_ref>) {
                  used.insert(node.target);
               }
               else if constexpr (std::is_same_v<T, ir::weight_ref>) {
                  used.insert(node.set);
               }
               else if constexpr (std::is_same_v<T, ir::rule_call>) {
                  used.insert(node.callee);
               }
               else if constexpr (std::is_same_v<T, ir::aggregate>) {
                  used.insert(node.source);
               }
               else if constexpr (std::is_same_v<T, ir::column_ref>) {
                  used.insert(node.source);
               }
               else if constexpr (std::is_same_v<T, ir::function_call>) {
                  used.insert(node.scale_arg);
               }
            },
            e.node);
      });
   };
   each_formula(p, mark);
   for (const auto& ex : p.examples) {
      for (const auto& statement : ex->assertions) {
         mark(*statement);
      }
   }
   for (const auto& ind : p.indicators) {
      used.insert(ind->achievement_scale);
      used.insert(ind->value_scale);
      used.insert(ind->efficiency_scale);
   }
   if (p.budget) {
      used.insert(p.budget->absorption_scale);
   }
   if (p.renja) {
      used.insert(p.renja->bands);
   }
   const auto report = [&](entity_ref entity, const module_info* owner, span where,
                           keyword what, const std::string& name) {
      if (owner && owner->name.empty() && !used.contains(entity)) {
         sink.warning("W-TAK-DIPAKAI", where,
                      std::string(spelling(what)) + " '" + name + "' tidak dipakai di mana pun",
                      "hapus, atau pakai dalam rumus atau laporan");
      }
   };
   for (const auto& t : p.tables) {
      report(t.get(), t->owner, t->where, keyword::tabel, t->name);
   }
   for (const auto& c : p.constants) {
      report(c.get(), c->owner, c->where, keyword::tetapan, c->name);
   }
   for (const auto& r : p.rules) {
      report(r.get(), r->owner, r->where, keyword::aturan, r->name);
   }
   for (const auto& s : p.scales) {
      report(s.get(), s->owner, s->where, keyword::skala, s->name);
   }
   for (const auto& w : p.weights) {
      report(w.get(), w->owner, w->where, keyword::bobot, w->name);
   }
}

} // namespace

void check(const program& p, diagnostic_sink& sink)
{
   std::set<const scale*> open_above;
   for (const auto& ind : p.indicators) {
      open_above.insert(ind->achievement_scale);
      open_above.insert(ind->efficiency_scale);
   }
   if (p.budget) {
      open_above.insert(p.budget->absorption_scale);
   }
   if (p.renja) {
      open_above.insert(p.renja->bands); // capaian (14) may exceed 100
   }
   for (const auto& s : p.scales) {
      check_scale(*s, open_above.contains(s.get()), sink);
   }
   for (const auto& w : p.weights) {
      check_weights(*w, sink);
   }
   check_changed_weights(p, sink);
   check_choices(p, sink);
   for (const auto& ind : p.indicators) {
      check_indicator(p, *ind, sink);
   }
   check_units(p, sink);
   if (!p.library) {
      check_unused(p, sink); // a module's declarations are there to be used by other files
   }
}

} // namespace ind::lang
