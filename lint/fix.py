"""--fix: which findings are applied, and the fixed text, pass after pass until it is stable."""

from collections.abc import Callable, Sequence
from typing import NamedTuple

from lint.model import Finding
from lint.suggest import apply_replacements
from lint.taxonomy import SEVERITIES

MAX_PASSES = 5  # a replacement changes NER's context; a second pass catches what it reveals


def at_least(severity: str, threshold: str) -> bool:
    """error >= warning >= info."""
    return SEVERITIES.index(severity) <= SEVERITIES.index(threshold)


def fixable(findings: Sequence[Finding], threshold: str) -> list[Finding]:
    return [f for f in findings if f.replacement is not None and at_least(f.severity, threshold)]


class Fixed(NamedTuple):
    text: str
    applied: list[Finding]  # every finding applied, pass after pass (offsets of its own pass)
    remaining: list[Finding]  # what a scan of the fixed text still finds


def fix_text(text: str, scan: Callable[[str], list[Finding]], threshold: str) -> Fixed:
    """The text with its fixes applied; the last pass's scan is the remaining findings."""
    applied: list[Finding] = []
    for _ in range(MAX_PASSES):
        found = scan(text)
        to_apply = fixable(found, threshold)
        if not to_apply:
            return Fixed(text, applied, found)
        applied += to_apply
        text = apply_replacements(text, to_apply)
    return Fixed(text, applied, scan(text))
