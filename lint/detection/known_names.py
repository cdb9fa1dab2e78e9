"""Names that spaCy's small models miss, found from name evidence alone.

A run of capitalised words is a person's full name when every word is more a name than an
ordinary word (names-dataset against wordfreq, see name_evidence), one of them is no
common word at all, the first is some country's first name and the last some country's
last name: "Karthikeyan Subramaniam", "Elif Demir", "SARANYA MURUGESAN". A CV header's
"BENNANI Kawtar" (surname in capitals first) counts too. A lone first name that is no
ordinary word ("Ravi", "Aoife") is returned apart: alone it needs a cue ("thanks", "my
daughter") before it is reported.
"""

from dataclasses import dataclass

import regex

from lint.detection.name_evidence import NO_EVIDENCE, name_word_evidence
from lint.detection.name_lists import cjk_surnames
from lint.detection.reading_scope import scope_of

# A word of letters, with inner hyphens and apostrophes: "Nwosu-Okeke", "O'Neill".
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’\-](?!s\b)[\p{L}\p{M}]+)*")  # not the 's of a possessive
# Words that join the parts of a name, in any case: "Maria das Graças", "Saoirse Ní Bhriain".
_PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "al",
        "el",
        "bin",
        "ben",
        "ibn",
        "bint",
        "ní",
        "nic",
        "mac",
        "ó",
        "uí",
        "y",
    ]
)
# What may stand between the words of one name: a space, or the quotes of a nickname
# ('Babatunde "Tunde" Olatunji').
_JOINS = frozenset([" ", ' "', '" ', " “", "” "])
_LONGEST = 4  # words of a full name, particles aside
_STRONG = 0.8  # a name ranked in the top 500 of some country
_NAMED = 0.6  # in the top 2,000
_DISTINCTIVE = 0.5  # below this, the word is no common word of English or French
_LONE_ORDINARY = 0.3  # a lone first name must be rarer still as a word


@dataclass(frozen=True)
class KnownName:
    start: int
    end: int
    lone: bool  # one first name, to be reported only with a cue


def find_known_names(text: str) -> list[KnownName]:
    found: list[KnownName] = []
    for run in _capitalised_runs(text):
        found.extend(_names_in_run(run))
    found.extend(_cjk_names(text))
    return _lone_names_in_lists(text, sorted(found, key=lambda name: name.start))


# Between two names of a list: "Aoife, Saoirse and Liam", "Maëlys et Noah".
_LIST_JOIN = regex.compile(r"\s*(?:,|&|\band\b|\bet\b|,\s*(?:and|et)\b)\s*", regex.IGNORECASE)
# Opening a list item: a bullet, a dash or an emoji at the start of a line.
_ITEM_START = regex.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·▪►✓✔]|\p{Extended_Pictographic})[\ufe0f\s]*$")


def _lone_names_in_lists(text: str, found: list[KnownName]) -> list[KnownName]:
    """A lone first name is a name, cue or none, when it opens a list item or stands in a
    list next to another name: list structure is the cue."""
    kept = []
    for index, name in enumerate(found):
        if name.lone and (
            _ITEM_START.search(text, 0, name.start)
            or any(
                _LIST_JOIN.fullmatch(text[slice(*_gap(name, other))])
                for other in found[max(0, index - 1) : index + 2]
                if other is not name
            )
        ):
            name = KnownName(name.start, name.end, lone=False)
        kept.append(name)
    return kept


# A short run of Chinese, Japanese or Korean script, alone amid Latin text: "佐藤 春樹".
_CJK = r"\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}々"
_CJK_RUN = regex.compile(
    rf"(?<![{_CJK}])(?:[\p{{Han}}々]{{1,3}}[ \u3000]?[\p{{Han}}々]{{1,3}}|\p{{Hangul}}{{2,4}})"
    rf"(?![{_CJK}])"
)
_CJK_CHAR = regex.compile(rf"[{_CJK}]")


def written_in_cjk(text: str) -> bool:
    """More of the text's letters are Chinese, Japanese or Korean than not."""
    in_cjk = cjk_letters(text)
    return in_cjk > sum(char.isalpha() for char in text) - in_cjk


def cjk_letters(text: str) -> int:
    return len(_CJK_CHAR.findall(text))


