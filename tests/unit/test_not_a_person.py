"""A name-shaped span is dropped when its surroundings say it is no private person."""

import pytest

from lint.model import Finding
from lint.resolution.not_a_person import drop_non_persons


def person(text: str, name: str) -> Finding:
    start = text.index(name)
    return Finding("-", start, start + len(name), "PERSON", "person-name", 0.8, "warning", "en")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cordialement,\n[Prénom Nom]\n[Adresse]", "Prénom Nom"),
        ("Our studio works across Copenhagen and São Paulo.", "São Paulo"),
        ("Donations go to Porto Alegre until Sunday.", "Porto Alegre"),
        ("I moved from Victoria last year.", "Victoria"),
        ("Warehouse 4, Coimbatore, Tamil Nadu 641001", "Tamil Nadu"),  # ISO writes Nādu
        ("Merci de partager, Lyon c'est petit", "Lyon"),  # nobody's first name
        ("Dix ans chez Martin Dubreuil, puis en libéral.", "Martin Dubreuil"),
        ("I joined Whitaker Lane as a paralegal.", "Whitaker Lane"),
        ("Audit Associate, Adekunle, Ojo & Partners, Lagos", "Adekunle"),
        ("Dates parsed by Jackson 2.15 are wrong.", "Jackson"),
        ("Ten years at Whitaker & Sons, then Meyer GmbH.", "Whitaker"),
        ("Ten years at Whitaker & Sons, then Meyer GmbH.", "Meyer"),
        ("As Bruce Schneier put it, security is a process.", "Bruce Schneier"),
        ("La phrase est attribuée à Paul Claudel, je crois.", "Paul Claudel"),
        (
            "Comme l'écrivait Antoine de Saint-Exupéry, « un objectif... »",
            "Antoine de Saint-Exupéry",
        ),
        ('"Nothing in life is to be feared." — Marie Curie', "Marie Curie"),
        ('→ Marie Curie: "Nothing in life is to be feared."', "Marie Curie"),
    ],
)
def test_a_span_that_is_no_private_person_is_dropped(text: str, name: str) -> None:
    assert drop_non_persons(text, [person(text, name)]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanks to Jane Doe for the review.", "Jane Doe"),
        ("Thanks to Victoria for the review.", "Victoria"),  # a city, and a first name
        ("As Jane Doe joins the team, we grow.", "Jane Doe"),  # "as", but no quotation
        ("Sarah said: let us ship it.", "Sarah"),  # a colon, but no quotation mark
        ("Met Jean Dupont and Sonia at the fair.", "Jean Dupont"),
        ("Jane Doe 2024 review", "Jane Doe"),  # a year, not a version
        ("Dinner at Sarah Lee's tonight.", "Sarah Lee"),  # her home, not a firm
    ],
)
def test_a_person_stays_a_person(text: str, name: str) -> None:
    found = [person(text, name)]
    assert drop_non_persons(text, found) == found
