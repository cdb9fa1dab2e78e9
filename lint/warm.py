"""The warm engine of long-running modes (the language server, the clipboard watcher, the
web page): the models load once, and an edit reads again only the lines it changed.

Detection is cached per line of a segment (lint.detection.segments: a run of paragraphs
in one language; a CV often has no blank line at all, so paragraphs would be too coarse).
A line's key is its text, the language, up to CONTEXT_CHARS of the text on either side
(what spaCy and the context words can see from it), and the segment's own verdicts (the
phone regions it names, its script: lint.detection.reading_scope). The missing lines are
read again in runs, each with that context and within the segment's scope, and each keeps
the findings that start in it. A first check reads each segment whole, exactly as check()
does; a word typed in a line reads that line and 400 characters more.

Resolution (propagation, names that are no one's, allow list, profile...) runs over the
whole document's detected findings each time, since it reads the draft as a whole.

Read alone, without context, paragraphs gave other findings than check() on 34 of the 160
dev and dev2 drafts; with it, 400 random edits of those drafts all gave what a full check
gives, and tests/integration/test_warm_engine.py repeats that on a sample.
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

# Bounds of the cache, in entries and in characters of their keys: many drafts' worth.
CACHED_LINES = 8_000
CACHED_CHARS = 4_000_000
# What a line is read with on either side: spaCy's NER and the context words look a few
# words away, never this far.
CONTEXT_CHARS = 200
_SPACE = re.compile(r"\s")
_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a line with something on it

# The detector's id, the language, the scope's verdicts, the text from the context before
# to the context after, and where the line lies in it.
Key = tuple[int, str, object, str, int, int]


class LineCache:
    """A bounded LRU of detection results: line -> findings relative to its start."""

    def __init__(self, size: int = CACHED_LINES, chars: int = CACHED_CHARS) -> None:
        self.size, self.chars = size, chars
        self.entries: OrderedDict[Key, tuple[Finding, ...]] = OrderedDict()
        self.held = 0  # characters of the keys held

    def get(self, key: Key) -> tuple[Finding, ...] | None:
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
        return found

    def put(self, key: Key, findings: tuple[Finding, ...]) -> None:
        if key not in self.entries:
            self.held += len(key[3])
        self.entries[key] = findings
        self.entries.move_to_end(key)
        while len(self.entries) > self.size or (self.held > self.chars and len(self.entries) > 1):
            dropped, _ = self.entries.popitem(last=False)
            self.held -= len(dropped[3])


@dataclass(frozen=True)
class Line:
    start: int  # in the document
    end: int
    low: int  # where the context read with it starts and ends
    high: int
    key: Key


def shifted(findings: Sequence[Finding], by: int, path: str) -> list[Finding]:
    return [replace(f, start=f.start + by, end=f.end + by, path=path) for f in findings]


def _context(text: str, low: int, high: int, *, before: bool) -> int:
    """Where CONTEXT_CHARS of text[low:high] around a line start (before it) or end (after
    it), at a space so that no word is cut."""
    if high - low <= CONTEXT_CHARS:
        return low if before else high
    if before:
        at = high - CONTEXT_CHARS
        space = _SPACE.search(text, at, high)
        return space.end() if space else at
    at = low + CONTEXT_CHARS
    spaces = list(_SPACE.finditer(text, low, at))
    return spaces[-1].start() if spaces else at


def lines_of(segment: Segment, detector_id: int, verdicts: object) -> list[Line]:
    """The segment's lines, each keyed by itself, CONTEXT_CHARS around it and verdicts."""
    text = segment.text
    found = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        low = _context(text, 0, start, before=True)
        high = _context(text, end, len(text), before=False)
        key = (detector_id, segment.language, verdicts, text[low:high], start - low, end - start)
        offset = segment.start
        found.append(Line(offset + start, offset + end, offset + low, offset + high, key))
    return found


def missing_runs(known: Sequence[object]) -> list[list[int]]:
    """Indices of the lines not known (None), in runs of neighbours."""
    runs: list[list[int]] = []
    for index, findings in enumerate(known):
        if findings is not None:
            continue
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


class WarmChecker:
    """check() for long-running modes: unchanged lines are not read again."""

    def __init__(self, cache: LineCache | None = None) -> None:
        self.cache = cache or LineCache()
        self.read = 0  # characters read by the detector, for tests and benchmarks

    def check(self, scanner: Scanner, document: Document) -> list[Finding]:
        from lint.detection.deferred_imports import deferring
        from lint.detection.rules import bundled_rules

        with deferring():
            from lint.detection import engine, reading_scope, segments

        detector = engine.detector(
            bundled_rules() if scanner.rules is None else scanner.rules, scanner.models
        )
        text = normalized(document.text)
        found: list[Finding] = []
        for segment in segments.split(text, language=scanner.language):
            verdicts = reading_scope.verdicts_of(segment.text)
            lines = lines_of(segment, id(detector), verdicts)
            # Hits are taken before anything is read, since reading puts and may evict.
            known = [self.cache.get(line.key) for line in lines]
            with reading_scope.judged_within(segment.text):
                self._read_missing(detector, text, segment.language, lines, known)
            for line, own in zip(lines, known, strict=True):
                found.extend(shifted(own or (), line.start, document.path))
        return scanner.resolve(document, text, found)

    def _read_missing(
        self,
        detector: "Detector",
        text: str,
        language: str,
        lines: list[Line],
        known: list[tuple[Finding, ...] | None],
    ) -> None:
        """Each run of missing lines read in one piece, with the context of its first and
        last; known filled in with their findings."""
        for run in missing_runs(known):
            low, high = lines[run[0]].low, lines[run[-1]].high
            fresh = detector.detect([Segment(low, text[low:high], language)], "")
            self.read += high - low
            for index in run:
                line = lines[index]
                # A finding belongs to the line it starts in (or the break after it).
                following = lines[index + 1].start if index + 1 < len(lines) else high
                own = [f for f in fresh if line.start <= f.start < following]
                relative = tuple(shifted(own, -line.start, ""))
                known[index] = relative
                self.cache.put(line.key, relative)
