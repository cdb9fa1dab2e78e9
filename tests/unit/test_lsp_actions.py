"""The server's code actions from findings written by hand (no model): ignore comments
placed where suppression reads them, the allow command, no comment in plain text."""

from pathlib import Path

import pytest
from lsprotocol import types

from lint.errors import DraftlintError
from lint.lsp.actions import ALLOW, Checked, code_actions, nearest_config, value_at
from lint.lsp.findings import place
from lint.lsp.positions import Lines
from lint.model import Document, Finding

TEXT = "# Notes\n\n  - Text Jo on 07 98 76 54 32.\n"
AT = TEXT.index("07")


def checked(path: str, text: str, start: int) -> Checked:
    phone = Finding(path, start, start + 14, "PHONE_NUMBER", "phone-number", 1.0, "warning",
                    "en", "[number]")  # fmt: skip
    document = Document(path, text)
    return Checked(document, Lines(text), place(document, [phone]), {})


def actions_at(state: Checked, offset: int) -> dict[str, types.CodeAction]:
    at = state.lines.position(offset)
    found = code_actions("file:///d", state, types.Range(start=at, end=at))
    return {a.title.split(" (")[0]: a for a in found}


def inserted(text: str, action: types.CodeAction) -> str:
    assert action.edit
    assert action.edit.changes
    (edit,) = action.edit.changes["file:///d"]
    lines = Lines(text)
    start, end = lines.offset(edit.range.start), lines.offset(edit.range.end)
    return text[:start] + edit.new_text + text[end:]


def test_in_markdown_the_ignore_comment_is_a_line_above_indented_as_the_finding() -> None:
    actions = actions_at(checked("post.md", TEXT, AT), AT)
    ignored = inserted(TEXT, actions["draftlint: ignore phone-number here"])
    assert ignored == "# Notes\n\n  <!-- draftlint: ignore phone-number -->\n" + TEXT[9:]


def test_plain_text_gets_no_ignore_comment_but_can_allow_the_value() -> None:
    actions = actions_at(checked("post.txt", TEXT, AT), AT)
    assert not [title for title in actions if "ignore" in title]
    allow = actions["draftlint: allow this value"]
    assert allow.command
    assert allow.command.command == ALLOW
    assert allow.command.arguments == ["file:///d", 2, 15]
    assert "07 98" not in repr(allow)  # the value stays in the server


def test_the_allowed_value_is_read_where_the_finding_is() -> None:
    state = checked("post.md", TEXT, AT)
    assert value_at(state, types.Position(line=2, character=15)) == "07 98 76 54 32"
    with pytest.raises(DraftlintError, match="no finding there"):
        value_at(state, types.Position(line=0, character=0))


def test_a_new_configuration_goes_beside_the_draft(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # the search for a configuration stops here
    assert nearest_config(tmp_path / "post.md") == tmp_path / ".draftlint.toml"
