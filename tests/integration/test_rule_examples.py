"""Every rule's own flagged and clean examples, and its replacement, checked through check()."""

import pytest

from lint.detection.rules import Example, Rule, bundled_rules
from lint.fixing.suggestions import apply_replacements
from lint.pipeline import check

RULES = bundled_rules()
FLAGGED = [
    pytest.param(rule, example, id=f"{rule.id}/flagged-{n}")
    for rule in RULES
    for n, example in enumerate(rule.flagged_examples, 1)
]
CLEAN = [
    pytest.param(rule, example, id=f"{rule.id}/clean-{n}")
    for rule in RULES
    for n, example in enumerate(rule.clean_examples, 1)
]


def _language(rule: Rule) -> str | None:
    return rule.languages[0] if len(rule.languages) == 1 else None


@pytest.mark.parametrize(("rule", "example"), FLAGGED)
def test_rule_flags_exactly_the_marked_spans(rule: Rule, example: Example) -> None:
    findings = check(example.document, rules=[rule], language=_language(rule))
    assert [(f.start, f.end) for f in findings] == example.spans
    assert {f.entity for f in findings} == {rule.entity}


@pytest.mark.parametrize(("rule", "example"), CLEAN)
def test_rule_leaves_clean_text_alone(rule: Rule, example: Example) -> None:
    found = check(example.document, rules=[rule], language=_language(rule))
    assert [example.document[f.start : f.end] for f in found] == []


@pytest.mark.parametrize(("rule", "example"), FLAGGED)
def test_replacement_is_itself_clean(rule: Rule, example: Example) -> None:
    findings = check(example.document, rules=[rule], language=_language(rule))
    fixed = apply_replacements(example.document, findings)
    assert fixed != example.document
    assert check(fixed, rules=[rule], language=_language(rule)) == []
    # No rule at all fires inside a replacement.
    replaced, shift = [], 0
    for finding in findings:
        start = finding.start + shift
        replaced.append((start, start + len(finding.replacement or "")))
        shift += len(finding.replacement or "") - (finding.end - finding.start)
    tripped = [
        f
        for f in check(fixed, rules=RULES, language=_language(rule))
        if any(f.start < end and start < f.end for start, end in replaced)
    ]
    assert tripped == []


def test_every_rule_has_flagged_and_clean_examples() -> None:
    assert RULES
    for rule in RULES:
        assert rule.flagged_examples, rule.id
        assert rule.clean_examples, rule.id
