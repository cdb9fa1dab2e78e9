"""The JSON API of draftlint web with real scans, through Starlette's test client: the
same findings, fixes and redacted copies as `check`, with the page's offsets."""

import base64
import io
import json
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from helpers import run
from starlette.testclient import TestClient

from lint.settings import resolve_settings
from lint.sources.docx.document import read_docx
from lint.web.app import build_app
from lint.web.security import Activity

TOKEN = "integration-token-0123456789abcdefghijklmnopq"
PORT = 48124
JSON = {"Content-Type": "application/json"}
UPLOAD = {"Content-Type": "application/octet-stream"}
# My own drafts: an emoji before the values (two UTF-16 units each), Windows line ends.
POST = (
    "🎉🎉 New job!\r\nThanks to Margaret Thornbury for the referral.\r\n"
    "Write to me at tom.ashworth@fastmail.com or call +44 7911 123456.\r\n#hiring"
)
LETTRE = (
    "Madame Lefebvre,\n\nJe vous écris au sujet du poste de comptable.\n"
    "Vous pouvez me joindre au 06 23 45 67 89.\n\nVeuillez agréer, Madame, mes salutations.\n"
    "Hélène Garnier\n"
)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = resolve_settings(None, isolated=True, start=tmp_path, on_warning=print)
    app = build_app(
        settings.scanner, token=TOKEN, port=PORT, activity=Activity(), stop=lambda: None
    )
    with TestClient(app, base_url=f"http://127.0.0.1:{PORT}") as client:
        yield client


def post(client: TestClient, route: str, body: dict) -> dict:
    answer = client.post(f"/{TOKEN}/api/{route}", content=json.dumps(body), headers=JSON)
    assert answer.status_code == 200, answer.text
    return answer.json()


def js_slice(text: str, start: int, end: int) -> str:
    """text[start:end] as JavaScript reads it: indices in UTF-16 code units."""
    units = text.encode("utf-16-le")
    return units[2 * start : 2 * end].decode("utf-16-le")


def cli_report(text: str) -> list[dict]:
    result = run("check", "--isolated", "--format", "json", "--show-values", "-", stdin=text)
    return json.loads(result.stdout)["findings"]


def test_findings_point_into_the_text_as_the_page_counts_it(client: TestClient) -> None:
    answer = post(client, "check", {"text": POST})
    values = [(f["entity"], js_slice(POST, f["start"], f["end"])) for f in answer["findings"]]
    assert ("PERSON", "Margaret Thornbury") in values
    assert ("EMAIL_ADDRESS", "tom.ashworth@fastmail.com") in values
    assert ("PHONE_NUMBER", "+44 7911 123456") in values
    assert sorted(values) == sorted((f["entity"], f["text"]) for f in cli_report(POST))
    starts = [f["start"] for f in answer["findings"]]
    assert starts == sorted(starts)
    (email,) = [f for f in answer["findings"] if f["entity"] == "EMAIL_ADDRESS"]
    assert email["key"] == f"{email['start']}:{email['end']}:{email['rule']}"
    assert (email["line"], email["column"]) == (3, len("Write to me at ") + 1)
    assert email["masked"] != "tom.ashworth@fastmail.com"
    assert email["suggestion"] == "[email address]"
    assert email["explanation"].startswith("email-address (EMAIL_ADDRESS, warning)\n\nE-mail")
    assert "Why: " in email["explanation"]
    assert (answer["language"], answer["profile"]) == ("en", "post")


def test_the_page_in_french_gets_french_explanations_and_the_same_findings(
    client: TestClient,
) -> None:
    english = post(client, "check", {"text": POST})
    french = post(client, "check", {"text": POST, "ui_language": "fr"})
    # Only the explanations follow the page: the draft is still English, its suggestions too.
    for answer in (english, french):
        for finding in answer["findings"]:
            del finding["explanation"]
    assert french == english
    french = post(client, "check", {"text": POST, "ui_language": "fr"})
    (email,) = [f for f in french["findings"] if f["entity"] == "EMAIL_ADDRESS"]
    assert email["explanation"].startswith(
        "email-address (EMAIL_ADDRESS, avertissement)\n\nAdresse e-mail\n\nPourquoi : "
    )
    assert "Why:" not in email["explanation"]
    fixed = post(client, "fix", {"text": POST, "ui_language": "fr", "decisions": []})
    assert fixed == {"text": POST}


