// draftlint's page: the draft, its findings highlighted in place, a decision per finding,
// the fixed text. Everything goes to the local server that served this page, nowhere else.

import * as api from "./api.js";
import { keyAt, keyAtOffset, render, shift } from "./highlight.js";
import { itemOf, outcome, renderList, showDecision } from "./findings.js";

// Every string the page shows, in both languages: one table.
const STRINGS = {
  en: {
    switchTo: "Français",
    tagline: "Find what would leak before you publish. Nothing leaves this machine.",
    settings: "Settings",
    draftLanguage: "Language of the draft",
    profile: "Kind of draft",
    profilePost: "post",
    profileCv: "CV",
    profileLetter: "letter",
    profileMessage: "message",
    languageEn: "English (en)",
    languageFr: "French (fr)",
    auto: "auto",
    autoDetected: "auto (detected: {value})",
    chooseFile: "Open a file (.txt, .md, .docx, .pdf, .html), or drop it here",
    draftTitle: "Draft",
    draftLabel: "Your draft: paste or type it here",
    placeholder: "Paste a LinkedIn post, a CV, a cover letter or a message…",
    legend: "Legend",
    "severity.error": "error",
    "severity.warning": "warning",
    "severity.info": "info",
    findingsTitle: "Findings",
    acceptAll: "Accept all",
    fixedTitle: "Fixed text",
    fixedLabel: "Fixed text (updates as you decide)",
    copy: "Copy fixed text",
    download: "Download redacted copy",
    countNone: "No findings.",
    countOne: "1 finding.",
    countMany: "{n} findings.",
    where: "line {line}, column {column}",
    why: "Why",
    decisionFor: "Decision for {entity} “{value}”",
    accept: "Accept",
    keep: "Keep",
    edit: "Edit",
    use: "Use",
    replacementLabel: "Replacement",
    noSuggestion: "(no suggestion: edit to replace it)",
    removed: "(removed)",
    "decided.none": "Not decided yet: left as it is.",
    "decided.accept": "Accepted: the suggestion replaces it.",
    "decided.keep": "Kept as it is.",
    "decided.edit": "Edited: your replacement replaces it.",
    detailSuggestion: "Suggestion: {value}",
    opened: "{name} opened.",
    pdfNote: "{name} cannot be rewritten: {reason} Its findings and the fixed text are shown all the same.",
    docxEdited: "The text was edited after {name} was opened: open the file again to download a redacted copy.",
    downloaded: "Downloaded {name}.",
    copied: "The fixed text is on the clipboard.",
    copyFailed: "The browser refused to copy: select the fixed text and copy it by hand.",
    tooBig: "{name} is larger than the server accepts ({max} bytes).",
    offline: "The draftlint server does not answer: was it stopped?",
    error: "Error: {message}",
  },
  fr: {
    switchTo: "English",
    tagline: "Voyez ce qui fuiterait avant de publier. Rien ne quitte cette machine.",
    settings: "Réglages",
    draftLanguage: "Langue du brouillon",
    profile: "Type de brouillon",
    profilePost: "publication",
    profileCv: "CV",
    profileLetter: "lettre",
    profileMessage: "message",
    languageEn: "anglais (en)",
    languageFr: "français (fr)",
    auto: "auto",
    autoDetected: "auto (détecté : {value})",
    chooseFile: "Ouvrir un fichier (.txt, .md, .docx, .pdf, .html), ou le déposer ici",
    draftTitle: "Brouillon",
    draftLabel: "Votre brouillon : collez-le ou tapez-le ici",
    placeholder: "Collez une publication LinkedIn, un CV, une lettre de motivation ou un message…",
    legend: "Légende",
    "severity.error": "erreur",
    "severity.warning": "avertissement",
    "severity.info": "info",
    findingsTitle: "Constats",
    acceptAll: "Tout accepter",
    fixedTitle: "Texte corrigé",
    fixedLabel: "Texte corrigé (suit vos décisions)",
    copy: "Copier le texte corrigé",
    download: "Télécharger la copie expurgée",
    countNone: "Aucun constat.",
    countOne: "1 constat.",
    countMany: "{n} constats.",
    where: "ligne {line}, colonne {column}",
    why: "Pourquoi",
    decisionFor: "Décision pour {entity} « {value} »",
    accept: "Accepter",
    keep: "Garder",
    edit: "Modifier",
    use: "Utiliser",
    replacementLabel: "Remplacement",
    noSuggestion: "(pas de suggestion : modifiez pour remplacer)",
    removed: "(supprimé)",
    "decided.none": "Pas encore décidé : laissé tel quel.",
    "decided.accept": "Accepté : la suggestion le remplace.",
    "decided.keep": "Gardé tel quel.",
    "decided.edit": "Modifié : votre remplacement le remplace.",
    detailSuggestion: "Suggestion : {value}",
    opened: "{name} ouvert.",
    pdfNote: "{name} ne peut pas être réécrit : {reason} Ses constats et le texte corrigé sont tout de même affichés.",
    docxEdited: "Le texte a changé depuis l’ouverture de {name} : rouvrez le fichier pour télécharger une copie expurgée.",
    downloaded: "{name} téléchargé.",
    copied: "Le texte corrigé est dans le presse-papiers.",
    copyFailed: "Le navigateur a refusé de copier : sélectionnez le texte corrigé et copiez-le à la main.",
    tooBig: "{name} dépasse la taille que le serveur accepte ({max} octets).",
    offline: "Le serveur draftlint ne répond pas : a-t-il été arrêté ?",
    error: "Erreur : {message}",
  },
};

