"""Allow lists (values fine to publish) and deny lists (terms a team never publishes)."""

import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache

import regex

from lint.errors import DraftlintError
from lint.model import Finding

DENY_RULE = "deny-list"
ALLOW_PATTERN_SECONDS = 1  # a user's pattern must not hang the scan
DENY_REPLACEMENT = {"en": "[confidential]", "fr": "[confidentiel]"}


# Numbers whose spaces and dashes are only layout: "FR76 3000 ..." is "FR763000...".
_LAID_OUT_NUMBERS = frozenset({"FINANCIAL_ACCOUNT", "NATIONAL_ID", "ID_NUMBER"})


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _compact(text: str) -> str:
    return "".join(char for char in text if char.isalnum()).casefold()


def _allow_keys(value: str) -> set[str]:
    """Every spelling of an allowed value that a finding may be compared by: as written
    (case and spaces aside), without layout, and as a phone number in E.164."""
    from lint.detection.phones import phone_number_e164

    keys = {_plain(value), f"compact:{_compact(value)}"}
    phone = phone_number_e164(value)
    if phone is not None:
        keys.add(f"phone:{phone}")
    return keys


def _finding_key(value: str, entity: str) -> str:
    if entity == "PHONE_NUMBER":
        from lint.detection.phones import phone_number_e164

        phone = phone_number_e164(value)
        return f"phone:{phone}" if phone is not None else _plain(value)
    if entity in _LAID_OUT_NUMBERS:
        return f"compact:{_compact(value)}"
    return _plain(value)  # e-mails, names, links: case and spacing aside, as written


def allowed(
    findings: Iterable[Finding], text: str, allow: Sequence[str], patterns: Sequence[str]
) -> list[Finding]:
    """The findings whose value is not on the allow list, compared by normalized value: a
    phone number in E.164, an IBAN without its spaces, an e-mail whatever its case."""
    keys = set().union(*(_allow_keys(value) for value in allow)) if allow else set()
    compiled = [_allow_pattern(pattern) for pattern in patterns]
    kept = []
    for finding in findings:
        value = text[finding.start : finding.end]
        if keys and _finding_key(value, finding.entity) in keys:
            continue
        if any(_matches(p, value) for p in compiled):
            continue
        kept.append(finding)
    return kept


def _matches(pattern: "regex.Pattern[str]", value: str) -> bool:
    try:
        return pattern.fullmatch(value, timeout=ALLOW_PATTERN_SECONDS) is not None
    except TimeoutError:
        raise DraftlintError(
            f"allow-patterns: {pattern.pattern!r} took over {ALLOW_PATTERN_SECONDS} s on one "
            "value (catastrophic backtracking?); simplify it"
        ) from None


@cache  # the same allow list serves every document of a run
def _allow_pattern(pattern: str) -> "regex.Pattern[str]":
    return regex.compile(pattern, regex.IGNORECASE)


def _folded(text: str) -> tuple[str, list[int]]:
    """Text without accents, case-folded, and for each of its characters the original offset."""
    folded, origin = [], []
    for offset, char in enumerate(text):
        for piece in unicodedata.normalize("NFD", char).casefold():
            if not unicodedata.combining(piece):
                folded.append(piece)
                origin.append(offset)
    return "".join(folded), origin


def denied(text: str, terms: Sequence[str], *, path: str, language: str) -> list[Finding]:
    """A CUSTOM_TERM finding for each whole-word occurrence of a term, accents and case aside."""
    if not terms:
        return []
    folded, origin = _folded(text)
    findings = []
    for term in terms:
        needle = _folded(" ".join(term.split()))[0]
        if not needle:
            continue
        words = r"\s+".join(regex.escape(word) for word in needle.split())
        pattern = regex.compile(r"(?<!\w)" + words + r"(?!\w)")
        for match in pattern.finditer(folded):
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            findings.append(
                Finding(
                    path,
                    start,
                    end,
                    "CUSTOM_TERM",
                    DENY_RULE,
                    1.0,
                    "error",
                    language,
                    DENY_REPLACEMENT.get(language, DENY_REPLACEMENT["en"]),
                )
            )
    return findings
