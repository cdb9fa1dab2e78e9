"""Word (.docx) drafts: every text the file holds (stories, text boxes, deleted text, field
codes, alt texts and other attributes, SmartArt, link targets, settings, custom XML, properties,
authors) with its place, and a redacted copy."""

import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from lint.atomic import write_bytes
from lint.model import Document, Finding
from lint.sources.docx.outside_runs import attributes, custom_xml, diagrams, settings
from lint.sources.docx.package import Package, open_package
from lint.sources.docx.parts import Piece, shadows, stories, story
from lint.sources.docx.properties import URL_SAFE, authors, link_targets, properties
from lint.sources.extracted_text import assemble

# The target of a field that takes one: a replacement there must stay one URL token.
FIELD_TARGET = re.compile(
    r'\s*(?:HYPERLINK|INCLUDEPICTURE|INCLUDETEXT|LINK)\s+("[^"]*"|\S+)', re.IGNORECASE
)


def pieces(package: Package) -> tuple[list[Piece], list[Piece]]:
    """The pieces to scan, in reading order, and the shadow copies redacted along with them."""
    found, copies = [], []
    roots, part_names = stories(package)
    for root, name in roots:
        found += story(root, name)
        copies += shadows(root)
        seen, shadowed = attributes(root, name)
        found += seen
        copies += shadowed
    smart_art, drawn = diagrams(package)
    found += smart_art
    copies += drawn
    found += link_targets(package, part_names)
    found += settings(package)
    found += custom_xml(package)
    found += properties(package)
    found += authors(package)
    return found, copies


def read_docx(path: str, data: bytes | None = None) -> Document:
    """data: the file's bytes when it is not on disk (a staged file); same limits apply."""
    with open_package(path, data) as package:
        found, _ = pieces(package)
        return assemble(path, "docx", ((piece.location, piece.text) for piece in found))


# Parts draftlint copies into the redacted file without reading them: embedded files (an
# .xlsx behind a chart, OLE objects, imported documents) and chart data.
_UNREAD = ("word/embeddings/", "word/charts/")
# The preview picture of the first page: the values as they were, drawn. Left out.
_THUMBNAIL = "docProps/thumbnail."


def unread_parts(path: str, data: bytes | None = None) -> list[str]:
    """The parts of the .docx that may hold text draftlint does not read."""
    with open_package(path, data) as package:
        main = package.main_part()
        chunks = [
            package.target(main, relationship)
            for relationship in package.relationships(main)
            if relationship.get("Type", "").endswith("/aFChunk")  # imported whole documents
        ]
        return sorted({*chunks, *(n for n in package.names if n.startswith(_UNREAD))})


def redacted_path(path: str) -> Path:
    source = Path(path)
    return source.with_name(f"{source.stem}.redacted{source.suffix}")


def write_redacted(
    path: str, findings: Sequence[Finding], *, target: Path, data: bytes | None = None
) -> Path:
    """A copy of the .docx with every finding replaced where it lives; the original untouched."""
    write_bytes(target, redacted(path, findings, data), what="cannot write the redacted copy")
    return target


def redacted(path: str, findings: Sequence[Finding], data: bytes | None = None) -> bytes:
    """The bytes of a copy of the .docx with every finding replaced where it lives."""
    with open_package(path, data) as package:
        found, copies = pieces(package)
        regions = assemble(path, "docx", ((p.location, p.text) for p in found)).regions
        originals = [piece.text for piece in found]
        edits: dict[int, list[tuple[int, int, str]]] = {}
        limit = None  # findings go right to left; an overlap is cut at the one applied before
        for finding in sorted(findings, key=lambda f: (f.start, f.end), reverse=True):
            end = finding.end if limit is None else min(finding.end, limit)
            hit = False
            for index in reversed(range(len(found))):
                region = regions[index]
                start, stop = max(finding.start, region.start), min(end, region.end)
                if start >= stop:
                    continue
                # Across pieces, the first piece takes the replacement, the others are cut.
                replacement = (finding.replacement or "") if start == finding.start else ""
                hit = True
                span = (start - region.start, stop - region.start, replacement)
                redact(found[index], *span)
                edits.setdefault(index, []).append(span)
            if hit:
                limit = finding.start
        _redact_copies(copies, found, originals, edits)
        for name in [n for n in package.names if n.startswith(_THUMBNAIL)]:
            package.drop(name)
        return package.save()


def _redact_copies(
    copies: list[Piece],
    found: list[Piece],
    originals: list[str],
    edits: dict[int, list[tuple[int, int, str]]],
) -> None:
    """A copy whose text is a redacted piece's gets the same edits; any other copy loses
    every redacted value wherever it appears in it."""
    by_text: dict[str, list[tuple[int, int, str]]] = {}
    values: dict[str, str] = {}
    for index, spans in edits.items():
        by_text.setdefault(originals[index], spans)
        for start, end, replacement in spans:
            if originals[index][start:end].strip():
                values[originals[index][start:end]] = replacement
    for copy in copies:
        if copy.text in by_text:
            for span in by_text[copy.text]:
                redact(copy, *span)
            continue
        for value in sorted(values, key=len, reverse=True):
            text = copy.text
            for match in reversed([m.start() for m in re.finditer(re.escape(value), text)]):
                redact(copy, match, match + len(value), values[value])


def redact(piece: Piece, start: int, end: int, replacement: str) -> None:
    """Put the replacement in the first slot the span touches and cut the span from the
    others: each run keeps its own formatting."""
    if piece.kind == "field":
        replacement = _in_field(piece.text, start, replacement)
    position, placed = 0, False
    for slot in piece.slots:
        begin, position = position, position + len(slot.text)
        if slot.write is None or position <= start or begin >= end:
            continue
        cut_from, cut_to = max(start, begin) - begin, min(end, position) - begin
        slot.text = slot.text[:cut_from] + ("" if placed else replacement) + slot.text[cut_to:]
        slot.write(slot.text)
        placed = True


def _in_field(instruction: str, start: int, replacement: str) -> str:
    target = FIELD_TARGET.match(instruction)
    if target and target.start(1) <= start < target.end(1):
        return quote(replacement, safe=URL_SAFE)
    return replacement.replace('"', "'").replace("\\", "/")  # quotes and switches delimit
