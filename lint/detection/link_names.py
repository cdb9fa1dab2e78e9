"""A link whose path names a person: a job board's or a learning platform's user page
("indeed.com/r/Abhishek-Jha/10e7a8cb"), a talk's speaker page, a personal page on any
host. The path names someone when one of its segments is a first name and a last name
joined by a hyphen, an underscore or a dot, by the same evidence as names in text."""

import re

from lint.detection.name_evidence import evidence

_SEGMENT_WORDS = re.compile(r"[-_.+]|%20")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# An encyclopaedia's article on a public figure is no one's private page.
_PUBLIC_PAGES = re.compile(r"(?i)(?:wikipedia|wikimedia|wiktionary|britannica)\.")
_NAMED = 0.6  # ranked in the top 2,000 names of some country
_LEEWAY = 0.3


def has_name_in_path(link: str) -> bool:
    host, _, path = re.sub(r"(?i)^https?://", "", link).partition("/")
    if not path or _PUBLIC_PAGES.search(host):
        return False
    return any(_names_someone(segment) for segment in re.split(r"[/?&=#]", path))


def _names_someone(segment: str) -> bool:
    words = [word for word in _SEGMENT_WORDS.split(segment) if word]
    if not 2 <= len(words) <= 4 or not all(_LETTERS.fullmatch(word) for word in words):
        return False
    first, last = evidence(words[0]), evidence(words[-1])
    # Lower-case names are frequent words in wordfreq's counts too ("connor"): a name
    # part may be a little more a word than a name, not plainly one ("period").
    return (
        first.first_name >= _NAMED
        and first.ordinary - first.name < _LEEWAY
        and last.last_name >= _NAMED
        and last.ordinary - last.name < _LEEWAY
    )
