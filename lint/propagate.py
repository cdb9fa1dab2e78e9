"""A value found once is found wherever the document writes it again."""

import re
from collections.abc import Sequence
from dataclasses import replace

from lint.model import Finding

# NER sees a name in one sentence and not the next; a ticket key has its label once.
PROPAGATED_ENTITIES = frozenset(
    {"PERSON", "ID_NUMBER", "NATIONAL_ID", "FINANCIAL_ACCOUNT", "EMAIL_ADDRESS", "PROFILE_URL"}
)


def propagate(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings plus every other verbatim, whole-word occurrence of a flagged value."""
    added: list[Finding] = []
    seen: set[str] = set()
    for finding in findings:
        value = text[finding.start : finding.end]
        if finding.entity not in PROPAGATED_ENTITIES or value in seen:
            continue
        seen.add(value)
        for match in re.finditer(rf"(?<![\w\-]){re.escape(value)}(?![\w\-])", text):
            if not _covered(match.start(), match.end(), findings, added):
                added.append(replace(finding, start=match.start(), end=match.end()))
    return [*findings, *added]


def _covered(start: int, end: int, *groups: Sequence[Finding]) -> bool:
    return any(f.start < end and start < f.end for group in groups for f in group)
