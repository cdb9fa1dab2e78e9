"""PERSON recognizers in code: spaCy's NER filtered by name evidence, and the names it
misses found from name evidence alone."""

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from lint.detection.known_names import find_known_names
from lint.detection.name_evidence import reads_as_ordinary_words
from lint.detection.name_lists import first_names
from lint.detection.recognizer_parts import RuleBasedRecognizer, has_excluded_word

# Words that open a name span in spaCy's output but are no part of the name.
_TITLES = re.compile(
    r"^(?:(?:dr|pr|prof|mr|mrs|ms|miss|mx|mme|mlle|m|madame|monsieur|mademoiselle|dear|"
    r"cher|chère|bonjour|hello|hi|merci)\.?\s+)+",
    re.IGNORECASE,
)
_PARTICLES = frozenset(
    [
        "de",
        "du",
        "des",
        "d'",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "dos",
        "el",
        "al",
        "ben",
        "bin",
        "ibn",
        "bint",
        "af",
        "ter",
    ]
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


# "Rebecca Davies's address": the possessive is no part of the name.
_POSSESSIVE = re.compile(r"['’]s$")


def _looks_like_name(text: str) -> bool:
    words = text.split()
    if not words or any(not _NAME_WORD.fullmatch(word) for word in words):
        return False
    named = [word for word in words if word.lower() not in _PARTICLES]
    return bool(named) and all(word[0].isupper() for word in named)


class PersonNameRecognizer(RuleBasedRecognizer):
    """PERSON from spaCy's NER, kept only where the span reads like a person's name."""

    MULTI_WORD_SCORE = 0.6  # reported as is
    FIRST_NAME_SCORE = 0.55  # one word that is a known first name: reported as is
    SINGLE_WORD_SCORE = 0.3  # another lone capitalised word needs context ("my colleague X")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        results = []
        for entity in nlp_artifacts.entities:
            if entity.label_ != "PERSON":
                continue
            for start, end in _name_parts(text, entity.start_char, entity.end_char):
                if has_excluded_word(text[start:end], self.exclude_words):
                    continue
                words = text[start:end].split()
                if reads_as_ordinary_words(words):
                    continue
                if len(words) > 1:
                    score = self.MULTI_WORD_SCORE
                elif words[0] in first_names():
                    score = self.FIRST_NAME_SCORE
                else:
                    score = self.SINGLE_WORD_SCORE
                results.append(self.scored(start, end, score))
        return results


def _name_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of an NER span that read like names, titles and trailing punctuation cut."""
    parts = []
    offset = start
    for line in text[start:end].split("\n"):
        title = _TITLES.match(line)
        lead = title.end() if title else 0
        stripped = _POSSESSIVE.sub("", line[lead:].rstrip(" \t\r,.;:")).rstrip("'’")
        leading_space = len(stripped) - len(stripped.lstrip())
        name = stripped.strip()
        if _looks_like_name(name):
            parts.append((offset + lead + leading_space, offset + lead + leading_space + len(name)))
        offset += len(line) + 1
    return parts


class KnownNameRecognizer(RuleBasedRecognizer):
    """PERSON from name evidence alone (known_names): full names at once, a lone first
    name only where the rule's context words raise it."""

    FULL_NAME_SCORE = 0.6  # reported as is
    LONE_NAME_SCORE = 0.3  # needs a cue word before it

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for name in find_known_names(text):
            if has_excluded_word(text[name.start : name.end], self.exclude_words):
                continue
            score = self.LONE_NAME_SCORE if name.lone else self.FULL_NAME_SCORE
            results.append(self.scored(name.start, name.end, score))
        return results
