"""The sentence corpus (tests/data/fix_sentences.toml): each draft, its marked values
replaced by the fix's own code, reads as the expected text, in English and in French."""

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from lint.detection.rules import Rule, bundled_rules
from lint.fixing.suggestions import Style, apply_replacements, attach
from lint.model import Finding

CASES_FILE = Path(__file__).resolve().parent.parent / "data" / "fix_sentences.toml"
CASES: list[dict[str, Any]] = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))["case"]
_MARKER = re.compile(r"\[\[(.+?)(?:\|([\w-]+))?\]\]", re.DOTALL)


def _rules() -> dict[str, Rule]:
    return {rule.id: rule for rule in bundled_rules(compile_patterns=False)}


def marked(case: dict[str, Any], rules: dict[str, Rule]) -> tuple[str, list[Finding]]:
    """The case's draft without its markers, and a finding for each marked value."""
    text, findings, last = "", [], 0
    for match in _MARKER.finditer(case["draft"]):
        text += case["draft"][last : match.start()]
        rule = rules[match.group(2) or case["rule"]]
        start = len(text)
        text += match.group(1)
        language = case.get("language", "en")
        findings.append(
            Finding("-", start, len(text), rule.entity, rule.id, 0.9, rule.severity, language)
        )
        last = match.end()
    return text + case["draft"][last:], findings


def fixed(case: dict[str, Any]) -> str:
    rules = _rules()
    text, findings = marked(case, rules)
    styles = {f.entity: Style(case["style"]) for f in findings} if "style" in case else None
    return apply_replacements(text, attach(text, findings, list(rules.values()), styles))


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_the_fixed_sentence_reads_as_expected(case: dict[str, Any]) -> None:
    assert fixed(case) == case["fixed"]


def test_the_corpus_covers_both_languages_and_every_kind_of_fit() -> None:
    names = " ".join(case["name"] for case in CASES)
    for kind in ("title", "preposition", "elision", "possessive", "list", "removal", "role"):
        assert kind in names, kind
    assert {case.get("language", "en") for case in CASES} == {"en", "fr"}


def test_every_case_marks_a_value_and_changes_its_draft() -> None:
    for case in CASES:
        text, findings = marked(case, _rules())
        assert findings, case["name"]
        assert case["fixed"] != text, case["name"]
