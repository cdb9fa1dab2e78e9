"""The presidio AnalyzerEngine, built lazily with spaCy offline; Segment -> Findings."""

import logging
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts

from lint.detection.context import ContextEnhancer
from lint.detection.nlp_engine import SpacyEngine
from lint.detection.recognizers import INVALID_KEY, recognizers_for
from lint.detection.rules import Rule
from lint.detection.spacy_models import DEFAULT_MODELS
from lint.model import Finding, Segment
from lint.vocabulary import LANGUAGES, Severity

# spaCy reads several segments at once (nlp.pipe), up to this many characters together: a
# 10 MB file holds one batch's activations at a time (50,000 took 110 MB more, no faster).
BATCH_CHARS = 20_000


def _batches(texts: Iterable[str], max_chars: int) -> Iterator[list[str]]:
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and size + len(text) > max_chars:
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch


class Detector:
    """One AnalyzerEngine over a set of rules; reused for every segment of a run."""

    def __init__(self, rules: Sequence[Rule], models: dict[str, str]) -> None:
        self.rules = {rule.id: rule for rule in rules}
        registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
        for rule in rules:
            for recognizer in recognizers_for(rule):
                registry.add_recognizer(recognizer)
        with_ner = any(rule.matcher == "spacy-person" for rule in rules)
        self.nlp_engine = SpacyEngine(models, with_ner=with_ner)
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=self.nlp_engine,
            supported_languages=list(LANGUAGES),
            context_aware_enhancer=ContextEnhancer(),
        )

    def detect(self, segments: Sequence[Segment], path: str) -> list[Finding]:
        """The findings of every segment, in segment order; spaCy reads them in batches."""
        per_segment: list[list[Finding]] = [[] for _ in segments]
        for language in dict.fromkeys(segment.language for segment in segments):
            indices = [
                i
                for i, segment in enumerate(segments)
                if segment.language == language and segment.text.strip()
            ]
            texts = (segments[i].text for i in indices)
            for i, artifacts in zip(indices, self._artifacts(texts, language), strict=True):
                per_segment[i] = self._findings(segments[i], path, artifacts)
        return [finding for findings in per_segment for finding in findings]

    def _artifacts(self, texts: Iterable[str], language: str) -> Iterator[NlpArtifacts]:
        """One NlpArtifacts per text, in order: nlp.pipe over batches of bounded size."""
        for batch in _batches(texts, BATCH_CHARS):
            for _, artifacts in self.nlp_engine.process_batch(
                batch, language, batch_size=len(batch)
            ):
                yield artifacts

    def _findings(self, segment: Segment, path: str, artifacts: NlpArtifacts) -> list[Finding]:
        results = self.analyzer.analyze(
            segment.text, language=segment.language, nlp_artifacts=artifacts
        )
        findings = []
        for result in results:
            rule = self.rules[result.recognition_metadata["recognizer_name"]]
            if result.score < rule.threshold:
                continue
            findings.append(
                Finding(
                    path=path,
                    start=segment.start + result.start,
                    end=segment.start + result.end,
                    entity=rule.entity,
                    rule_id=rule.id,
                    score=round(result.score, 2),
                    severity=Severity(rule.severity).one_lower().value
                    if result.recognition_metadata.get(INVALID_KEY)
                    else rule.severity,
                    language=segment.language,
                )
            )
        return findings


@cache
def _quiet_presidio() -> None:
    # presidio logs a warning per unused entity; draftlint reports through its own output.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


def detector(rules: Sequence[Rule], models: dict[str, str] | None = None) -> Detector:
    _quiet_presidio()
    return _cached_detector(tuple(rules), tuple(sorted((models or DEFAULT_MODELS).items())))


@cache
def _cached_detector(rules: tuple[Rule, ...], models: tuple[tuple[str, str], ...]) -> Detector:
    return Detector(rules, dict(models))
