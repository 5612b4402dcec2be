// provenance: what produced a report, so that a reader can tell it is evidence: which `ind`
// (version and commit), when (UTC), and the SHA-256 of every file the run read: the rule file,
// each module of the standard library it uses (with the library's version), every data file and
// the printed-figures file of an audit. Each hash is of the bytes the run read, taken from the
// buffer (or the mapping of a streamed roster) that the loader parsed, never from a second read.
//
// Reproducible runs (--reproducible, or SOURCE_DATE_EPOCH set, as
// https://reproducible-builds.org/specs/source-date-epoch/ asks) leave out what changes from one
// run or build to the next without the inputs changing: the wall-clock time (SOURCE_DATE_EPOCH
// gives the time instead) and the commit (the version is kept). Two such runs over the same
// files give the same bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ind::rt {

// The version of `ind` (project() in CMakeLists.txt) and the commit it was built from
// (packaging/git_commit.cmake; "" outside git, "<hash>-modified" for a changed working tree).
// `ind --version` and every provenance stamp read these two, nothing else.
const char* ind_version();
const char* ind_commit();

// SHA-256 (FIPS 180-4, by GNU Nettle) over bytes given in pieces; hex() gives the 64 lowercase
// hexadecimal digits `sha256sum` prints.
class sha256
{
 public:
   sha256();
   ~sha256();
   sha256(const sha256&) = delete;
   sha256& operator=(const sha256&) = delete;

   void update(std::string_view bytes);
   // The digest of everything given so far; the object is then ready for new input.
   std::string hex();

 private:
   struct state;
   state* m_state;
};

std::string sha256_hex(std::string_view bytes);

// SOURCE_DATE_EPOCH read as the convention writes it: decimal digits only (no sign, no blank, no
// fraction), seconds since 1970-01-01 00:00:00 UTC, at most the last second of year 9999.
// nullopt for anything else, which the caller reports rather than ignores.
inline constexpr std::int64_t max_source_date_epoch = 253402300799; // 9999-12-31T23:59:59Z
std::optional<std::int64_t> parse_source_date_epoch(std::string_view text);

// "2024-03-01T08:30:00Z": seconds since 1970 as ISO 8601 in UTC.
std::string iso8601_utc(std::int64_t seconds);

// Where the time of a stamp comes from.
enum class stamp_clock : unsigned char
{
   wall,              // the system clock at the run
   source_date_epoch, // the SOURCE_DATE_EPOCH environment variable
   none,              // --reproducible without SOURCE_DATE_EPOCH: no time
};

// How a run stamps its outputs: from --reproducible and SOURCE_DATE_EPOCH.
struct stamp_mode
{
   bool reproducible = false;
   stamp_clock clock = stamp_clock::wall;
   std::int64_t epoch = 0; // of source_date_epoch
};

// One file the run read.
struct input_file
{
   enum class kind : unsigned char
   {
      rules,   // the rule file named on the command line
      module,  // a module it uses (`pakai`): from the standard library or beside the rule file
      data,    // a data table, the realisasi or the budget file
      printed, // the figures the audited report printed (`tercetak`)
   };
   kind what = kind::data;
   std::string path;   // as the run named it, as diagnostics show it: stdlib/ipasn.ind
   std::string sha256; // of the bytes read
   // Of a module read from the standard library: the library's version (stdlib/VERSION).
   std::string stdlib_version;
};

// "aturan", "modul", "data", "tercetak": the kind as reports print it.
const char* kind_name(input_file::kind k);

struct provenance
{
   std::string version;        // ind_version()
   std::string commit;         // ind_commit(); empty in a reproducible run
   std::optional<std::string> time; // ISO 8601 UTC; none with --reproducible alone
   stamp_clock clock = stamp_clock::wall;
   bool reproducible = false;
   std::vector<input_file> files; // rule file, modules, data, printed figures: in reading order

   // Adds a file read as `bytes`, once: a path already listed is not listed again.
   void add(input_file::kind what, std::string path, std::string_view bytes,
            std::string stdlib_version = {});
   // As add(), for a file whose digest was taken while it was read (a streamed roster).
   void add_digest(input_file::kind what, std::string path, std::string digest);
};

// A stamp for a run in `mode`, with no files yet: the version, the commit unless reproducible,
// and the time its clock gives (the system clock read now for stamp_clock::wall).
provenance start_provenance(const stamp_mode& mode);

} // namespace ind::rt
