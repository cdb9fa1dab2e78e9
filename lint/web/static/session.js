// The draft's findings: checked as you type (debounced), drawn behind the text, listed
// with their decisions, and the fixed text that follows the decisions.

import * as api from "./api.js";
import { itemOf, outcome, renderList, showDecision } from "./findings.js";
import { keyAt, keyAtOffset, render, shift } from "./highlight.js";

const DEBOUNCE_MS = 300;

export function createSession(page) {
  const { ui, state, t, sayError } = page;

  function profileName(profile) {
    const key = { post: "profilePost", cv: "profileCv", letter: "profileLetter" }[profile];
    return key ? t(key) : t("profileMessage");
  }

  function showDetected() {
    const { language, profile } = state.detected;
    ui.language.options[0].textContent = language
      ? t("autoDetected", { value: language })
      : t("auto");
    ui.profile.options[0].textContent = profile
      ? t("autoDetected", { value: profileName(profile) })
      : t("auto");
  }

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
    // ui_language: the findings' explanations come in the page's own language.
    const chosen = {
      language: ui.language.value,
      profile: ui.profile.value,
      ui_language: state.lang,
    };
    // A style for names only when one is chosen: otherwise the configuration's holds.
    return ui.names.value ? { ...chosen, styles: { PERSON: ui.names.value } } : chosen;
  }

  // A text that came from a file is read as check reads that file (a Markdown file's
  // ignore comments count, a .docx's findings are those api/docx fixes).
  function draft(text) {
    return state.file ? { text, name: state.file.name, ...settings() } : { text, ...settings() };
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
        result = await api.check(draft(text));
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
    page.afterCheck();
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
      .fix({ ...draft(text), decisions })
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
    if (ui.draft.value === "" && state.file) {
      state.file = null; // an emptied draft is no longer the file's
      ui.fileName.textContent = "";
    }
    // The highlights follow the edit at once; the findings come 300 ms after the last key.
    state.findings = shift(state.findings, state.shown, ui.draft.value);
    state.shown = ui.draft.value;
    drawHighlights();
    ui.list.setAttribute("aria-busy", "true");
    clearTimeout(state.timer);
    state.timer = setTimeout(runCheck, DEBOUNCE_MS);
  }

  return {
    acceptAll,
    caretDetail: () => {
      const key = keyAtOffset(state.findings, ui.draft.selectionStart);
      if (key !== null) showDetail(key);
    },
    decisionList,
    drawHighlights,
    hoverDetail: (x, y) => {
      const key = keyAt(ui.backdrop, x, y);
      if (key !== null) showDetail(key);
    },
    onInput,
    runCheck,
    settings,
    showDetected,
    showFindings,
  };
}
