// Source files and positions. Every AST node, data cell and diagnostic points into a
// source_file through a span of byte offsets; line and column are computed on demand.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ind::lang {

class source_file
{
 public:
   source_file(std::string name, std::string text);

   const std::string& name() const { return m_name; }
   std::string_view text() const { return m_text; }

   // 1-based line of byte `offset`.
   std::size_t line_of(std::size_t offset) const;
   // 1-based column of byte `offset`, counting UTF-8 code points.
   std::size_t column_of(std::size_t offset) const;
   // The text of 1-based line `line`, without its line ending.
   std::string_view line_text(std::size_t line) const;
   std::size_t line_count() const { return m_line_starts.size(); }

 private:
   std::string m_name;
   std::string m_text;
   std::vector<std::size_t> m_line_starts;
};

// A half-open byte range [begin, end) in one source file. A default span points nowhere
// (file == nullptr) and is used for things that have no place in a file.
struct span
{
   const source_file* file = nullptr;
   std::uint32_t begin = 0;
   std::uint32_t end = 0;

   bool valid() const { return file != nullptr; }
   std::string_view text() const
   {
      return file ? file->text().substr(begin, end - begin) : std::string_view{};
   }
   // "file:line:col"
   std::string location() const;
};

// Owns every source file read during one run, so spans stay valid for the run's lifetime.
class source_manager
{
 public:
   // Spans hold 32-bit offsets: no file read as a whole may be larger.
   static constexpr std::size_t max_bytes = 0xFFFFFFFFu;

   const source_file& add(std::string name, std::string text);
   // Reads a file from disk; nullptr with `error` set when it cannot be read or is larger than
   // `limit` bytes (read no further, so /dev/zero is refused too).
   const source_file* load(const std::string& path, std::string& error,
                           std::size_t limit = max_bytes);
   // Every path load() opened, read whole or not: files an output must never replace.
   const std::vector<std::string>& opened() const { return m_opened; }
   // Every file read whole (or added as text), in reading order.
   const std::vector<std::unique_ptr<source_file>>& files() const { return m_files; }

 private:
   std::vector<std::unique_ptr<source_file>> m_files;
   std::vector<std::string> m_opened;
};

// The offset of the first byte of `text` that is not part of a well-formed UTF-8 sequence
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or npos. Text in
// another encoding (Latin-1 "caf\xE9") is refused rather than passed on into reports.
std::size_t invalid_utf8(std::string_view text);

// "byte 0xE9": how a diagnostic names a byte that is not text.
std::string byte_text(char byte);

// `text` with each byte that invalid_utf8() would refuse replaced by U+FFFD, for showing it.
std::string printable_utf8(std::string_view text);

// printable_utf8(text) with every control character shown escaped ("\x1b", "\n", "\u009b"),
// for text from rule and data files printed where a person reads it: an escape sequence would
// drive their terminal and a line break could forge a diagnostic line. `keep_tabs` leaves tabs
// as they are, where they only indent (a source excerpt).
std::string printable_text(std::string_view text, bool keep_tabs = false);

} // namespace ind::lang
