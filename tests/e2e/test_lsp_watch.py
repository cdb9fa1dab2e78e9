"""The server hears of files changed outside the editor, and answers while it checks."""

import asyncio
import time
from pathlib import Path

from lsp_client import DRAFT, Editor, drive, entities
from lsprotocol import types


def test_configuration_changes_and_deleted_drafts_are_heard(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # the configuration search stops here
    saved = tmp_path / "saved.md"
    saved.write_text(DRAFT, encoding="utf-8")  # on disk, never opened

    async def scenario(editor: Editor) -> None:
        await asyncio.wait_for(editor.registered.wait(), 30)
        (registration,) = editor.registrations
        assert registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
        options = registration.register_options  # as JSON: the client knows no type for it
        assert isinstance(options, dict)
        globs = {watcher["globPattern"] for watcher in options["watchers"]}
        assert {"**/.draftlint.toml", "**/pyproject.toml", "**/*.md"} <= globs

        uri = editor.open(tmp_path / "post.md", DRAFT)
        assert entities(await editor.diagnostics_of(uri, 1)) == {"PERSON", "PHONE_NUMBER"}
        count, on_disk = await editor.published_again(saved.as_uri(), "draftlint.checkWorkspace")
        assert count == 1
        assert entities(on_disk) == {"PERSON", "PHONE_NUMBER"}

        # The configuration is written outside the editor: both drafts are checked again.
        config = tmp_path / ".draftlint.toml"
        config.write_text('allow = ["06 12 34 56 78"]\n', encoding="utf-8")
        editor.published.clear()
        editor.files_changed((config, types.FileChangeType.Created))
        while len(editor.published) < 2:
            editor.arrived.clear()
            await asyncio.wait_for(editor.arrived.wait(), 60)
        assert entities(editor.published[uri]) == {"PERSON"}
        assert entities(editor.published[saved.as_uri()]) == {"PERSON"}

        # The draft on disk is deleted: its diagnostics go with it.
        saved.unlink()
        editor.published.clear()
        editor.files_changed((saved, types.FileChangeType.Deleted))
        while saved.as_uri() not in editor.published:
            editor.arrived.clear()
            await asyncio.wait_for(editor.arrived.wait(), 60)
        assert list(editor.published[saved.as_uri()]) == []

    assert drive(tmp_path, scenario) == 0


def test_hovers_are_answered_while_a_long_draft_is_checked(tmp_path: Path) -> None:
    paragraph = (
        "Our quarterly review covered the roadmap, the hiring plan and the budget. "
        "Thanks to Marguerite Vasseur for the tips, and call me on 06 12 34 56 78.\n\n"
    )
    long_draft = paragraph * 400  # about 60 KB: seconds of reading

    async def scenario(editor: Editor) -> None:
        short = editor.open(tmp_path / "short.md", DRAFT)
        (phone,) = [
            d for d in await editor.diagnostics_of(short, 1) if d.message.startswith("PHONE")
        ]
        long_uri = editor.open(tmp_path / "long.md", long_draft)
        await asyncio.sleep(0.2)  # the long check has started on the worker
        asked = time.perf_counter()
        hover = await editor.hover(short, phone.range.start)
        answered = time.perf_counter() - asked
        assert hover is not None
        assert long_uri not in editor.published  # answered before the long draft's check
        assert answered < 1.0
        found = await editor.diagnostics_of(long_uri, 1)
        assert len([d for d in found if d.message.startswith("PHONE")]) == 400

    assert drive(tmp_path, scenario) == 0


def test_no_code_action_is_offered_for_text_edited_since_its_check(tmp_path: Path) -> None:
    async def scenario(editor: Editor) -> None:
        uri = editor.open(tmp_path / "post.md", DRAFT)
        (phone,) = [d for d in await editor.diagnostics_of(uri, 1) if d.message.startswith("PHONE")]
        assert await editor.code_actions(uri, phone)
        editor.change(uri, 2, "A new first line.\n" + DRAFT)  # every line moves down by one
        # Within the debounce: the last check read other text, its ranges would be wrong.
        assert not await editor.code_actions(uri, phone)
        moved = [d for d in await editor.diagnostics_of(uri, 2) if d.message.startswith("PHONE")]
        assert moved[0].range.start.line == phone.range.start.line + 1
        assert await editor.code_actions(uri, *moved)

    assert drive(tmp_path, scenario) == 0


def test_a_broken_configuration_is_said_once_and_its_repair_heard(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    config = tmp_path / ".draftlint.toml"
    config.write_text('allow = ["06 12 34 56 78"\n', encoding="utf-8")  # no closing bracket

    async def scenario(editor: Editor) -> None:
        uri = editor.open(tmp_path / "post.md", DRAFT)
        assert list(await editor.diagnostics_of(uri, 1)) == []
        for version in (2, 3, 4):
            editor.change(uri, version, DRAFT + "x" * version)
            editor.client.text_document_did_save(
                types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
            )
            await editor.diagnostics_of(uri, version)
        assert len([m for m in editor.shown if ".draftlint.toml" in m]) == 1

        config.write_text('allow = ["06 12 34 56 78"]\n', encoding="utf-8")
        editor.published.clear()
        editor.files_changed((config, types.FileChangeType.Changed))
        while uri not in editor.published:
            editor.arrived.clear()
            await asyncio.wait_for(editor.arrived.wait(), 60)
        assert entities(editor.published[uri]) == {"PERSON"}  # the phone number allowed

    assert drive(tmp_path, scenario) == 0


def test_the_server_exits_at_once_when_asked_during_a_long_check(tmp_path: Path) -> None:
    paragraph = "Call Marguerite Vasseur on 06 12 34 56 78 about the quarterly roadmap.\n\n"

    async def scenario(editor: Editor) -> None:
        editor.open(tmp_path / "long.md", paragraph * 3000)  # about 200 KB: many seconds
        await asyncio.sleep(1.0)  # the check has started on the worker

    started = time.perf_counter()
    assert drive(tmp_path, scenario) == 0
    assert time.perf_counter() - started < 8.0  # the models' load, not the whole check


def test_the_hover_speaks_french_in_an_editor_set_to_french(tmp_path: Path) -> None:
    async def scenario(editor: Editor) -> None:
        uri = editor.open(tmp_path / "post.md", DRAFT)
        (phone,) = [d for d in await editor.diagnostics_of(uri, 1) if d.message.startswith("PHONE")]
        hover = await editor.hover(uri, phone.range.start)
        assert hover is not None
        assert isinstance(hover.contents, types.MarkupContent)
        assert "Pourquoi :" in hover.contents.value
        assert "Why:" not in hover.contents.value

    assert drive(tmp_path, scenario, locale="fr-FR") == 0
