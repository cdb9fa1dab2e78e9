"""Inline suppression in Markdown and HTML, where a comment does not show once published:

    <!-- draftlint: ignore -->                the next line
    <!-- draftlint: ignore PHONE_NUMBER -->   the next line, for these entities or rule ids
    <!-- draftlint: off -->  ...  <!-- draftlint: on -->   a block

A suppression that suppresses nothing is itself reported, so stale ones do not pile up.
In HTML the "next line" is the next piece of visible text. Plain text and the clipboard
have no such comments (they would be published): they use the configuration's allow list.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lint.model import Document, Finding

SUPPRESSIBLE_SUFFIXES = frozenset({".md", ".markdown", ".html", ".htm"})
_COMMENT = re.compile(r"<!--\s*draftlint:\s*(ignore|off|on)\b([^>]*?)\s*-->", re.IGNORECASE)
UNUSED_RULE = "unused-suppression"


@dataclass
class _Suppression:
    start: int  # the comment's own span
    end: int
    covers: tuple[int, int]  # the text it silences
    only: frozenset[str]  # entities or rule ids; empty: all
    used: bool = False

    def silences(self, finding: Finding) -> bool:
        inside = self.covers[0] <= finding.start and finding.end <= self.covers[1]
        wanted = not self.only or finding.entity in self.only or finding.rule_id in self.only
        return inside and wanted


def _suppressions(text: str) -> list[_Suppression]:
    found: list[_Suppression] = []
    opened: _Suppression | None = None
    for match in _COMMENT.finditer(text):
        verb, only = match.group(1).lower(), frozenset(match.group(2).replace(",", " ").split())
        if verb == "ignore":
            line_start = text.find("\n", match.end())
            line_start = len(text) if line_start < 0 else line_start + 1
            while line_start < len(text) and text[line_start] == "\n":
                line_start += 1  # the next line with something on it
            line_end = text.find("\n", line_start)
            covers = (line_start, len(text) if line_end < 0 else line_end)
            found.append(_Suppression(match.start(), match.end(), covers, only))
        elif verb == "off" and opened is None:
            opened = _Suppression(match.start(), match.end(), (match.end(), len(text)), only)
            found.append(opened)
        elif verb == "on" and opened is not None:
            opened.covers = (opened.covers[0], match.start())
            opened = None
    return found


def apply(document: Document, findings: Sequence[Finding]) -> list[Finding]:
    """Findings not silenced by a comment, plus one for each comment that silenced nothing."""
    if Path(document.path).suffix.lower() not in SUPPRESSIBLE_SUFFIXES:
        return list(findings)
    suppressions = _suppressions(document.text)
    kept = []
    for finding in findings:
        silencing = [s for s in suppressions if s.silences(finding)]
        for suppression in silencing:
            suppression.used = True
        if not silencing:
            kept.append(finding)
    language = findings[0].language if findings else "en"
    unused = [
        Finding(
            document.path,
            s.start,
            s.end,
            "UNUSED_SUPPRESSION",
            UNUSED_RULE,
            1.0,
            "info",
            language,
            "",
        )
        for s in suppressions
        if not s.used
    ]
    return sorted([*kept, *unused], key=lambda f: (f.start, f.end))
