"""draftlint's NlpEngine and context enhancer give what presidio's own classes would."""

import pytest
from helpers import DEV_PLAIN, REPO
from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

from lint.detection.context import ContextEnhancer
from lint.detection.engine import detector
from lint.detection.nlp_engine import ENTITY_OF_LABEL, NER_SCORE
from lint.detection.rules import Rule
from lint.detection.segments import split

CORPUS = DEV_PLAIN
EXAMPLES = REPO / "examples"
DRAFTS = sorted(EXAMPLES.glob("*.md")) + sorted(CORPUS.glob("*.txt"))


def _segments() -> list[tuple[str, str]]:
    texts = [segment for path in DRAFTS for segment in split(path.read_text(encoding="utf-8"))]
    return [(segment.text, segment.language) for segment in texts if segment.text.strip()]


def test_ner_labels_and_score_are_those_of_presidios_default_configuration() -> None:
    configuration = NerModelConfiguration()
    mapping = configuration.model_to_presidio_entity_mapping or {}
    assert set(ENTITY_OF_LABEL) == {label for label, e in mapping.items() if e == "PERSON"}
    assert set(ENTITY_OF_LABEL.values()) == {"PERSON"}
    assert configuration.default_score == NER_SCORE
    assert "PERSON" not in (configuration.low_score_entity_names or ())
    assert not set(ENTITY_OF_LABEL) & set(configuration.labels_to_ignore or ())


def test_person_entities_and_scores_are_those_of_presidios_spacy_engine(
    rules: tuple[Rule, ...],
) -> None:
    ours = detector(rules).nlp_engine
    theirs = SpacyNlpEngine(
        models=[{"lang_code": k, "model_name": v} for k, v in ours.model_names.items()]
    )
    theirs.nlp = {language: ours.get_nlp(language) for language in ours.model_names}
    people = {"en": 0, "fr": 0}
    for text, language in _segments():
        mine = ours.process_text(text, language)
        presidio = theirs.process_text(text, language)
        persons = [
            ((e.start_char, e.end_char, e.label_), score)
            for e, score in zip(presidio.entities, presidio.scores, strict=True)
            if e.label_ == "PERSON"
        ]
        assert [
            ((e.start_char, e.end_char, e.label_), s)
            for e, s in zip(mine.entities, mine.scores, strict=True)
        ] == persons
        assert mine.tokens_indices == presidio.tokens_indices
        people[language] += len(persons)
    assert min(people.values()) > 10  # French PER and English PERSON both came through


def _explained(results: list[RecognizerResult]) -> list[tuple[int, int, str, float, str | None]]:
    return [
        (
            r.start,
            r.end,
            r.entity_type,
            r.score,
            r.analysis_explanation.supportive_context_word if r.analysis_explanation else None,
        )
        for r in results
    ]


def test_context_words_raise_scores_as_presidios_whole_word_enhancer_does(
    rules: tuple[Rule, ...],
) -> None:
    found = detector(rules)
    presidios = LemmaContextAwareEnhancer(context_matching_mode="whole_word")
    raised = 0
    for text, language in _segments():
        artifacts = found.nlp_engine.process_text(text, language)
        recognizers = found.analyzer.registry.get_recognizers(language, all_fields=True)
        raw = [
            result
            for recognizer in recognizers
            for result in recognizer.analyze(text, [], artifacts) or []
        ]
        ours = ContextEnhancer().enhance_using_context(text, raw, artifacts, recognizers)
        theirs = presidios.enhance_using_context(text, raw, artifacts, recognizers)
        assert _explained(ours) == _explained(theirs)
        raised += sum(a.score != b.score for a, b in zip(ours, raw, strict=True))
    assert raised > 10  # context words did raise scores, so the comparison means something


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Appelez le 06 12 34 56 78 ce soir.", {"appelez"}),
        ("Tél : 06 12 34 56 78", {"tél"}),
        ("joignable : , ; 06 12 34 56 78", {"joignable"}),
    ],
)
def test_surrounding_words_are_the_keywords_before_the_match(
    rules: tuple[Rule, ...], text: str, words: set[str]
) -> None:
    artifacts = detector(rules).nlp_engine.process_text(text, "fr")
    start = text.index("06")
    assert words <= set(ContextEnhancer().surrounding_words(artifacts, start))
