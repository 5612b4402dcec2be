// The bytes of a roster and the records in them, for the roster engine: the file mapped read-only
// (never copied into memory), pages given back once read so that memory does not grow with the
// file, and a record splitter that finds the fields of a plain row with a few instructions per 64
// bytes and hands rows with quotes to the general CSV reader (runtime/data/csv.hpp).
#pragma once

#include "runtime/data/csv.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ind::rt::roster {

class mapped_file
{
 public:
   mapped_file() = default;
   mapped_file(const mapped_file&) = delete;
   mapped_file& operator=(const mapped_file&) = delete;
   mapped_file(mapped_file&& other) noexcept;
   mapped_file& operator=(mapped_file&& other) noexcept;
   ~mapped_file();

   // false with `error` set (Indonesian) when the file cannot be opened or mapped.
   bool open(const std::filesystem::path& path, std::string& error);

   std::string_view text() const { return {m_data, m_size}; }

   // Gives back the pages wholly inside [from, to): they are read again from the page cache if
   // touched later. Keeps the resident size of a scan bounded whatever the file's size.
   void release(std::size_t from, std::size_t to) const;

   // The first record start after `from`: just past the first line feed at or after it outside
   // quotes, given whether `from` is inside quotes. The size of the file when there is none.
   std::size_t record_start(std::size_t from, bool inside_quotes) const;

 private:
   // Calls `each(block, offset)` on the bytes of [from, to) in blocks; stops when it returns true.
   template <typename F> void read_blocks(std::size_t from, std::size_t to, F each) const;

   const char* m_data = nullptr;
   std::size_t m_size = 0;
   bool m_mapped = false;
   int m_fd = -1;
};

// Line (1-based), column (1-based, in characters) and text of the line at byte `offset`.
struct position
{
   std::size_t line = 0;
   std::size_t column = 0;
   std::string line_text;
};
position locate(const mapped_file& file, std::size_t offset);

// The fields of one record, as views into the file (or, for a quoted field with "" inside, into
// the splitter's own storage, valid until the next record).
struct record
{
   std::size_t begin = 0;      // offset of the record's first byte
   std::size_t end = 0;        // offset just past its line end
   std::vector<std::string_view> fields;
   std::vector<std::size_t> starts; // offset of each field's first byte (its opening quote)
   bool blank = false;         // an empty line: no record
   bool ascii = false;         // every byte is ASCII (when false, some may not be)
};

// Why a record cannot be read, and where: not valid CSV, or longer than a row may be.
struct split_error
{
   std::string code; // E-DATA-CSV or E-DATA-BATAS
   std::string message;
   std::string hint;
   std::size_t offset = 0;
};

class splitter
{
 public:
   // `max_bytes`: the longest record read (lang::limits::max_roster_row_bytes).
   splitter(std::string_view text, char delimiter, std::size_t max_bytes);

   // Splits the record starting at `at` (at < text.size()). false with `error` set when the
   // record is not valid CSV (an unclosed quote, text after a closing quote) or is longer than
   // max_bytes (found without reading further than that).
   bool split(std::size_t at, record& out, split_error& error);

 private:
   bool split_quoted(std::size_t at, record& out, split_error& error);
   bool too_long(std::size_t at, bool quoted, split_error& error) const;
   std::uint64_t structure_mask(std::size_t block, std::uint64_t& high) const;

   std::string_view m_text;
   char m_delimiter;
   std::size_t m_max_bytes;
   // The block of 64 bytes whose structure bits are cached.
   std::size_t m_block = static_cast<std::size_t>(-1);
   std::uint64_t m_mask = 0;
   std::uint64_t m_high = 0; // its bytes that are not ASCII
   std::vector<std::string> m_unescaped; // reserved per record: views into it stay valid
};

} // namespace ind::rt::roster
