// The data a rule file reads, laid out to be filled in (`ind template`): every file it declares
// with its header, the realisasi rows of each indicator and period the report shows, the budget
// codes the indicators name, and a printed-figures file listing every figure an auditor can
// check, each with an empty value.
#pragma once

#include "lang/program.hpp"
#include "runtime/core.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace ind::rt::report {

struct template_file
{
   std::string name; // the file name the rule file declares: "realisasi.csv"
   std::string sheet; // the workbook sheet standing for it (lang::sheet_of): "realisasi"
   char delimiter = ';';
   std::vector<std::string> header;
   std::vector<std::vector<std::string>> rows; // each as long as the header
   std::string note; // what the rows are and what a filler adds, for the README of the folder
};

// The files of `p` for period `when`, in the order the rule file declares them: its tables,
// then realisasi, anggaran, renja and tercetak. A file declared twice (a table over anggaran.csv) is
// one file with the columns of both. Both writers below render this one model.
std::vector<template_file> data_template(const lang::program& p, const period& when);

// The file as CSV text, cells quoted where they must be.
std::string template_csv(const template_file& f);

// The files as the sheets of one XLSX workbook written to `file`, each named as `--data
// book.xlsx` reads it (`sheet`: "realisasi.csv" -> "realisasi", or its `lembar`), with the header
// in its first row and every cell as text; the note of each is a comment on its first cell.
// False, with `error` set, when the workbook cannot be written (runtime/report/render_xlsx.cpp,
// which opens libxlsxwriter).
bool template_xlsx(const std::filesystem::path& file, const std::vector<template_file>& files,
                   std::string& error);

} // namespace ind::rt::report
