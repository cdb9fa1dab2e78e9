"""Numbers written without a trunk 0 are found in the countries whose places a draft names."""

import pytest

from lint.detection.rules import parse_example
from lint.pipeline import check
from lint.vocabulary import Entity

NUMBERS_BESIDE_THEIR_PLACE = [
    "Calle Mayor 12, 28013 Madrid · Tel. [[612 48 39 75]]",
    "Rua Augusta 120, 1100-053 Lisboa\nTelemóvel: [[912 345 678]]",
    "ul. Długa 15/7, 31-146 Kraków, tel. [[512 345 678]]",
    "Basé à Dakar (Sénégal). Tél : [[77 645 12 38]]",
    "Vivo a Roma. Cell. [[347 123 456]]",
    "Luxembourg · GSM [[621 123 456]]",
]

# Digit groups beside the same places: amounts, counts, order numbers.
DIGIT_GROUPS = [
    "Madrid office: budget 250 000 €, 12 34 56 participants, 1 234 567 units.",
    "Lisboa 2023: 912 345 visitors and 120 000 000 in sales.",
    "Dakar, 2019 – 2022: 150 projects, 45 000 km.",
    "Kraków: order 512 345 678 901 shipped.",
]


@pytest.mark.parametrize("marked", NUMBERS_BESIDE_THEIR_PLACE)
def test_a_national_number_is_read_in_the_country_of_the_place_beside_it(marked: str) -> None:
    example = parse_example(marked)
    found = [(f.start, f.end) for f in check(example.document) if f.entity == Entity.PHONE_NUMBER]
    assert found == example.spans


def test_without_its_place_the_same_digits_are_no_phone_number() -> None:
    assert [f for f in check("Tel. 612 48 39 75") if f.entity == Entity.PHONE_NUMBER] == []


@pytest.mark.parametrize("text", DIGIT_GROUPS)
def test_amounts_beside_a_place_are_no_phone_number(text: str) -> None:
    assert [text[f.start : f.end] for f in check(text) if f.entity == Entity.PHONE_NUMBER] == []
