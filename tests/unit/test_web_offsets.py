"""Offsets for the page: JavaScript counts UTF-16 code units, Python code points."""

import pytest

from lint.web.offsets import Utf16Index


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    "text",
    ["plain ascii", "café au lait", "🎉 launch 🚀 day", "a\r\nb", "𝔘𝔫𝔦 x", "\ud800 lone", ""],
)
def test_each_offset_is_the_utf16_length_of_what_precedes_it(text: str) -> None:
    index = Utf16Index(text)
    for offset in range(len(text) + 1):
        assert index.to_utf16(offset) == utf16_length(text[:offset].replace("\ud800", "x"))


def test_an_emoji_before_a_value_moves_it_by_two() -> None:
    text = "🎉🎉 mail me at jo@example.org"
    start = text.index("jo@")
    assert Utf16Index(text).to_utf16(start) == start + 2


def test_lines_and_columns_count_from_one_in_utf16_units() -> None:
    text = "first line\r\n🎉 second: value\nthird"
    index = Utf16Index(text)
    assert index.line_column(0) == (1, 1)
    assert index.line_column(text.index("value")) == (2, len("🎉 second: ") + 2)
    assert index.line_column(text.index("third")) == (3, 1)
    assert index.line_column(len(text)) == (3, 6)
