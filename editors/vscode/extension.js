// The client side of the ind extension: starts `ind lsp` (the language server in the ind
// program itself) for .ind files and restarts it when its settings change.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function serverOptions() {
  const config = vscode.workspace.getConfiguration("ind");
  const command = config.get("path") || "ind";
  const args = ["lsp"];
  const stdlib = config.get("stdlib");
  if (stdlib) {
    args.push("--stdlib", stdlib);
  }
  return { command, args, transport: TransportKind.stdio };
}

async function start(context) {
  client = new LanguageClient("ind", "ind lsp", serverOptions(), {
    documentSelector: [{ language: "ind" }],
  });
  try {
    await client.start();
  } catch (err) {
    const command = serverOptions().command;
    vscode.window.showErrorMessage(
      `ind lsp tidak dapat dijalankan (${command}): ${err.message}. ` +
        "Pasang ind atau atur 'ind.path'.");
  }
}

async function activate(context) {
  await start(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("ind.path") || event.affectsConfiguration("ind.stdlib")) {
        if (client) {
          await client.stop().catch(() => {});
        }
        await start(context);
      }
    }),
  );
}

async function deactivate() {
  if (client) {
    await client.stop();
  }
}

module.exports = { activate, deactivate };
