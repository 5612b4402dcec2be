// What the fuzzers feed their input to: the same entry points the CLI uses, with the promises
// every input must keep checked on the way. A broken promise aborts (the fuzzer reports it as a
// crash); so does, under the sanitizers, any memory or undefined-behaviour error.
#pragma once

#include <string_view>

namespace ind::fuzz {

// A promise every input must keep: when it is broken, says which on stderr and aborts.
void promise(bool kept, const char* what);

// Rule text: load (parse, with the bundled stdlib for `pakai`), resolve, check and, when that
// finds no error, evaluate the report of 2024 against empty data. Every rejected input comes
// with an error diagnostic, and what the diagnostics print is UTF-8.
void rule_file(std::string_view text);

// Rule text through `ind fmt` alone (the rule-file target does it too, among much else, so this
// one runs many more inputs a second): text that parses keeps its tokens and comments in its
// canonical layout, which parses again and is its own canonical layout.
void rule_layout(std::string_view text);

// CSV text: every record as the CSV reader and the roster splitter read it, with every delimiter;
// every field as each kind of number and each type of column reads it.
void csv_file(std::string_view text);

// CSV text as the rows of a streamed roster (after a fixed header), aggregated by the roster
// engine from a file, with --rows, cut into parts of a few bytes read by 1 to 5 threads, under
// both --on-error modes: the report, the diagnostics and the rows written are the same bytes
// whatever the number of threads.
void roster_file(std::string_view text);

// JSON-RPC messages, one per line, to the language server after an `initialize`, with the
// diagnostics published after each: nothing throws, every request gets exactly one answer, every
// message sent writes as UTF-8 JSON, and every diagnostic's range runs forwards.
void lsp_session(std::string_view text);
// A workbook: the input is split at lines "@@" into the parts of an XLSX package (workbook,
// its relationships, shared strings, styles, sheets; a part not given is a default one), zipped,
// and read by the workbook reader, every sheet written out as CSV text; then the input itself as
// the bytes of a workbook file. Every refusal says why, and the CSV text reads back, with the CSV
// reader, as the cells of the sheet, each named by its own cell.
void workbook_file(std::string_view input);

} // namespace ind::fuzz
