"""The code actions of the findings under the cursor: apply a suggestion or all of them,
ignore the finding here (an inline comment, in Markdown and HTML), or allow its value (a
server command, since it writes a configuration file rather than the draft)."""

from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types

from lint.errors import DraftlintError
from lint.lsp.findings import Placed, all_edits, diagnostics, overlapping, text_edit
from lint.lsp.positions import Lines
from lint.model import Document
from lint.resolution.suppression import SUPPRESSIBLE_SUFFIXES, UNUSED_RULE

ALLOW = "draftlint.allow"  # arguments: the draft's uri, the finding's line and character


@dataclass
class Checked:
    """The last check of an open draft: what code actions and hovers answer from."""

    document: Document
    lines: Lines
    placed: list[Placed]
    explanations: dict[str, str]


def code_actions(uri: str, checked: Checked, span: types.Range) -> list[types.CodeAction]:
    """A quick fix for each suggestion in the range, one that applies them all, then for
    each finding in the range: ignore it here, allow its value."""
    lines = checked.lines
    start, end = lines.offset(span.start), lines.offset(span.end)
    wanted = [
        p for p in overlapping(checked.placed, start, end) if p.finding.rule_id != UNUSED_RULE
    ]
    shown = diagnostics(checked.document, wanted, lines)
    actions = []
    for item, diagnostic in zip(wanted, shown, strict=True):
        if item.edit is None:
            continue
        new = item.edit.new_text
        actions.append(
            types.CodeAction(
                title=f"draftlint: write {new!r}" if new else "draftlint: remove it",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                is_preferred=True,
                edit=types.WorkspaceEdit(changes={uri: [text_edit(item.edit, lines)]}),
            )
        )
    every = all_edits(checked.document, checked.placed)
    if actions and len(every) > 1:
        actions.append(
            types.CodeAction(
                title=f"draftlint: apply all {len(every)} suggestions in this draft",
                kind=types.CodeActionKind.QuickFix,
                edit=types.WorkspaceEdit(changes={uri: [text_edit(e, lines) for e in every]}),
            )
        )
    suppressible = Path(checked.document.path).suffix.lower() in SUPPRESSIBLE_SUFFIXES
    for item, diagnostic in zip(wanted, shown, strict=True):
        if item.finding.rule_id == UNUSED_RULE:
            continue  # a stale comment is removed, not ignored or allowed
        if suppressible:
            html = checked.document.source is not None
            actions.append(_ignore_here(uri, item, diagnostic, lines, html=html))
        actions.append(
            types.CodeAction(
                title="draftlint: allow this value (in the configuration's allow list)",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                command=types.Command(
                    title="Allow this value",
                    command=ALLOW,
                    arguments=[uri, diagnostic.range.start.line, diagnostic.range.start.character],
                ),
            )
        )
    return actions


def _ignore_here(
    uri: str, item: Placed, diagnostic: types.Diagnostic, lines: Lines, *, html: bool
) -> types.CodeAction:
    """<!-- draftlint: ignore RULE -->, silencing that rule on the next line with text:
    in Markdown a line of its own above the finding's, indented as it is; in HTML, where
    the next line is the next piece of visible text, just after the tag before the value."""
    text = lines.text
    comment = f"<!-- draftlint: ignore {item.finding.rule_id} -->"
    if html:
        at = text.rfind(">", 0, item.start) + 1
    else:
        at = text.rfind("\n", 0, item.start) + 1
        line = text[at : item.start]
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        newline = "\r\n" if "\r\n" in text else "\n"  # the draft's own line ending
        comment = f"{indent}{comment}{newline}"
    where = lines.range(at, at)
    return types.CodeAction(
        title=f"draftlint: ignore {item.finding.rule_id} here (an inline comment)",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(range=where, new_text=comment)]}),
    )


def value_at(checked: Checked, position: types.Position) -> str:
    """The value of the finding that starts at position, as the draft writes it."""
    at = checked.lines.offset(position)
    for item in overlapping(checked.placed, at, at):
        if item.finding.rule_id != UNUSED_RULE:
            return checked.document.text[item.finding.start : item.finding.end]
    raise DraftlintError("no finding there any more: the draft changed since")


def nearest_config(path: Path) -> Path:
    """The configuration file nearest the draft, or a new .draftlint.toml beside it; one
    draftlint does not trust is never written (as --interactive's "a")."""
    from lint.config import find_config

    folder = path.resolve().parent
    found = find_config(folder)
    beside = folder / ".draftlint.toml"
    if found.path is None and beside.exists():
        raise DraftlintError(f"{beside}: not trusted, not changed")
    return found.path or beside
