// Renders lines of rule files as the extension's grammar highlights them, to an HTML page in the
// colours of VS Code's Dark+ theme: the page docs/editor.md's screenshot is taken of
// (scripts/screenshot.py). It tokenizes with vscode-textmate and vscode-oniguruma, the engine VS
// Code itself uses.
//
//     node scripts/render.js GRAMMAR OUT.html FILE:FIRST-LAST [FILE:FIRST-LAST ...]
"use strict";

const fs = require("fs");
const path = require("path");
const oniguruma = require("vscode-oniguruma");
const textmate = require("vscode-textmate");

// Dark+ colours by scope, the most specific (longest) matching prefix wins.
const theme = [
  ["comment", "#6A9955"],
  ["string", "#CE9178"],
  ["constant.character.escape", "#D7BA7D"],
  ["constant.numeric", "#B5CEA8"],
  ["constant.language", "#569CD6"],
  ["constant.other.period", "#4EC9B0"],
  ["keyword", "#C586C0"],
  ["keyword.other", "#569CD6"],
  ["keyword.operator", "#D4D4D4"],
  ["keyword.other.unit", "#B5CEA8"],
  ["storage.type", "#569CD6"],
  ["support.type", "#4EC9B0"],
  ["support.function", "#DCDCAA"],
  ["entity.name.function", "#DCDCAA"],
  ["entity.name.type", "#4EC9B0"],
  ["variable", "#9CDCFE"],
  ["punctuation.definition.interval", "#FFD700"],
];

function colour(scopes) {
  let best = null;
  for (const scope of scopes) {
    for (const [prefix, value] of theme) {
      if ((scope === prefix || scope.startsWith(prefix + ".")) &&
          (!best || prefix.length >= best[0].length)) {
        best = [prefix, value];
      }
    }
  }
  return best ? best[1] : "#D4D4D4";
}

function escape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

async function main() {
  const [grammarPath, out, ...pieces] = process.argv.slice(2);
  if (!grammarPath || !out || pieces.length === 0) {
    console.error("usage: node render.js GRAMMAR OUT.html FILE:FIRST-LAST ...");
    process.exit(2);
  }
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () =>
      textmate.parseRawGrammar(fs.readFileSync(grammarPath, "utf8"), grammarPath),
  });
  const grammar = await registry.loadGrammar("source.ind");

  const rows = [];
  for (const piece of pieces) {
    const [, file, first, last] = piece.match(/^(.*):(\d+)-(\d+)$/);
    const lines = fs.readFileSync(file, "utf8").split("\n").slice(first - 1, last);
    rows.push(`<div class="file">${escape(path.basename(file))}</div>`);
    let state = textmate.INITIAL;
    lines.forEach((line, i) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      const html = result.tokens.map((t) => {
        const text = line.slice(t.startIndex, t.endIndex);
        return `<span style="color:${colour(t.scopes)}">${escape(text)}</span>`;
      }).join("");
      rows.push(`<div class="line"><span class="no">${Number(first) + i}</span>${html}</div>`);
    });
  }
  fs.writeFileSync(out, `<!doctype html>
<html><head><meta charset="utf-8"><style>
body { margin: 0; background: #1E1E1E; }
.editor { font: 13px/19px "DejaVu Sans Mono", monospace; color: #D4D4D4; padding: 6px 0 10px; }
.file { background: #252526; color: #CCCCCC; padding: 4px 12px; margin: 6px 0 4px;
        font-family: "DejaVu Sans", sans-serif; font-size: 12px; }
.line { white-space: pre; }
.no { display: inline-block; width: 36px; margin-right: 16px; text-align: right; color: #858585; }
</style></head><body><div class="editor">
${rows.join("\n")}
</div></body></html>
`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
