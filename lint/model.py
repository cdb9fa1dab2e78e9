"""Values that flow through the pipeline: Document, Segment, Finding."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Region:
    """Where a stretch of extracted text lives in its file: "body, table 1, row 2, cell 1"."""

    start: int
    end: int
    location: str
    # Text read from a text file (HTML): (offset in the extracted text, offset in the file)
    # at the start, at the end, and wherever the two stop moving together (a decoded entity,
    # collapsed whitespace); between two points, both move one character at a time.
    source: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    path: str  # "-" for stdin, "<clipboard>" for the clipboard
    text: str
    encoding: str = "utf-8"  # how to write it back after --fix, byte for byte
    bom: bytes = b""
    kind: str = "text"  # "text", or the format the text was extracted from: "docx", "pdf"
    regions: tuple[Region, ...] = ()  # for extracted text: where each stretch comes from
    source: str | None = None  # the file's own text, when regions map back to it (HTML)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of paragraphs in one language; start is its offset in the document."""

    start: int
    text: str
    language: str


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    start: int  # character offsets into the whole document
    end: int
    entity: str  # spelled as in docs/taxonomy.md
    rule_id: str  # the rule file's name: "phone-number"
    score: float
    severity: str
    language: str
    replacement: str | None = None


@dataclass(frozen=True, slots=True)
class DraftKind:
    """What a draft looks like (lint.resolution.draft_kind): the profile that fits it, and the
    signs seen, for the report to say why."""

    profile: str  # a Profile
    signs: tuple[str, ...] = ()
