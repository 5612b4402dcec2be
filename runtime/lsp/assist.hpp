// Editing help beyond looking names up: the layout of `ind fmt` as an edit of the editor's text,
// and the labels a `pilih` over a scale's classification can choose among.
#pragma once

#include "runtime/lsp/features.hpp"

#include <optional>

namespace ind::rt::lsp {

// textDocument/formatting: the edits that give the document the layout `ind fmt` writes
// (lang/print), as one edit of the lines that change; [] when it has that layout already, null
// when its text does not parse (its diagnostics say why).
json formatting(const document& d);

// Completion where the cursor is at a key of a `pilih` block: the labels of the scale that
// classifies its subject (`pilih kelas(skala; x)`, or a name whose formula is such a `kelas`),
// or, where the subject names nothing the program knows (a rule's parameter), the labels of every
// scale in scope; each inserted as a quoted key. nullopt where the cursor is at no such place.
std::optional<json> choice_labels(const document& d, const position& at);

} // namespace ind::rt::lsp
