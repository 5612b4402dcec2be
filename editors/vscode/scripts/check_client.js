// Checks the client (extension.js) outside VS Code: with stand-ins for the `vscode` module and
// the language client, activation starts `ind lsp` with the settings' program and standard
// library, for the `ind` language, and a change of `ind.stdlib` restarts it with the new one.
// Then the command it built is run: a real `ind lsp` must answer `initialize`.
//
//     node scripts/check_client.js EXTENSION_DIR IND
"use strict";

const assert = require("assert");
const childProcess = require("child_process");
const Module = require("module");
const path = require("path");

const [extensionDir, ind] = process.argv.slice(2);
const settings = { path: ind, stdlib: "" };
const started = [];
const stopped = [];
let onConfig = null;

const vscode = {
  workspace: {
    getConfiguration: (section) => {
      assert.strictEqual(section, "ind");
      return { get: (key) => settings[key] };
    },
    onDidChangeConfiguration: (listener) => {
      onConfig = listener;
      return { dispose() {} };
    },
  },
  window: { showErrorMessage: (m) => assert.fail(`error shown: ${m}`) },
};
class LanguageClient {
  constructor(id, name, server, client) {
    Object.assign(this, { id, name, server, client });
  }
  async start() { started.push(this); }
  async stop() { stopped.push(this); }
}
const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  if (request === "vscode") return vscode;
  if (request === "vscode-languageclient/node") return { LanguageClient, TransportKind: { stdio: 0 } };
  return originalLoad.call(this, request, ...rest);
};

async function main() {
  const extension = require(path.resolve(extensionDir, "extension.js"));
  const context = { subscriptions: [] };
  await extension.activate(context);
  assert.strictEqual(started.length, 1);
  assert.deepStrictEqual(started[0].server, { command: ind, args: ["lsp"], transport: 0 });
  assert.deepStrictEqual(started[0].client.documentSelector, [{ language: "ind" }]);

  settings.stdlib = "/opt/ind/stdlib";
  await onConfig({ affectsConfiguration: (key) => key === "ind.stdlib" });
  assert.strictEqual(stopped.length, 1);
  assert.strictEqual(started.length, 2);
  assert.deepStrictEqual(started[1].server.args, ["lsp", "--stdlib", "/opt/ind/stdlib"]);
  await onConfig({ affectsConfiguration: (key) => key === "editor.fontSize" });
  assert.strictEqual(started.length, 2, "another setting restarts nothing");
  await extension.deactivate();
  assert.strictEqual(stopped.length, 2);

  // The command as built, with the repository's standard library: initialize, shutdown, exit.
  const { command, args } = started[0].server;
  const frame = (m) => {
    const body = JSON.stringify(m);
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  };
  const input =
    frame({ jsonrpc: "2.0", id: 1, method: "initialize", params: { capabilities: {} } }) +
    frame({ jsonrpc: "2.0", id: 2, method: "shutdown" }) +
    frame({ jsonrpc: "2.0", method: "exit" });
  const run = childProcess.spawnSync(command, args, { input, timeout: 30000 });
  assert.strictEqual(run.status, 0, `ind lsp ended with ${run.status}: ${run.stderr}`);
  const out = run.stdout.toString();
  assert.match(out, /"documentFormattingProvider":true/);
  assert.match(out, /"serverInfo":\{"name":"ind"\}/);
  console.log("client: ind lsp started from the settings, restarted on a change, answered");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
