// Files in and out: a file opened or dropped becomes the draft (api/extract), a .docx's
// redacted copy is downloaded (api/docx), the fixed text is copied to the clipboard.

import * as api from "./api.js";

export function createFiles(page, session) {
  const { ui, state, t, say, sayError } = page;

  function fileUnchanged() {
    return state.file !== null && ui.draft.value === state.file.text;
  }

  function showFileNote() {
    const file = state.file;
    let note = "";
    if (file && !file.rewritable) note = t("pdfNote", { name: file.name, reason: file.reason ?? "" });
    else if (file?.kind === "docx" && !fileUnchanged()) note = t("docxEdited", { name: file.name });
    ui.fileNote.textContent = note;
    ui.fileNote.hidden = note === "";
    ui.download.hidden = file?.kind !== "docx";
    ui.download.disabled = !fileUnchanged() || state.text !== ui.draft.value;
  }

  async function openFile(file) {
    if (state.maxBytes !== null && file.size > state.maxBytes) {
      say(t("tooBig", { name: file.name, max: state.maxBytes }), { error: true });
      return;
    }
    try {
      const bytes = await file.arrayBuffer();
      const extracted = await api.extract(file.name, bytes, state.lang);
      // The textarea keeps \n alone: the file's text is compared and checked as it shows it.
      const text = extracted.text.replace(/\r\n?/g, "\n");
      state.file = {
        ...extracted,
        text,
        bytes: extracted.kind === "docx" ? bytes : null,
        // kept to ask again why it cannot be rewritten when the page changes language
        unrewritable: extracted.rewritable ? null : bytes,
      };
      state.decisions = new Map();
      ui.draft.value = text;
      state.findings = [];
      state.shown = text;
      session.drawHighlights();
      say(t("opened", { name: extracted.name }));
    ui.fileName.textContent = extracted.name;
      await session.runCheck();
    } catch (problem) {
      sayError(problem);
    }
  }

  // The page changed language: a file that cannot be rewritten says why in the new one.
  async function followLanguage() {
    const file = state.file;
    if (!file?.unrewritable) return;
    try {
      const { reason } = await api.extract(file.name, file.unrewritable, state.lang);
      if (state.file === file) {
        file.reason = reason;
        showFileNote();
      }
    } catch (problem) {
      sayError(problem);
    }
  }

  async function downloadRedacted() {
    const file = state.file;
    if (!file?.bytes || !fileUnchanged()) return;
    try {
      const { blob, unread } = await api.redactedDocx(file.name, {
        file: api.base64(file.bytes),
        ...session.settings(),
        decisions: session.decisionList(),
      });
      const name = `${file.name.replace(/\.docx$/i, "")}.redacted.docx`;
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      const parts = unread.join(", ");
      say(unread.length ? t("downloadedUnread", { name, parts }) : t("downloaded", { name }));
    } catch (problem) {
      sayError(problem);
    }
  }

  async function copyFixed() {
    await state.pendingFix;
    const text = ui.fixed.value;
    try {
      if (!navigator.clipboard || !window.isSecureContext) throw new Error("no clipboard API");
      await navigator.clipboard.writeText(text);
      say(t("copied"));
    } catch {
      // Not a secure context, or no permission: the old way, through a selection.
      ui.fixed.focus();
      ui.fixed.select();
      const copied = document.execCommand("copy");
      say(copied ? t("copied") : t("copyFailed"), { error: !copied });
    }
  }

  return { copyFixed, downloadRedacted, followLanguage, openFile, showFileNote };
}
