"""Guess whether a paragraph is English or French from its function words."""

import re
from collections.abc import Callable
from functools import cache

from lint.detection.kept_texts import KEPT_CHARS, kept_when_short

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ELISION = re.compile(r"(?:[ldjmnst]|\w*qu)'")
MIN_EVIDENCE = 2  # below this many telling words, a paragraph takes the document's language


@cache
def _telling_words() -> tuple[frozenset[str], frozenset[str]]:
    # spaCy's stop-word lists, minus the words both languages share ("a", "on", "me").
    from lint.detection.spacy_french import skip_french_token_match

    skip_french_token_match()  # importing spacy.lang.fr must not compile its token_match
    from spacy.lang.en.stop_words import STOP_WORDS as english
    from spacy.lang.fr.stop_words import STOP_WORDS as french

    return frozenset(english - french), frozenset(french - english)


# Paragraphs are apart: no word spans a blank line, so a text's evidence is its paragraphs'
# added up, and each paragraph's is kept (lint.detection.kept_texts).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def language_evidence(text: str) -> tuple[int, int]:
    """(English words, French words) among the text's function words."""
    if len(text) <= KEPT_CHARS:
        return _evidence(text)
    return summed_over_paragraphs(text, _evidence, _PARAGRAPH_BREAK)


def summed_over_paragraphs(
    text: str, evidence: Callable[[str], tuple[int, int]], breaks: re.Pattern[str]
) -> tuple[int, int]:
    """evidence of text, as the sum of its paragraphs' (no word spans a blank line)."""
    counted = [evidence(paragraph) for paragraph in breaks.split(text)]
    return sum(e for e, _ in counted), sum(f for _, f in counted)


@kept_when_short
def _evidence(text: str) -> tuple[int, int]:
    english, french = _telling_words()
    words = [word.lower().replace("’", "'") for word in _WORD.findall(text)]
    # French elisions (l'équipe, j'ai, qu'il) are French evidence on their own.
    elided = sum(1 for word in words if _ELISION.match(word))
    return (
        sum(word in english for word in words),
        sum(word in french for word in words) + elided,
    )


def guess_language(text: str, *, default: str = "en") -> str:
    english, french = language_evidence(text)
    if max(english, french) < MIN_EVIDENCE or english == french:
        return default
    return "fr" if french > english else "en"
