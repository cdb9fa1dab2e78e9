"""The presidio AnalyzerEngine, built lazily with spaCy offline; Segment -> Findings."""

import logging
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from lint.detection.recognizers import INVALID_KEY, recognizers_for
from lint.detection.rules import Rule
from lint.detection.spacy_models import DEFAULT_MODELS, load_pipeline
from lint.model import Finding, Segment
from lint.vocabulary import LANGUAGES

# spaCy reads several segments at once (nlp.pipe), up to this many characters together: a
# 10 MB file holds one batch's activations at a time (50,000 took 110 MB more, no faster).
BATCH_CHARS = 20_000


class LazySpacyEngine(SpacyNlpEngine):
    """presidio's spaCy engine, loading each language on first use and only what NER needs."""

    def __init__(self, models: dict[str, str], *, with_ner: bool) -> None:
        super().__init__(models=[{"lang_code": k, "model_name": v} for k, v in models.items()])
        self.model_names = dict(models)
        self.with_ner = with_ner
        self.nlp: dict[str, Language] = {}

    def load(self) -> None:  # models load on first use, in get_nlp
        pass

    def is_loaded(self) -> bool:
        return True

    def get_supported_languages(self) -> list[str]:
        return list(self.model_names)

    def get_nlp(self, language: str) -> Language:
        if language not in self.nlp:
            self.nlp[language] = load_pipeline(language, self.model_names[language], self.with_ner)
        return self.nlp[language]

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return self._doc_to_nlp_artifact(self.get_nlp(language)(text), language)

    def process_texts(self, texts: Iterable[str], language: str) -> Iterator[NlpArtifacts]:
        """One NlpArtifacts per text, in order: nlp.pipe over batches of bounded size."""
        nlp = self.get_nlp(language)
        for batch in _batches(texts, BATCH_CHARS):
            for doc in nlp.pipe(batch, batch_size=len(batch)):
                yield self._doc_to_nlp_artifact(doc, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return self.get_nlp(language).vocab[word].is_stop

    def is_punct(self, word: str, language: str) -> bool:
        return self.get_nlp(language).vocab[word].is_punct

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        # Without a lemmatizer, lemmas are empty: presidio's context words then compare
        # against the lower-cased words instead.
        entities, scores = self._get_updated_entities(
            list(doc.ents), self._get_scores_for_entities(doc)
        )
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[token.lemma_ or token.lower_ for token in doc],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


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


class ContextEnhancer(LemmaContextAwareEnhancer):
    """presidio's context words, finding a match's token by bisection.

    presidio walks the tokens from the first for every match: quadratic in a long paragraph.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._doc: Doc | None = None
        self._token_ends: list[int] = []

    def _find_index_of_match_token(self, word: str, start: int, tokens, tokens_indices) -> int:  # type: ignore[no-untyped-def, override]
        if tokens is not self._doc:  # the same Doc for every match of one segment
            self._doc = tokens
            spans = tokens.to_array([IDX, LENGTH]).tolist()
            self._token_ends = [idx + length for idx, length in spans]
        # presidio's answer: the first token that ends after the match starts.
        index = bisect_right(self._token_ends, start)
        if index == len(self._token_ends):
            raise ValueError(f"Did not find word {word!r} in the list of tokens")
        return index


class Detector:
    """One AnalyzerEngine over a set of rules; reused for every segment of a run."""

    def __init__(self, rules: Sequence[Rule], models: dict[str, str]) -> None:
        self.rules = {rule.id: rule for rule in rules}
        registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
        for rule in rules:
            for recognizer in recognizers_for(rule):
                registry.add_recognizer(recognizer)
        with_ner = any(rule.matcher == "spacy-person" for rule in rules)
        self.nlp_engine = LazySpacyEngine(models, with_ner=with_ner)
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=self.nlp_engine,
            supported_languages=list(LANGUAGES),
            # presidio's default "substring" mode lets context "ms" match "items".
            context_aware_enhancer=ContextEnhancer(context_matching_mode="whole_word"),
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
            for i, artifacts in zip(
                indices, self.nlp_engine.process_texts(texts, language), strict=True
            ):
                per_segment[i] = self._findings(segments[i], path, artifacts)
        return [finding for findings in per_segment for finding in findings]

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
                    severity=_lower(rule.severity)
                    if result.recognition_metadata.get(INVALID_KEY)
                    else rule.severity,
                    language=segment.language,
                )
            )
        return findings


def _lower(severity: str) -> str:
    return {"error": "warning", "warning": "info"}.get(severity, "info")


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
