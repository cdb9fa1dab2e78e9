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
from lint.lsp.checks import Checks
from lint.lsp.drafts import is_draft, read_draft, workspace_drafts
from lint.lsp.findings import overlapping
from lint.lsp.protocol import AnsweringProtocol
from lint.lsp.watch import changed_configs, watched_files

CHECK_WORKSPACE = "draftlint.checkWorkspace"
DEBOUNCE = 0.3  # seconds without a change before a draft is checked again


@dataclass
class State:
    checked: dict[str, Checked] = field(default_factory=dict)
    warned: set[str] = field(default_factory=set)
    pending: dict[str, asyncio.TimerHandle] = field(default_factory=dict)
    running: set[asyncio.Task[None]] = field(default_factory=set)  # kept from the collector
    failed: dict[str, str] = field(default_factory=dict)  # uri -> the error last shown
    shut_down: bool = False  # asked to shut down before exit, as the protocol wants
    latest: dict[str, int] = field(default_factory=dict)  # uri -> its last check's number


def run_server() -> int:
    """Serve on stdin and stdout until the editor says exit; the exit code the protocol
    asks for: 0 after a shutdown request, else 1."""
    state = State()
    build_server(state).start_io()
    return 0 if state.shut_down else 1


def build_server(state: State | None = None) -> LanguageServer:
    state = state or State()
    # Whole texts on each change: pygls applies ranges by str.splitlines(), which also breaks
    # lines at a form feed or U+2028, where the editor does not; a one-page draft is small.
    server = LanguageServer(
        "draftlint",
        __version__,
        protocol_cls=AnsweringProtocol,
        text_document_sync_kind=types.TextDocumentSyncKind.Full,
    )
    checks = Checks()

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

    def is_open(uri: str) -> bool:
        return uri in server.workspace.text_documents

    def current(uri: str, checked: Checked | None) -> Checked | None:
        """The last check, if the editor's text is still the text it read."""
        if checked is None or not is_open(uri):
            return checked
        source = server.workspace.get_text_document(uri).source
        return checked if source == checked.lines.text else None

    async def check(uri: str) -> None:
        pending = state.pending.pop(uri, None)
        if pending is not None:  # a save or a command came first: no second check
            pending.cancel()
        if not is_open(uri):  # a draft checked from disk, by checkWorkspace
            path = Path(server.workspace.get_text_document(uri).path)
            try:
                text = read_draft(path)
            except DraftlintError:
                forget(uri)  # deleted, or no longer readable
                return
            await check_text(uri, path, text, None)
            return
        text_document = server.workspace.get_text_document(uri)
        path = Path(text_document.path)
        if is_draft(path, text_document.language_id):
            await check_text(uri, path, text_document.source, text_document.version)

    async def check_text(uri: str, path: Path, text: str, version: int | None) -> None:
        encoding = str(server.server_capabilities.position_encoding or "utf-16")
        number = state.latest[uri] = state.latest.get(uri, 0) + 1
        outcome = await checks.run(path, text, encoding, lambda: state.latest.get(uri) == number)
        if outcome is None:
            return  # a newer check of the draft came before this one's turn
        for message in outcome.warnings:
            warn(message)
        if version is not None and (
            not is_open(uri) or server.workspace.get_text_document(uri).version != version
        ):
            return  # closed, or edited since: the check of the newer text publishes
        if outcome.error is not None:
            if state.failed.get(uri) != str(outcome.error):  # once, not at each keystroke
                show_error(outcome.error)
            state.failed[uri] = str(outcome.error)
        else:
            state.failed.pop(uri, None)
        if outcome.checked is None:
            state.checked.pop(uri, None)
        else:
            state.checked[uri] = outcome.checked
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=outcome.published)
        )

    def forget(uri: str) -> None:
        state.checked.pop(uri, None)
        state.failed.pop(uri, None)
        state.latest.pop(uri, None)
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    def known() -> list[str]:
        """The drafts checked, well or not: checked again when settings change."""
        return list(dict.fromkeys([*state.checked, *state.failed]))

    def start(uri: str) -> None:
        task = asyncio.ensure_future(check(uri))
        state.running.add(task)
        task.add_done_callback(state.running.discard)

    def check_later(uri: str) -> None:
        """A burst of keystrokes gives one check, DEBOUNCE after the last of them."""
        pending = state.pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        state.pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE, start, uri)

    @server.feature(types.INITIALIZE)
    def initialize(params: types.InitializeParams) -> None:
        # The hover speaks the editor's language when it is French ("fr", "fr-CA"...).
        checks.language = "fr" if (params.locale or "").lower().startswith("fr") else "en"

    @server.feature(types.INITIALIZED)
    async def initialized(params: types.InitializedParams) -> None:
        """Ask to hear of configuration files and drafts changed outside the editor."""
        capabilities = server.client_capabilities.workspace
        watching = capabilities and capabilities.did_change_watched_files
        if watching and watching.dynamic_registration:
            await server.client_register_capability_async(watched_files())

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def files_changed(params: types.DidChangeWatchedFilesParams) -> None:
        for change in params.changes:
            if change.uri in known() and not is_open(change.uri):
                if change.type == types.FileChangeType.Deleted:
                    forget(change.uri)
                else:
                    await check(change.uri)
        if changed_configs(params.changes):
            checks.forget_settings()
            for uri in known():
                await check(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(params: types.DidOpenTextDocumentParams) -> None:
        await check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        check_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(params: types.DidSaveTextDocumentParams) -> None:
        await check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        pending = state.pending.pop(params.text_document.uri, None)
        if pending is not None:
            pending.cancel()
        forget(params.text_document.uri)

    @server.feature(types.SHUTDOWN)
    def shutdown(params: None) -> None:
        state.shut_down = True
        for pending in state.pending.values():
            pending.cancel()
        checks.close()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        checked = current(uri, state.checked.get(uri))
        if checked is None:  # not checked yet, or edited since: no edit of stale text
            return []
        return code_actions(params.text_document.uri, checked, params.range)

    @server.command(ALLOW)
    async def allow(uri: str, line: int, character: int) -> None:
        from lint.config_edit import add_allowed

        checked = current(uri, state.checked.get(uri))
        try:
            if checked is None:
                raise DraftlintError(f"{uri}: not a checked draft, or edited since its check")
            value = value_at(checked, types.Position(line=line, character=character))
            add_allowed(nearest_config(Path(checked.document.path)), value)
        except DraftlintError as error:
            show_error(error)
            return
        for checked_uri in known():  # the value may be in any draft of the folder
            await check(checked_uri)

    @server.command(CHECK_WORKSPACE)
    async def check_workspace() -> int:
        """Every draft of the workspace's folders, open or not; returns how many."""
        folders = [Path(f.path) for f in server.workspace.folders.values()]
        if not folders and server.workspace.root_path:
            folders = [Path(server.workspace.root_path)]
        count = 0
        for path in workspace_drafts(folders):
            uri = path.as_uri()
            if is_open(uri):
                await check(uri)  # the editor's text, not the saved one
            else:
                try:
                    text = read_draft(path)
                except DraftlintError as error:
                    show_error(error)
                    continue
                await check_text(uri, path, text, None)
            count += 1
        return count

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(params: types.HoverParams) -> types.Hover | None:
        checked = current(params.text_document.uri, state.checked.get(params.text_document.uri))
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
