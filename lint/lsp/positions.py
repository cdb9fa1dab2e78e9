"""Character offsets <-> LSP positions: a line, and a column in the code units the client
and server agreed on (UTF-16, the protocol's default, or UTF-8 or UTF-32)."""

import bisect
import re

from lsprotocol import types

# The protocol's line endings: a line ends at \r\n, \n or a lone \r (a form feed or U+2028
# does not end one, whatever str.splitlines says).
_LINE_END = re.compile(r"\r\n|\r|\n")


class Lines:
    """A text's lines, to turn offsets into LSP positions and back."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.width = _WIDTHS.get(encoding, _utf16_width)
        breaks = list(_LINE_END.finditer(text))
        self.starts = [0] + [match.end() for match in breaks]
        self.ends = [match.start() for match in breaks] + [len(text)]  # before the break

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        before = self.text[self.starts[line] : offset]
        return types.Position(line=line, character=sum(map(self.width, before)))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The character offset of an LSP position; one past a line's end is its end."""
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[max(position.line, 0)]
        line = self.text[start : self.ends[max(position.line, 0)]]
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return start + index
            units += self.width(char)
        return start + len(line)


def _utf16_width(char: str) -> int:
    # A character beyond the Basic Multilingual Plane (an emoji) takes two UTF-16 units.
    return 2 if ord(char) > 0xFFFF else 1


def _utf8_width(char: str) -> int:
    return len(char.encode("utf-8", "surrogatepass"))


_WIDTHS = {"utf-16": _utf16_width, "utf-8": _utf8_width, "utf-32": lambda char: 1}
