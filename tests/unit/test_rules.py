"""Loading rule files: a broken rule is an error that names the file and the field."""

from pathlib import Path

import pytest

from lint.detection.rules import (
    MATCHER_NAMES,
    bundled_rules_dir,
    load_rule,
    load_rules,
    parse_example,
)
from lint.errors import DraftlintError

VALID = """
entity = "PHONE_NUMBER"
summary = "A test rule"
why = "Because."
[[patterns]]
name = "digits"
regex = '''\\d{4}'''
score = 0.6
[replacement]
en = "[number]"
fr = "[numéro]"
[examples]
flagged = ["call [[1234]]"]
clean = ["call me"]
"""


def write_rule(folder: Path, text: str, name: str = "test-rule.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_rule_loads_with_its_examples(tmp_path: Path) -> None:
    rule = load_rule(write_rule(tmp_path, VALID))
    assert rule.id == "test-rule"
    assert rule.entity == "PHONE_NUMBER"
    assert rule.severity == "warning"
    assert rule.flagged_examples[0].document == "call 1234"
    assert rule.flagged_examples[0].spans == [(5, 9)]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("PHONE_NUMBER", "PHONE"), "entity: Value error, 'PHONE' is not an entity"),
        (("\\d{4}", "(\\d{4}"), "patterns[0].regex: Value error, missing ) at position 6"),
        (("score = 0.6", "score = 1.6"), "patterns[0].score: Input should be less than"),
        (('why = "Because."', 'why = "Because."\nvalidators = ["nope"]'), "validators: unknown"),
        (('why = "Because."', 'why = "Because."\nmatcher = "nope"'), "matcher: unknown matcher"),
        (('fr = "[numéro]"', ""), "replacement: no replacement for language 'fr'"),
        (('clean = ["call me"]', "clean = []"), "examples.clean: List should have at least 1"),
        (('["call [[1234]]"]', '["call [[1234"]'), "examples: unbalanced [[ ]] marker"),
        (('["call [[1234]]"]', '["call 1234"]'), "examples.flagged: every flagged example"),
        (('summary = "A test rule"', 'summary = "A test rule"\ncolour = "red"'), "colour: Extra"),
        (("[examples]", "[examples"), "not valid TOML"),
        (('why = "Because."', 'why = "Because."\nsummary_fr = ""'), "summary_fr: String should"),
        (('why = "Because."', 'why = "Because."\nwhy_fr = 3'), "why_fr: Input should be a valid"),
    ],
)
def test_a_broken_rule_names_the_file_and_the_field(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in VALID
    path = write_rule(tmp_path, VALID.replace(old, new))
    with pytest.raises(DraftlintError) as raised:
        load_rule(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)


def test_a_rule_file_name_must_be_a_rule_id(tmp_path: Path) -> None:
    with pytest.raises(DraftlintError, match="lower-case-with-hyphens"):
        load_rule(write_rule(tmp_path, VALID, name="Bad_Name.toml"))


def test_a_missing_rules_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DraftlintError, match="no such rules folder"):
        load_rules(tmp_path / "absent")


def test_examples_mark_several_spans() -> None:
    example = parse_example("[[a]] and [[bc]] end")
    assert example.document == "a and bc end"
    assert example.spans == [(0, 1), (6, 8)]


def test_bundled_rules_are_found_and_all_load() -> None:
    rules = load_rules(bundled_rules_dir())
    assert len(rules) >= 10
    assert len({rule.id for rule in rules}) == len(rules)


def test_matcher_names_are_the_matchers_in_code() -> None:
    from lint.detection.recognizers import MATCHERS

    assert set(MATCHERS) == MATCHER_NAMES


def test_one_severity_lower_steps_down_the_order_and_stops_at_info() -> None:
    from lint.vocabulary import Severity

    assert [s.one_lower() for s in Severity] == [Severity.warning, Severity.info, Severity.info]


def test_a_pattern_may_cite_any_python_stdnum_format_and_an_unknown_one_is_an_error(
    tmp_path: Path,
) -> None:
    from lint.detection.validators import validator

    known = VALID.replace("score = 0.6\n", 'score = 0.6\nvalidators = ["stdnum:nl.bsn"]\n')
    (pattern,) = load_rule(write_rule(tmp_path, known)).patterns
    assert pattern.validators == ("stdnum:nl.bsn",)
    bsn = validator("stdnum:nl.bsn")
    assert bsn is not None
    assert (bsn("111222333"), bsn("111222334")) == (True, False)
    unknown = VALID.replace("score = 0.6\n", 'score = 0.6\nvalidators = ["stdnum:xx.nothing"]\n')
    with pytest.raises(DraftlintError, match=r"patterns\[0\]\.validators: unknown validator"):
        load_rule(write_rule(tmp_path, unknown))
    assert validator("stdnum:../../etc") is None  # a name, not a path