const DEBOUNCE_MS = 300;
const $ = (id) => document.getElementById(id);
const ui = {
  draft: $("draft"),
  backdrop: $("backdrop"),
  detail: $("detail"),
  list: $("findings-list"),
  count: $("count"),
  fixed: $("fixed"),
  language: $("language"),
  profile: $("profile"),
  file: $("file"),
  dropZone: $("drop-zone"),
  fileNote: $("file-note"),
  copy: $("copy"),
  download: $("download"),
  acceptAll: $("accept-all"),
  status: $("status"),
  switchLanguage: $("ui-language"),
};

const state = {
  lang: navigator.language.toLowerCase().startsWith("fr") ? "fr" : "en",
  text: "", // the text the findings belong to
  shown: "", // the text the highlights are drawn on
  findings: [],
  detected: { language: null, profile: null },
  decisions: new Map(), // finding key -> {action, replacement?}
  current: null, // the finding in the detail box
  file: null, // the file opened: what api/extract said, and a .docx's bytes
  maxBytes: null,
  checks: 0, // the latest request of each kind: an older answer is dropped
  fixes: 0,
  pendingFix: Promise.resolve(),
  timer: null,
};

function t(key, values = {}) {
  const template = STRINGS[state.lang][key] ?? STRINGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

function say(message, { error = false } = {}) {
  ui.status.textContent = message;
  ui.status.classList.toggle("error", error);
}

function sayError(problem) {
  const message = problem instanceof api.ApiError ? problem.message : t("offline");
  say(t("error", { message }), { error: true });
}

// ---- the page's own language --------------------------------------------------------

function profileName(profile) {
  const key = { post: "profilePost", cv: "profileCv", letter: "profileLetter" }[profile];
  return key ? t(key) : t("profileMessage");
}

function showDetected() {
  const { language, profile } = state.detected;
  ui.language.options[0].textContent = language ? t("autoDetected", { value: language }) : t("auto");
  ui.profile.options[0].textContent = profile
    ? t("autoDetected", { value: profileName(profile) })
    : t("auto");
}

function applyStrings() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    node.textContent = t(node.dataset.i18n);
  }
  for (const node of document.querySelectorAll("[data-i18n-aria-label]")) {
    node.setAttribute("aria-label", t(node.dataset.i18nAriaLabel));
  }
  ui.language.options[1].textContent = t("languageEn");
  ui.language.options[2].textContent = t("languageFr");
  ui.draft.placeholder = t("placeholder");
  ui.switchLanguage.textContent = t("switchTo");
  ui.switchLanguage.lang = state.lang === "en" ? "fr" : "en";
  showDetected();
  showFindings();
  showFileNote();
}

// ---- findings: highlights, list, count, detail --------------------------------------

function accepted() {
  return new Set(
    state.findings
      .filter((f) => outcome(f, state.decisions.get(f.key)) !== null)
      .map((f) => f.key),
  );
}

function drawHighlights() {
  render(ui.backdrop, state.shown, state.findings, {
    accepted: accepted(),
    current: state.current,
  });
  ui.backdrop.scrollTop = ui.draft.scrollTop;
}

