"""What every draftlint recognizer shares: its metadata, its name, its excluded words."""

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

_WORDS = re.compile(r"[^\W\d_]+")


def has_excluded_word(value: str, excluded: frozenset[str]) -> bool:
    return bool(excluded) and any(word.casefold() in excluded for word in _WORDS.findall(value))


def metadata_of(recognizer: EntityRecognizer) -> dict[str, str]:
    return {
        RecognizerResult.RECOGNIZER_NAME_KEY: name_of(recognizer),
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
    }


def name_of(recognizer: EntityRecognizer) -> str:
    # presidio sets `name` in __init__ without a type mypy can read.
    return str(getattr(recognizer, "name"))  # noqa: B009
