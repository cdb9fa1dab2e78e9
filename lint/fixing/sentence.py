"""A replacement fitted to its sentence: the words that went with the value follow it.

A title goes with the name it precedes ("Dear Ms Doe," -> "Dear Hiring Manager,"; "Madame
Dupont," -> "Madame,"), a preposition with the street it introduced ("I live at 12 Baker
St, Bristol" -> "I live in Bristol"; "j'habite au 12 rue de la Paix, Lyon" -> "j'habite à
Lyon"), a possessive and a French elision stay ("Jane's" -> "Person A's", "de Julien" ->
"d'Anonyme A"), and a removal leaves no empty punctuation (removals.py).

Each finding's span grows by those few words only, never into another finding's.
"""

import re
from collections.abc import Sequence
from dataclasses import replace

from lint.fixing.removals import SENTENCE_START, Context, fit_removal
from lint.model import Finding

_TITLE = (
    r"(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|Pr|M(?=\.)|Madame|Monsieur|Mademoiselle"
    r"|Sister|Brother|Sir|Dame)"
)
# One title or more ("Dr. (Mrs.) Jane"), just before the name, or at the start of its span.
_TITLES_BEFORE = re.compile(rf"(?:(?<![\w.])\(?{_TITLE}\.?\)?[ \t]+)+$")
_TITLES_INSIDE = re.compile(rf"^(?:\(?{_TITLE}\.?\)?[ \t]+)+(?=\w)")
# A salutation is a line of its own: a greeting or none, the title and name, a comma.
_SALUTATION = re.compile(
    r"[ \t]*(?P<greeting>(?:dear|hi|hello|bonjour|bonsoir|cher|chère)[ \t]+)?", re.I
)
_SALUTATION_END = re.compile(r"[ \t]*(?P<mark>[,:!]?)[ \t]*")
_FRENCH_TITLE = {"madame": "Madame", "mme": "Madame", "monsieur": "Monsieur", "m": "Monsieur"}
_FRENCH_TITLE |= {"mademoiselle": "Madame", "mlle": "Madame"}
# The preposition that went with a street, and the one that goes with a city.
_TO_CITY = {
    "en": (re.compile(r"\b(?:at|on)[ \t]+$", re.IGNORECASE), "in"),
    "fr": (re.compile(r"\b(?:au|aux)[ \t]+$", re.IGNORECASE), "à"),
}
# French verbs that take a street with no preposition: "j'habite 12 rue..." -> "à Lyon".
_LIVES = re.compile(r"\b(?:habite|habitons|habitez|habitent|réside|résidons|domiciliée?)[ \t]+$")
_ELIDABLE = re.compile(
    r"\b(?P<word>[Dd]e|[Qq]ue|[Jj]usque|[Ll]orsque|[Pp]uisque)[ \t]+$"
    r"|\b(?P<elided>[Dd]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)(?P<mark>['’])$"
)
_VOWEL = re.compile(r"^[aeiouyàâäéèêëîïôöùûüœæ]", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
_WINDOW = 80  # how far before a value the words that go with it are looked for
_BETWEEN_REMOVALS = re.compile(r"[ \t,;/|·•–-]*")


def fit(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings with their spans grown over the words that go with each value and
    their replacements rewritten to fit; findings must not overlap."""
    ordered = _removals_merged(text, sorted(findings, key=lambda f: f.start))
    fitted: list[Finding] = []
    context = Context(text)
    for index, finding in enumerate(ordered):
        if finding.replacement is None:
            fitted.append(finding)
            continue
        low = fitted[-1].end if fitted else 0
        high = ordered[index + 1].start if index + 1 < len(ordered) else len(text)
        start, end, new = _fit_words(text, finding, low, high)
        if new == "":
            name = finding.entity == "PERSON"
            start, end, new = fit_removal(context, start, end, low, high, name=name)
        elif finding.replacement == "" and _POSSESSIVE.fullmatch(new):
            # "my manager Sarah's idea" -> "my manager's idea": the space goes too.
            start = low + len(text[low:start].rstrip(" \t"))
        elif new[0].islower() and SENTENCE_START.search(context.left(start)):
            new = new[0].upper() + new[1:]  # "someone's book" opens a sentence: "Someone's"
        fitted.append(replace(finding, start=start, end=end, replacement=new))
        context.advance(text, start, end, new)
    return fitted


def _removals_merged(text: str, ordered: list[Finding]) -> list[Finding]:
    """Removals side by side ("Marié, 2 enfants") are one: the punctuation between them goes."""
    merged: list[Finding] = []
    for finding in ordered:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.replacement == finding.replacement == ""
            and _BETWEEN_REMOVALS.fullmatch(text, last.end, finding.start)
        ):
            merged[-1] = replace(last, end=finding.end)
        else:
            merged.append(finding)
    return merged


def _fit_words(text: str, finding: Finding, low: int, high: int) -> tuple[int, int, str]:
    start, end, new = finding.start, finding.end, finding.replacement or ""
    if finding.entity == "PERSON" and "*" not in new:
        start, new = _fit_title(text, finding, low, high, new)
        if finding.language == "en" and _POSSESSIVE.search(text[finding.start : end]):
            suffix = text[end - 2 : end]
            new = new if new.endswith(suffix) else new + suffix
    if finding.entity == "ADDRESS" and new and not new.startswith("[") and "*" not in new:
        start, new = _fit_preposition(text, start, low, new, finding.language)
    if finding.language == "fr" and new:
        start, new = _fit_elision(text, start, low, new)
    return start, end, new


def _fit_title(text: str, finding: Finding, low: int, high: int, new: str) -> tuple[int, str]:
    """Drop the title before a name; in a salutation, the title makes the greeting."""
    start = finding.start
    inside = _TITLES_INSIDE.match(text, start, finding.end)
    window = max(low, start - _WINDOW)
    before = _TITLES_BEFORE.search(text[window:start])
    titles = text[start : inside.end()] if inside else ""
    if before:
        titles = before.group() + titles
        start = window + before.start()
    if not titles:
        return start, new
    # A salutation is a short line: its ends are looked for near the name only.
    newline = text.rfind("\n", max(0, start - _WINDOW), start)
    line_start = newline + 1 if newline >= 0 else (0 if start <= _WINDOW else -1)
    line_end = text.find("\n", finding.end, finding.end + _WINDOW)
    if line_end < 0 and len(text) - finding.end <= _WINDOW:
        line_end = len(text)
    salutation = None
    if line_start >= low and line_end >= 0:  # no other value earlier on the line
        salutation = _SALUTATION.fullmatch(text, line_start, start)
    ending = _SALUTATION_END.fullmatch(text, finding.end, line_end) if salutation else None
    if salutation and ending and new != "":
        greeting = (salutation.group("greeting") or "").strip().casefold()
        first = titles.split()[0].strip("().").casefold()
        # Without a greeting, only "Madame Dupont," alone on its line is a salutation.
        if finding.language == "fr" and first in _FRENCH_TITLE and (greeting or ending["mark"]):
            return start, _FRENCH_TITLE[first]
        if finding.language == "en" and greeting == "dear":
            return start, "Hiring Manager"
    return start, new


def _fit_preposition(text: str, start: int, low: int, city: str, language: str) -> tuple[int, str]:
    if language not in _TO_CITY:
        return start, city
    street_preposition, city_preposition = _TO_CITY[language]
    window = max(low, start - _WINDOW)
    before = text[window:start]
    found = street_preposition.search(before)
    if found:
        word = before[found.start() : found.end()].strip()
        preposition = city_preposition.capitalize() if word[0].isupper() else city_preposition
        return window + found.start(), _french_article(f"{preposition} {city}")
    if language == "fr" and _LIVES.search(before):
        return start, _french_article(f"à {city}")
    return start, city


def _french_article(phrase: str) -> str:
    # "à Le Havre" is "au Havre", "à Les Sables-d'Olonne" is "aux Sables-d'Olonne".
    return re.sub(r"^([àÀ]) (Les|Le|La) ", _contracted, phrase)


def _contracted(match: re.Match[str]) -> str:
    article = match.group(2).casefold()
    if article == "la":
        return match.group()
    word = {"le": "au", "les": "aux"}[article]
    return (word.capitalize() if match.group(1) == "À" else word) + " "


def _fit_elision(text: str, start: int, low: int, new: str) -> tuple[int, str]:
    """ "de Julien" -> "d'Anonyme A"; "d'Élodie" -> "de [une personne]"."""
    window = max(low, start - _WINDOW)
    found = _ELIDABLE.search(text[window:start])
    if not found:
        return start, new
    vowel = bool(_VOWEL.match(new))
    if found.group("word") and vowel:
        # The apostrophe the draft writes around there: typographic or straight.
        nearby = text[max(0, start - 500) : start + 500]
        mark = "’" if nearby.count("’") > nearby.count("'") else "'"
        return window + found.start(), f"{found.group('word')[:-1]}{mark}{new}"
    if found.group("elided") and not vowel:
        return window + found.start(), f"{found.group('elided')}e {new}"
    return start, new
