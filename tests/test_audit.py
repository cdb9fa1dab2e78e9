"""`draftlint audit` on LinkedIn exports built as the export's public descriptions give them."""

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lint.audit.linkedin_export import read_export
from lint.cli.app import app

SHARES = (
    "\ufeffDate,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
    "2024-03-02 09:15:00,https://www.linkedin.com/feed/update/urn:li:share:7170000000000000001,"
    '"Open to work! Call me on 06 12 34 56 78 or write to ""jane.doe@gmail.com"".\n'
    'Second line of the post.",,,MEMBER_NETWORK\n'
    "2023-01-10 18:00:00,https://www.linkedin.com/feed/update/urn:li:share:7020000000000000002,"
    '"A post about our team offsite, nothing personal.",,,MEMBER_NETWORK\n'
)
# Older exports escaped quotes with a backslash.
COMMENTS = (
    "Date,Link,Message\n"
    "2024-05-20 12:00:00,https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000003,"
    '"Thanks \\"Sarah\\"! My IBAN is FR76 3000 3018 4700 0517 3826 435 for the refund."\n'
)
CONNECTIONS = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email '
    'addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,'
    "Connected On\nJohn,Smith,https://www.linkedin.com/in/johnsmith,john.smith@corp.com,Acme,"
    "CEO,01 Jan 2020\n"
)
MESSAGES = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
    "2-abc,,Jane Doe,https://www.linkedin.com/in/janedoe,Bob,2024-06-01 10:00:00 UTC,,"
    '"My passport number: 548213976",INBOX\n'
)
PROFILE = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    'Jane,Doe,,,"Mar 3, 1990",Data engineer,"Reach me at +44 7911 123456",,,"London",,,\n'
)
ARTICLE = (
    "<html><head><title>My path</title></head><body><h1>My path</h1>"
    "<p>Created on 2022-11-05</p><p>Ask my manager, Julien Marchetti, or email "
    "jane.doe@gmail.com.</p>"
    "<a href='https://www.linkedin.com/pulse/my-path-jane-doe'>link</a></body></html>"
)
MALFORMED = 'Date,Link,Message\n2024-01-01,"unclosed quote,Message\n'


def build_export(folder: Path, *, malformed: bool = False) -> Path:
    path = folder / "Basic_LinkedInDataExport_06-02-2024.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Shares.csv", SHARES)
        archive.writestr("Comments.csv", COMMENTS)
        archive.writestr("Connections.csv", CONNECTIONS)
        archive.writestr("messages.csv", MESSAGES)
        archive.writestr("Profile.csv", PROFILE)
        archive.writestr("Articles/Articles/My path.html", ARTICLE)
        if malformed:
            archive.writestr("Reactions.csv", "x")
            archive.writestr("Recommendations_Given.csv", MALFORMED)
    return path


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args))


def test_the_export_is_read_with_its_quirks(tmp_path: Path) -> None:
    export = read_export(build_export(tmp_path))
    kinds = [item.kind for item in export.items]
    assert sorted(kinds) == ["article", "comment", "post", "post", "profile"]
    post = next(i for i in export.items if i.text.startswith("Open to work"))
    assert '"jane.doe@gmail.com"' in post.text  # doubled quotes
    assert post.text.endswith("Second line of the post.")  # multi-line field
    comment = next(i for i in export.items if i.kind == "comment")
    assert comment.text.startswith('Thanks "Sarah"!')  # backslash-escaped quotes
    assert [i.date for i in export.items if i.date] == sorted(
        [i.date for i in export.items if i.date], reverse=True
    )  # newest first
    assert any(s.startswith("Connections.csv: other people's") for s in export.skipped)
    assert any(s.startswith("messages.csv: private messages") for s in export.skipped)


def test_audit_json_names_each_item_entity_and_masked_value(tmp_path: Path) -> None:
    result = run("audit", "--format", "json", str(build_export(tmp_path)))
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    found = {(f["kind"], f["entity"], f["text"]) for f in report["findings"]}
    assert ("post", "PHONE_NUMBER", "0* ** ** ** *8") in found
    assert ("post", "EMAIL_ADDRESS", "j***.***@g****.c**") in found
    assert ("comment", "FINANCIAL_ACCOUNT", "F*** **** **** **** **** **** *35") in found
    assert ("profile", "PHONE_NUMBER", "+4* **** ****56") in found
    assert ("profile", "DATE_OF_BIRTH", "M** *, ***0") in found
    assert ("article", "PERSON", "J***** M********") in found
    post = next(f for f in report["findings"] if f["entity"] == "PHONE_NUMBER")
    assert post["date"] == "2024-03-02 09:15:00"
    assert post["link"].startswith("https://www.linkedin.com/feed/update/urn:li:share:717")
    assert post["item"].startswith("Open to work! Call me on 0* ** ** ** *8")
    assert "John" not in result.stdout  # connections are not scanned
    assert "548213976" not in result.stdout  # nor messages, unless asked
    assert report["summary"]["by_kind"]["post"] == 2
    assert report["summary"]["by_entity"]["PHONE_NUMBER"] == 2


def test_messages_only_with_include_messages(tmp_path: Path) -> None:
    export = build_export(tmp_path)
    report = json.loads(run("audit", "--format", "json", "--include-messages", str(export)).stdout)
    assert ("message", "NATIONAL_ID") in {(f["kind"], f["entity"]) for f in report["findings"]}


def test_a_folder_export_and_a_malformed_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    zipped = build_export(tmp_path, malformed=True)
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(zipped) as archive:
        archive.extractall(folder)
    result = run("audit", str(folder))
    assert result.exit_code == 1
    assert "Recommendations_Given.csv: malformed CSV, skipped" in result.stderr
    assert "[post 2024-03-02 09:15:00 https://www.linkedin.com/feed/update/" in result.stdout
    assert "skipped Reactions.csv: not content you published" in result.stdout


def test_not_an_export_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_bytes(b"not a zip")
    result = run("audit", str(tmp_path / "x.zip"))
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"draftlint: error: {tmp_path / 'x.zip'}: not a LinkedIn export"
    )


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_the_html_report_renders_in_a_real_browser_with_values_masked(tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is needed: apt-get install chromium")
        pytest.skip("chromium is not installed")
    page = tmp_path / "audit.html"
    result = run("audit", "--format", "html", "--output", str(page), str(build_export(tmp_path)))
    assert result.exit_code == 1
    source = page.read_text(encoding="utf-8")
    assert "<script" not in source
    assert "http://" not in source  # nothing loaded from outside
    assert "src=" not in source
    dom = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "<h2>Posts (2)</h2>" in dom
    assert "PHONE_NUMBER" in dom
    assert "0* ** ** ** *8" in dom
    for value in ("06 12 34 56 78", "jane.doe@gmail.com", "FR76 3000 3018", "Julien Marchetti"):
        assert value not in dom
    assert 'href="https://www.linkedin.com/feed/update/urn:li:share:7170000000000000001"' in dom
