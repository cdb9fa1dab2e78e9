"""The CLI in-process (typer's CliRunner): exit codes, text and JSON reports, stdin, folders."""

import json
import sys
from pathlib import Path

import pytest
from helpers import run

from lint import __version__

POST = (
    "Open to work! Call me on 06 12 34 56 78 or write to jane.doe@gmail.com.\n"
    "My IBAN: FR76 3000 3018 4700 0517 3826 435\n"
)
CLEAN = "We shipped the new release last week. Thanks to the whole team!\n"


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    return path


def test_findings_exit_1_with_one_line_each_in_linter_form(post: Path) -> None:
    result = run("check", str(post))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f'{post}:1:26: phone-number PHONE_NUMBER "06 12 34 56 78" -> [number on request]'
    )
    assert lines[1] == (
        f'{post}:1:53: email-address EMAIL_ADDRESS "jane.doe@gmail.com" -> [email address]'
    )
    assert lines[2].startswith(f'{post}:2:10: iban FINANCIAL_ACCOUNT "FR76 3000')
    assert lines[-2] == "Found 3 findings (1 error, 2 warnings) in 1 of 1 file."
    assert lines[-1].startswith("Profile: post (the default: the draft looks like no CV,")
    assert "\x1b[" not in result.stdout  # no colour when the output is not a terminal


def test_a_clean_draft_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 0
    assert result.stdout.strip() == "No sensitive content found in 1 file."


def test_json_report_field_by_field(post: Path) -> None:
    result = run("check", "--format", "json", str(post))
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["version"] == 1
    phone, email, iban = report["findings"]
    assert phone == {
        "path": str(post),
        "location": "line 1",
        "line": 1,
        "column": 26,
        "end_line": 1,
        "end_column": 40,
        "start": 25,
        "end": 39,
        "rule": "phone-number",
        "entity": "PHONE_NUMBER",
        "severity": "warning",
        "score": 1.0,
        "language": "en",
        "text": "0* ** ** ** *8",
        "suggestion": "[number on request]",
    }
    assert POST[phone["start"] : phone["end"]] == "06 12 34 56 78"
    assert email["text"] == "j***.***@g****.c**"
    assert (iban["line"], iban["column"], iban["end_line"]) == (2, 10, 2)
    assert iban["text"] == "F*** **** **** **** **** **** *35"
    assert "3018" not in iban["text"]
    assert report["summary"] == {
        "files": 1,
        "files_with_findings": 1,
        "findings": 3,
        "by_entity": {"EMAIL_ADDRESS": 1, "FINANCIAL_ACCOUNT": 1, "PHONE_NUMBER": 1},
        "by_severity": {"error": 1, "warning": 2, "info": 0},
    }


def test_show_values_unmasks_the_json_report(post: Path) -> None:
    report = json.loads(run("check", "--format", "json", "--show-values", str(post)).stdout)
    assert [f["text"] for f in report["findings"]][:2] == ["06 12 34 56 78", "jane.doe@gmail.com"]


def test_stdin_is_read_with_a_dash() -> None:
    result = run("check", "--format", "json", "-", stdin=POST.encode())
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    assert {f["path"] for f in findings} == {"-"}
    assert [f["entity"] for f in findings] == ["PHONE_NUMBER", "EMAIL_ADDRESS", "FINANCIAL_ACCOUNT"]


def test_a_folder_is_scanned_recursively_for_text_and_markdown(tmp_path: Path) -> None:
    (tmp_path / "sub" / ".hidden").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text(POST, encoding="utf-8")
    (tmp_path / "sub" / "c.csv").write_text(POST, encoding="utf-8")  # not a draft type
    (tmp_path / "sub" / ".hidden" / "d.md").write_text(POST, encoding="utf-8")
    result = run("check", "--format", "json", str(tmp_path))
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["summary"]["files"] == 2
    assert {f["path"] for f in report["findings"]} == {str(tmp_path / "sub" / "b.md")}


