"""presidio's NlpEngine over draftlint's spaCy pipelines: each language loads on first use."""

from collections.abc import Iterable, Iterator
from typing import Any

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.language import Language
from spacy.tokens import Doc, Span

from lint.detection.spacy_models import load_pipeline

# spaCy's NER labels -> the entities draftlint's recognizers read (PersonNameRecognizer:
# PERSON), as presidio's default NerModelConfiguration maps them: English models say PERSON,
# French ones PER; PATIENT, STAFF and HCW come from clinical models a user may choose.
# Every other label (ORG, LOC, DATE...) is read by no recognizer: dropped here.
ENTITY_OF_LABEL = dict.fromkeys(("PERSON", "PER", "PATIENT", "STAFF", "HCW"), "PERSON")
# spaCy gives no confidence per entity; presidio's SpacyNlpEngine gives each one
# NerModelConfiguration's default_score (presidio 2.2: 0.85, no label in its low-score list).
NER_SCORE = 0.85


class SpacyEngine(NlpEngine):
    """Tokens, lower-cased words as lemmas, and PERSON entities, from spaCy."""

    def __init__(self, models: dict[str, str], *, with_ner: bool) -> None:
        self.model_names = dict(models)
        self.with_ner = with_ner
        self.nlp: dict[str, Language] = {}

    def load(self) -> None:
        for language in self.model_names:
            self.get_nlp(language)

    def is_loaded(self) -> bool:
        # Ready as it is: a language's pipeline loads on its first text, so that an English
        # draft never waits for French. AnalyzerEngine calls load() only when this is False.
        return True

    def get_supported_languages(self) -> list[str]:
        return list(self.model_names)

    def get_supported_entities(self) -> list[str]:
        return sorted(set(ENTITY_OF_LABEL.values())) if self.with_ner else []

    def get_nlp(self, language: str) -> Language:
        if language not in self.nlp:
            self.nlp[language] = load_pipeline(language, self.model_names[language], self.with_ner)
        return self.nlp[language]

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return self.artifacts(self.get_nlp(language)(text), language)

    def process_batch(
        self,
        texts: Iterable[str],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        **kwargs: Any,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        """(text, NlpArtifacts) per text, in order, through nlp.pipe."""
        docs = self.get_nlp(language).pipe(texts, batch_size=batch_size, n_process=n_process)
        for doc in docs:
            yield doc.text, self.artifacts(doc, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return bool(self.get_nlp(language).vocab[word].is_stop)

    def is_punct(self, word: str, language: str) -> bool:
        return bool(self.get_nlp(language).vocab[word].is_punct)

    def artifacts(self, doc: Doc, language: str) -> NlpArtifacts:
        entities = [
            Span(doc, ent.start, ent.end, label=ENTITY_OF_LABEL[ent.label_])
            for ent in doc.ents
            if ent.label_ in ENTITY_OF_LABEL
        ]
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            # No lemmatizer is loaded: context words compare with the lower-cased words.
            lemmas=[token.lemma_ or token.lower_ for token in doc],
            nlp_engine=self,
            language=language,
            scores=[NER_SCORE] * len(entities),
        )