def test_an_unknown_ui_language_is_a_one_line_400(client: TestClient) -> None:
    body = json.dumps({"text": POST, "ui_language": "de"})
    answer = client.post(f"/{TOKEN}/api/check", content=body, headers=JSON)
    assert answer.status_code == 400
    assert answer.json()["error"].startswith("ui_language: ")
    refused = client.post(
        f"/{TOKEN}/api/extract?name=cv.txt&ui_language=de", content=b"Hi", headers=UPLOAD
    )
    assert refused.status_code == 400
    assert refused.json() == {"error": "ui_language: 'de' is not one of 'en', 'fr'"}


def test_language_and_profile_are_detected_or_as_chosen(client: TestClient) -> None:
    detected = post(client, "check", {"text": LETTRE})
    assert (detected["language"], detected["profile"]) == ("fr", "letter")
    # A letter expects its signature (info); a post does not (warning).
    chosen = post(client, "check", {"text": LETTRE, "profile": "post", "language": "fr"})
    assert chosen["profile"] == "post"

    def signature(answer: dict) -> str:
        (found,) = [
            f["severity"]
            for f in answer["findings"]
            if js_slice(LETTRE, f["start"], f["end"]) == "Hélène Garnier"
        ]
        return found

    assert (signature(detected), signature(chosen)) == ("info", "warning")


def test_styles_change_the_suggestions(client: TestClient) -> None:
    masked = post(client, "check", {"text": POST, "styles": {"EMAIL_ADDRESS": "mask"}})
    (email,) = [f for f in masked["findings"] if f["entity"] == "EMAIL_ADDRESS"]
    assert email["suggestion"] == email["masked"]


def test_fix_applies_exactly_the_accepted_and_edited_findings(client: TestClient) -> None:
    found = {f["entity"]: f for f in post(client, "check", {"text": POST})["findings"]}
    decisions = [
        {"key": found["EMAIL_ADDRESS"]["key"], "action": "accept"},
        {"key": found["PHONE_NUMBER"]["key"], "action": "keep"},
        {"key": found["PERSON"]["key"], "action": "edit", "replacement": "a former colleague"},
        {"key": "1:2:no-such-finding", "action": "accept"},  # stale: ignored
    ]
    fixed = post(client, "fix", {"text": POST, "decisions": decisions})["text"]
    assert fixed == (
        POST.replace("tom.ashworth@fastmail.com", "[email address]").replace(
            "Margaret Thornbury", "a former colleague"
        )
    )


def test_fix_without_decisions_changes_nothing(client: TestClient) -> None:
    assert post(client, "fix", {"text": POST})["text"] == POST


def test_accepting_everything_is_what_check_fix_writes(client: TestClient) -> None:
    draft = (
        "Ring me on +44 7911 123456 or mail ana.berg@proton.me; "
        "I live at 14 Elm Road, Leeds LS6 2AB."
    )
    findings = post(client, "check", {"text": draft})["findings"]
    decisions = [{"key": f["key"], "action": "accept"} for f in findings]
    fixed = post(client, "fix", {"text": draft, "decisions": decisions})["text"]
    result = run("check", "--isolated", "--fix", "-", stdin=draft)
    assert fixed == result.stdout
    assert "in Leeds" in fixed  # fitted to the sentence: "at <street>" became "in <city>"


def test_a_clean_draft_has_no_findings(client: TestClient) -> None:
    clean = "We shipped version 2.4 on 3 March: 120 tests, 0 failures, see the changelog."
    assert post(client, "check", {"text": clean})["findings"] == []


def extract(client: TestClient, name: str, data: bytes) -> TestClient:
    return client.post(f"/{TOKEN}/api/extract?name={name}", content=data, headers=UPLOAD)


