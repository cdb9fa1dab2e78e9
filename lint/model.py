"""Values that flow through the pipeline: Document, Segment, Finding."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Document:
    path: str  # "-" for stdin, "<clipboard>" for the clipboard
    text: str
    encoding: str = "utf-8"  # how to write it back after --fix, byte for byte
    bom: bytes = b""


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
    entity: str  # spelled as in shared/TAXONOMY.md
    rule_id: str  # the rule file's name: "phone-number"
    score: float
    severity: str
    language: str
    replacement: str | None = None
