// draftlint's page: the draft, its findings highlighted in place, a decision per finding,
// the fixed text. Everything goes to the local server that served this page, nowhere else.

import * as api from "./api.js";
import { createFiles } from "./files.js";
import { createSession } from "./session.js";

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
    namesBecome: "Names become",
    namesDefault: "the default",
    namesPseudonym: "Person A, Person B…",
    namesRole: "who they are to you",
    namesPlaceholder: "[a person]",
    languageEn: "English (en)",
    languageFr: "French (fr)",
    auto: "auto",
    autoDetected: "auto (detected: {value})",
    dropHelp: "Drop a .txt, .md, .docx, .pdf or .html file on the page, or",
    chooseFile: "Open a file…",
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
    pdfNote: "{name} cannot be rewritten: {reason}. Its findings and the fixed text are shown all the same.",
    docxEdited: "The text was edited after {name} was opened: open the file again to download a redacted copy.",
    downloaded: "Downloaded {name}.",
    downloadedUnread:
      "Downloaded {name}. Copied without being read, so check them in Word: {parts}.",
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
    namesBecome: "Les noms deviennent",
    namesDefault: "le réglage par défaut",
    namesPseudonym: "Anonyme A, Anonyme B…",
    namesRole: "qui ils sont pour vous",
    namesPlaceholder: "[une personne]",
    languageEn: "anglais (en)",
    languageFr: "français (fr)",
    auto: "auto",
    autoDetected: "auto (détecté : {value})",
    dropHelp: "Déposez un fichier .txt, .md, .docx, .pdf ou .html sur la page, ou",
    chooseFile: "Ouvrir un fichier…",
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
    pdfNote: "{name} ne peut pas être réécrit : {reason}. Ses constats et le texte corrigé sont tout de même affichés.",
    docxEdited: "Le texte a changé depuis l’ouverture de {name} : rouvrez le fichier pour télécharger une copie expurgée.",
    downloaded: "{name} téléchargé.",
    downloadedUnread:
      "{name} téléchargé. Copiés sans être lus, à vérifier dans Word : {parts}.",
    copied: "Le texte corrigé est dans le presse-papiers.",
    copyFailed: "Le navigateur a refusé de copier : sélectionnez le texte corrigé et copiez-le à la main.",
    tooBig: "{name} dépasse la taille que le serveur accepte ({max} octets).",
    offline: "Le serveur draftlint ne répond pas : a-t-il été arrêté ?",
    error: "Erreur : {message}",
  },
};

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
  names: $("names"),
  file: $("file"),
  chooseFile: $("choose-file"),
  fileName: $("file-name"),
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

const page = { ui, state, t, say, sayError, afterCheck: () => files.showFileNote() };
const session = createSession(page);
const files = createFiles(page, session);

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
  session.showDetected();
  session.showFindings();
  files.showFileNote();
}

function wire() {
  ui.draft.addEventListener("input", session.onInput);
  ui.draft.addEventListener("scroll", () => {
    ui.backdrop.scrollTop = ui.draft.scrollTop;
    ui.backdrop.scrollLeft = ui.draft.scrollLeft;
  });
  ui.draft.addEventListener("mousemove", (event) => {
    session.hoverDetail(event.clientX, event.clientY);
  });
  ui.draft.addEventListener("click", session.caretDetail);
  ui.draft.addEventListener("keyup", session.caretDetail);
  ui.language.addEventListener("change", session.runCheck);
  ui.profile.addEventListener("change", session.runCheck);
  ui.names.addEventListener("change", session.runCheck);
  ui.acceptAll.addEventListener("click", session.acceptAll);
  ui.copy.addEventListener("click", files.copyFixed);
  ui.download.addEventListener("click", files.downloadRedacted);
  ui.chooseFile.addEventListener("click", () => ui.file.click());
  ui.file.addEventListener("change", () => {
    if (ui.file.files.length > 0) files.openFile(ui.file.files[0]);
    ui.file.value = ""; // the same file chosen again is opened again
  });
  ui.switchLanguage.addEventListener("click", () => {
    state.lang = state.lang === "en" ? "fr" : "en";
    applyStrings();
    // The explanations come from the server in the page's language: checked again.
    if (ui.draft.value.trim() !== "") session.runCheck();
    files.followLanguage();
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
    if (file) files.openFile(file);
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
if (ui.draft.value) session.runCheck(); // a reload keeps the textarea's text
