// draftlint's language server in VS Code: `draftlint server` over stdio, for Markdown,
// plain text and HTML files. The server does the rest: diagnostics, quick fixes, hovers.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

// The languages the server checks (lint/lsp/drafts.py): VS Code's names for them.
const LANGUAGES = ["markdown", "plaintext", "html"];

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("draftlint").get("path", "draftlint");
  const serverOptions = { command, args: ["server"], transport: TransportKind.stdio };
  const clientOptions = {
    // Files on disk only: the server finds each file's configuration from its folder.
    documentSelector: LANGUAGES.map((language) => ({ scheme: "file", language })),
  };
  client = new LanguageClient("draftlint", "draftlint", serverOptions, clientOptions);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client === undefined ? undefined : client.stop();
}

module.exports = { activate, deactivate, LANGUAGES };
