"""draftlint server driven over stdio by pygls's real LSP client, as an editor drives it."""

import json
import re
import subprocess
import sys
from pathlib import Path

from lsp_client import DRAFT, Editor, drive, entities
from lsprotocol import types


def titled(actions: object, start: str) -> types.CodeAction:
    assert isinstance(actions, (list, tuple))
    (action,) = [
        a for a in actions if isinstance(a, types.CodeAction) and a.title.startswith(start)
    ]
    return action


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """The text with the edits applied, as an editor applies a WorkspaceEdit (one line each
    here: the test's drafts keep every value on one line)."""
    lines = text.split("\n")
    for edit in sorted(
        edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
    ):
        assert edit.range.start.line == edit.range.end.line
        line = lines[edit.range.start.line]
        lines[edit.range.start.line] = (
            line[: edit.range.start.character] + edit.new_text + line[edit.range.end.character :]
        )
    return "\n".join(lines)


def test_a_session_diagnoses_fixes_and_rechecks_a_draft(tmp_path: Path) -> None:
    async def scenario(editor: Editor) -> None:
        uri = editor.open(tmp_path / "post.md", DRAFT)
        found = await editor.diagnostics_of(uri, 1)
        by_entity = {d.message.split()[0]: d for d in found}
        assert set(by_entity) == {"PERSON", "PHONE_NUMBER"}
        phone = by_entity["PHONE_NUMBER"]
        assert phone.source == "draftlint"
        assert phone.range.start == types.Position(line=2, character=11)
        assert phone.range.end == types.Position(line=2, character=25)
        assert "06 12 34 56 78" not in phone.message  # masked, as in every kept report
        assert phone.severity == types.DiagnosticSeverity.Warning  # the rule's: warning
        assert isinstance(phone.code, str)
        assert phone.code.startswith("phone-number")

        actions = await editor.code_actions(uri, phone)
        assert actions
        fix = actions[0]
        assert isinstance(fix, types.CodeAction)
        assert fix.edit
        assert fix.edit.changes
        every = titled(actions, "draftlint: apply all 2")
        assert every.edit
        assert every.edit.changes
        fixed_all = apply(DRAFT, every.edit.changes[uri])
        assert "06 12 34 56 78" not in fixed_all
        assert "Marguerite Vasseur" not in fixed_all
        fixed = apply(DRAFT, fix.edit.changes[uri])
        assert "06 12 34 56 78" not in fixed
        assert "Marguerite Vasseur" in fixed  # the quick fix is the phone number's alone

        hover = await editor.hover(uri, phone.range.start)
        assert hover is not None
        assert isinstance(hover.contents, types.MarkupContent)
        assert phone.code in hover.contents.value
        assert "Why:" in hover.contents.value

        ignore = titled(actions, "draftlint: ignore phone-number")
        assert ignore.edit
        assert ignore.edit.changes
        ignored = apply(DRAFT, ignore.edit.changes[uri])
        assert ignored.split("\n")[2].startswith("<!-- draftlint: ignore phone-number")
        assert ignored.split("\n")[3] == DRAFT.split("\n")[2]  # the line itself unchanged

        # A burst of edits, as typed: one check, of the last text, after a pause.
        editor.change(uri, 2, DRAFT + "Or on 07 98 76 54 32.\n")
        editor.change(uri, 3, fixed + "Write to marguerite.vasseur@example.org\n")
        editor.change(uri, 4, ignored)
        again = await editor.diagnostics_of(uri, 4)
        assert [d.message.split()[0] for d in again] == ["PERSON"]  # the phone ignored there
        assert (uri, 2) not in editor.history
        assert (uri, 3) not in editor.history

        editor.change(uri, 5, fixed)
        assert [d.message.split()[0] for d in await editor.diagnostics_of(uri, 5)] == ["PERSON"]

    assert drive(tmp_path, scenario) == 0


