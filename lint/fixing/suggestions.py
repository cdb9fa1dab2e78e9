"""Finding -> a non-identifying replacement, by entity and style, in its sentence's
language; apply replacements, fitted to their sentences."""

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from enum import StrEnum

from lint.detection.rules import Rule
from lint.fixing.language import languages_of
from lint.fixing.masks import mask_value
from lint.fixing.roles import role
from lint.fixing.sentence import fit
from lint.model import Finding


class Style(StrEnum):
    placeholder = "placeholder"  # the rule's text: "[email address]"
    mask = "mask"  # j***.***@g****.c**, 0* ** ** ** *8
    remove = "remove"  # nothing
    pseudonym = "pseudonym"  # the same name gets the same "Person A" throughout
    role = "role"  # a name becomes who the person is to the writer: "my manager", "someone"
    city = "city"  # a street address reduced to its city


DEFAULT_STYLES: Mapping[str, Style] = {"PERSON": Style.pseudonym, "ADDRESS": Style.city}
# "Personne A" also reads "nobody A" ("Personne A a tenu le service"): "anonyme" is a noun
# for a person of either gender ("un ou une anonyme") that no French sentence misreads.
PSEUDONYM_WORD = {"en": "Person", "fr": "Anonyme"}


def attach(
    text: str,
    findings: Iterable[Finding],
    rules: Sequence[Rule],
    styles: Mapping[str, Style] | None = None,
    *,
    language: str | None = None,
) -> list[Finding]:
    """Each finding with its replacement, in the language of its sentence (which becomes
    the finding's language), or in language when --lang forces one; findings in document
    order."""
    by_id = {rule.id: rule for rule in rules}
    chosen = {**DEFAULT_STYLES, **(styles or {})}
    pseudonyms = Pseudonyms()
    findings = list(findings)
    attached = []
    languages = [language] * len(findings) if language else languages_of(text, findings)
    for finding, written in zip(findings, languages, strict=True):
        if finding.rule_id not in by_id:  # the deny list brings its own replacement
            attached.append(finding)
            continue
        finding = replace(finding, language=written)
        style = chosen.get(finding.entity, Style.placeholder)
        placeholder = _placeholder(by_id[finding.rule_id], written)
        attached.append(
            replace(finding, replacement=_replace(text, finding, style, placeholder, pseudonyms))
        )
    return attached


def _replace(
    text: str, finding: Finding, style: Style, placeholder: str, pseudonyms: "Pseudonyms"
) -> str:
    value = text[finding.start : finding.end]
    if style is Style.mask:
        return mask_value(value, finding.entity)
    if style is Style.remove:
        return ""
    if style is Style.pseudonym and finding.entity == "PERSON":
        return pseudonyms.of(value, finding.language)
    if style is Style.role and finding.entity == "PERSON":
        return role(text, finding.start, finding.end, finding.language)
    if style is Style.city and finding.entity == "ADDRESS":
        return city_of(value) or placeholder
    return placeholder


def _placeholder(rule: Rule, language: str) -> str:
    return rule.replacement.get(language) or next(iter(rule.replacement.values()))


class Pseudonyms:
    """Person A, Person B... one per person: "Julien" after "Julien Marchetti" is the same."""

    def __init__(self) -> None:
        self.letters: dict[str, str] = {}

    def of(self, name: str, language: str) -> str:
        # "Jane's" and "Dr Jane Doe" are Jane Doe: the same letter.
        key = " ".join(_TITLES.sub("", _POSSESSIVE.sub("", name)).split()).casefold()
        if key not in self.letters:
            same = [k for k in self.letters if _same_person(k, key)]
            self.letters[key] = self.letters[same[0]] if same else self._next_letter()
        return f"{PSEUDONYM_WORD.get(language, 'Person')} {self.letters[key]}"

    def _next_letter(self) -> str:
        used = len(set(self.letters.values()))
        letters = ""
        while True:  # A..Z, then AA, AB...
            used, remainder = divmod(used, 26)
            letters = chr(ord("A") + remainder) + letters
            if used == 0:
                return letters
            used -= 1


_POSSESSIVE = re.compile(r"['’]s$")
_TITLES = re.compile(r"^(?:\(?(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|M)\.?\)?\s+)+")


def _same_person(known: str, new: str) -> bool:
    # A lone first or last name matches the full name that holds it, if only one does.
    known_words, new_words = known.split(), new.split()
    if len(known_words) > 1 and len(new_words) == 1:
        return new_words[0] in known_words
    if len(new_words) > 1 and len(known_words) == 1:
        return known_words[0] in new_words
    return False


_POSTCODE_THEN_CITY = re.compile(
    # NL "1015 CJ", PT "4050-032", PL "30-702", then four to six digits, then Canada's.
    r"\b(?:\d{4}\s?[A-Z]{2}(?=\s)|\d{4}-\d{3}|\d{2}-\d{3}|\d{4,6}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\s+"
    r"(?P<city>[^\W\d_](?:[^\W\d_]|[\-'’ ])*?)"
    r"(?:\s+cedex\b.*)?\s*$",
    re.IGNORECASE,
)
_CITY_THEN_POSTCODE = re.compile(
    r"(?P<city>[^\W\d_](?:[^\W\d_]|[\-'’ .])*?)\s+"
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z\d]{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d"
    r"|[A-Z]{2,3}\s+\d{4,5}(?:-\d{4})?|\d{4,6})$"
)
_SENTENCE_END_INSIDE = re.compile(r"(?<=\w{3})[.!?](?=\s+[A-Z][a-z]+\s+[a-z])")
_STATE_AND_ZIP = re.compile(r"[A-Z]{2,3}\s+\d{4,5}(?:-\d{4})?")


def city_of(address: str) -> str | None:
    """The city of a street address: "12 rue de la Paix, 75002 Paris" -> "Paris"; None
    when no part of it reads as a city (a city has no digits, nor a sentence's full stop)."""
    ended = _SENTENCE_END_INSIDE.search(address)  # a span that ran on into the next sentence
    address = address[: ended.start()] if ended else address
    flat = re.sub(r"\s*\([^)]*\)", "", " ".join(address.replace("–", ",").split()))
    parts = [part.strip() for part in flat.split(",") if part.strip()]
    if not parts:
        return None
    last = parts[-1]
    if len(parts) > 1 and (_STATE_AND_ZIP.fullmatch(last) or last.isdigit()):
        return parts[-2]  # "Columbus, OH 43214", "Navi Mumbai, 410210"
    for pattern in (_POSTCODE_THEN_CITY, _CITY_THEN_POSTCODE):
        match = pattern.search(last)
        if match and match.group("city").strip():
            city = match.group("city").strip()
            return city.title() if city.isupper() else city
    return None


def apply_replacements(text: str, findings: Iterable[Finding]) -> str:
    """The text with each finding's span replaced, fitted to its sentence (sentence.py);
    findings must not overlap."""
    pieces, position = [], 0
    for finding in fit(text, list(findings)):
        if finding.replacement is not None:
            pieces += [text[position : finding.start], finding.replacement]
            position = finding.end
    return "".join([*pieces, text[position:]])
