import re
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from lint.model import Finding
from lint.resolution import overlaps
from lint.resolution.propagation import PROPAGATED_ENTITIES, _name_parts, propagate


def person(start: int, end: int) -> Finding:
    return Finding("-", start, end, "PERSON", "person-name", 0.6, "warning", "en")


def test_a_name_found_once_is_found_everywhere_it_is_written() -> None:
    text = "Ask Ana Lopes. Ana Lopes knows; Ana Lopesa does not count."
    found = propagate(text, [person(4, 13)])
    assert sorted((f.start, f.end) for f in found) == [(4, 13), (15, 24)]


def test_the_parts_of_a_full_name_are_found_where_they_stand_alone() -> None:
    text = "Welcome Aoife Ní Bhriain-Okafor! Aoife starts Monday at Bhriain-Okafor's. #Aoife"
    found = propagate(text, [person(8, 31)])
    assert [(f.start, text[f.start : f.end]) for f in found] == [
        (8, "Aoife Ní Bhriain-Okafor"),
        (text.index("Aoife starts"), "Aoife"),  # and not the hashtag at the end
        (text.index("Bhriain-Okafor's"), "Bhriain-Okafor"),
    ]


def test_a_name_in_capitals_is_also_found_written_in_title_case() -> None:
    text = "NOMVULA DLAMINI\nReferences: Ms Dlamini can be reached by e-mail."
    found = propagate(text, [person(0, 15)])
    assert [text[f.start : f.end] for f in found] == ["NOMVULA DLAMINI", "Dlamini"]


def test_an_ordinary_word_in_a_name_is_not_followed_alone() -> None:
    text = "Grace Mwangi joined. Grace period ends Friday."
    found = propagate(text, [person(0, 12)])
    assert [text[f.start : f.end] for f in found] == ["Grace Mwangi"]


def test_a_span_that_is_no_full_name_lends_no_parts() -> None:
    # spaCy's "Install Ruff" is a verb and a tool: "Ruff" alone is not followed.
    text = "Install Ruff first. Ruff is fast, and Pydantic V2 too; Pydantic is typed."
    found = propagate(text, [person(0, 12), person(text.index("Pydantic V2"), text.index(" too"))])
    assert [text[f.start : f.end] for f in found] == ["Install Ruff", "Pydantic V2"]


def test_a_ticket_key_labelled_once_is_found_again() -> None:
    text = "ticket CS-0784412 ... still no answer on CS-0784412"
    key = Finding("-", 7, 17, "ID_NUMBER", "ticket-key", 0.65, "info", "en")
    assert [(f.start, f.end) for f in propagate(text, [key])] == [(7, 17), (41, 51)]


def test_entities_found_by_shape_are_not_propagated() -> None:
    text = "06 12 34 56 78 and 06 12 34 56 78"
    phone = Finding("-", 0, 14, "PHONE_NUMBER", "phone-number", 1.0, "warning", "en")
    assert propagate(text, [phone]) == [phone]


def _propagate_by_definition(text: str, findings: list[Finding]) -> list[Finding]:
    # One regex search per value over the whole text, as the rule reads: whole values
    # first, then the parts of names, which are not followed into hashtags and handles.
    values: list[tuple[str, Finding, bool]] = []
    for found in findings:
        if found.entity in PROPAGATED_ENTITIES:
            values.append((text[found.start : found.end], found, False))
    for found in findings:
        if found.entity == "PERSON":
            values += [(part, found, True) for part in _name_parts(text[found.start : found.end])]
    added: list[Finding] = []
    seen: set[str] = set()
    for value, found, is_part in values:
        if value in seen:
            continue
        seen.add(value)
        for match in re.finditer(rf"(?<![\w\-]){re.escape(value)}(?![\w\-])", text):
            if is_part and text[match.start() - 1 : match.start()] in ("#", "@"):
                continue
            if not any(
                f.start < match.end() and match.start() < f.end for f in [*findings, *added]
            ):
                added.append(replace(found, start=match.start(), end=match.end()))
    return [*findings, *added]


@given(
    st.text(alphabet="Ana Lo-é.@\n", max_size=80),
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 10)), max_size=6),
)
def test_propagation_finds_what_one_search_per_value_finds(
    text: str, spans: list[tuple[int, int]]
) -> None:
    findings = overlaps.resolve(
        person(start, min(start + width, len(text))) for start, width in spans if start < len(text)
    )
    assert propagate(text, findings) == _propagate_by_definition(text, findings)
