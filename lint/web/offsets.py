"""Python offsets (code points) -> JavaScript string indices (UTF-16 code units).

The page counts a character outside the Basic Multilingual Plane (an emoji) as two; Python
counts it as one. Every offset the API sends is the page's; the page sends none back (a
decision names a finding by the key /api/check gave it).
"""

from bisect import bisect_right


class Utf16Index:
    """One text's code-point offsets and UTF-16 indices, and its lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        # The code-point offsets of the characters that take two UTF-16 units.
        self._wide = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
        self._line_starts = [0, *(i + 1 for i, char in enumerate(text) if char == "\n")]

    def to_utf16(self, offset: int) -> int:
        return offset + bisect_right(self._wide, offset - 1)

    def line_column(self, offset: int) -> tuple[int, int]:
        """Line and column from 1, the column in UTF-16 units, as an editor counts them."""
        line = bisect_right(self._line_starts, offset)
        start = self._line_starts[line - 1]
        return line, self.to_utf16(offset) - self.to_utf16(start) + 1