def test_the_workspace_configuration_of_each_file_is_honoured(tmp_path: Path) -> None:
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    (allowed / ".draftlint.toml").write_text('allow = ["06 12 34 56 78"]\n', encoding="utf-8")
    (tmp_path / ".git").mkdir()  # the configuration search stops here
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "saved.md").write_text(DRAFT, encoding="utf-8")  # never opened
    (tmp_path / "post.txt").write_text("Nothing to see.\n", encoding="utf-8")  # edited since

    async def scenario(editor: Editor) -> None:
        plain = editor.open(tmp_path / "post.txt", DRAFT, "plaintext")
        mine = editor.open(allowed / "post.txt", DRAFT, "plaintext")
        found = await editor.diagnostics_of(plain, 1)
        assert "PHONE_NUMBER" in entities(found)
        assert "PHONE_NUMBER" not in entities(await editor.diagnostics_of(mine, 1))

        (phone,) = [d for d in found if d.message.startswith("PHONE_NUMBER")]
        actions = await editor.code_actions(plain, phone)
        allow = titled(actions, "draftlint: allow this value")
        assert allow.command
        assert allow.edit is None  # the draft is not touched: a configuration file is
        assert not [a for a in actions or [] if "ignore" in a.title]  # no comments in .txt
        _, after = await editor.published_again(
            plain, allow.command.command, *(allow.command.arguments or [])
        )
        assert entities(after) == {"PERSON"}
        config = tmp_path / ".draftlint.toml"  # none was nearer: one beside the draft
        assert config.read_text(encoding="utf-8") == 'allow = ["06 12 34 56 78"]\n'

        saved = (tmp_path / "notes" / "saved.md").as_uri()
        del editor.published[plain]  # published again by the workspace's check below
        count, published = await editor.published_again(saved, "draftlint.checkWorkspace")
        assert count == 2  # the drafts on disk: allowed/post.txt lives in the editor alone
        assert entities(published) == {"PERSON"}  # the new allow entry holds there too
        assert entities(editor.published[plain]) == {"PERSON"}  # the editor's text, not disk's

    assert drive(tmp_path, scenario) == 0


def test_an_html_page_is_diagnosed_where_the_value_is_in_its_source(tmp_path: Path) -> None:
    page = "<html><body>\n<p>Reach me: <b>06 12 34 56 78</b></p>\n</body></html>\n"

    async def scenario(editor: Editor) -> None:
        uri = editor.open(tmp_path / "page.html", page, "html")
        (phone,) = [d for d in await editor.diagnostics_of(uri, 1) if d.message.startswith("PHONE")]
        assert phone.range.start == types.Position(line=1, character=16)
        assert phone.range.end == types.Position(line=1, character=30)

        actions = await editor.code_actions(uri, phone)
        ignore = titled(actions, "draftlint: ignore phone-number")
        assert ignore.edit
        assert ignore.edit.changes
        ignored = apply(page, ignore.edit.changes[uri])
        assert "<b><!-- draftlint: ignore phone-number" in ignored  # the value's own text
        editor.change(uri, 2, ignored)
        assert not await editor.diagnostics_of(uri, 2)  # silenced, and the comment used

    assert drive(tmp_path, scenario) == 0


def framed(message: dict[str, object]) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def test_malformed_requests_get_errors_and_the_server_goes_on() -> None:
    uri = "file:///nowhere/post.md"
    sent = [
        framed({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
        # A code action without its range and context: Invalid Params, answered.
        framed({"jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction",
                "params": {"textDocument": {"uri": uri}}}),
        b"Content-Length: 5\r\n\r\n{{{{{",  # not JSON at all
        framed({"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover",
                "params": {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}}),
        # The allow command with an argument of the wrong type, and for a draft never opened.
        framed({"jsonrpc": "2.0", "id": 5, "method": "workspace/executeCommand",
                "params": {"command": "draftlint.allow", "arguments": [uri, "two", 0]}}),
        framed({"jsonrpc": "2.0", "id": 6, "method": "workspace/executeCommand",
                "params": {"command": "draftlint.allow", "arguments": [uri, 0, 0]}}),
        framed({"jsonrpc": "2.0", "id": 4, "method": "shutdown"}),
        framed({"jsonrpc": "2.0", "method": "exit"}),
    ]  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "lint.cli", "server"],
        input=b"".join(sent),
        capture_output=True,
        timeout=60,
        check=False,
    )
    answers = {
        message["id"]: message
        for message in map(json.loads, re.split(rb"Content-Length: \d+\r\n[^{]*", done.stdout)[1:])
        if "id" in message
    }
    assert answers[2]["error"]["code"] == -32602
    assert answers[3]["result"] is None  # a document never opened: nothing to say
    assert answers[4]["result"] is None
    assert answers[5]["error"]["code"] == -32602
    assert answers[6]["result"] is None  # told in a message to show, not an error
    assert b"not a checked draft" in done.stdout
    assert done.returncode == 0
