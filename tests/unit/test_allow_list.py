"""The allow list compares normalized values: one number, however it is written."""

import pytest

from lint.model import Finding
from lint.resolution.allow_deny import allowed


def finding(text: str, value: str, entity: str) -> Finding:
    start = text.index(value)
    return Finding("-", start, start + len(value), entity, "rule", 1.0, "warning", "en")


@pytest.mark.parametrize(
    ("allow", "value", "entity"),
    [
        ("+33 1 42 68 53 00", "01 42 68 53 00", "PHONE_NUMBER"),
        ("01 42 68 53 00", "+33 (0)1 42 68 53 00", "PHONE_NUMBER"),
        ("0033142685300", "01.42.68.53.00", "PHONE_NUMBER"),
        ("+44 20 7946 0958", "+442079460958", "PHONE_NUMBER"),
        ("Press@Acme.com", "press@acme.com", "EMAIL_ADDRESS"),
        ("FR76 3000 3018 4700 0517 3826 435", "FR7630003018470005173826435", "FINANCIAL_ACCOUNT"),
        ("fr7630003018470005173826435", "FR76 3000 3018 4700 0517 3826 435", "FINANCIAL_ACCOUNT"),
    ],
)
def test_an_allowed_value_is_allowed_however_it_is_written(
    allow: str, value: str, entity: str
) -> None:
    text = f"Write to {value} today."
    assert allowed([finding(text, value, entity)], text, [allow], []) == []


@pytest.mark.parametrize(
    ("allow", "value", "entity"),
    [
        ("+33 1 42 68 53 00", "01 42 68 53 01", "PHONE_NUMBER"),  # another number
        ("+33 1 42 68 53 00", "+32 1 42 68 53 00", "PHONE_NUMBER"),  # another country
        ("press@acme.com", "press@acme.co", "EMAIL_ADDRESS"),
        (
            "FR76 3000 3018 4700 0517 3826 435",
            "FR76 3000 3018 4700 0517 3826 436",
            "FINANCIAL_ACCOUNT",
        ),
        ("Jean Dupont", "JeanDupont", "PERSON"),  # a name is compared as written
    ],
)
def test_a_different_value_is_still_reported(allow: str, value: str, entity: str) -> None:
    text = f"Write to {value} today."
    found = [finding(text, value, entity)]
    assert allowed(found, text, [allow], []) == found
