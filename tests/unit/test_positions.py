from lint.model import Finding
from lint.reporting.positions import LineIndex, Position, Span


def test_positions_are_one_based_lines_and_columns_in_characters() -> None:
    index = LineIndex("ab\nçé😀x\r\nlast")
    assert index.position(0) == Position(1, 1)
    assert index.position(3) == Position(2, 1)
    assert index.position(6) == Position(2, 4)  # "x" after two accents and an emoji
    assert index.position(9) == Position(3, 1)  # CRLF ends the line like LF


def test_a_span_ends_one_column_after_its_last_character_even_across_lines() -> None:
    index = LineIndex("ab\nçé😀x\r\nlast")
    one_line = Finding("-", 3, 6, "PERSON", "person", 1.0, "warning", "en")
    assert index.span(one_line) == Span(2, 1, 2, 4)
    across = Finding("-", 5, 11, "PERSON", "person", 1.0, "warning", "en")  # "😀x\r\nla"
    assert index.span(across) == Span(2, 3, 3, 3)
    empty = Finding("-", 9, 9, "PERSON", "person", 1.0, "warning", "en")
    assert index.span(empty) == Span(3, 1, 3, 2)
