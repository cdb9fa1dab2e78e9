"""Overlapping findings -> one per stretch of text: highest score, then longest span."""

from collections.abc import Iterable

from lint.model import Finding


def resolve(findings: Iterable[Finding]) -> list[Finding]:
    ranked = sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start, f.rule_id))
    kept: list[Finding] = []
    for finding in ranked:
        if all(finding.end <= other.start or other.end <= finding.start for other in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: (f.start, f.end))
