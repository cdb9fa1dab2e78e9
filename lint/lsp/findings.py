"""Findings as the editor sees them: a diagnostic each, the edit that applies its
suggestion, and the rule's explanation on hover. Pure: no model, no server."""

import html
from collections.abc import Sequence
from dataclasses import dataclass

from lsprotocol import types

from lint.fixing.sentence import fit
from lint.lsp.positions import Lines
from lint.model import Document, Finding
from lint.reporting.positions import LineIndex
from lint.reporting.values import masks_of, shown_value, suggestion
from lint.vocabulary import Severity

SOURCE = "draftlint"
SEVERITIES = {
    Severity.error: types.DiagnosticSeverity.Error,
    Severity.warning: types.DiagnosticSeverity.Warning,
    Severity.info: types.DiagnosticSeverity.Information,
}


@dataclass(frozen=True, slots=True)
class Edit:
    start: int  # offsets in the editor's text
    end: int
    new_text: str


@dataclass(frozen=True, slots=True)
class Placed:
    """A finding, where its value is in the editor's text, and the edit of its suggestion."""

    finding: Finding  # offsets in the document's text (extracted text, for HTML)
    start: int
    end: int
    edit: Edit | None


def lsp_severity(severity: str) -> types.DiagnosticSeverity:
    return SEVERITIES[Severity(severity)]


def place(document: Document, findings: Sequence[Finding]) -> list[Placed]:
    """Each finding with its place in the editor's text (the HTML source, for a page)."""
    index = LineIndex.of(document)
    placed = []
    for finding in findings:
        in_source = index.in_source(finding)
        placed.append(
            Placed(finding, in_source.start, in_source.end, _edit(document, finding, in_source))
        )
    return placed


def _edit(document: Document, finding: Finding, in_source: Finding) -> Edit | None:
    if finding.replacement is None:
        return None
    if document.source is None:
        # The words that go with the value (a title, a preposition) change with it, as --fix.
        fitted = fit(document.text, [finding])[0]
        return Edit(fitted.start, fitted.end, fitted.replacement or "")
    value = document.text[finding.start : finding.end]
    if document.source[in_source.start : in_source.end] != value:
        return None  # written with entities or markup in the page: not a plain replacement
    return Edit(in_source.start, in_source.end, html.escape(finding.replacement, quote=False))


def diagnostics(
    document: Document, placed: Sequence[Placed], lines: Lines
) -> list[types.Diagnostic]:
    """One diagnostic a finding; the value masked, as in every report that may be kept."""
    masks = masks_of(document, [p.finding for p in placed])
    result = []
    for item in placed:
        finding = item.finding
        shown = shown_value(document, finding, show_values=False)
        suggested = suggestion(finding, masks, show_values=False)
        message = f"{finding.entity} {shown!r}"
        if suggested is not None:
            message += f": write {suggested!r}" if suggested else ": remove it"
        result.append(
            types.Diagnostic(
                range=lines.range(item.start, item.end),
                message=message,
                severity=lsp_severity(finding.severity),
                code=finding.rule_id,
                source=SOURCE,
            )
        )
    return result


def text_edit(edit: Edit, lines: Lines) -> types.TextEdit:
    return types.TextEdit(range=lines.range(edit.start, edit.end), new_text=edit.new_text)


def all_edits(document: Document, placed: Sequence[Placed]) -> list[Edit]:
    """Every suggestion of the document at once, fitted together as --fix fits them."""
    if document.source is not None:
        return [p.edit for p in placed if p.edit is not None]
    fixable = [p.finding for p in placed if p.finding.replacement is not None]
    return [
        Edit(f.start, f.end, f.replacement or "")
        for f in fit(document.text, fixable)
        if f.replacement is not None
    ]


def overlapping(placed: Sequence[Placed], start: int, end: int) -> list[Placed]:
    """The findings whose value meets [start, end] (a cursor: start == end)."""
    return [p for p in placed if p.start <= end and start <= p.end]
