"""The checks of a server session: one engine, kept warm, that reads again only the
segments an edit changed.

Detection is cached per segment (lint.detection.segments: a run of paragraphs in one
language, its text and language as the key), offsets relative to the segment; resolution
(propagation, names that are no one's, allow list, profile...) runs over the whole
document's detected findings each time, since it reads the draft as a whole.

Why segments and not paragraphs: read one by one, paragraphs lose the context spaCy and
the context words see across a blank line. On the dev and dev2 drafts, 34 of 160 came out
different (scores, and a few names found or lost); by segment, every one is the same.
"""

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

from lint.model import Document, Finding
from lint.pipeline import Scanner, normalized

CACHED_SEGMENTS = 2_000  # many drafts' worth; the least recently used goes first

Key = tuple[int, str, str]  # the detector's id, the language, the segment's text


class SegmentCache:
    """A bounded LRU of detection results: segment -> findings relative to its start."""

    def __init__(self, size: int = CACHED_SEGMENTS) -> None:
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


def shifted(findings: Sequence[Finding], by: int, path: str) -> list[Finding]:
    return [replace(f, start=f.start + by, end=f.end + by, path=path) for f in findings]


class WarmChecker:
    """check() for an editor: the models load once; an unchanged segment is not read again."""

    def __init__(self, cache: SegmentCache | None = None) -> None:
        self.cache = cache or SegmentCache()
        self.read = 0  # segments read by the detector, for tests and benchmarks

    def check(self, scanner: Scanner, document: Document) -> list[Finding]:
        from lint.detection.deferred_imports import deferring
        from lint.detection.rules import bundled_rules

        with deferring():
            from lint.detection import engine, segments

        detector = engine.detector(
            bundled_rules() if scanner.rules is None else scanner.rules, scanner.models
        )
        text = normalized(document.text)
        pieces = segments.split(text, language=scanner.language)
        keys = [(id(detector), piece.language, piece.text) for piece in pieces]
        missing = [p for p, key in zip(pieces, keys, strict=True) if self.cache.get(key) is None]
        if missing:
            fresh = detector.detect(missing, document.path)
            for piece in missing:
                end = piece.start + len(piece.text)
                own = [f for f in fresh if piece.start <= f.start < end]
                key = (id(detector), piece.language, piece.text)
                self.cache.put(key, tuple(shifted(own, -piece.start, "")))
            self.read += len(missing)
        found = [
            finding
            for piece, key in zip(pieces, keys, strict=True)
            for finding in shifted(self.cache.get(key) or (), piece.start, document.path)
        ]
        return scanner.resolve(document, text, found)
