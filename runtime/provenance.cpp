#include "runtime/provenance.hpp"

#include <git_commit.hpp> // IND_GIT_COMMIT, written at build time (packaging/git_commit.cmake)

#include <nettle/sha2.h>

#include <algorithm>
#include <array>
#include <ctime>

namespace ind::rt {

const char* ind_version()
{
   return IND_VERSION;
}

const char* ind_commit()
{
   return IND_GIT_COMMIT;
}

struct sha256::state
{
   sha256_ctx ctx{};
};

sha256::sha256() : m_state(new state)
{
   sha256_init(&m_state->ctx);
}

sha256::~sha256()
{
   delete m_state;
}

void sha256::update(std::string_view bytes)
{
   // Nettle takes a size_t length; the bytes are given as they are, in one call.
   sha256_update(&m_state->ctx, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
}

std::string sha256::hex()
{
   std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
   sha256_digest(&m_state->ctx, digest.size(), digest.data()); // also starts it afresh
   static constexpr char digits[] = "0123456789abcdef";
   std::string out;
   out.reserve(2 * digest.size());
   for (std::uint8_t byte : digest) {
      out += digits[byte >> 4];
      out += digits[byte & 0x0F];
   }
   return out;
}

std::string sha256_hex(std::string_view bytes)
{
   sha256 h;
   h.update(bytes);
   return h.hex();
}

std::optional<std::int64_t> parse_source_date_epoch(std::string_view text)
{
   if (text.empty()) {
      return std::nullopt;
   }
   std::int64_t seconds = 0;
   for (char c : text) {
      if (c < '0' || c > '9') {
         return std::nullopt;
      }
      seconds = seconds * 10 + (c - '0');
      if (seconds > max_source_date_epoch) { // checked at every digit: no overflow
         return std::nullopt;
      }
   }
   return seconds;
}

std::string iso8601_utc(std::int64_t seconds)
{
   // time_t is 64 bits on every platform Debian builds ind for, so years up to 9999 fit.
   const std::time_t when = static_cast<std::time_t>(seconds);
   std::tm utc{};
   if (!gmtime_r(&when, &utc)) {
      return {};
   }
   char text[32];
   const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
   return std::string(text, length);
}

const char* kind_name(input_file::kind k)
{
   switch (k) {
   case input_file::kind::rules:
      return "aturan";
   case input_file::kind::module:
      return "modul";
   case input_file::kind::data:
      return "data";
   case input_file::kind::printed:
      return "tercetak";
   }
   return "";
}

void provenance::add(input_file::kind what, std::string path, std::string_view bytes,
                     std::string stdlib_version)
{
   const bool listed = std::any_of(files.begin(), files.end(),
                                   [&](const input_file& f) { return f.path == path; });
   if (!listed) {
      files.push_back({what, std::move(path), sha256_hex(bytes), std::move(stdlib_version)});
   }
}

void provenance::add_digest(input_file::kind what, std::string path, std::string digest)
{
   const bool listed = std::any_of(files.begin(), files.end(),
                                   [&](const input_file& f) { return f.path == path; });
   if (!listed) {
      files.push_back({what, std::move(path), std::move(digest), {}});
   }
}

provenance start_provenance(const stamp_mode& mode)
{
   provenance p;
   p.version = ind_version();
   p.reproducible = mode.reproducible;
   p.clock = mode.clock;
   if (!mode.reproducible) {
      p.commit = ind_commit();
   }
   switch (mode.clock) {
   case stamp_clock::wall:
      p.time = iso8601_utc(static_cast<std::int64_t>(std::time(nullptr)));
      break;
   case stamp_clock::source_date_epoch:
      p.time = iso8601_utc(mode.epoch);
      break;
   case stamp_clock::none:
      break;
   }
   return p;
}

} // namespace ind::rt
