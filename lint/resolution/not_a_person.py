"""Evidence that a name-shaped span is no private person: a place (a city, country or
region), a template placeholder, a product and its version, a firm named after its
founders or where one works, a quote attributed to its (public) author. Each drops a
PERSON finding, whichever rule made it."""

import re
from collections.abc import Iterable

from lint.detection.name_evidence import evidence, reads_as_ordinary_words
from lint.detection.name_lists import first_names, place_names
from lint.model import Finding

_WINDOW = 80
# "[Prénom Nom]", "[Signature]": a template's blank, to be filled in, not a name.
_PLACEHOLDER_BEFORE = re.compile(r"\[[^\[\]\n]{0,20}$")
_PLACEHOLDER_AFTER = re.compile(r"^[^\[\]\n]{0,20}\]")
# "Jackson 2.15", "Carl Source 5.1": a product and its version.
_VERSION_AFTER = re.compile(r"^\s+v?\d+(?:\.\d+)+\b")
# "Whitaker & Sons", "Dupont et Fils", "Meyer GmbH", "Nowak sp. z o.o.": a firm.
_FIRM_AFTER = re.compile(
    # "Adekunle, Ojo & Partners": more founders may come first.
    r"^(?:,\s*[^\W\d_][\w'’\-]*){0,3}"
    r"(?:\s*(?:&|and|et)\s+(?:sons?|co\b\.?|cie\b|fils|frères|brothers|partners|associés)"
    r"|\s*,?\s+(?:gmbh|s\.a\.s?\.?|sas|sarl|llp|llc|ltd\.?|inc\.?|plc|ag|b\.v\.|n\.v\.|kg"
    r"|s\.p\.a\.|sp\. z o\.o\.|& co\b))(?!\w)",
    re.IGNORECASE,
)
# "As Bruce Schneier put it", "attribuée à Paul Claudel", "comme l'écrivait Saint-Exupéry",
# '"..." — Marie Curie', 'Marie Curie: "..."': a quotation and its author.
_QUOTED_BEFORE = re.compile(
    r"(?:\battributed\s+to|\battribuée?s?\s+à|\bcomme\s+(?:l['’]écrivait|l['’]a\s+écrit|le\s+disait"
    r"|disait|l['’]a\s+dit)|\bto\s+quote|[»”\"]\s*[—–-])\s*$",
    re.IGNORECASE,
)
# "chez Leroy Merlin", "joined Whitaker Lane last spring": where one works is a firm;
# "at Sarah's" (her home) is not.
_EMPLOYER_BEFORE = re.compile(r"\b(?:at|chez|joined|joining|rejoint|rejoindre)\s+$", re.I)
_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")
_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
_AS_AFTER = re.compile(r"^\s+(?:put\s+it|once\s+said|famously\s+said|would\s+say|wrote)\b", re.I)
_QUOTE_AFTER = re.compile(r"^\s*:\s*[«“\"]")
_PLACE_BEFORE = re.compile(
    r"\b(?:in|from|near|to\s+visit|based\s+in|à|en|au|aux|dans|depuis|près\s+de)\s+$", re.I
)


def drop_non_persons(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """The findings, less the PERSON ones whose surroundings say they are no private person."""
    return [f for f in findings if f.entity != "PERSON" or not _not_a_person(text, f)]


def _not_a_person(text: str, finding: Finding) -> bool:
    before = text[max(0, finding.start - _WINDOW) : finding.start]
    after = text[finding.end : finding.end + _WINDOW]
    words = text[finding.start : finding.end].split()
    return bool(
        (len(words) > 1 and reads_as_ordinary_words(words))
        or _is_a_place(text[finding.start : finding.end], before)
        or (_PLACEHOLDER_BEFORE.search(before) and _PLACEHOLDER_AFTER.search(after))
        or _VERSION_AFTER.search(after)
        or _FIRM_AFTER.search(after)
        or (_EMPLOYER_BEFORE.search(before) and not _POSSESSIVE_AFTER.search(after))
        or _QUOTED_BEFORE.search(before)
        or (_AS_BEFORE.search(before) and _AS_AFTER.search(after))
        or _QUOTE_AFTER.search(after)
    )


def _is_a_place(span: str, before: str) -> bool:
    """ "São Paulo", "Tamil Nadu": a city, country or region. A lone word ("Victoria",
    "Jordan") is also a first name often enough: it counts as a place only when no
    country ranks it among its first names ("Lyon"), or after a word that introduces a
    place ("in", "from", "à"), and never when it is a known first name."""
    words = span.split()
    if " ".join(words).casefold() not in place_names():
        return False
    if len(words) > 1:
        return True
    if words[0] in first_names():
        return False
    return evidence(words[0]).first_name == 0 or bool(_PLACE_BEFORE.search(before))