function showCount() {
  const n = state.findings.length;
  const text = n === 0 ? t("countNone") : n === 1 ? t("countOne") : t("countMany", { n });
  if (ui.count.textContent !== text) ui.count.textContent = text;
  ui.acceptAll.disabled = !state.findings.some((f) => f.suggestion !== null);
}

const handlers = { decide, focus: (key, scroll) => showDetail(key, { scroll }) };

function showFindings() {
  drawHighlights();
  renderList(ui.list, state.findings, state.text, state.decisions, t, handlers);
  showCount();
  showDetail(state.current);
}

function showDetail(key, { scroll = false } = {}) {
  const finding = state.findings.find((f) => f.key === key) ?? null;
  if ((finding ? finding.key : null) !== state.current) {
    itemOf(ui.list, state.current)?.classList.remove("current");
    state.current = finding ? finding.key : null;
    itemOf(ui.list, state.current)?.classList.add("current");
    drawHighlights();
  }
  ui.detail.className = finding ? `detail sev-${finding.severity}` : "detail";
  if (!finding) {
    ui.detail.replaceChildren();
    return;
  }
  const head = document.createElement("p");
  const entity = document.createElement("strong");
  entity.textContent = finding.entity;
  head.append(entity, ` (${t(`severity.${finding.severity}`)}) · ${finding.rule}`);
  const suggestion = document.createElement("p");
  suggestion.textContent = t("detailSuggestion", { value: finding.suggestion ?? "—" });
  const why = document.createElement("p");
  why.textContent = finding.explanation.replace(/\n{2,}/g, "\n");
  ui.detail.replaceChildren(head, suggestion, why);
  if (scroll) scrollTo(finding.key);
}

// The textarea scrolls to a finding chosen in the list, if it is out of sight.
function scrollTo(key) {
  const mark = [...ui.backdrop.querySelectorAll("mark")].find((m) => m.dataset.key === key);
  if (!mark) return;
  const top = mark.offsetTop;
  if (top < ui.draft.scrollTop || top > ui.draft.scrollTop + ui.draft.clientHeight - 24) {
    ui.draft.scrollTop = Math.max(0, top - ui.draft.clientHeight / 3);
    ui.backdrop.scrollTop = ui.draft.scrollTop;
  }
}

// ---- checking and fixing -------------------------------------------------------------

function settings() {
  return { language: ui.language.value, profile: ui.profile.value };
}

// A decision follows its finding through edits and new checks: the same rule on the same
// value, counted in order (a name written twice may be decided twice). The keys cannot
// be trusted for that: they are offsets, and an edit moves them.
function byValue(findings, text) {
  const seen = new Map();
  return findings.map((f) => {
    const value = `${f.rule}\u0000${text.slice(f.start, f.end)}`;
    seen.set(value, (seen.get(value) ?? 0) + 1);
    return `${value}\u0000${seen.get(value)}`;
  });
}

function carryDecisions(findings, text) {
  const before = new Map();
  byValue(state.findings, state.shown).forEach((value, i) => {
    const decision = state.decisions.get(state.findings[i].key);
    if (decision) before.set(value, decision);
  });
  const carried = new Map();
  byValue(findings, text).forEach((value, i) => {
    if (before.has(value)) carried.set(findings[i].key, before.get(value));
  });
  return carried;
}

async function runCheck() {
  clearTimeout(state.timer);
  const text = ui.draft.value;
  const request = ++state.checks;
  let result = { findings: [], language: null, profile: null };
  if (text.trim() !== "") {
    try {
      result = await api.check({ text, ...settings() });
    } catch (problem) {
      if (request === state.checks) sayError(problem);
      return;
    }
  }
  if (request !== state.checks) return;
  state.decisions = carryDecisions(result.findings, text);
  state.text = text;
  state.shown = text;
  state.findings = result.findings;
  state.detected = { language: result.language, profile: result.profile };
  ui.list.removeAttribute("aria-busy");
  showDetected();
  showFindings();
  showFileNote();
  requestFix();
}

function decisionList() {
  return state.findings
    .filter((f) => state.decisions.has(f.key))
    .map((f) => ({ key: f.key, ...state.decisions.get(f.key) }));
}

