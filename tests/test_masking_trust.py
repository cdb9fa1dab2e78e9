"""Trust repairs: what a mask may show, values in machine reports, terminal escapes."""

import itertools
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from lint.cli.app import app
from lint.fixing.masks import mask_value
from lint.model import Document, Finding, Region
from lint.pipeline import Scanner
from lint.reporting.report import plain, render_github, render_json, render_sarif
from lint.words import plural

# --- a mask shows at most a third of a value, and never a whole component -------------------


def components(value: str, entity: str) -> list[list[int]]:
    """The positions of each component's alphanumerics, as the rule defines components."""
    if entity == "EMAIL_ADDRESS" and "@" in value:
        at = value.rindex("@")
        parts, offset = [(0, value[:at])], at + 1
        for label in value[at + 1 :].split("."):
            parts.append((offset, label))
            offset += len(label) + 1
        return [[start + i for i, c in enumerate(part) if c.isalnum()] for start, part in parts]
    runs = itertools.groupby(enumerate(value), key=lambda pair: pair[1].isalnum())
    return [[i for i, _ in run] for alnum, run in runs if alnum]


def assert_mask_respects_the_rule(value: str, entity: str) -> None:
    masked = mask_value(value, entity)
    assert len(masked) == len(value)
    for char, shown in zip(value, masked, strict=True):
        # Separators stay; an alphanumeric is either shown as is or hidden by "*".
        assert shown == char if not char.isalnum() else shown in (char, "*")
    alphanumerics = sum(char.isalnum() for char in value)
    revealed = sum(c.isalnum() and c == m for c, m in zip(value, masked, strict=True))
    assert revealed * 3 <= alphanumerics, (value, masked)
    for component in components(value, entity):
        if component:
            assert any(masked[i] == "*" for i in component), (value, masked, component)


LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
UPPER = LOWER.upper()
LABEL = st.from_regex(r"[a-z0-9](?:[a-z0-9\-]{0,10}[a-z0-9])?", fullmatch=True)
WORD = st.text(LOWER + DIGITS, min_size=1, max_size=12)
EMAILS = st.builds(
    lambda local, labels: f"{local}@{'.'.join(labels)}",
    st.lists(WORD, min_size=1, max_size=3).map(".".join)
    | st.from_regex(r"[a-z0-9][a-z0-9._+\-]{0,15}", fullmatch=True),
    st.lists(
        st.from_regex(r"[a-z0-9](?:[a-z0-9\-]{0,10}[a-z0-9])?", fullmatch=True),
        min_size=1,
        max_size=3,
    ).map(lambda labels: [*labels, "io"])
    | st.lists(st.text(LOWER, min_size=1, max_size=8), min_size=2, max_size=4),
)
GROUPS = st.lists(st.text(DIGITS, min_size=1, max_size=5), min_size=1, max_size=7)
PHONES = st.builds(
    lambda plus, groups, sep: plus + sep.join(groups),
    st.sampled_from(["", "+", "00"]),
    GROUPS,
    st.sampled_from([" ", ".", "-", ""]),
)
IBANS = st.builds(
    lambda country, check, groups: f"{country}{check} " + " ".join(groups),
    st.text(UPPER, min_size=2, max_size=2),
    st.text(DIGITS, min_size=2, max_size=2),
    st.lists(
        st.text(DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=4),
        min_size=1,
        max_size=7,
    ),
)
CARDS = st.lists(st.text(DIGITS, min_size=4, max_size=4), min_size=4, max_size=4).map(" ".join)
MONTHS = st.sampled_from(["May", "March", "juillet", "Sept.", "déc"])
DATES = st.builds(
    lambda d, m, y, sep: f"{d}{sep}{m}{sep}{y}",
    st.integers(1, 31).map(str) | st.integers(1, 31).map("{:02d}".format),
    st.integers(1, 12).map(str) | st.integers(1, 12).map("{:02d}".format) | MONTHS,
    st.integers(1900, 2025).map(str) | st.integers(0, 99).map("{:02d}".format),
    st.sampled_from(["/", "-", ".", " "]),
) | st.builds(lambda m, d, y: f"{m} {d}, {y}", MONTHS, st.integers(1, 31), st.integers(1900, 2025))
IPV4 = st.lists(st.integers(0, 255).map(str), min_size=4, max_size=4).map(".".join)
IPV6 = st.lists(st.from_regex(r"[0-9a-f]{0,4}", fullmatch=True), min_size=3, max_size=8).map(
    ":".join
)
NAMES = st.builds(
    lambda words, sep: sep.join(words),
    st.lists(
        st.text(LOWER + "ABCDEFGHIJKLMNOPQRSTUVWXYZéèçÉøß", min_size=1, max_size=12),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from([" ", "-", "'", " de "]),
)
BY_ENTITY = [
    ("EMAIL_ADDRESS", EMAILS),
    ("PHONE_NUMBER", PHONES),
    ("FINANCIAL_ACCOUNT", IBANS | CARDS),
    ("DATE_OF_BIRTH", DATES),
    ("IP_ADDRESS", IPV4 | IPV6),
    ("PERSON", NAMES),
    ("NATIONAL_ID", PHONES | IBANS),
]


@pytest.mark.parametrize(("entity", "values"), BY_ENTITY, ids=[e for e, _ in BY_ENTITY])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_mask_shows_at_most_a_third_and_never_a_whole_component(
    entity: str, values: st.SearchStrategy[str], data: st.DataObject
) -> None:
    assert_mask_respects_the_rule(data.draw(values), entity)


@settings(max_examples=500, deadline=None)
@given(st.text(), st.sampled_from([e for e, _ in BY_ENTITY] + ["ADDRESS", "SECRET"]))
def test_any_text_masked_as_any_entity_respects_the_rule(value: str, entity: str) -> None:
    assert_mask_respects_the_rule(value, entity)


@settings(max_examples=500, deadline=None)
@given(
    EMAILS
    | st.builds("{}@{}".format, st.text(), st.text())
    | st.builds("{}@{}.{}".format, st.text(DIGITS, min_size=1), st.text(DIGITS), st.text(LOWER))
)
def test_an_email_mask_never_has_two_letters_or_digits_side_by_side(email: str) -> None:
    masked = mask_value(email, "EMAIL_ADDRESS")
    assert not any(a.isalnum() and b.isalnum() for a, b in itertools.pairwise(masked)), masked


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


def run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=stdin)


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

