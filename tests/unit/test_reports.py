"""Machine and text reports built from given findings: values masked, controls escaped."""

import json
from dataclasses import replace

from helpers import OSC52

from lint.model import Document, Finding, Region
from lint.reporting.github import render_github
from lint.reporting.json_report import render_json
from lint.reporting.sarif import render_sarif
from lint.reporting.text import plain, render_text_lines
from lint.words import plural

# --- no value in a machine report unless show_values ------------------------------------------


def _quoting_document() -> tuple[Document, list[Finding]]:
    # As a .docx gives it: the target of a link whose label is a value found in the body.
    text = "Mail jane.doe@gmail.com\nhttps://example.org/jane\n"
    link = text.index("https")
    document = Document(
        "cv.docx",
        text,
        kind="docx",
        regions=(
            Region(0, link, "body"),
            Region(link, len(text), "link target of 'jane.doe@gmail.com'"),
        ),
    )
    findings = [
        Finding("cv.docx", 5, 23, "EMAIL_ADDRESS", "email-address", 1.0, "warning", "en", "x"),
        Finding("cv.docx", link, link + 24, "PROFILE_URL", "profile-url", 1.0, "info", "en", "y"),
    ]
    return document, findings


def test_a_location_that_quotes_a_value_is_masked_in_every_machine_report() -> None:
    document, findings = _quoting_document()
    results = [(document, findings)]
    for output in (
        render_json(results, show_values=False),
        render_sarif(results, [], show_values=False),
        render_github(results, show_values=False),
    ):
        assert "jane.doe@gmail.com" not in output
    report = json.loads(render_json(results, show_values=False))
    assert report["findings"][1]["location"] == "link target of 'j***.***@g****.c**'"
    shown = json.loads(render_json(results, show_values=True))
    assert shown["findings"][1]["location"] == "link target of 'jane.doe@gmail.com'"


def test_a_suggestion_that_quotes_a_value_is_masked() -> None:
    document, (email, link) = _quoting_document()
    quoting = replace(link, replacement="jane.doe@gmail.com")
    report = json.loads(render_json([(document, [email, quoting])], show_values=False))
    assert report["findings"][1]["suggestion"] == "j***.***@g****.c**"


# --- nothing from the draft drives the terminal --------------------------------------------


def test_the_text_report_escapes_a_value_and_its_location() -> None:
    text = "Call 06\x9b12 34 56 78 now\n"
    document = Document("cv.docx", text, regions=(Region(0, len(text), f"link {OSC52}"),))
    finding = Finding("cv.docx", 5, 19, "PHONE_NUMBER", "phone-number", 1.0, "warning", "en", "x")
    lines = [plain(line) for line in render_text_lines([(document, [finding])], with_source=True)]
    assert lines[0] == (
        'cv.docx:1:6: phone-number PHONE_NUMBER "06\\x9b12 34 56 78" -> x'
        "  (link \\x1b]52;c;aGVsbG8=\\x07)"
    )
    assert lines[1] == "    Call 06\\x9b12 34 56 78 now"
    assert lines[2] == "         ^" + "~" * (len("06\\x9b12 34 56 78") - 1)


def test_a_masked_value_with_a_control_character_is_escaped_in_annotations() -> None:
    # A mask keeps separators: a control character inside a value would travel with it.
    text = "Call 06\x1b12 34 56 78\n"
    finding = Finding("-", 5, 19, "PHONE_NUMBER", "phone-number", 1.0, "warning", "en", "x")
    output = render_github([(Document("-", text), [finding])], show_values=False)
    assert "\x1b" not in output
    assert "0*\\x1b** ** ** *8" in output


# --- plurals --------------------------------------------------------------------------------


def test_plural_adds_es_after_a_sibilant_and_takes_an_irregular_form() -> None:
    assert [plural(n, "fix") for n in (0, 1, 2)] == ["0 fixes", "1 fix", "2 fixes"]
    assert plural(2, "finding") == "2 findings"
    assert plural(3, "match") == "3 matches"
    assert plural(1, "file") == "1 file"
    assert plural(2, "entry", "entries") == "2 entries"
