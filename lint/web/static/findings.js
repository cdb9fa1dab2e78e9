// The list of findings beside the draft: per finding, what it is, why, and the decision
// (accept the suggestion, keep the value, or edit the replacement). Plain DOM nodes and
// real buttons, so the keyboard reaches everything.

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(action, label) {
  const node = element("button", `action-${action}`, label);
  node.type = "button";
  node.dataset.action = action;
  return node;
}

// What the finding will become: the decision's replacement, or the value kept.
export function outcome(finding, decision) {
  if (!decision || decision.action === "keep") return null;
  if (decision.action === "edit") return decision.replacement;
  return finding.suggestion;
}

function item(finding, value, t, handlers) {
  const li = element("li", `finding sev-${finding.severity}`);
  li.dataset.key = finding.key;
  const title = `${finding.entity}`;
  const head = element("div", "finding-head");
  head.append(
    element("span", "badge", t(`severity.${finding.severity}`)),
    element("strong", "entity", title),
    element("span", "where", t("where", { line: finding.line, column: finding.column })),
  );
  const change = element("p", "change");
  change.append(element("span", "value", value), document.createTextNode(" → "));
  change.append(element("span", "replacement"));
  const why = element("details", "explanation");
  why.append(
    element("summary", "", t("why")),
    element("p", "", finding.explanation.replace(/\n{2,}/g, "\n")),
  );
  const decision = element("p", "decision");
  const actions = element("div", "actions");
  actions.setAttribute("role", "group");
  actions.setAttribute("aria-label", t("decisionFor", { entity: title, value }));
  const accept = button("accept", t("accept"));
  accept.disabled = finding.suggestion === null;
  actions.append(accept, button("keep", t("keep")), button("edit", t("edit")));
  const editRow = element("div", "edit-row");
  editRow.hidden = true;
  const inputId = `replacement-${finding.key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const label = element("label", "", t("replacementLabel"));
  label.htmlFor = inputId;
  const input = element("input");
  input.id = inputId;
  input.type = "text";
  input.autocomplete = "off";
  input.spellcheck = false;
  const use = button("use", t("use"));
  editRow.append(label, input, use);
  li.append(head, change, why, decision, actions, editRow);

  accept.addEventListener("click", () => handlers.decide(finding.key, { action: "accept" }));
  actions.querySelector(".action-keep").addEventListener("click", () => {
    handlers.decide(finding.key, { action: "keep" });
  });
  actions.querySelector(".action-edit").addEventListener("click", () => {
    editRow.hidden = false;
    if (!input.value) input.value = finding.suggestion ?? "";
    input.focus();
    input.select();
  });
  const submit = () => handlers.decide(finding.key, { action: "edit", replacement: input.value });
  use.addEventListener("click", submit);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      submit();
    } else if (event.key === "Escape") {
      editRow.hidden = true;
      actions.querySelector(".action-edit").focus();
    }
  });
  li.addEventListener("focusin", () => handlers.focus(finding.key, true));
  li.addEventListener("mouseenter", () => handlers.focus(finding.key, false));
  return li;
}

// The decision shown on an item, without rebuilding it (the keyboard focus stays put).
export function showDecision(li, finding, decision, t) {
  const action = decision ? decision.action : null;
  for (const name of ["accept", "keep", "edit"]) {
    li.querySelector(`.action-${name}`).setAttribute("aria-pressed", String(action === name));
    li.classList.toggle(`decided-${name}`, action === name);
  }
  const becomes = outcome(finding, decision);
  const shown = becomes ?? finding.suggestion;
  const replacement = li.querySelector(".replacement");
  replacement.textContent = shown === null ? t("noSuggestion") : shown || t("removed");
  li.querySelector(".decision").textContent = t(action ? `decided.${action}` : "decided.none");
  if (action === "edit") {
    li.querySelector(".edit-row").hidden = false;
    li.querySelector(".edit-row input").value = decision.replacement;
  }
}

export function renderList(list, findings, text, decisions, t, handlers) {
  const items = findings.map((finding) => {
    const li = item(finding, text.slice(finding.start, finding.end), t, handlers);
    showDecision(li, finding, decisions.get(finding.key), t);
    return li;
  });
  list.replaceChildren(...items);
}

export function itemOf(list, key) {
  return [...list.children].find((li) => li.dataset.key === key) ?? null;
}
