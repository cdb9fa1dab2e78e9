// The highlight layer: a copy of the draft behind the textarea, same box and wrapping, in
// which each finding is a <mark>. Built with DOM nodes only: the draft is never parsed as
// HTML.

export function render(backdrop, text, findings, { accepted, current }) {
  const pieces = [];
  let at = 0;
  for (const finding of findings) {
    if (finding.start < at || finding.end > text.length || finding.end <= finding.start) continue;
    pieces.push(document.createTextNode(text.slice(at, finding.start)));
    const mark = document.createElement("mark");
    mark.className = `sev-${finding.severity}`;
    if (accepted.has(finding.key)) mark.classList.add("accepted");
    if (finding.key === current) mark.classList.add("current");
    mark.dataset.key = finding.key;
    mark.dataset.entity = finding.entity;
    mark.textContent = text.slice(finding.start, finding.end);
    pieces.push(mark);
    at = finding.end;
  }
  // A final newline needs something after it, or the backdrop is one line short.
  pieces.push(document.createTextNode(`${text.slice(at)}\u200b`));
  backdrop.replaceChildren(...pieces);
}

// While a check is on its way, the findings of the last one follow the edit: those after
// it move by its length, those it touches are dropped.
export function shift(findings, before, after) {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  const kept = [];
  for (const finding of findings) {
    if (finding.end <= prefix) kept.push(finding);
    else if (finding.start >= editEnd) {
      kept.push({ ...finding, start: finding.start + delta, end: finding.end + delta });
    }
  }
  return kept;
}

// The finding drawn under a point of the screen (the textarea hides the marks from the
// mouse, so their boxes are compared instead).
export function keyAt(backdrop, x, y) {
  for (const mark of backdrop.querySelectorAll("mark")) {
    for (const box of mark.getClientRects()) {
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) {
        return mark.dataset.key;
      }
    }
  }
  return null;
}

// The finding the caret is in (or at either end of).
export function keyAtOffset(findings, offset) {
  const finding = findings.find((f) => f.start <= offset && offset <= f.end);
  return finding ? finding.key : null;
}
