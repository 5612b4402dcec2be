// ind fmt: rule files in their canonical layout (lang/print.hpp), rewritten in place, listed
// (--check) or shown as a unified diff (--diff).
#include "runtime/cli/commands.hpp"
#include "runtime/cli/session.hpp"

#include "lang/parser.hpp"
#include "lang/print.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

namespace ind::cli {

namespace {

std::vector<std::string_view> lines_of(std::string_view text)
{
   std::vector<std::string_view> lines;
   std::size_t at = 0;
   while (at < text.size()) {
      const std::size_t end = std::min(text.find('\n', at), text.size());
      lines.push_back(text.substr(at, end - at));
      at = end + 1;
   }
   return lines;
}

// One line of a diff: ' ' kept, '-' removed, '+' added.
struct diff_line
{
   char kind;
   std::string_view text;
};

// The lines of `before` and `after` as kept, removed and added lines: the common start and end
// kept, and between them a longest common subsequence when the table for it stays small (what
// formatting changes usually is), else every line removed and then added.
std::vector<diff_line> line_diff(const std::vector<std::string_view>& a,
                                 const std::vector<std::string_view>& b)
{
   std::size_t head = 0;
   while (head < a.size() && head < b.size() && a[head] == b[head]) {
      ++head;
   }
   std::size_t tail = 0;
   while (tail < a.size() - head && tail < b.size() - head &&
          a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
      ++tail;
   }
   std::vector<diff_line> out;
   for (std::size_t i = 0; i < head; ++i) {
      out.push_back({' ', a[i]});
   }
   const std::size_t n = a.size() - head - tail;
   const std::size_t m = b.size() - head - tail;
   constexpr std::size_t max_cells = 16u << 20;
   if (n > 0 && m > 0 && (n + 1) * (m + 1) <= max_cells) {
      // lcs[i][j]: the longest common subsequence of a[head+i..] and b[head+j..].
      std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
      const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
         return lcs[i * (m + 1) + j];
      };
      for (std::size_t i = n; i-- > 0;) {
         for (std::size_t j = m; j-- > 0;) {
            at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1
                                                  : std::max(at(i + 1, j), at(i, j + 1));
         }
      }
      std::size_t i = 0;
      std::size_t j = 0;
      while (i < n || j < m) {
         if (i < n && j < m && a[head + i] == b[head + j]) {
            out.push_back({' ', a[head + i++]});
            ++j;
         }
         else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            out.push_back({'-', a[head + i++]});
         }
         else {
            out.push_back({'+', b[head + j++]});
         }
      }
   }
   else {
      for (std::size_t i = 0; i < n; ++i) {
         out.push_back({'-', a[head + i]});
      }
      for (std::size_t j = 0; j < m; ++j) {
         out.push_back({'+', b[head + j]});
      }
   }
   for (std::size_t i = a.size() - tail; i < a.size(); ++i) {
      out.push_back({' ', a[i]});
   }
   return out;
}

// A unified diff of `before` and `after` for `name`, with three lines of context.
std::string unified_diff(const std::string& name, std::string_view before, std::string_view after)
{
   const std::vector<diff_line> lines = line_diff(lines_of(before), lines_of(after));
   constexpr std::size_t context = 3;
   std::string out = fmt::format("--- {}\n+++ {}\n", name, name);
   std::size_t i = 0;
   while (i < lines.size()) {
      if (lines[i].kind == ' ') {
         ++i;
         continue;
      }
      // A hunk: from `context` lines before this change to `context` lines after the last change
      // that is at most 2 * context kept lines from the next.
      const std::size_t begin = i >= context ? i - context : 0;
      std::size_t end = i;
      std::size_t kept = 0;
      for (std::size_t k = i; k < lines.size(); ++k) {
         if (lines[k].kind == ' ') {
            if (++kept > 2 * context) {
               break;
            }
         }
         else {
            kept = 0;
            end = k + 1;
         }
      }
      end = std::min(end + context, lines.size());
      std::size_t old_line = 1;
      std::size_t new_line = 1;
      for (std::size_t k = 0; k < begin; ++k) {
         old_line += lines[k].kind != '+' ? 1 : 0;
         new_line += lines[k].kind != '-' ? 1 : 0;
      }
      std::size_t old_count = 0;
      std::size_t new_count = 0;
      std::string body;
      for (std::size_t k = begin; k < end; ++k) {
         old_count += lines[k].kind != '+' ? 1 : 0;
         new_count += lines[k].kind != '-' ? 1 : 0;
         body += fmt::format("{}{}\n", lines[k].kind, lines[k].text);
      }
      out += fmt::format("@@ -{},{} +{},{} @@\n{}", old_count == 0 ? old_line - 1 : old_line,
                         old_count, new_count == 0 ? new_line - 1 : new_line, new_count, body);
      i = end;
   }
   return out;
}

} // namespace

int run_fmt(const fmt_options& options, const common_options& common)
{
   const std::vector<std::string> files = rule_files(options.paths, true);
   if (files.empty()) {
      usage_error("tidak ada berkas .ind untuk dirapikan",
                  "sebut berkas .ind atau folder yang berisi berkas .ind");
      return input_error;
   }
   int worst = ok;
   for (const std::string& path : files) {
      session s(common);
      std::string error;
      const lang::source_file* file = s.sources.load(path, error, lang::limits::max_rule_file_bytes);
      if (!file) {
         lang::place at;
         at.file = path;
         s.sink.error("E-BERKAS", at, "berkas aturan: " + error,
                      "periksa nama berkas dan izin membacanya");
      }
      else {
         lang::parse(*file, s.sink);
      }
      std::optional<std::string> formatted;
      if (!s.sink.has_errors()) {
         formatted = lang::format_source(*file);
         if (!formatted) {
            lang::place at;
            at.file = path;
            s.sink.error("E-FMT", at, "tata letak berkas ini tidak dapat dibuat",
                         "berkas dibiarkan; laporkan berkas ini sebagai galat ind");
         }
      }
      if (s.sink.has_errors()) {
         s.report(false);
         std::cerr << path << ": tidak dirapikan\n";
         worst = input_error;
         continue;
      }
      if (*formatted == file->text()) {
         continue;
      }
      if (options.check || options.diff) {
         std::cout << (options.diff ? unified_diff(path, file->text(), *formatted) : path + "\n");
         worst = std::max<int>(worst, findings);
         continue;
      }
      // Through a symbolic link, the file it points to is rewritten, and the link stays; the
      // rewritten file keeps the permissions it had.
      std::error_code ec;
      const std::filesystem::path target = std::filesystem::canonical(path, ec);
      const std::filesystem::perms mode =
         ec ? std::filesystem::perms::unknown : std::filesystem::status(target, ec).permissions();
      if (ec || !write_atomically(target, *formatted, error)) {
         error = ec ? ec.message() : error;
         usage_error(fmt::format("{}: {}", path, error), "berkas dibiarkan seperti semula");
         worst = input_error;
         continue;
      }
      std::filesystem::permissions(target, mode, ec);
      std::cout << "dirapikan: " << path << "\n";
   }
   return worst;
}

} // namespace ind::cli
