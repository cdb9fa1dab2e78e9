"""Fitting a replacement to its sentence (lint/fixing/sentence.py, removals.py), the
language of a suggestion (language.py) and the styles explain shows (examples.py)."""

import itertools

from lint.fixing.examples import styles_for
from lint.fixing.language import languages_of
from lint.fixing.roles import role
from lint.fixing.sentence import fit
from lint.fixing.suggestions import Style, apply_replacements, city_of
from lint.model import Finding


def _finding(
    text: str, value: str, replacement: str, entity: str = "PERSON", language: str = "en"
) -> Finding:
    start = text.index(value)
    return Finding(
        "-", start, start + len(value), entity, "r", 0.9, "warning", language, replacement
    )


def test_nothing_around_a_value_changes_when_nothing_goes_with_it() -> None:
    # Hard negatives: "at" before a time, a capitalised word that is no title, English "de".
    for text, value in [
        ("I met Tom at the station at noon.", "Tom"),
        ("WILLIAMS Tom signed the form.", "Tom"),
        ("Lunch at Café de Flore with Tom, then home.", "Tom"),
        ("Call Dr. Who fans: Tom hosts the quiz.", "Tom"),
    ]:
        fixed = apply_replacements(text, [_finding(text, value, "Person A")])
        assert fixed == text.replace(value, "Person A"), text


def test_a_placeholder_keeps_the_streets_preposition() -> None:
    text = "I live at 12 Baker St, Bristol BS1 4DJ."
    finding = _finding(text, "12 Baker St, Bristol BS1 4DJ", "[address removed]", "ADDRESS")
    assert apply_replacements(text, [finding]) == "I live at [address removed]."


def test_fitted_spans_never_overlap_the_next_value() -> None:
    text = "Married, 2 children, Dr Tom"
    findings = [
        _finding(text, "Married", ""),
        _finding(text, "2 children", ""),
        _finding(text, "Tom", "Person A"),
    ]
    fitted = fit(text, findings)
    assert all(a.end <= b.start for a, b in itertools.pairwise(fitted))
    assert apply_replacements(text, findings) == "Person A"


def test_a_span_that_runs_into_the_next_sentence_still_gives_its_city() -> None:
    assert city_of("14 Harbour Lane, Bristol BS1 5TY.\nCall me on 07700") == "Bristol"
    assert city_of("12 St. Albans Road, Watford WD17 1AB") == "Watford"
    assert city_of("3 allée Jean-Mermoz, bât. B2, 94000 Créteil") == "Créteil"


def test_a_suggestion_speaks_its_sentences_language() -> None:
    text = "Thanks for reading, everyone!\nEt merci à vous tous, écrivez-moi à jo@example.fr."
    finding = _finding(text, "jo@example.fr", "", "EMAIL_ADDRESS")
    assert languages_of(text, [finding]) == ["fr"]
    greeting = "Hi Jenna,\n\nThanks so much for the call, I am thrilled to accept the offer."
    assert languages_of(greeting, [_finding(greeting, "Jenna", "", language="fr")]) == ["en"]


def test_postcodes_and_words_other_romance_languages_share_are_no_french() -> None:
    # A Welsh street and a Spanish degree in an English CV: "y", "en", "de", "SA19".
    text = (
        "Rhian Evans\n14 Heol y Felin\nLlandeilo SA19 6BN\n07812 546 093\n\n"
        "Máster en Ingeniería de Caminos, Canales y Puertos\n\n"
        "I am applying for the site engineer role and would love to talk about it."
    )
    phone = _finding(text, "07812 546 093", "", "PHONE_NUMBER", language="fr")
    assert languages_of(text, [phone]) == ["en"]


def test_a_short_draft_with_one_telling_word_is_that_language() -> None:
    text = "Née le 12/07/1991."
    assert languages_of(text, [_finding(text, "12/07/1991", "", "DATE_OF_BIRTH")]) == ["fr"]


def test_a_role_word_ending_in_s_is_read_whole() -> None:
    text = "The boss of the depot, and Greg from the night shift, kept us going."
    start = text.index("Greg")
    assert role(text, start, start + 4, "en") == "my manager"  # "boss", not "bos"
    plural = "Greg handles the clients of the northern region."
    assert role(plural, 0, 4, "en") == "a client"


def test_explain_lists_the_styles_an_entity_can_take_default_first() -> None:
    assert styles_for("PERSON")[:2] == [Style.pseudonym, Style.role]
    assert styles_for("ADDRESS")[0] is Style.city
    assert Style.role not in styles_for("EMAIL_ADDRESS")
    assert styles_for("EMAIL_ADDRESS")[0] is Style.placeholder
