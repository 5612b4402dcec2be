#include "runtime/lsp/transport.hpp"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace ind::rt::lsp {

bool reader::fill()
{
   if (m_at > 0) {
      m_buffer.erase(0, m_at);
      m_at = 0;
   }
   char chunk[64 * 1024];
   for (;;) {
      const ssize_t got = ::read(m_fd, chunk, sizeof chunk);
      if (got > 0) {
         m_buffer.append(chunk, static_cast<std::size_t>(got));
         return true;
      }
      if (got < 0 && errno == EINTR) {
         continue;
      }
      return false;
   }
}

bool reader::pending()
{
   if (m_at < m_buffer.size()) {
      return true;
   }
   pollfd p{m_fd, POLLIN, 0};
   return ::poll(&p, 1, 0) > 0 && (p.revents & POLLIN) != 0;
}

std::optional<std::string> reader::line()
{
   for (;;) {
      const std::size_t eol = m_buffer.find('\n', m_at);
      if (eol != std::string::npos) {
         std::string text = m_buffer.substr(m_at, eol - m_at);
         m_at = eol + 1;
         if (!text.empty() && text.back() == '\r') {
            text.pop_back();
         }
         return text;
      }
      if (m_buffer.size() - m_at > max_header_line) {
         // Not a header: keep its last byte in case a newline follows, drop the rest.
         m_at = m_buffer.size() - 1;
         return std::string(max_header_line + 1, '?');
      }
      if (!fill()) {
         return std::nullopt;
      }
   }
}

std::optional<std::size_t> content_length(std::string_view header_line)
{
   constexpr std::string_view name = "content-length:";
   if (header_line.size() < name.size()) {
      return std::nullopt;
   }
   for (std::size_t i = 0; i < name.size(); ++i) {
      const char c = header_line[i];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != name[i]) {
         return std::nullopt;
      }
   }
   std::string_view digits = header_line.substr(name.size());
   while (!digits.empty() && (digits.front() == ' ' || digits.front() == '\t')) {
      digits.remove_prefix(1);
   }
   while (!digits.empty() && (digits.back() == ' ' || digits.back() == '\t')) {
      digits.remove_suffix(1);
   }
   if (digits.empty() || digits.size() > 9) {
      return std::nullopt;
   }
   std::size_t n = 0;
   for (const char c : digits) {
      if (c < '0' || c > '9') {
         return std::nullopt;
      }
      n = n * 10 + static_cast<std::size_t>(c - '0');
   }
   return n <= max_message_bytes ? std::optional<std::size_t>(n) : std::nullopt;
}

std::optional<frame> reader::next()
{
   std::optional<std::size_t> length;
   bool bad = false;
   bool any = false;
   for (;;) {
      std::optional<std::string> text = line();
      if (!text) {
         return any ? std::optional<frame>(frame{{}, true}) : std::nullopt;
      }
      if (text->empty()) {
         if (!any) {
            continue; // blank lines between messages
         }
         break;
      }
      any = true;
      if (text->size() > max_header_line) {
         bad = true;
      } else if (auto n = content_length(*text)) {
         length = n;
      } else if (text->find(':') == std::string::npos) {
         bad = true; // not a "Name: value" line
      }
   }
   if (bad || !length) {
      return frame{{}, true};
   }
   while (m_buffer.size() - m_at < *length) {
      if (!fill()) {
         return frame{{}, true}; // the input ended inside the body
      }
   }
   frame f{m_buffer.substr(m_at, *length), false};
   m_at += *length;
   return f;
}

void write_frame(std::ostream& out, std::string_view body)
{
   out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
   out.flush();
}

} // namespace ind::rt::lsp
