from lint.model import Finding
from lint.propagate import propagate


def person(start: int, end: int) -> Finding:
    return Finding("-", start, end, "PERSON", "person-name", 0.6, "warning", "en")


def test_a_name_found_once_is_found_everywhere_it_is_written() -> None:
    text = "Ask Ana Lopes. Ana Lopes knows; Ana Lopesa does not count."
    found = propagate(text, [person(4, 13)])
    assert sorted((f.start, f.end) for f in found) == [(4, 13), (15, 24)]


def test_a_ticket_key_labelled_once_is_found_again() -> None:
    text = "ticket CS-0784412 ... still no answer on CS-0784412"
    key = Finding("-", 7, 17, "ID_NUMBER", "ticket-key", 0.65, "info", "en")
    assert [(f.start, f.end) for f in propagate(text, [key])] == [(7, 17), (41, 51)]


def test_entities_found_by_shape_are_not_propagated() -> None:
    text = "06 12 34 56 78 and 06 12 34 56 78"
    phone = Finding("-", 0, 14, "PHONE_NUMBER", "phone-number", 1.0, "warning", "en")
    assert propagate(text, [phone]) == [phone]
