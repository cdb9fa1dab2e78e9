"""Character offsets -> lines and columns in the file a person opens, and where a value is."""

import bisect
from collections.abc import Callable
from dataclasses import dataclass, replace

from lint.model import Document, Finding


@dataclass(frozen=True, slots=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, in characters


@dataclass(frozen=True, slots=True)
class Span:
    """Where a finding's value is: its first character, and the column just after its last
    one (end_column is exclusive, as in SARIF)."""

    line: int
    column: int
    end_line: int
    end_column: int


class LineIndex:
    """Character offset -> (line, column), both 1-based, in the file a person opens.

    For HTML the offsets into the extracted text are first carried back to the file's own
    text (document.source), so that line and column point at the value in the file."""

    def __init__(self, text: str, to_source: Callable[[int], int] | None = None) -> None:
        self.text = text  # the text the lines are counted in
        self.to_source = to_source
        self.starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    @classmethod
    def of(cls, document: Document) -> "LineIndex":
        if document.source is None:
            return cls(document.text)
        from lint.sources.extracted_text import SourceMap

        return cls(document.source, SourceMap(document))

    def _at(self, offset: int) -> Position:
        line = bisect.bisect_right(self.starts, offset) - 1
        return Position(line + 1, offset - self.starts[line] + 1)

    def position(self, offset: int) -> Position:
        """Where the character at this offset of the document's text is."""
        return self._at(offset if self.to_source is None else self.to_source(offset))

    def last(self, start: int, end: int) -> Position:
        """Where the last character of text[start:end] is (start, if it is empty)."""
        if self.to_source is None:
            return self._at(max(start, end - 1))
        return self._at(max(self.to_source(start), self.to_source(end) - 1))

    def span(self, finding: Finding) -> Span:
        """Where the finding's value is, for every report that gives a line and a column."""
        begin, last = self.position(finding.start), self.last(finding.start, finding.end)
        return Span(begin.line, begin.column, last.line, last.column + 1)

    def in_source(self, finding: Finding) -> Finding:
        """The finding with start and end in the text the lines are counted in."""
        if self.to_source is None:
            return finding
        return replace(
            finding, start=self.to_source(finding.start), end=self.to_source(finding.end)
        )


def location(document: Document, finding: Finding, line: int) -> str:
    """Where a person finds the value: "line 3" in a text file, "header (section 1)" in a CV."""
    for region in document.regions:
        if region.start <= finding.start < max(region.end, region.start + 1):
            return region.location
    return f"line {line}"
