from lint.reporting.positions import LineIndex, Position


def test_positions_are_one_based_lines_and_columns_in_characters() -> None:
    index = LineIndex("ab\nçé😀x\r\nlast")
    assert index.position(0) == Position(1, 1)
    assert index.position(3) == Position(2, 1)
    assert index.position(6) == Position(2, 4)  # "x" after two accents and an emoji
    assert index.position(9) == Position(3, 1)  # CRLF ends the line like LF
