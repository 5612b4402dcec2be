// The data a rule file reads, laid out to be filled in (`ind template`): every file it declares
// with its header, the realisasi rows of each indicator and period the report shows, the budget
// codes the indicators name, and a printed-figures file listing every figure an auditor can
// check, each with an empty value.
#pragma once

#include "lang/program.hpp"
#include "runtime/core.hpp"

#include <string>
#include <vector>

namespace ind::rt::report {

struct template_file
{
   std::string name; // the file name the rule file declares: "realisasi.csv"
   char delimiter = ';';
   std::vector<std::string> header;
   std::vector<std::vector<std::string>> rows; // each as long as the header
   std::string note; // what the rows are and what a filler adds, for the README of the folder
};

// The files of `p` for period `when`, in the order the rule file declares them: its tables,
// then realisasi, anggaran and tercetak.
std::vector<template_file> data_template(const lang::program& p, const period& when);

// The file as CSV text, cells quoted where they must be.
std::string template_csv(const template_file& f);

} // namespace ind::rt::report
