"""A value found once is found wherever the document writes it again."""

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from lint.detection.name_evidence import NAME_PARTICLES, name_word_evidence
from lint.model import Finding
from lint.resolution.disjoint_spans import Stretches

# NER sees a name in one sentence and not the next; a ticket key has its label once.
PROPAGATED_ENTITIES = frozenset(
    {"PERSON", "ID_NUMBER", "NATIONAL_ID", "FINANCIAL_ACCOUNT", "EMAIL_ADDRESS", "PROFILE_URL"}
)
_WORD = re.compile(r"\w+")
_JOINED = re.compile(r"[\w\-]")  # a value must not be glued to a word or a hyphen


def propagate(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings plus every other verbatim, whole-word occurrence of a flagged value."""
    firsts: dict[str, Finding] = {}  # value -> its first finding, in the findings' order
    for finding in findings:
        if finding.entity in PROPAGATED_ENTITIES:
            firsts.setdefault(text[finding.start : finding.end], finding)
    parts: set[str] = set()
    for finding in findings:  # after the whole values, which take precedence
        if finding.entity == "PERSON":
            for part in _name_parts(text[finding.start : finding.end]):
                if part not in firsts:
                    firsts[part] = finding
                    parts.add(part)
    if not firsts:
        return list(findings)
    places = _occurrences(text, list(firsts))
    covered = Stretches([(f.start, f.end) for f in findings])
    added: list[Finding] = []
    for value, finding in firsts.items():
        for start in places.get(value, ()):
            if value in parts and text[start - 1 : start] in _TAG_MARKS:
                continue  # "#MENA", "@dlamini": a hashtag or a handle, not the name
            end = start + len(value)
            if not covered.overlaps(start, end):
                covered.add(start, end)
                added.append(replace(finding, start=start, end=end))
    return [*findings, *added]


# A part of a name that is this common a word ("Grace", "Will") is not followed alone.
_ORDINARY_PART = 0.8
_TAG_MARKS = frozenset("#@")


def _name_parts(name: str) -> list[str]:
    """The parts of a full name that, written alone elsewhere, still name the same person:
    "Malik" and "Traoré-Lefebvre" of "Malik Traoré-Lefebvre"; "Dlamini" of "DLAMINI"."""
    words = [word.strip(".,") for word in name.split()]
    words = [word for word in words if word.casefold() not in NAME_PARTICLES]
    if len(words) < 2:
        return []
    found = [name_word_evidence(word) for word in words]
    named = [one for word, one in zip(words, found, strict=True) if len(word) > 2]  # not "Ní"
    if any(one.is_ordinary_word for one in named) or not any(one.is_name for one in named):
        return []  # "Install Ruff", "Pydantic V2": no full name whose parts could be followed
    in_capitals = all(word.isupper() for word in words)
    parts = []
    for word, one in zip(words, found, strict=True):
        if (
            len(word) > 2
            and word[0].isupper()
            and (in_capitals or not word.isupper())  # "MENA" in "Cloud MENA": an acronym
            and max(one.ordinary, one.foreign) < _ORDINARY_PART
        ):
            parts.append(word)
            if word.isupper():
                parts.append(word.title())
    return parts


def _occurrences(text: str, values: list[str]) -> dict[str, list[int]]:
    """Where each value stands alone in text, in one pass over its words (linear in text)."""
    by_first_word: dict[str, list[str]] = {}
    places: dict[str, list[int]] = {}
    for value in values:
        first = _WORD.match(value)
        if first:
            by_first_word.setdefault(first.group(), []).append(value)
        else:  # a value that does not start with a letter or digit: look for it on its own
            places[value] = list(_standalone(text, value))
    for word in _WORD.finditer(text):
        for value in by_first_word.get(word.group(), ()):
            start = word.start()
            if text.startswith(value, start) and _alone(text, start, start + len(value)):
                places.setdefault(value, []).append(start)
    return places


def _standalone(text: str, value: str) -> Iterator[int]:
    for match in re.finditer(re.escape(value), text):
        if _alone(text, match.start(), match.end()):
            yield match.start()


def _alone(text: str, start: int, end: int) -> bool:
    before = start > 0 and _JOINED.match(text, start - 1) is not None
    after = end < len(text) and _JOINED.match(text, end) is not None
    return not (before or after)
