"""Overlapping findings -> one per stretch of text: highest score, then longest span."""

from collections.abc import Iterable

from lint.model import Finding
from lint.resolution.disjoint_spans import Stretches


def resolve(findings: Iterable[Finding]) -> list[Finding]:
    ranked = sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start, f.rule_id))
    kept: list[Finding] = []
    taken = Stretches()
    for finding in ranked:
        if not taken.overlaps(finding.start, finding.end):
            kept.append(finding)
            taken.add(finding.start, finding.end)
    return sorted(kept, key=lambda f: (f.start, f.end))
