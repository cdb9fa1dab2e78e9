"""The language server: pygls over stdio, a diagnostic per finding as a draft is opened,
edited (debounced) and saved; code actions per finding; a rule's explanation on hover;
commands to allow a value and to check the whole workspace."""

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from lint import __version__
from lint.errors import DraftlintError
from lint.lsp.actions import ALLOW, Checked, code_actions, nearest_config, value_at
from lint.lsp.drafts import SettingsCache, document_of, is_draft, read_draft, workspace_drafts
from lint.lsp.findings import diagnostics, overlapping, place
from lint.lsp.positions import Lines
from lint.lsp.protocol import AnsweringProtocol
from lint.lsp.warm import WarmChecker
from lint.resolution.explanations import explanations

CHECK_WORKSPACE = "draftlint.checkWorkspace"
DEBOUNCE = 0.3  # seconds without a change before a draft is checked again


@dataclass
class State:
    checked: dict[str, Checked] = field(default_factory=dict)
    warned: set[str] = field(default_factory=set)
    pending: dict[str, asyncio.TimerHandle] = field(default_factory=dict)


def build_server() -> LanguageServer:
    server = LanguageServer("draftlint", __version__, protocol_cls=AnsweringProtocol)
    state = State()

    def warn(message: str) -> None:
        if message not in state.warned:  # once a session, not once a keystroke
            state.warned.add(message)
            server.window_log_message(
                types.LogMessageParams(type=types.MessageType.Warning, message=message)
            )

    def show_error(error: DraftlintError) -> None:
        server.window_show_message(
            types.ShowMessageParams(type=types.MessageType.Error, message=f"draftlint: {error}")
        )

    settings = SettingsCache(warn)
    checker = WarmChecker()

    def check(uri: str) -> None:
        pending = state.pending.pop(uri, None)
        if pending is not None:  # a save or a command came first: no second check
            pending.cancel()
        text_document = server.workspace.get_text_document(uri)
        path = Path(text_document.path)
        if is_draft(path, text_document.language_id):
            check_text(uri, path, text_document.source, text_document.version)

    def check_text(uri: str, path: Path, text: str, version: int | None) -> None:
        encoding = str(server.server_capabilities.position_encoding or "utf-16")
        lines = Lines(text, encoding)
        published: list[types.Diagnostic] = []
        try:
            scanner = settings.settings_for(path).scanner
            document = document_of(path, text)
            placed = place(document, checker.check(scanner, document))
            state.checked[uri] = Checked(
                document, lines, placed, explanations(scanner.rules, markdown=True)
            )
            published = diagnostics(document, placed, lines)
        except DraftlintError as error:
            show_error(error)
            state.checked.pop(uri, None)
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=published)
        )

    def check_later(uri: str) -> None:
        """A burst of keystrokes gives one check, DEBOUNCE after the last of them."""
        pending = state.pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        state.pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE, check, uri)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        check_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        pending = state.pending.pop(params.text_document.uri, None)
        if pending is not None:
            pending.cancel()
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

    @server.command(ALLOW)
    def allow(uri: str, line: int, character: int) -> None:
        from lint.config_edit import add_allowed

        checked = state.checked.get(uri)
        try:
            if checked is None:
                raise DraftlintError(f"{uri}: not an open draft")
            value = value_at(checked, types.Position(line=line, character=character))
            add_allowed(nearest_config(Path(checked.document.path)), value)
        except DraftlintError as error:
            show_error(error)
            return
        for open_uri in list(state.checked):  # the value may be in any draft of the folder
            check(open_uri)

    @server.command(CHECK_WORKSPACE)
    def check_workspace() -> int:
        """Every draft of the workspace's folders, open or not; returns how many."""
        folders = [Path(f.path) for f in server.workspace.folders.values()]
        if not folders and server.workspace.root_path:
            folders = [Path(server.workspace.root_path)]
        count = 0
        for path in workspace_drafts(folders):
            uri = path.as_uri()
            if uri in server.workspace.text_documents:
                check(uri)  # the editor's text, not the saved one
            else:
                try:
                    text = read_draft(path)
                except DraftlintError as error:
                    show_error(error)
                    continue
                check_text(uri, path, text, None)
            count += 1
        return count

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
