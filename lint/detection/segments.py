"""Document -> Segments: paragraphs with their offsets and guessed language."""

import re
from collections.abc import Iterator

from lint.detection.language import guess_language
from lint.model import Segment

# A paragraph ends at a blank line (any line ending, spaces allowed on the blank line).
_PARAGRAPH_BREAK = re.compile(r"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\s*")
SEGMENT_CHARS = 20_000  # same-language paragraphs are analysed together up to this size
MAX_SEGMENT_CHARS = 100_000  # and a longer paragraph is cut, at a line break if it can be
# spaCy's tokenizer and some rule regexes are quadratic in the length of a run without
# whitespace (a 100 KB run took minutes, or stopped the scan on a regex timeout): a longer
# run is cut into overlapping pieces. An e-mail address is at most 254 characters.
MAX_RUN_CHARS = 1_000
OVERLAP_CHARS = 256
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")
# Where to cut, best first: a line break, the end of a sentence, any whitespace.
_LINE_BREAK = re.compile(r"\n")
_SENTENCE_END = re.compile(r"[.!?;:]\s")
_SPACE = re.compile(r"\s")
# Inside a run: a separator between values, then any punctuation.
_SEPARATOR = re.compile(r"[,;|]")
_PUNCTUATION = re.compile(r"[^\w]")


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, paragraph) for each paragraph, the breaks between them left out."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            yield start, text[start : match.start()]
        start = match.end()
    if start < len(text):
        yield start, text[start:]


def _last(pattern: re.Pattern[str], text: str, low: int, high: int) -> int:
    """The end of the last match of pattern within text[low:high], or -1."""
    best = -1
    for match in pattern.finditer(text, low, high):
        best = match.end()
    return best


def _cut(offset: int, text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Pieces of at most limit characters, cut at whitespace in the window's second half.

    They do not overlap. After _cut_runs no run is longer than MAX_RUN_CHARS, so there is
    always whitespace to cut at."""
    while len(text) > limit:
        cut = -1
        for pattern in (_LINE_BREAK, _SENTENCE_END, _SPACE):
            cut = _last(pattern, text, limit // 2, limit)
            if cut > 0:
                break
        cut = cut if cut > 0 else limit
        yield offset, text[:cut]
        offset, text = offset + cut, text[cut:]
    yield offset, text


def _run_cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(end of a piece, start of the next) for each cut of the run text[start:end].

    The next piece starts OVERLAP_CHARS before the cut, so that a value up to that long
    which the cut goes through is whole in it (the duplicates are resolved as overlaps)."""
    while end - start > MAX_RUN_CHARS:
        low, high = start + MAX_RUN_CHARS // 2, start + MAX_RUN_CHARS
        cut = _last(_SEPARATOR, text, low, high)
        cut = cut if cut > 0 else _last(_PUNCTUATION, text, low, high)
        cut = cut if cut > 0 else high  # one word of a thousand characters: a hard cut
        following = cut - OVERLAP_CHARS
        # Start the next piece just after punctuation if some is near, not inside a value.
        near = _last(_PUNCTUATION, text, following - 64, following)
        following = near if near > 0 else following
        yield cut, following
        start = following


def _cut_runs(offset: int, text: str) -> Iterator[tuple[int, str]]:
    """The text, its runs longer than MAX_RUN_CHARS cut into overlapping pieces."""
    begin = 0
    for run in _LONG_RUN.finditer(text):
        for cut, following in _run_cuts(text, max(run.start(), begin), run.end()):
            yield offset + begin, text[begin:cut]
            begin = following
    yield offset + begin, text[begin:]


def pieces(offset: int, paragraph: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) of a paragraph, short enough for spaCy and the rule regexes."""
    for run_offset, run_piece in _cut_runs(offset, paragraph):
        yield from _cut(run_offset, run_piece, MAX_SEGMENT_CHARS)


def split(text: str, *, language: str | None = None) -> list[Segment]:
    """Segments in document order; language forces one language for all of them.

    Pieces of one long run overlap: they are never merged, which would give the run back."""
    document_language = language or guess_language(text)
    segments: list[Segment] = []
    for offset, paragraph in paragraphs(text):
        for piece_offset, piece in pieces(offset, paragraph):
            piece_language = language or guess_language(piece, default=document_language)
            previous = segments[-1] if segments else None
            if (
                previous is not None
                and previous.language == piece_language
                and piece_offset >= previous.start + len(previous.text)
                and piece_offset + len(piece) - previous.start <= SEGMENT_CHARS
            ):
                # Merge with the previous segment, keeping the text between them verbatim.
                merged = text[previous.start : piece_offset + len(piece)]
                segments[-1] = Segment(previous.start, merged, piece_language)
            else:
                segments.append(Segment(piece_offset, piece, piece_language))
    return segments