def test_a_missing_file_is_one_line_on_stderr_and_exit_2(post: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    result = run("check", str(missing), str(post))
    assert result.exit_code == 2
    assert result.stderr == f"draftlint: error: {missing}: no such file or folder\n"
    assert "Traceback" not in result.output
    assert "phone-number" in result.stdout  # the other file was still checked


def test_an_undecodable_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "broken-utf16.txt"
    path.write_bytes(b"\xff\xfe" + "Tél. : 06".encode("utf-16-le") + b"\x00\xd8")
    result = run("check", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"draftlint: error: {path}: not valid utf-16-le text")


def test_a_binary_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    result = run("check", str(path))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"draftlint: error: {path}: binary file, not a text draft"


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(b"\xff\xfe" + "Tél. : 06 12 34 56 78".encode("utf-16-le"))
    result = run("check", "--format", "json", str(path))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["findings"][0]["start"] == 7


def test_a_bad_option_exits_2() -> None:
    result = run("check", "--format", "xml", "x.md")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_a_bad_model_option_is_a_one_line_error(post: Path) -> None:
    result = run("check", "--model", "de=de_core_news_sm", str(post))
    assert result.exit_code == 2
    assert result.stderr.startswith("draftlint: error: --model 'de=de_core_news_sm'")


def test_a_model_that_is_not_installed_is_a_one_line_error(post: Path) -> None:
    result = run("check", "--model", "en=en_core_web_nosuch", "--lang", "en", str(post))
    assert result.exit_code == 2
    assert "spaCy model 'en_core_web_nosuch' is not installed" in result.stderr


def test_lang_forces_the_language_of_every_finding(post: Path) -> None:
    report = json.loads(run("check", "--format", "json", "--lang", "fr", str(post)).stdout)
    assert {f["language"] for f in report["findings"]} == {"fr"}
    assert report["findings"][0]["suggestion"] == "[numéro sur demande]"


def test_a_french_paragraph_gets_french_suggestions() -> None:
    text = "Bonjour à tous, je suis joignable au 06 12 34 56 78 pour en parler.\n"
    report = json.loads(run("check", "--format", "json", "-", stdin=text).stdout)
    assert report["findings"][0]["language"] == "fr"
    assert report["findings"][0]["suggestion"] == "[numéro sur demande]"


def test_an_extra_rules_folder_adds_rules(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "project-code-name.toml").write_text(
        """entity = "CUSTOM_TERM"
summary = "Unreleased project code name"
why = "The project is not public yet."
[[patterns]]
name = "bluebird"
regex = '''(?i)\\bproject bluebird\\b'''
score = 0.9
[replacement]
en = "[a project]"
fr = "[un projet]"
[examples]
flagged = ["on [[Project Bluebird]] today"]
clean = ["a bluebird sang"]
""",
        encoding="utf-8",
    )
    result = run("check", "--rules", str(rules), "-", stdin="I work on Project Bluebird now.")
    assert result.exit_code == 1
    assert 'project-code-name CUSTOM_TERM "Project Bluebird" -> [a project]' in result.stdout


def test_a_broken_extra_rule_is_exit_2_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('entity = "NOPE"\n', encoding="utf-8")
    result = run("check", "--rules", str(tmp_path), "-", stdin="x")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"draftlint: error: {tmp_path / 'bad.toml'}: entity")


def test_rules_lists_every_bundled_rule() -> None:
    result = run("rules")
    assert result.exit_code == 0
    ids = [line.split()[0] for line in result.stdout.splitlines()]
    assert {"phone-number", "email-address", "iban", "person-name", "ssn-us"} <= set(ids)


def test_explain_shows_why_and_examples() -> None:
    result = run("explain", "iban")
    assert result.exit_code == 0
    assert "Why: An IBAN lets anyone" in result.stdout
    assert "IBAN: FR76 3000 3018 4700 0517 3826 435" in result.stdout


def test_explain_in_french_gives_the_french_summary_and_why_and_the_same_examples() -> None:
    english = run("explain", "iban")
    french = run("explain", "iban", "--lang", "fr")
    assert french.exit_code == 0
    assert french.stdout.startswith(
        "iban (FINANCIAL_ACCOUNT, erreur)\n\nNuméro de compte bancaire IBAN"
    )
    assert "\n\nPourquoi : Un IBAN permet" in french.stdout
    assert "Why:" not in french.stdout
    # only the summary and the why are translated: the examples are the rule's own
    examples = english.stdout.index("Flagged, and what --fix writes:")
    assert french.stdout.endswith(english.stdout[examples:])
    listed = run("explain", "PERSON", "--lang", "fr")
    assert "person-name                warning  Nom d’une personne" in listed.stdout


