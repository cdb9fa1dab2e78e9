"""How much a capitalised word is a person's name, and how much an ordinary word.

From data/name_evidence.tsv, built offline by scripts/build_name_evidence.py from
names-dataset (rank of a first or last name in each of 106 countries) and wordfreq
(frequency of a word in English, French and five more languages). The file is sorted: a
word is found by bisection in the bytes as read, so no start pays for splitting 370,000
lines.
"""

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import regex

_DATA = Path(__file__).resolve().parent / "data" / "name_evidence.tsv"
# Rank buckets of the data file (top 100, 500, 2,000 of some country) as a strength.
_NAME_STRENGTH = {0: 0.0, 1: 1.0, 2: 0.8, 3: 0.6}
# Zipf 2.5 (about three in a billion words) and below is no ordinary word; 4 and above
# (one in ten thousand: "power", "suite", "graduate") is a plainly ordinary one.
_RARE_ZIPF, _COMMON_ZIPF = 2.5, 4.0


@dataclass(frozen=True)
class WordEvidence:
    first_name: float  # 0 to 1: how high the word ranks among some country's first names
    last_name: float  # the same among last names
    ordinary: float  # 0 to 1: how common it is as an ordinary word of English or French
    foreign: float = 0.0  # the same in Spanish, German, Italian, Portuguese or Dutch

    @property
    def name(self) -> float:
        return max(self.first_name, self.last_name)

    @property
    def is_name(self) -> bool:
        """More a name than a word: "Martin", "Grace", "Nguyen", "Subramaniam"."""
        return self.name > 0 and self.name >= self.ordinary

    @property
    def is_ordinary_word(self) -> bool:
        """More an ordinary word than a name: "Power", "Pivot", "Suite", "Papa"."""
        return self.ordinary >= 0.5 and self.ordinary > self.name


NO_EVIDENCE = WordEvidence(0.0, 0.0, 0.0)


@lru_cache(maxsize=8192)  # a draft repeats its names and headings
def evidence(word: str) -> WordEvidence:
    """The evidence for one word, as written ("Martin", "MARTIN", "martin" alike)."""
    line = _find(_table(), word.casefold().encode("utf-8"))
    if line is None:
        return NO_EVIDENCE
    _key, first, last, zipf_en, zipf_fr, zipf_other = line.split(b"\t")
    return WordEvidence(
        _NAME_STRENGTH[int(first)],
        _NAME_STRENGTH[int(last)],
        _ordinary(max(int(zipf_en), int(zipf_fr)) / 10),
        _ordinary(int(zipf_other) / 10),
    )


def _ordinary(zipf: float) -> float:
    return min(1.0, max(0.0, (zipf - _RARE_ZIPF) / (_COMMON_ZIPF - _RARE_ZIPF)))


@cache
def _table() -> bytes:
    # Bytes, not text: decoding 7 MB would cost more than all the lookups of a scan, and
    # UTF-8 sorts as the code points the build script sorted.
    return _DATA.read_bytes()


def _find(table: bytes, key: bytes) -> bytes | None:
    """The line of `key` in the sorted table, by bisection over its bytes."""
    low, high = 0, len(table)
    while low < high:
        middle = (low + high) // 2
        start = table.rfind(b"\n", 0, middle) + 1
        end = table.find(b"\n", start)
        if end == -1:
            end = len(table)
        line = table[start:end]
        found = line.split(b"\t", 1)[0]
        if found == key:
            return line
        if found < key:
            low = end + 1
        else:
            high = start
    return None


def reads_as_ordinary_words(words: list[str]) -> bool:
    """Words that together are no person's name, whatever spaCy says:

    - "Power Pivot", "Envoyez CV", "Hochschule Esslingen": no word is more a name than an
      ordinary word of some language, and one is plainly an ordinary word ("Grace Smith"
      is names as much as words: kept);
    - "Tekla Structures", "Cambridge Advanced": the last word, where the surname goes, is
      plainly an ordinary word and nobody's last name;
    - "PII Recognizers", "Pydantic V2": an acronym or a code among the words.
    """
    named = [word for word in words if word.casefold() not in NAME_PARTICLES]
    if not named:
        return False
    if len(named) > 1 and any(_is_acronym_or_code(word) for word in named):
        return True  # "PII Recognizers", "Rich CLI", "Pydantic V2"
    found = [evidence(word) for word in named]
    balances = [one.name - max(one.ordinary, one.foreign) for one in found]
    if max(balances) <= 0 and min(balances) < -_PLAIN_WORD:
        return True
    return (
        len(named) > 1
        and all(_LATIN.fullmatch(word) for word in named)
        and found[-1].last_name == 0
        and found[-1].name - found[-1].ordinary < -_PLAIN_WORD  # English or French
    )


def _is_acronym_or_code(word: str) -> bool:
    """A short word in capitals that is nobody's surname ("CLI", "PII"), or letters and
    digits ("V2", "S3"): no part of a person's name."""
    if any(char.isdigit() for char in word):
        return True
    letters = word.strip(".,;:")
    return 2 <= len(letters) <= 4 and letters.isupper() and evidence(letters).last_name == 0


# A word counts as plainly ordinary when it is that much more a word than a name.
_PLAIN_WORD = 0.5
# Words between the parts of a name, which are no evidence either way.
NAME_PARTICLES = frozenset(["de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di"])
# Names in other scripts (李, Сергей) are not in the data: no evidence is not evidence there.
_LATIN = regex.compile(r"[\p{Latin}'’.\-]+")


def name_word_evidence(word: str) -> WordEvidence:
    """A hyphenated word is as much a name as its most name-like part ("Nwosu-Okeke"); a
    word with accents the data lacks is looked up without them ("Phạm" as "pham")."""
    parts = word.replace("’", "'").split("-")
    found = [_without_accents_if_unknown(part) for part in parts]
    if len(found) == 1:
        return found[0]
    return WordEvidence(
        max(one.first_name for one in found),
        max(one.last_name for one in found),
        min(one.ordinary for one in found),
        min(one.foreign for one in found),
    )


def _without_accents_if_unknown(word: str) -> WordEvidence:
    found = evidence(word)
    if found == NO_EVIDENCE:
        plain = without_accents(word)
        if plain != word:
            return evidence(plain)
    return found


def without_accents(text: str) -> str:
    """ "Phạm" -> "Pham", "Sénégal" -> "Senegal": drafts write accents or not."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))
