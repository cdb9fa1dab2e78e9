"""--fix: which of the reported findings are applied, and the fixed text.

A fix applies exactly the findings that `check` reports for the same input and settings,
in one pass: it never scans its own output to fix more. What a scan of the fixed text
still finds is reported to the user, not fixed behind their back.
"""

from collections.abc import Sequence
from typing import NamedTuple

from lint.fixing.suggestions import apply_replacements
from lint.model import Finding
from lint.vocabulary import Severity


def fixable(findings: Sequence[Finding], threshold: str) -> list[Finding]:
    return [
        f
        for f in findings
        if f.replacement is not None and Severity(f.severity).at_least(threshold)
    ]


class Fixed(NamedTuple):
    text: str
    applied: list[Finding]  # the reported findings that were applied


def fix_text(text: str, reported: Sequence[Finding], threshold: str) -> Fixed:
    """The text with the fixable ones of the reported findings applied, and nothing else."""
    applied = fixable(reported, threshold)
    return Fixed(apply_replacements(text, applied), applied)
