"""Turn rules into presidio recognizers: patterns (RuleRecognizer) or a named matcher."""

import re

import regex
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

from lint.detection.patterns import compile_pattern
from lint.detection.person_recognizers import KnownNameRecognizer, PersonNameRecognizer
from lint.detection.phones import regions_of
from lint.detection.recognizer_parts import (
    RuleBasedRecognizer,
    has_excluded_word,
    metadata_of,
    name_of,
)
from lint.detection.rules import Rule, RulePattern
from lint.detection.validators import Validator, validator
from lint.errors import DraftlintError

INVALID_KEY = "draftlint_failed_validation"  # reported one severity lower
LABELLED_INVALID_SCORE = 0.95  # right after its label: surely meant as one
PATTERN_TIMEOUT = 2.0  # seconds one pattern may take on one segment before the scan stops


class RuleRecognizer(RuleBasedRecognizer):
    """A presidio recognizer built from one rules/*.toml file, for one language.

    A pattern may name a group `value`: then only that group is the finding, so that a
    label the regex needs ("Passport no:") stays out of the span. It runs its own
    matching (rather than PatternRecognizer's) to use the regex module's timeout and the
    patterns the rule loader compiled.
    """

    def __init__(self, rule: Rule, language: str) -> None:
        super().__init__(rule, language)
        self.checks = _checks(rule.validators)
        self.rule_path = rule.path
        self.compiled = [
            (p, compile_pattern(p.regex), _checks(p.validators)) for p in rule.patterns
        ]
        self.not_after = _words_before(rule.not_after)
        self.labels = _words_before(rule.context) if rule.label_keeps_invalid else None

    def validate_result(self, pattern_text: str) -> bool | None:
        # As presidio's: None keeps the pattern's score, True raises it to 1.0, False drops.
        return all(check(pattern_text) for check in self.checks) if self.checks else None

    def validate_match(self, pattern_checks: list[Validator], value: str) -> bool | None:
        """The rule's checks and the pattern's own: False if one fails, None if none ran."""
        checks = [*self.checks, *pattern_checks]
        return all(check(value) for check in checks) if checks else None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        with regions_of(text):
            return self.find_results(text)

    def find_results(self, text: str) -> list[RecognizerResult]:
        results = []
        for pattern, compiled, pattern_checks in self.compiled:
            for match in self.find_matches(pattern, compiled, text):
                has_value = "value" in compiled.groupindex
                start, end = match.span("value") if has_value else match.span()
                if start == end:
                    continue
                before = text[max(0, start - NOT_AFTER_WINDOW) : start]
                if self.not_after is not None and self.not_after.search(before):
                    continue
                if has_excluded_word(text[start:end], self.exclude_words):
                    continue
                verdict = self.validate_match(pattern_checks, text[start:end])
                if verdict is False:
                    if self.labels is not None and self.labels.search(
                        text[max(0, start - 25) : start]
                    ):
                        results.append(
                            self.make_result(
                                start, end, LABELLED_INVALID_SCORE, pattern, invalid=True
                            )
                        )
                    continue
                score = 1.0 if verdict else pattern.score
                results.append(self.make_result(start, end, score, pattern))
        return EntityRecognizer.remove_duplicates(results)

    def find_matches(
        self, pattern: RulePattern, compiled: "regex.Pattern[str]", text: str
    ) -> "list[regex.Match[str]]":
        try:
            return list(compiled.finditer(text, timeout=PATTERN_TIMEOUT))
        except TimeoutError:
            raise DraftlintError(
                f"{self.rule_path}: patterns {pattern.name!r}: no result after {PATTERN_TIMEOUT} s "
                "on this text; the regex backtracks catastrophically"
            ) from None

    def make_result(
        self, start: int, end: int, score: float, pattern: RulePattern, *, invalid: bool = False
    ) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=name_of(self),
            original_score=pattern.score,
            pattern_name=pattern.name,
            pattern=pattern.regex,
            validation_result=score == 1.0,
        )
        return RecognizerResult(
            self.supported_entities[0],
            start,
            end,
            score,
            analysis_explanation=explanation,
            recognition_metadata={**metadata_of(self), INVALID_KEY: invalid},
        )


NOT_AFTER_WINDOW = 30  # characters before a match searched for a rule's not_after words


def _words_before(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A search for any of the words, whole, case-insensitive, followed only by punctuation."""
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?i)(?<!\w)(?:{alternatives})(?!\w)[^\w\n]*(?:\w+[^\w\n]*)?$")


MATCHERS: dict[str, type[RuleBasedRecognizer]] = {
    # names listed in rules.MATCHER_NAMES
    "spacy-person": PersonNameRecognizer,
    "known-names": KnownNameRecognizer,
}


def recognizers_for(rule: Rule) -> list[EntityRecognizer]:
    """One recognizer per language the rule supports."""
    if rule.matcher is not None:
        matcher = MATCHERS[rule.matcher]
        return [matcher(rule, language) for language in rule.languages]
    return [RuleRecognizer(rule, language) for language in rule.languages]


def _checks(names: tuple[str, ...]) -> list[Validator]:
    found = [validator(name) for name in names]
    return [check for check in found if check is not None]  # rules.py rejected the rest