def test_extract_reads_text_markdown_and_html_as_check_does(client: TestClient) -> None:
    text = extract(client, "note.txt", "\ufeffMail: zoe@example.org\n".encode()).json()
    assert text == {
        "name": "note.txt",
        "kind": "txt",
        "text": "Mail: zoe@example.org\n",
        "rewritable": True,
        "reason": None,
    }
    legacy = extract(client, "old.md", "Café: zoë@example.org".encode("cp1252")).json()
    assert (legacy["kind"], legacy["text"]) == ("md", "Café: zoë@example.org")
    page = extract(client, "me.html", b"<p>Call <b>06&nbsp;23 45 67 89</b></p>").json()
    assert page["kind"] == "html"
    assert page["text"] == "Call\n06 23 45 67 89"  # as check reads the page: text only
    assert "<b>" not in page["text"]


def test_a_file_check_cannot_read_is_its_one_line_error(client: TestClient, tmp_path: Path) -> None:
    data = b"\x00\x01binary\x00" * 10
    answer = extract(client, "blob.txt", data)
    assert answer.status_code == 400
    (tmp_path / "blob.txt").write_bytes(data)
    result = run("check", "--isolated", str(tmp_path / "blob.txt"))
    message = answer.json()["error"]
    assert message == "blob.txt: binary file, not a text draft"
    assert message in result.stderr
    broken = extract(client, "cv.docx", b"PK\x03\x04 not a zip")
    assert broken.status_code == 400
    assert broken.json()["error"].startswith("cv.docx: ")


def test_a_pdf_is_read_and_says_why_it_cannot_be_rewritten(client: TestClient) -> None:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 800, "Contact: li.wei@example.com")
    pdf.save()
    answer = extract(client, "cv.pdf", out.getvalue()).json()
    assert answer["kind"] == "pdf"
    assert "li.wei@example.com" in answer["text"]
    assert answer["rewritable"] is False
    assert answer["reason"].startswith("draftlint cannot rewrite a PDF")
    french = client.post(
        f"/{TOKEN}/api/extract?name=cv.pdf&ui_language=fr", content=out.getvalue(), headers=UPLOAD
    ).json()
    assert french["reason"].startswith("draftlint ne peut pas réécrire un PDF ; corrigez")
    assert {**french, "reason": None} == {**answer, "reason": None}


def make_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Curriculum vitae")
    document.add_paragraph("E-mail: oscar.lindqvist@fastmail.com")
    run_ = document.add_paragraph().add_run("Mobile: +33 6 23 45 67 88")
    run_.bold = True
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_docx_is_redacted_in_memory_with_the_decisions(client: TestClient) -> None:
    data = make_docx()
    text = extract(client, "cv.docx", data).json()["text"]
    found = {f["entity"]: f for f in post(client, "check", {"text": text})["findings"]}
    body = {
        "file": base64.b64encode(data).decode(),
        "decisions": [
            {"key": found["EMAIL_ADDRESS"]["key"], "action": "accept"},
            {"key": found["PHONE_NUMBER"]["key"], "action": "keep"},
        ],
    }
    answer = client.post(f"/{TOKEN}/api/docx?name=cv.docx", content=json.dumps(body), headers=JSON)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert answer.headers["content-disposition"] == 'attachment; filename="cv.redacted.docx"'
    copy = docx.Document(io.BytesIO(answer.content))
    paragraphs = [p.text for p in copy.paragraphs]
    assert "E-mail: [email address]" in paragraphs
    assert "Mobile: +33 6 23 45 67 88" in paragraphs
    assert [r.text for p in copy.paragraphs for r in p.runs if r.bold] == [
        "Mobile: +33 6 23 45 67 88"
    ]


def test_accepting_everything_in_a_docx_is_what_check_fix_writes(
    client: TestClient, tmp_path: Path
) -> None:
    data = make_docx()
    text = extract(client, "cv.docx", data).json()["text"]
    findings = post(client, "check", {"text": text})["findings"]
    decisions = [{"key": f["key"], "action": "accept"} for f in findings]
    body = {"file": base64.b64encode(data).decode(), "decisions": decisions}
    answer = client.post(f"/{TOKEN}/api/docx?name=cv.docx", content=json.dumps(body), headers=JSON)
    (tmp_path / "cv.docx").write_bytes(data)
    run("check", "--isolated", "--fix", str(tmp_path / "cv.docx"))
    written = read_docx(str(tmp_path / "cv.redacted.docx")).text
    assert read_docx("web.docx", answer.content).text == written


