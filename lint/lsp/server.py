"""The language server: pygls over stdio, a diagnostic per finding as a draft is opened,
edited and saved; a quick fix per suggestion; a rule's explanation on hover."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from lint import __version__
from lint.errors import DraftlintError
from lint.lsp.drafts import SettingsCache, document_of, is_draft
from lint.lsp.findings import (
    Placed,
    all_edits,
    diagnostics,
    overlapping,
    place,
    text_edit,
)
from lint.lsp.positions import Lines
from lint.lsp.protocol import AnsweringProtocol
from lint.lsp.warm import WarmChecker
from lint.model import Document

if TYPE_CHECKING:
    from lint.detection.rules import Rule


@dataclass
class Checked:
    """The last check of an open draft: what code actions and hovers answer from."""

    document: Document
    lines: Lines
    placed: list[Placed]
    explanations: dict[str, str]


@dataclass
class State:
    checked: dict[str, Checked] = field(default_factory=dict)
    warned: set[str] = field(default_factory=set)


def build_server() -> LanguageServer:
    server = LanguageServer("draftlint", __version__, protocol_cls=AnsweringProtocol)
    state = State()

    def warn(message: str) -> None:
        if message not in state.warned:  # once a session, not once a keystroke
            state.warned.add(message)
            server.window_log_message(
                types.LogMessageParams(type=types.MessageType.Warning, message=message)
            )

    settings = SettingsCache(warn)
    checker = WarmChecker()

    def check(uri: str) -> None:
        text_document = server.workspace.get_text_document(uri)
        path = Path(text_document.path)
        if not is_draft(path, text_document.language_id):
            return
        encoding = str(server.server_capabilities.position_encoding or "utf-16")
        lines = Lines(text_document.source, encoding)
        try:
            scanner_settings = settings.settings_for(path)
            document = document_of(path, text_document.source)
            findings = checker.check(scanner_settings.scanner, document)
        except DraftlintError as error:
            server.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Error, message=f"draftlint: {error}")
            )
            state.checked.pop(uri, None)
            findings, document = [], None
        placed = []
        if document is not None:
            placed = place(document, findings)
            state.checked[uri] = Checked(
                document, lines, placed, explanations(scanner_settings.scanner.rules)
            )
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri,
                version=text_document.version,
                diagnostics=diagnostics(document, placed, lines) if document else [],
            )
        )

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        state.checked.pop(params.text_document.uri, None)
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(params: types.CodeActionParams) -> list[types.CodeAction]:
        checked = state.checked.get(params.text_document.uri)
        if checked is None:
            return []
        return code_actions(params.text_document.uri, checked, params.range)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(params: types.HoverParams) -> types.Hover | None:
        checked = state.checked.get(params.text_document.uri)
        if checked is None:
            return None
        at = checked.lines.offset(params.position)
        for item in overlapping(checked.placed, at, at):
            text = checked.explanations.get(item.finding.rule_id)
            if text:
                return types.Hover(
                    contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
                    range=checked.lines.range(item.start, item.end),
                )
        return None

    return server


def code_actions(uri: str, checked: Checked, span: types.Range) -> list[types.CodeAction]:
    """A quick fix for each suggestion in the range, then one that applies them all."""
    lines = checked.lines
    start, end = lines.offset(span.start), lines.offset(span.end)
    wanted = [p for p in overlapping(checked.placed, start, end) if p.edit is not None]
    shown = diagnostics(checked.document, wanted, lines)
    actions = []
    for item, diagnostic in zip(wanted, shown, strict=True):
        assert item.edit is not None
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
    if wanted and len(every) > 1:
        actions.append(
            types.CodeAction(
                title=f"draftlint: apply all {len(every)} suggestions in this draft",
                kind=types.CodeActionKind.QuickFix,
                edit=types.WorkspaceEdit(changes={uri: [text_edit(e, lines) for e in every]}),
            )
        )
    return actions


def explanations(rules: "Sequence[Rule] | None") -> dict[str, str]:
    """Each rule's summary and why, as `draftlint explain` starts."""
    from lint.detection.rules import bundled_rules
    from lint.resolution.builtin_rules import BUILTIN_RULES, BuiltinRule

    known: list[Rule | BuiltinRule] = [*(rules or bundled_rules()), *BUILTIN_RULES]
    return {
        rule.id: f"**{rule.id}** ({rule.entity}, {rule.severity})\n\n{rule.summary}\n\n"
        f"Why: {rule.why}\n\n`draftlint explain {rule.id}` shows its examples."
        for rule in known
    }
