"""Text extracted from a structured file: pieces joined by newlines, each with its place."""

from bisect import bisect_right
from collections.abc import Iterable

from lint.model import Document, Region

# (location, text), or (location, text, points) when the text comes from a text file:
# points are (offset in text, offset in the file) wherever the two stop moving together.
Piece = tuple[str, str] | tuple[str, str, tuple[tuple[int, int], ...]]


def assemble(
    path: str, kind: str, pieces: Iterable[Piece], *, source: str | None = None
) -> Document:
    """pieces in reading order; source: the file's own text, when points refer to it."""
    texts, regions, offset = [], [], 0
    for location, text, *points in pieces:
        shifted = tuple((offset + at, where) for at, where in points[0]) if points else ()
        regions.append(Region(offset, offset + len(text), location, shifted))
        texts.append(text)
        offset += len(text) + 1  # the "\n" between pieces
    return Document(path, "\n".join(texts), kind=kind, regions=tuple(regions), source=source)


class SourceMap:
    """Offset in the extracted text -> offset in the file's own text, for a whole document."""

    def __init__(self, document: Document) -> None:
        points = [point for region in document.regions for point in region.source]
        self.extracted = [at for at, _ in points]
        self.source = [where for _, where in points]

    def __call__(self, offset: int) -> int:
        # The last point at or before the offset; past a piece's end (the "\n" between two
        # pieces), the end of that piece.
        index = bisect_right(self.extracted, offset) - 1
        if index < 0:
            return offset
        return self.source[index] + offset - self.extracted[index]
