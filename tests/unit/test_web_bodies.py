"""The API's request bodies: what is refused, in one line, before any draft is read."""

import pytest

from lint.errors import DraftlintError
from lint.web.api import attachment
from lint.web.bodies import Draft, FixRequest, parsed


def test_a_draft_takes_its_defaults() -> None:
    draft = parsed(Draft, b'{"text": "hello"}')
    assert (draft.text, draft.language, draft.profile, draft.styles) == (
        "hello",
        "auto",
        "auto",
        {},
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "body: invalid JSON (Expecting value"),
        (b"\xff\xfe{", "body: invalid JSON ("),
        (b"[" * 100_000, "body: invalid JSON ("),
        (b"[]", "body: Input should be a valid dictionary"),
        (b'{"text": 3}', "text: Input should be a valid string"),
        (b"{}", "text: Field required"),
        (b'{"text": "x", "language": "de"}', "language: Input should be 'auto', 'en' or 'fr'"),
        (b'{"text": "x", "profile": "resume"}', "profile: Input should be"),
        (b'{"text": "x", "styles": {"PERSON": "blur"}}', "styles.PERSON: Input should be"),
        (b'{"text": "x", "styles": {"NAME": "mask"}}', "styles: Value error, no entity 'NAME'"),
        (b'{"text": "x", "colour": "red"}', "colour: Extra inputs are not permitted"),
    ],
)
def test_a_wrong_body_is_one_line_naming_the_field(body: bytes, message: str) -> None:
    with pytest.raises(DraftlintError) as raised:
        parsed(Draft, body)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


def test_a_lone_surrogate_keeps_its_place_in_the_text() -> None:
    # JSON.stringify writes half an emoji as an escape; the text must come through whole.
    draft = parsed(Draft, b'{"text": "\\ud83d cut, then \\ud83d\\ude00 whole"}')
    assert draft.text == "\ud83d cut, then \U0001f600 whole"


def test_an_edit_needs_its_replacement() -> None:
    body = b'{"text": "x", "decisions": [{"key": "0:1:email-address", "action": "edit"}]}'
    with pytest.raises(DraftlintError, match="0:1:email-address: an edit needs its replacement"):
        parsed(FixRequest, body)


def test_decisions_are_read_with_their_replacements() -> None:
    body = (
        b'{"text": "x", "decisions": [{"key": "0:1:r", "action": "accept"},'
        b' {"key": "2:3:r", "action": "edit", "replacement": "my manager"}]}'
    )
    decisions = parsed(FixRequest, body).decisions
    assert [(d.key, d.action, d.replacement) for d in decisions] == [
        ("0:1:r", "accept", None),
        ("2:3:r", "edit", "my manager"),
    ]


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("cv.redacted.docx", 'attachment; filename="cv.redacted.docx"'),
        (
            'Zoë "CV".redacted.docx',
            'attachment; filename="Zo_ _CV_.redacted.docx"; '
            "filename*=UTF-8''Zo%C3%AB%20%22CV%22.redacted.docx",
        ),
    ],
)
def test_the_download_name_is_safe_in_a_header(name: str, header: str) -> None:
    assert attachment(name) == header
