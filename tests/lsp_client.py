"""A real LSP client (pygls's) driving `draftlint server` over stdio, as an editor does."""

import asyncio
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import cattrs
from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.protocol import default_converter

DRAFT = "Thanks to Marguerite Vasseur for the tips!\n\nCall me on 06 12 34 56 78 after six.\n"
TIMEOUT = 120  # the first check loads both spaCy models


def converter() -> cattrs.Converter:
    """pygls's converter, but lsprotocol reads any object with a "command" key as a Command,
    even a CodeAction whose command is a Command object: tell them apart by its type, as
    editors do."""
    made = default_converter()

    def command_or_action(value: Any, _: type) -> types.Command | types.CodeAction:
        if isinstance(value.get("command"), str):
            return made.structure(value, types.Command)
        return made.structure(value, types.CodeAction)

    made.register_structure_hook(types.Command | types.CodeAction, command_or_action)  # type: ignore[arg-type]
    return made


# An editor that watches files for its servers, as VS Code and Neovim do.
CAPABILITIES = types.ClientCapabilities(
    workspace=types.WorkspaceClientCapabilities(
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
            dynamic_registration=True
        )
    )
)


class Editor:
    """A client that keeps the last diagnostics the server published for each file."""

    def __init__(self) -> None:
        self.client = LanguageClient("test-editor", "1", converter_factory=converter)
        self.published: dict[str, list[types.Diagnostic]] = {}
        self.versions: dict[str, int | None] = {}
        self.history: list[tuple[str, int | None]] = []  # every publication, in order
        self.arrived = asyncio.Event()
        self.registrations: list[types.Registration] = []
        self.shown: list[str] = []  # window/showMessage, in order

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def shown(params: types.ShowMessageParams) -> None:
            self.shown.append(params.message)

        self.registered = asyncio.Event()

        @self.client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def register(params: types.RegistrationParams) -> None:
            self.registrations.extend(params.registrations)
            self.registered.set()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.published[params.uri] = params.diagnostics
            self.versions[params.uri] = params.version
            self.history.append((params.uri, params.version))
            self.arrived.set()

    async def start(self, root: Path, locale: str | None = None) -> None:
        await self.client.start_io(sys.executable, "-m", "lint.cli", "server", cwd=root)
        await self.client.initialize_async(
            types.InitializeParams(capabilities=CAPABILITIES, root_uri=root.as_uri(), locale=locale)
        )
        self.client.initialized(types.InitializedParams())

    async def diagnostics_of(self, uri: str, version: int) -> list[types.Diagnostic]:
        while self.versions.get(uri) != version:
            self.arrived.clear()
            await asyncio.wait_for(self.arrived.wait(), TIMEOUT)
        return self.published[uri]

    async def published_again(
        self, uri: str, command: str, *arguments: object
    ) -> tuple[object, list[types.Diagnostic]]:
        """Run a server command, then the diagnostics it published for uri."""
        self.published.pop(uri, None)
        result = await self.client.workspace_execute_command_async(
            types.ExecuteCommandParams(command=command, arguments=list(arguments))
        )
        while uri not in self.published:
            self.arrived.clear()
            await asyncio.wait_for(self.arrived.wait(), TIMEOUT)
        return result, self.published[uri]

    def change(self, uri: str, version: int, text: str) -> None:
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    async def code_actions(
        self, uri: str, *diagnostics: types.Diagnostic
    ) -> Sequence[types.Command | types.CodeAction] | None:
        """The actions the server offers on the first diagnostic's range, as a quick-fix menu."""
        return await self.client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=diagnostics[0].range,
                context=types.CodeActionContext(diagnostics=list(diagnostics)),
            )
        )

    async def hover(self, uri: str, position: types.Position) -> types.Hover | None:
        return await self.client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri), position=position
            )
        )

    def files_changed(self, *changes: tuple[Path, types.FileChangeType]) -> None:
        self.client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(
                changes=[types.FileEvent(uri=path.as_uri(), type=kind) for path, kind in changes]
            )
        )

    def open(self, path: Path, text: str, language: str = "markdown") -> str:
        uri = path.as_uri()
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id=language, version=1, text=text
                )
            )
        )
        return uri

    async def stop(self) -> int | None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()
        server = self.client._server  # the process, to see that it exited by itself
        return None if server is None else await asyncio.wait_for(server.wait(), 30)


def drive(
    tmp_path: Path, scenario: Callable[[Editor], Awaitable[None]], locale: str | None = None
) -> int | None:
    async def session() -> int | None:
        editor = Editor()
        await editor.start(tmp_path, locale)
        await scenario(editor)
        return await editor.stop()

    return asyncio.run(session())


def entities(diagnostics: Sequence[types.Diagnostic]) -> set[str]:
    return {d.message.split()[0] for d in diagnostics}
