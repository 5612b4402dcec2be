// The Language Server Protocol's framing over a byte stream: a header block ("Content-Length: N",
// other fields ignored, each line ended by CRLF) and an empty line, then N bytes of JSON.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace ind::rt::lsp {

// The largest message read: a rule file may be 16 MB (lang/limits.hpp) and the JSON string
// that carries it escapes some of its bytes.
inline constexpr std::size_t max_message_bytes = 64 * 1024 * 1024;
// A header line longer than this is not a header.
inline constexpr std::size_t max_header_line = 4096;

struct frame
{
   std::string body;
   bool bad_header = false; // no usable Content-Length: the body is empty, answer a ParseError
};

// Reads frames from a file descriptor (standard input), buffering what it has read.
class reader
{
 public:
   explicit reader(int fd) : m_fd(fd) {}

   // The next frame; nullopt at the end of the input.
   std::optional<frame> next();
   // Whether more input is waiting now: a change followed by another is analysed once.
   bool pending();

 private:
   bool fill(); // reads more into the buffer; false at the end of the input
   std::optional<std::string> line();

   int m_fd;
   std::string m_buffer;
   std::size_t m_at = 0;
};

// Parses a header block's lines for its Content-Length; nullopt when absent or not a number
// within max_message_bytes.
std::optional<std::size_t> content_length(std::string_view header_line);

void write_frame(std::ostream& out, std::string_view body);

} // namespace ind::rt::lsp
