"""The warm engine of long-running modes (the language server, the clipboard watcher):
the models load once, and an edit reads again only the paragraphs it changed.

Detection is cached per paragraph of a segment (lint.detection.segments: a run of
paragraphs in one language). A paragraph's key is its text, the language, and up to
CONTEXT_CHARS of the paragraphs on either side: what spaCy and the context words can see
from it. The missing paragraphs are read again in runs, each with that context, and each
keeps the findings that start in it. A first check reads each segment whole, exactly as
check() does; a word typed mid-paragraph reads that paragraph and 400 characters more.

Resolution (propagation, names that are no one's, allow list, profile...) runs over the
whole document's detected findings each time, since it reads the draft as a whole.

Why not each paragraph alone: read one by one, paragraphs lose the context spaCy and the
context words see across a blank line (34 of the 160 dev and dev2 drafts came out
different). With the context, 400 random edits of those drafts all gave what a full check
gives; tests/integration/test_warm_engine.py repeats that on a sample.
"""

import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from lint.model import Document, Finding, Segment
from lint.pipeline import Scanner, normalized

if TYPE_CHECKING:
    from lint.detection.engine import Detector

CACHED_PARAGRAPHS = 4_000  # many drafts' worth; the least recently used goes first
# What a paragraph is read with on either side: spaCy's NER and the context words look a
# few words away, never this far.
CONTEXT_CHARS = 200
_SPACE = re.compile(r"\s")

# The detector's id, the language, the text from the previous paragraph's start to the next
# one's end, and where the paragraph lies in it.
Key = tuple[int, str, str, int, int]


class ParagraphCache:
    """A bounded LRU of detection results: paragraph -> findings relative to its start."""

    def __init__(self, size: int = CACHED_PARAGRAPHS) -> None:
        self.size = size
        self.entries: OrderedDict[Key, tuple[Finding, ...]] = OrderedDict()

    def get(self, key: Key) -> tuple[Finding, ...] | None:
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
        return found

    def put(self, key: Key, findings: tuple[Finding, ...]) -> None:
        self.entries[key] = findings
        self.entries.move_to_end(key)
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)


@dataclass(frozen=True)
class Paragraph:
    start: int  # in the document
    end: int
    low: int  # where the context read with it starts and ends
    high: int
    key: Key


def shifted(findings: Sequence[Finding], by: int, path: str) -> list[Finding]:
    return [replace(f, start=f.start + by, end=f.end + by, path=path) for f in findings]


def _context(text: str, low: int, high: int, *, before: bool) -> int:
    """Where CONTEXT_CHARS of text[low:high] around a paragraph start (before it) or end
    (after it), at a space so that no word is cut."""
    if high - low <= CONTEXT_CHARS:
        return low if before else high
    if before:
        at = high - CONTEXT_CHARS
        space = _SPACE.search(text, at, high)
        return space.end() if space else at
    at = low + CONTEXT_CHARS
    spaces = list(_SPACE.finditer(text, low, at))
    return spaces[-1].start() if spaces else at


def paragraphs_of(segment: Segment, detector_id: int) -> list[Paragraph]:
    """The segment's paragraphs, each keyed by itself and CONTEXT_CHARS of its neighbours."""
    from lint.detection.segments import paragraphs

    text = segment.text
    spans = [(start, start + len(piece)) for start, piece in paragraphs(text)]
    found = []
    for index, (start, end) in enumerate(spans):
        low = _context(text, spans[index - 1][0], start, before=True) if index else start
        following = index + 1 < len(spans)
        high = _context(text, end, spans[index + 1][1], before=False) if following else end
        key = (detector_id, segment.language, text[low:high], start - low, end - start)
        offset = segment.start
        found.append(Paragraph(offset + start, offset + end, offset + low, offset + high, key))
    return found


def missing_runs(paragraphs: Sequence[Paragraph], cache: ParagraphCache) -> list[list[int]]:
    """Indices of the paragraphs not in the cache, in runs of neighbours."""
    runs: list[list[int]] = []
    for index, paragraph in enumerate(paragraphs):
        if cache.get(paragraph.key) is not None:
            continue
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


class WarmChecker:
    """check() for an editor: the models load once; unchanged paragraphs are not read again."""

    def __init__(self, cache: ParagraphCache | None = None) -> None:
        self.cache = cache or ParagraphCache()
        self.read = 0  # characters read by the detector, for tests and benchmarks

    def check(self, scanner: Scanner, document: Document) -> list[Finding]:
        from lint.detection.deferred_imports import deferring
        from lint.detection.rules import bundled_rules

        with deferring():
            from lint.detection import engine, segments

        detector = engine.detector(
            bundled_rules() if scanner.rules is None else scanner.rules, scanner.models
        )
        text = normalized(document.text)
        found: list[Finding] = []
        for segment in segments.split(text, language=scanner.language):
            paragraphs = paragraphs_of(segment, id(detector))
            fresh = self._read_missing(detector, text, segment.language, paragraphs)
            for index, paragraph in enumerate(paragraphs):
                own = fresh[index] if index in fresh else self.cache.get(paragraph.key) or ()
                found.extend(shifted(own, paragraph.start, document.path))
        return scanner.resolve(document, text, found)

    def _read_missing(
        self, detector: "Detector", text: str, language: str, paragraphs: list[Paragraph]
    ) -> dict[int, tuple[Finding, ...]]:
        """Each run of missing paragraphs read in one piece, with the context of its first and
        last; their findings by index (a cache smaller than the draft keeps only some)."""
        read: dict[int, tuple[Finding, ...]] = {}
        for run in missing_runs(paragraphs, self.cache):
            low, high = paragraphs[run[0]].low, paragraphs[run[-1]].high
            fresh = detector.detect([Segment(low, text[low:high], language)], "")
            self.read += high - low
            for index in run:
                paragraph = paragraphs[index]
                # A finding belongs to the paragraph it starts in (or the break after it).
                following = paragraphs[index + 1].start if index + 1 < len(paragraphs) else high
                own = [f for f in fresh if paragraph.start <= f.start < following]
                read[index] = tuple(shifted(own, -paragraph.start, ""))
                self.cache.put(paragraph.key, read[index])
        return read