OSC52 = "\x1b]52;c;aGVsbG8=\x07"  # writes "hello" to the clipboard
LINE = f"\x1b[2J{OSC52}Call me on 06 12 34 56 78\x9b31m now\u202e."
# ESC, BEL and the C1 range (CSI is \x9b); what rich writes to style the report is SGR only.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
ESCAPED_LINE = r"\x1b[2J\x1b]52;c;aGVsbG8=\x07Call me on 06 12 34 56 78\x9b31m now\u202e."


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    # The file name carries an OSC 52 as well: on Linux a name may hold any byte but "/".
    path = tmp_path / f"post{OSC52}.txt"
    path.write_text(f"Intro\n{LINE}\n", encoding="utf-8")
    return path


def test_the_text_report_escapes_the_path_and_prints_no_control_character(hostile: Path) -> None:
    result = run("check", str(hostile))
    assert result.exit_code == 1
    assert not FORBIDDEN.search(result.stdout.replace("\n", "")), repr(result.stdout)
    assert f"{hostile.parent}/post\\x1b]52;c;aGVsbG8=\\x07.txt:2:" in result.stdout


def test_the_text_report_escapes_a_value_and_its_location() -> None:
    from lint.reporting.report import render_text_lines

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


def test_the_caret_stays_under_the_value_after_escapes(hostile: Path) -> None:
    from lint.reporting.report import render_text_lines

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


def test_a_masked_value_with_a_control_character_is_escaped_in_annotations() -> None:
    # A mask keeps separators: a control character inside a value would travel with it.
    text = "Call 06\x1b12 34 56 78\n"
    finding = Finding("-", 5, 19, "PHONE_NUMBER", "phone-number", 1.0, "warning", "en", "x")
    output = render_github([(Document("-", text), [finding])], show_values=False)
    assert "\x1b" not in output
    assert "0*\\x1b** ** ** *8" in output


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


def _run_on_a_terminal(*args: str) -> tuple[int, str, str]:
    import pty

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    done = subprocess.run(
        [sys.executable, "-m", "lint.cli.app", *args],
        stdout=follower,
        stderr=subprocess.PIPE,
        env={**env, "TERM": "xterm-256color", "COLUMNS": "400"},
        timeout=120,
        check=False,
    )
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed once everything is read
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    return done.returncode, output.decode(), done.stderr.decode()


def test_on_a_terminal_no_escape_from_the_draft_reaches_the_screen(hostile: Path) -> None:
    code, output, errors = _run_on_a_terminal("check", str(hostile))
    assert code == 1, errors
    assert "\x1b[" in output  # styled: this is the terminal path of the report
    # What is left once rich's own styling (SGR: ESC [ ... m) is taken out: no control at all.
    unstyled = re.sub(r"\x1b\[[0-9;]*m", "", output).replace("\r\n", "\n")
    assert not FORBIDDEN.search(unstyled.replace("\n", "")), repr(unstyled)
    assert f"\n    {ESCAPED_LINE}\n" in unstyled
    caret = " " * (4 + ESCAPED_LINE.index("06 12")) + "^" + "~" * 13
    assert f"\n{caret}\n" in unstyled


# --- plurals --------------------------------------------------------------------------------


def test_plural_adds_es_after_a_sibilant_and_takes_an_irregular_form() -> None:
    assert [plural(n, "fix") for n in (0, 1, 2)] == ["0 fixes", "1 fix", "2 fixes"]
    assert plural(2, "finding") == "2 findings"
    assert plural(3, "match") == "3 matches"
    assert plural(1, "file") == "1 file"
    assert plural(2, "entry", "entries") == "2 entries"
