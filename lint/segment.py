"""Document -> Segments: paragraphs with their offsets and guessed language."""

import re
from collections.abc import Iterator

from lint.language import guess_language
from lint.model import Segment

# A paragraph ends at a blank line (any line ending, spaces allowed on the blank line).
_PARAGRAPH_BREAK = re.compile(r"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\s*")
SEGMENT_CHARS = 20_000  # same-language paragraphs are analysed together up to this size
MAX_SEGMENT_CHARS = 100_000  # and a longer paragraph is cut, at a line break if it can be


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, paragraph) for each paragraph, the breaks between them left out."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            yield start, text[start : match.start()]
        start = match.end()
    if start < len(text):
        yield start, text[start:]


def _cut(offset: int, text: str, limit: int) -> Iterator[tuple[int, str]]:
    while len(text) > limit:
        window = text[:limit]
        cut = max(window.rfind("\n"), window.rfind(" "))
        cut = cut + 1 if cut > limit // 2 else limit
        yield offset, text[:cut]
        offset, text = offset + cut, text[cut:]
    yield offset, text


def split(text: str, *, language: str | None = None) -> list[Segment]:
    """Segments in document order; language forces one language for all of them."""
    document_language = language or guess_language(text)
    segments: list[Segment] = []
    for offset, paragraph in paragraphs(text):
        for piece_offset, piece in _cut(offset, paragraph, MAX_SEGMENT_CHARS):
            piece_language = language or guess_language(piece, default=document_language)
            previous = segments[-1] if segments else None
            if (
                previous is not None
                and previous.language == piece_language
                and piece_offset + len(piece) - previous.start <= SEGMENT_CHARS
            ):
                # Merge with the previous segment, keeping the text between them verbatim.
                merged = text[previous.start : piece_offset + len(piece)]
                segments[-1] = Segment(previous.start, merged, piece_language)
            else:
                segments.append(Segment(piece_offset, piece, piece_language))
    return segments
