"""`draftlint explain RULE` shows each replacement style exactly as `check --fix` writes
it: the same example, fixed by the CLI, reads as explain says."""

import pytest
from helpers import run

from lint.detection.rules import bundled_rules


def _shown(rule_id: str, style: str, language: str) -> str:
    """The line explain prints for this style and language, without its prefix."""
    lines = run("explain", rule_id).stdout.splitlines()
    styles = lines[
        next(i for i, line in enumerate(lines) if line.startswith("Replacement styles")) :
    ]
    start = next(i for i, line in enumerate(styles) if line.split() and line.split()[0] == style)
    prefix = f"    {language}: "
    return next(line for line in styles[start:] if line.startswith(prefix))[len(prefix) :]


def _example(rule_id: str, shown_language: str) -> str:
    from lint.fixing.examples import one_per_language

    (rule,) = [rule for rule in bundled_rules(compile_patterns=False) if rule.id == rule_id]
    return one_per_language(rule)[shown_language].document


@pytest.mark.parametrize(
    ("rule_id", "style", "language"),
    [
        ("person-cues", "pseudonym", "en"),
        ("person-cues", "pseudonym", "fr"),
        ("person-cues", "role", "en"),
        ("person-cues", "role", "fr"),
        ("person-cues", "placeholder", "fr"),
        ("address-fr", "city", "fr"),
        ("date-of-birth", "placeholder", "fr"),
    ],
)
def test_explain_shows_what_fix_writes(rule_id: str, style: str, language: str) -> None:
    example = _example(rule_id, language)
    entity = next(r.entity for r in bundled_rules(compile_patterns=False) if r.id == rule_id)
    fixed = run(
        "check", "--isolated", "--fix", "--replace", f"{entity}={style}", "-", stdin=example
    )
    assert fixed.stdout.rstrip("\n") == _shown(rule_id, style, language)
    assert _shown(rule_id, style, language) != example


def test_explain_person_cues_shows_the_pseudonym_fix_writes_not_the_placeholder() -> None:
    output = run("explain", "person-cues").stdout
    assert "pseudonym (default)" in output
    assert "-> Dear Hiring Manager," in output
    assert "Anonyme A" in output