def test_explain_an_unknown_rule_exits_2() -> None:
    result = run("explain", "nope")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "draftlint: error: no rule or entity 'nope'; `draftlint rules` lists them\n"
    )


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"draftlint {__version__}"


def test_jobs_give_the_same_report_as_one_process(tmp_path: Path) -> None:
    for number in range(20):
        text = POST if number % 3 == 0 else CLEAN
        (tmp_path / f"draft-{number:02}.md").write_text(text, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8")
    one = run("check", "--format", "json", "--jobs", "1", str(tmp_path))
    two = run("check", "--format", "json", "--jobs", "2", str(tmp_path))
    assert one.exit_code == two.exit_code == 2  # the broken file, in both
    assert one.stdout == two.stdout
    assert json.loads(two.stdout)["summary"]["files_with_findings"] == 7


_PID_RECORD: list[Path] = []


def _recording_detect_part(segments):  # type: ignore[no-untyped-def]
    import os

    from lint import parallel

    with _PID_RECORD[0].open("a") as record:  # runs in the worker that reads these segments
        record.write(f"{os.getpid()}\n")
    return parallel.detect_part_for_tests(segments)


def test_a_long_draft_is_shared_among_jobs_with_the_same_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lint import parallel

    # The real threshold is 300,000 characters; a smaller one keeps the test quick.
    monkeypatch.setattr(parallel, "MIN_CHARS_TO_SPLIT", 2_000)
    monkeypatch.setattr(parallel, "detect_part_for_tests", parallel._detect_part, raising=False)
    monkeypatch.setattr(parallel, "_detect_part", _recording_detect_part)
    pids = tmp_path / "pids"
    monkeypatch.setattr(sys.modules[__name__], "_PID_RECORD", [pids])
    long_draft = tmp_path / "long.md"
    paragraph = "Ask Ana Lopes (ana.lopes@acme.fr) or call 06 12 34 56 78. " * 60
    long_draft.write_text("\n\n".join([paragraph, CLEAN * 60] * 12), encoding="utf-8")
    one = run("check", "--format", "json", "--jobs", "1", str(long_draft))
    assert not pids.exists()
    two = run("check", "--format", "json", "--jobs", "2", str(long_draft))
    assert two.exit_code == 1, two.output
    assert one.stdout == two.stdout
    assert json.loads(two.stdout)["summary"]["findings"] == 12 * 60 * 3
    assert len(set(pids.read_text().split())) == 2  # two worker processes read segments


def test_every_rule_id_a_finding_can_carry_is_listed_explained_and_in_sarif(
    tmp_path: Path,
) -> None:
    (tmp_path / ".draftlint.toml").write_text('deny = ["Projet Hermès"]\n', encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text(
        "<!-- draftlint: ignore -->\nNothing here.\n\nLe Projet Hermès sort en mai.\n",
        encoding="utf-8",
    )
    sarif = json.loads(run("check", "--format", "sarif", str(post)).stdout)
    run_ = sarif["runs"][0]
    found = {result["ruleId"] for result in run_["results"]}
    assert found == {"deny-list", "unused-suppression"}
    described = {rule["id"] for rule in run_["tool"]["driver"]["rules"]}
    assert found <= described
    for result in run_["results"]:
        assert run_["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    listed = {line.split()[0] for line in run("rules").stdout.splitlines()}
    assert found <= listed
    for rule_id in found:
        explained = run("explain", rule_id)
        assert explained.exit_code == 0
        assert explained.stdout.startswith(f"{rule_id} (")


def test_explain_an_entity_lists_its_rules() -> None:
    result = run("explain", "PERSON")
    assert result.exit_code == 0
    assert result.stdout.startswith("PERSON: 4 rules\n")
    rules = [line.split()[0] for line in result.stdout.splitlines()[2:6]]
    assert rules == ["person-cues", "person-known-names", "person-labelled", "person-name"]
