// load_dataset: program + data folder -> dataset. Reads every table the rule file declares, the
// realisasi file and the budget file, parses each cell by its declared type and number style,
// and reports every cell that does not parse or is ambiguous with its file, line and column.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/program.hpp"
#include "runtime/value.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ind::rt {

struct loaded_table
{
   const lang::table* decl = nullptr;
   const lang::source_file* file = nullptr;
   std::vector<std::vector<value>> rows;      // rows[r][c], c as in decl->columns
   std::vector<std::vector<lang::span>> cells; // where each cell was read
   std::vector<period> row_period;            // each row's period
};

struct realisasi_entry
{
   decimal amount;
   lang::span where;
};

// One line of the budget file. Lines whose code has children ("A" above "A.1") are totals; the
// evaluator recomputes them from their children.
struct budget_line
{
   std::string code;
   std::string name;
   value ceiling;   // pagu
   value realised;  // realisasi
   lang::span where;
   lang::span ceiling_where;
   lang::span realised_where;
};

struct dataset
{
   period data_period; // the period rows without a period column belong to
   std::filesystem::path folder;
   std::map<const lang::table*, loaded_table> tables;
   std::map<std::pair<std::string, period>, realisasi_entry> realisasi;
   std::vector<budget_line> budget;

   // The rows of `t` that belong to period p.
   std::vector<std::size_t> rows_for(const loaded_table& t, const period& p) const;
};

// The period a data folder is named after ("examples/kab-pasuruan/2024" -> 2024), if any.
std::optional<period> period_of_folder(const std::filesystem::path& folder);

dataset load_dataset(const lang::program& p, const std::filesystem::path& folder,
                     const period& data_period, lang::source_manager& sources,
                     lang::diagnostic_sink& sink);

} // namespace ind::rt
