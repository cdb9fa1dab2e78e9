"""Context words: a result's score rises when one of its rule's words comes just before it."""

import copy
from bisect import bisect_right
from collections.abc import Sequence

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts


class ContextEnhancer(ContextAwareEnhancer):
    """presidio's LemmaContextAwareEnhancer in "whole_word" mode, with its defaults.

    A context word must equal a word (lemma) near the match: presidio's default "substring"
    mode lets context "ms" match "items". The match's token is found by bisection, where
    presidio walks the tokens from the first for every match: quadratic in a long paragraph.
    """

    def __init__(
        self,
        *,
        context_similarity_factor: float = 0.35,
        min_score_with_context_similarity: float = 0.4,
        context_prefix_count: int = 5,
        context_suffix_count: int = 0,
    ) -> None:
        super().__init__(
            context_similarity_factor=context_similarity_factor,
            min_score_with_context_similarity=min_score_with_context_similarity,
            context_prefix_count=context_prefix_count,
            context_suffix_count=context_suffix_count,
        )
        # Per segment: every match of one analyze() call shares its NlpArtifacts.
        self.artifacts: NlpArtifacts | None = None
        self.token_ends: list[int] = []
        self.keywords: frozenset[str] = frozenset()

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        results = copy.deepcopy(raw_results)  # as presidio's: the raw results stay as they were
        if nlp_artifacts is None:
            return results
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        given = [word.lower() for word in context or ()]
        for result in results:
            metadata = result.recognition_metadata or {}
            recognizer = by_id.get(metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, ""))
            if recognizer is None or not recognizer.context:
                continue
            if metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue  # the recognizer weighed its context itself
            words = {*self.surrounding_words(nlp_artifacts, result.start), *given}
            supportive = next((w for w in recognizer.context if w.lower() in words), None)
            if supportive is None:
                continue
            result.score += self.context_similarity_factor
            result.score = max(result.score, self.min_score_with_context_similarity)
            result.score = min(result.score, ContextAwareEnhancer.MAX_SCORE)
            if result.analysis_explanation is not None:
                result.analysis_explanation.set_supportive_context_word(supportive)
                result.analysis_explanation.set_improved_score(result.score)
        return results

    def surrounding_words(self, artifacts: NlpArtifacts, start: int) -> list[str]:
        """The lower-cased lemmas that are keywords (not stop words, not punctuation) among
        the context_prefix_count before the match's token, the token itself, and the
        context_suffix_count after it."""
        if artifacts is not self.artifacts:
            self.artifacts = artifacts
            spans = (
                artifacts.tokens.to_array(["IDX", "LENGTH"]).tolist() if artifacts.tokens else []
            )
            self.token_ends = [idx + length for idx, length in spans]
            self.keywords = frozenset(artifacts.keywords)
        # The first token that ends after the match starts (it may start before the match).
        index = bisect_right(self.token_ends, start)
        if index == len(self.token_ends):
            if not self.token_ends:
                return []
            raise ValueError(f"no token at offset {start} of the text analyzed")
        lemmas = artifacts.lemmas
        before = range(index, -1, -1)
        after = range(index, len(lemmas))
        return [
            *_first_keywords(lemmas, before, self.context_prefix_count + 1, self.keywords),
            *_first_keywords(lemmas, after, self.context_suffix_count + 1, self.keywords),
        ]


def _first_keywords(
    lemmas: Sequence[str], indices: range, count: int, keywords: frozenset[str]
) -> list[str]:
    found: list[str] = []
    for i in indices:
        if len(found) == count:
            break
        if (lemma := lemmas[i].lower()) in keywords:
            found.append(lemma)
    return found
