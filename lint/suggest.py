"""Finding -> replacement text; apply replacements right to left."""

from collections.abc import Iterable, Sequence
from dataclasses import replace

from lint.model import Finding
from lint.rules import Rule


def attach(findings: Iterable[Finding], rules: Sequence[Rule]) -> list[Finding]:
    by_id = {rule.id: rule for rule in rules}
    return [
        replace(finding, replacement=_replacement(by_id[finding.rule_id], finding.language))
        for finding in findings
    ]


def _replacement(rule: Rule, language: str) -> str:
    return rule.replacement.get(language) or next(iter(rule.replacement.values()))


def apply_replacements(text: str, findings: Iterable[Finding]) -> str:
    """The text with each finding's span replaced; findings must not overlap."""
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        if finding.replacement is not None:
            text = text[: finding.start] + finding.replacement + text[finding.end :]
    return text
