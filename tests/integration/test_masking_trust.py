"""Trust repairs, through a scan: masks and values in machine reports, terminal escapes."""

import json
import re
from pathlib import Path

import pytest
from helpers import ESCAPED_LINE, FORBIDDEN, LINE, hostile_draft, run
from hypothesis import HealthCheck, given, settings
from strategies import EMAILS

from lint.fixing.masks import mask_value
from lint.model import Document
from lint.pipeline import Scanner
from lint.reporting.text import plain, render_text_lines

SCANNER = Scanner()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EMAILS)
def test_the_mask_replacement_is_read_as_no_address_and_no_handle(email: str) -> None:
    # --replace EMAIL_ADDRESS=mask publishes the mask: the rules must not flag it again.
    masked = mask_value(email, "EMAIL_ADDRESS")
    found = SCANNER.check_text(f"Write to {masked} today.")
    assert [f.entity for f in found if f.entity in ("EMAIL_ADDRESS", "PROFILE_URL")] == []


# --- no value in a machine report unless --show-values -------------------------------------

DRAFT = (
    "Hi, I am Jeanne Moreau, born on 14/07/1988.\n"
    "Call me on 06 12 34 56 78 or write to jeanne.moreau@gmail.com.\n"
    "My IBAN: FR76 3000 3018 4700 0517 3826 435\n"
    "The staging server is at 192.168.10.42 if you need it.\n"
)
VALUES = {
    "PERSON": "Jeanne Moreau",
    "DATE_OF_BIRTH": "14/07/1988",
    "PHONE_NUMBER": "06 12 34 56 78",
    "EMAIL_ADDRESS": "jeanne.moreau@gmail.com",
    "FINANCIAL_ACCOUNT": "FR76 3000 3018 4700 0517 3826 435",
    "IP_ADDRESS": "192.168.10.42",
}
SECRETS = [
    *VALUES.values(),
    *(re.sub(r"\D", "", value) for value in VALUES.values() if re.search(r"\d", value)),
    *["Jeanne", "Moreau", "jeanne", "moreau", "gmail", "1988", "3826"],
]


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("drafts") / "post.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


@pytest.mark.parametrize("output_format", ["json", "sarif", "github"])
def test_a_machine_report_shows_no_value_without_show_values(
    draft: Path, output_format: str
) -> None:
    result = run("check", "--format", output_format, str(draft))
    assert result.exit_code == 1
    assert result.stdout.count("PHONE_NUMBER") >= 1  # the report is not empty
    for entity in VALUES:
        assert entity in result.stdout
    for secret in SECRETS:
        assert secret not in result.stdout, (secret, output_format)
        assert secret.casefold() not in result.stdout.casefold(), (secret, output_format)


@pytest.mark.parametrize("output_format", ["json", "sarif", "github"])
def test_a_machine_report_shows_every_value_with_show_values(
    draft: Path, output_format: str
) -> None:
    result = run("check", "--format", output_format, "--show-values", str(draft))
    assert result.exit_code == 1
    for value in VALUES.values():
        assert value in result.stdout, (value, output_format)


def test_the_json_report_masks_each_value_by_the_rule(draft: Path) -> None:
    report = json.loads(run("check", "--format", "json", str(draft)).stdout)
    assert {f["entity"]: f["text"] for f in report["findings"]} == {
        "PERSON": "J***** M*****",
        "DATE_OF_BIRTH": "1*/**/***8",
        "PHONE_NUMBER": "0* ** ** ** *8",
        "EMAIL_ADDRESS": "j*****.******@g****.c**",
        "FINANCIAL_ACCOUNT": "F*** **** **** **** **** **** *35",
        "IP_ADDRESS": "1**.***.**.*2",
    }


# --- nothing from the draft drives the terminal --------------------------------------------


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return hostile_draft(tmp_path)


def test_the_text_report_escapes_the_path_and_prints_no_control_character(hostile: Path) -> None:
    result = run("check", str(hostile))
    assert result.exit_code == 1
    assert not FORBIDDEN.search(result.stdout.replace("\n", "")), repr(result.stdout)
    assert f"{hostile.parent}/post\\x1b]52;c;aGVsbG8=\\x07.txt:2:" in result.stdout


def test_the_caret_stays_under_the_value_after_escapes(hostile: Path) -> None:
    document = Document(str(hostile), f"Intro\n{LINE}\n")
    findings = Scanner().check(document)
    lines = [plain(line) for line in render_text_lines([(document, findings)], with_source=True)]
    assert lines[1] == f"    {ESCAPED_LINE}"
    column = ESCAPED_LINE.index("06 12")
    assert lines[2] == " " * (4 + column) + "^" + "~" * 13


def test_github_annotations_escape_control_characters(hostile: Path) -> None:
    result = run("check", "--format", "github", "--show-values", str(hostile))
    assert result.exit_code == 1
    assert not FORBIDDEN.search(result.stdout.replace("\n", "")), repr(result.stdout)
    assert "file=" + escape_github(f"{hostile.parent}/post\\x1b]52;c;aGVsbG8=\\x07.txt") in (
        result.stdout
    )
    assert "'06 12 34 56 78'" in result.stdout


def escape_github(text: str) -> str:
    return text.replace("%", "%25").replace(":", "%3A").replace(",", "%2C")


def test_the_diff_escapes_control_characters_and_keeps_crlf(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_bytes(f"Intro\r\n{LINE}\r\nBye\fnow\n".encode())
    result = run("check", "--diff", str(path))
    assert result.exit_code == 1
    diff = result.stdout_bytes.decode()  # .stdout would turn CRLF into LF
    assert not FORBIDDEN.search(diff.replace("\r\n", "").replace("\n", "")), repr(diff)
    fixed_line = ESCAPED_LINE.replace("06 12 34 56 78", "[number on request]")
    assert f"\n-{ESCAPED_LINE}\r\n+{fixed_line}\r\n Bye\\x0cnow\n" in diff
    # A form feed is no line break for patch(1): no "No newline at end of file" mid-diff.
    assert "No newline" not in diff
