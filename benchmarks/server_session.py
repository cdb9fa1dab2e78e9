"""The language server as an editor sees it: `draftlint server` over stdio, driven by
pygls's LSP client. Imported by speed.py (--only server); not part of the test run.

- first answer: from starting the process to the first diagnostics of an opened draft
  (Python, imports, both spaCy models on first use);
- re-check after an edit: a word typed in a paragraph, then a save (a save is checked at
  once, where a change waits DEBOUNCE for the next keystroke), to the diagnostics of that
  version;
- memory: the server's resident memory after the first answer and every 250 edits.
"""

import asyncio
import os
import random
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """The process's user and system time: on a busy machine, what a check costs it."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def typed(text: str, where: random.Random, word: str) -> str:
    """The text with a word typed after a space somewhere in it."""
    spaces = [i for i, character in enumerate(text) if character == " "]
    at = where.choice(spaces)
    return f"{text[:at]} {word}{text[at:]}"


async def session(text: str, edits: int, folder: Path) -> None:
    client = LanguageClient("benchmark", "1")
    arrived: dict[int, float] = {}
    event = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            arrived[params.version] = time.perf_counter()
            event.set()

    async def answer(version: int) -> float:
        while version not in arrived:
            event.clear()
            await asyncio.wait_for(event.wait(), 120)
        return arrived[version]

    started = time.perf_counter()
    await client.start_io(sys.executable, "-m", "lint.cli", "server", cwd=folder)
    pid = client._server.pid  # type: ignore[union-attr]  # the process, for its memory
    await client.initialize_async(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=folder.as_uri())
    )
    client.initialized(types.InitializedParams())
    uri = (folder / "draft.md").as_uri()
    opened = time.perf_counter()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="markdown", version=1, text=text
            )
        )
    )
    first = await answer(1)
    print(
        f"  first answer:           {first - started:6.2f} s from start"
        f" ({first - opened:.2f} s from open)"
    )
    print(f"  memory after it:        {resident_mb(pid):6.0f} MB")
    where, times = random.Random(7), []
    cpu = cpu_seconds(pid)
    page = text
    for version in range(2, edits + 2):
        text = typed(page, where, f"edit{version}")  # one word typed in the page, each time
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
        client.text_document_did_save(
            types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        times.append(await answer(version) - sent)
        if (version - 1) % 250 == 0:
            print(
                f"  after {version - 1:5} edits:      {resident_mb(pid):6.0f} MB,"
                f" re-check median {statistics.median(times[-250:]) * 1000:4.0f} ms"
            )
    print(
        f"  re-check after an edit: {statistics.median(times) * 1000:6.0f} ms median,"
        f" {statistics.quantiles(times, n=10)[-1] * 1000:.0f} ms 9th decile ({len(times)} edits),"
        f" {(cpu_seconds(pid) - cpu) / len(times) * 1000:.0f} ms of the server's CPU each"
    )
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


def run(draft: Path, edits: int) -> None:
    import tempfile

    text = draft.read_text(encoding="utf-8")
    print(f"\nlanguage server, {draft.name} ({len(text):,} chars), {edits} edits")
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(session(text, edits, Path(folder)))
