"""Name and word evidence from the compacted names-dataset and wordfreq data."""

import pytest

from lint.detection.name_evidence import evidence, reads_as_ordinary_words


@pytest.mark.parametrize("word", ["Subramaniam", "Dlamini", "Yıldırım", "Nguyen", "Okonkwo"])
def test_names_of_many_countries_are_more_names_than_words(word: str) -> None:
    assert evidence(word).is_name
    assert not evidence(word).is_ordinary_word


@pytest.mark.parametrize("word", ["Pivot", "Delivery", "Envoyez", "Numéro", "Graduate"])
def test_ordinary_words_of_english_and_french_are_no_names(word: str) -> None:
    assert evidence(word).is_ordinary_word
    assert not evidence(word).is_name


def test_case_does_not_change_the_evidence() -> None:
    assert evidence("MARTIN") == evidence("Martin") == evidence("martin")


def test_an_unknown_word_has_no_evidence_either_way() -> None:
    found = evidence("Qzxvbwk")
    assert (found.name, found.ordinary) == (0.0, 0.0)


@pytest.mark.parametrize(
    "span",
    [
        "Power Pivot",
        "Delivery Suite",
        "Migration Cockpit",
        "Graduate Diploma",
        "Envoyez CV",
        "Hochschule Esslingen",  # ordinary words of German
        "PII Recognizers",  # an acronym
        "Pydantic V2",  # a version
    ],
)
def test_skills_headings_and_tools_read_as_ordinary_words(span: str) -> None:
    assert reads_as_ordinary_words(span.split())


@pytest.mark.parametrize(
    "span",
    ["Grace Smith", "Rose Baker", "Karthikeyan Subramaniam", "Hans Müller", "Wei LI"],
)
def test_names_and_unknown_words_do_not(span: str) -> None:
    assert not reads_as_ordinary_words(span.split())
