"""What every draftlint recognizer shares: its rule, its metadata, its excluded words."""

import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from lint.detection.rules import Rule

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


class RuleBasedRecognizer(EntityRecognizer):
    """A presidio recognizer for one rule in one language: the rule's entity, id, context
    words and excluded words."""

    def __init__(self, rule: Rule, language: str) -> None:
        super().__init__(
            supported_entities=[rule.entity],
            name=rule.id,
            supported_language=language,
            context=list(rule.context),
        )
        self.exclude_words = rule.exclude_words

    def load(self) -> None:
        pass  # patterns are compiled with the rule, models loaded by the NLP engine

    def scored(self, start: int, end: int, score: float) -> RecognizerResult:
        """A result whose explanation is the score alone (no pattern behind it)."""
        return RecognizerResult(
            self.supported_entities[0],
            start,
            end,
            score,
            analysis_explanation=AnalysisExplanation(name_of(self), score),
            recognition_metadata=metadata_of(self),
        )