@pytest.mark.parametrize(
    ("name", "file", "message"),
    [
        ("cv.pdf", base64.b64encode(b"%PDF").decode(), "cv.pdf: not a .docx"),
        ("cv.docx", "not base64!", "file: not base64"),
    ],
)
def test_a_docx_request_that_cannot_be_done_is_a_400(
    client: TestClient, name: str, file: str, message: str
) -> None:
    body = json.dumps({"file": file})
    answer = client.post(f"/{TOKEN}/api/docx?name={name}", content=body, headers=JSON)
    assert answer.status_code == 400
    assert answer.json() == {"error": message}


def test_a_lone_surrogate_in_the_text_keeps_every_offset(client: TestClient) -> None:
    # Half an emoji left by an edit: JSON.stringify sends it as an escape, and so it comes back.
    text = "\ud83d Mail: rosa.quint@fastmail.com"
    body = json.dumps({"text": text})  # ASCII escapes, as the page sends them
    answer = client.post(f"/{TOKEN}/api/check", content=body, headers=JSON)
    assert answer.status_code == 200
    (found,) = answer.json()["findings"]
    assert (found["start"], found["end"]) == (8, 8 + len("rosa.quint@fastmail.com"))


def test_the_name_of_a_markdown_file_makes_its_ignore_comments_count(client: TestClient) -> None:
    text = "Launch day!\n<!-- draftlint: ignore -->\nSupport line: +44 7911 123456\n"
    pasted = post(client, "check", {"text": text})["findings"]
    assert [f["entity"] for f in pasted] == ["PHONE_NUMBER"]
    from_file = post(client, "check", {"text": text, "name": "launch.md"})["findings"]
    assert from_file == []
    fixed = post(client, "fix", {"text": text, "name": "launch.md", "decisions": []})
    assert fixed["text"] == text


def test_the_configuration_file_is_laid_under_the_page_choices(tmp_path: Path) -> None:
    config = tmp_path / ".draftlint.toml"
    config.write_text(
        'allow = ["tom.ashworth@fastmail.com"]\nprofile = "message"\ndeny = ["Project Bluefin"]\n',
        encoding="utf-8",
    )
    settings = resolve_settings(config, isolated=False, start=tmp_path, on_warning=print)
    app = build_app(
        settings.scanner, token=TOKEN, port=PORT, activity=Activity(), stop=lambda: None
    )
    text = POST + "\nNext: Project Bluefin."
    with TestClient(app, base_url=f"http://127.0.0.1:{PORT}") as client:
        answer = post(client, "check", {"text": text})
        chosen = post(client, "check", {"text": text, "profile": "cv"})
    entities = {f["entity"] for f in answer["findings"]}
    assert "EMAIL_ADDRESS" not in entities  # allowed
    assert "CUSTOM_TERM" in entities  # denied
    assert (answer["profile"], chosen["profile"]) == ("message", "cv")


def test_parts_copied_unread_are_named_as_check_fix_notes_them(client: TestClient) -> None:
    import zipfile

    out = io.BytesIO(make_docx())
    with zipfile.ZipFile(out, "a") as package:
        package.writestr("word/embeddings/budget.xlsx", b"not read")
    body = {"file": base64.b64encode(out.getvalue()).decode(), "decisions": []}
    answer = client.post(f"/{TOKEN}/api/docx?name=cv.docx", content=json.dumps(body), headers=JSON)
    assert answer.status_code == 200
    assert answer.headers["x-draftlint-unread-parts"] == "word/embeddings/budget.xlsx"
    plain = {"file": base64.b64encode(make_docx()).decode(), "decisions": []}
    answer = client.post(f"/{TOKEN}/api/docx?name=cv.docx", content=json.dumps(plain), headers=JSON)
    assert "x-draftlint-unread-parts" not in answer.headers
