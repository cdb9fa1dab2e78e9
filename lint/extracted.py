"""Text extracted from a structured file: pieces joined by newlines, each with its place."""

from collections.abc import Iterable

from lint.model import Document, Region


def assemble(path: str, kind: str, pieces: Iterable[tuple[str, str]]) -> Document:
    """pieces: (location, text) in reading order."""
    texts, regions, offset = [], [], 0
    for location, text in pieces:
        regions.append(Region(offset, offset + len(text), location))
        texts.append(text)
        offset += len(text) + 1  # the "\n" between pieces
    return Document(path, "\n".join(texts), kind=kind, regions=tuple(regions))