function requestFix() {
  const request = ++state.fixes;
  const text = state.text;
  const decisions = decisionList();
  if (decisions.length === 0) {
    ui.fixed.value = text;
    state.pendingFix = Promise.resolve();
    return;
  }
  state.pendingFix = api
    .fix({ text, ...settings(), decisions })
    .then((fixed) => {
      if (request === state.fixes) ui.fixed.value = fixed;
    })
    .catch((problem) => {
      if (request === state.fixes) sayError(problem);
    });
}

function decide(key, decision) {
  state.decisions.set(key, decision);
  const finding = state.findings.find((f) => f.key === key);
  const li = itemOf(ui.list, key);
  if (finding && li) showDecision(li, finding, decision, t);
  drawHighlights();
  requestFix();
}

function acceptAll() {
  for (const finding of state.findings) {
    const decision = state.decisions.get(finding.key);
    if (finding.suggestion === null || decision?.action === "edit") continue;
    state.decisions.set(finding.key, { action: "accept" });
    const li = itemOf(ui.list, finding.key);
    if (li) showDecision(li, finding, state.decisions.get(finding.key), t);
  }
  drawHighlights();
  requestFix();
}

function onInput() {
  // The highlights follow the edit at once; the findings come 300 ms after the last key.
  state.findings = shift(state.findings, state.shown, ui.draft.value);
  state.shown = ui.draft.value;
  drawHighlights();
  ui.list.setAttribute("aria-busy", "true");
  clearTimeout(state.timer);
  state.timer = setTimeout(runCheck, DEBOUNCE_MS);
}

// ---- files ---------------------------------------------------------------------------

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
    const extracted = await api.extract(file.name, bytes);
    // The textarea keeps \n alone: the file's text is compared and checked as it shows it.
    const text = extracted.text.replace(/\r\n?/g, "\n");
    state.file = { ...extracted, text, bytes: extracted.kind === "docx" ? bytes : null };
    state.decisions = new Map();
    ui.draft.value = text;
    state.findings = [];
    state.shown = text;
    drawHighlights();
    say(t("opened", { name: extracted.name }));
    await runCheck();
  } catch (problem) {
    sayError(problem);
  }
}

async function downloadRedacted() {
  const file = state.file;
  if (!file?.bytes || !fileUnchanged()) return;
  try {
    const blob = await api.redactedDocx(file.name, {
      file: api.base64(file.bytes),
      ...settings(),
      decisions: decisionList(),
    });
    const name = `${file.name.replace(/\.docx$/i, "")}.redacted.docx`;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    say(t("downloaded", { name }));
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

// ---- wiring --------------------------------------------------------------------------

function caretDetail() {
  const key = keyAtOffset(state.findings, ui.draft.selectionStart);
  if (key !== null) showDetail(key);
}

function wire() {
  ui.draft.addEventListener("input", onInput);
  ui.draft.addEventListener("scroll", () => {
    ui.backdrop.scrollTop = ui.draft.scrollTop;
    ui.backdrop.scrollLeft = ui.draft.scrollLeft;
  });
  ui.draft.addEventListener("mousemove", (event) => {
    const key = keyAt(ui.backdrop, event.clientX, event.clientY);
    if (key !== null) showDetail(key);
  });
  ui.draft.addEventListener("click", caretDetail);
  ui.draft.addEventListener("keyup", caretDetail);
  ui.language.addEventListener("change", runCheck);
  ui.profile.addEventListener("change", runCheck);
  ui.acceptAll.addEventListener("click", acceptAll);
  ui.copy.addEventListener("click", copyFixed);
  ui.download.addEventListener("click", downloadRedacted);
  ui.file.addEventListener("change", () => {
    if (ui.file.files.length > 0) openFile(ui.file.files[0]);
  });
  ui.switchLanguage.addEventListener("click", () => {
    state.lang = state.lang === "en" ? "fr" : "en";
    applyStrings();
  });
  // A file dropped anywhere is opened, never navigated to (the page would be lost).
  document.addEventListener("dragover", (event) => {
    event.preventDefault();
    ui.dropZone.classList.add("dragging");
  });
  document.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) ui.dropZone.classList.remove("dragging");
  });
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    ui.dropZone.classList.remove("dragging");
    const file = event.dataTransfer?.files[0];
    if (file) openFile(file);
  });
}

wire();
applyStrings();
api
  .info()
  .then((about) => {
    state.maxBytes = about.max_bytes ?? null;
  })
  .catch(() => {}); // the page works without it: the server still refuses what is too big
if (ui.draft.value) runCheck(); // a reload keeps the textarea's text