def _cjk_names(text: str) -> list[KnownName]:
    """In a draft written in Latin script, a short CJK run that opens with a surname is a
    name written in its own script (a Chinese, Japanese or Korean name beside its
    romanisation); in a text written in CJK script it could be any word."""
    runs = list(_CJK_RUN.finditer(text))
    if not runs or written_in_cjk(scope_of(text)):
        return []
    found = []
    for run in runs:
        name = run.group().replace(" ", "").replace("\u3000", "")
        if 2 <= len(name) <= 4 and any(
            name[:size] in cjk_surnames() for size in (1, 2, 3) if size < len(name)
        ):
            found.append(KnownName(run.start(), run.end(), lone=False))
    return found


def _gap(name: KnownName, other: KnownName) -> tuple[int, int]:
    return (other.end, name.start) if other.end <= name.start else (name.end, other.start)


def _capitalised_runs(text: str) -> list[list["regex.Match[str]"]]:
    """Runs of capitalised words (and particles between them) one space apart."""
    runs: list[list[regex.Match[str]]] = []
    current: list[regex.Match[str]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        joins = bool(current) and text[current[-1].end() : match.start()] in _JOINS
        if word[0].isupper() or (word.casefold() in _PARTICLES and joins):
            if current and not joins:
                runs.append(current)
                current = []
            current.append(match)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _names_in_run(run: list["regex.Match[str]"]) -> list[KnownName]:
    found = []
    index = 0
    while index < len(run):
        size = next(
            (
                size
                for size in range(min(len(run) - index, _LONGEST + 2), 1, -1)
                if _is_full_name([match.group() for match in run[index : index + size]])
            ),
            0,
        )
        if size and _is_followed_by_a_thing(run, index + size):
            size = 0  # "Nnamdi Azikiwe University", "Grace Hopper Celebration"
            index += 1
            continue
        if size:
            found.append(KnownName(run[index].start(), run[index + size - 1].end(), lone=False))
            index += size
            continue
        if _stands_alone(run, index) and _is_lone_first_name(run[index].group()):
            found.append(KnownName(run[index].start(), run[index].end(), lone=True))
        index += 1
    return found


def _stands_alone(run: list["regex.Match[str]"], index: int) -> bool:
    """The word is alone in its run, or ends it after ordinary words ("Thanks Aoife")."""
    return index == len(run) - 1 and all(
        name_word_evidence(match.group()).is_ordinary_word for match in run[:index]
    )


def _is_followed_by_a_thing(run: list["regex.Match[str]"], index: int) -> bool:
    """The name is followed, in the same run, by a capitalised word that is no name."""
    return index < len(run) and not name_word_evidence(run[index].group()).is_name


def _is_full_name(words: list[str]) -> bool:
    if _is_particle(words[0]) or _is_particle(words[-1]):
        return False
    named = [word for word in words if not _is_particle(word)]
    if not 2 <= len(named) <= _LONGEST or _are_acronyms(named):
        return False
    found = [name_word_evidence(word) for word in named]
    first, last = found[0], found[-1]
    # Common words all ("Rose Hill") are a name only when both ends rank high as names
    # ("Stephanie Diaz"): wordfreq counts names as words too.
    strong = first.first_name >= _STRONG and last.last_name >= _STRONG
    if not strong and not any(one.ordinary < _DISTINCTIVE for one in found):
        return False
    # An unknown last word after a common first name: a surname names-dataset lacks
    # ("Saoirse Ní Bhriain"), unless it is a short acronym.
    unknown_last = last == NO_EVIDENCE and first.first_name >= _STRONG and len(named[-1]) > 3
    if not all(one.is_name for one in (found[:-1] if unknown_last else found)):
        return False
    in_order = first.first_name >= _NAMED and (last.last_name >= _NAMED or unknown_last)
    surname_first = (
        named[0].isupper()
        and not named[1].isupper()
        and first.last_name >= _NAMED
        and found[1].first_name >= _NAMED
    )
    return in_order or surname_first


def _are_acronyms(words: list[str]) -> bool:
    """ "CAN FD", "ONS ASHE": capitals only, and no word long enough to be read as a name."""
    return all(word.isupper() for word in words) and (
        min(map(len, words)) < 3 or max(map(len, words)) < 5
    )


def _is_lone_first_name(word: str) -> bool:
    if word.isupper() or len(word) < 3:
        return False
    found = name_word_evidence(word)
    return found.is_name and found.first_name >= _STRONG and found.ordinary < _LONE_ORDINARY


def _is_particle(word: str) -> bool:
    return word.casefold() in _PARTICLES
