"""The language server's pure parts: positions, severities, diagnostics and edits, from
findings written by hand (no model)."""

from pathlib import Path

from lsprotocol import types

from lint.lsp.drafts import document_of, is_draft
from lint.lsp.findings import all_edits, diagnostics, lsp_severity, overlapping, place
from lint.lsp.positions import Lines
from lint.model import Document, Finding

TEXT = "Hi 👋 team,\n\nText Jo on 07 98 76 54 32.\n"
PHONE = Finding("-", 23, 37, "PHONE_NUMBER", "phone-number", 1.0, "warning", "en", "[number]")


def test_each_severity_maps_to_its_lsp_severity() -> None:
    assert lsp_severity("error") == types.DiagnosticSeverity.Error
    assert lsp_severity("warning") == types.DiagnosticSeverity.Warning
    assert lsp_severity("info") == types.DiagnosticSeverity.Information


def test_a_column_after_an_emoji_counts_two_utf16_units_and_one_utf32() -> None:
    after = TEXT.index("team")
    assert Lines(TEXT).position(after) == types.Position(line=0, character=6)
    assert Lines(TEXT, "utf-32").position(after) == types.Position(line=0, character=5)
    assert Lines(TEXT, "utf-8").position(after) == types.Position(line=0, character=8)


def test_a_position_turns_back_into_its_offset() -> None:
    lines = Lines(TEXT)
    for offset in (0, 5, 11, 12, 23, 37, len(TEXT)):
        assert lines.offset(lines.position(offset)) == offset


def test_a_position_past_a_line_or_the_text_is_its_end() -> None:
    lines = Lines(TEXT)
    assert lines.offset(types.Position(line=0, character=99)) == TEXT.index("\n")
    assert lines.offset(types.Position(line=40, character=0)) == len(TEXT)


def test_lines_end_at_crlf_lf_or_a_lone_cr_and_nowhere_else() -> None:
    text = "one\r\ntwo\rthree\nfour\u2028still four\x0cand still\n"
    lines = Lines(text)
    assert lines.position(text.index("two")) == types.Position(line=1, character=0)
    assert lines.position(text.index("three")) == types.Position(line=2, character=0)
    assert lines.position(text.index("still four")) == types.Position(line=3, character=5)
    assert lines.position(text.index("and still")) == types.Position(line=3, character=16)
    assert lines.offset(types.Position(line=0, character=99)) == text.index("\r\n")
    for offset in (0, 5, 9, 15, 25, len(text)):
        assert lines.offset(lines.position(offset)) == offset


def test_a_diagnostic_masks_the_value_and_names_rule_and_suggestion() -> None:
    assert TEXT[PHONE.start : PHONE.end] == "07 98 76 54 32"
    document = Document("-", TEXT)
    (diagnostic,) = diagnostics(document, place(document, [PHONE]), Lines(TEXT))
    assert diagnostic.code == "phone-number"
    assert diagnostic.severity == types.DiagnosticSeverity.Warning
    assert diagnostic.range == types.Range(
        start=types.Position(line=2, character=11), end=types.Position(line=2, character=25)
    )
    assert "07 98 76 54 32" not in diagnostic.message
    assert "[number]" in diagnostic.message


def test_the_edit_of_a_suggestion_replaces_the_value() -> None:
    document = Document("-", TEXT)
    (placed,) = place(document, [PHONE])
    assert placed.edit is not None
    fixed = TEXT[: placed.edit.start] + placed.edit.new_text + TEXT[placed.edit.end :]
    assert fixed == "Hi 👋 team,\n\nText Jo on [number].\n"


def test_a_finding_without_a_suggestion_has_no_edit() -> None:
    document = Document("-", TEXT)
    bare = Finding("-", 18, 20, "PERSON", "person", 0.9, "info", "en", None)
    (placed,) = place(document, [bare])
    assert placed.edit is None
    assert all_edits(document, [placed]) == []


def test_only_the_findings_a_range_meets_are_picked() -> None:
    document = Document("-", TEXT)
    placed = place(document, [PHONE])
    assert overlapping(placed, 30, 30) == placed
    assert overlapping(placed, 0, 10) == []


def test_in_a_page_the_edit_is_made_in_the_source_and_escaped() -> None:
    page = "<p>Text <b>07 98 76 54 32</b> now</p>"
    document = document_of(Path("page.html"), page)
    start = document.text.index("07")
    finding = Finding(
        "page.html",
        start,
        start + 14,
        "PHONE_NUMBER",
        "phone-number",
        1.0,
        "warning",
        "en",
        "<number>",
    )
    (placed,) = place(document, [finding])
    assert page[placed.start : placed.end] == "07 98 76 54 32"
    assert placed.edit is not None
    assert placed.edit.new_text == "&lt;number&gt;"


def test_markdown_text_and_html_are_drafts_and_code_is_not() -> None:
    assert is_draft(Path("a.md"), "markdown")
    assert is_draft(Path("a.html"), None)
    assert not is_draft(Path("a.py"), "python")
    assert not is_draft(Path("a.pdf"), None)
