"""Word (.docx) drafts: text with its place (body, table cell, header, footnote, text box,
link target, properties) in reading order, and a redacted copy with the fixes in the runs."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lint.errors import DraftlintError
from lint.extracted import assemble
from lint.model import Document, Finding

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
PROPERTIES = ("author", "last_modified_by", "title", "subject", "keywords", "comments")


@dataclass
class Piece:
    """One stretch of the extracted text and where it lives in the file."""

    location: str
    text: str
    paragraph: Any = None  # a w:p element, for text in the document's XML
    relationship: str | None = None  # a hyperlink's rId, for a link target
    prop: str | None = None  # a core property's name


def _open(path: str) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(path)
    except PackageNotFoundError:
        raise DraftlintError(f"{path}: not a Word document, or a corrupt one") from None
    except (KeyError, ValueError, OSError) as error:
        raise DraftlintError(f"{path}: cannot read this Word document: {error}") from None
    except Exception as error:  # zipfile.BadZipFile, lxml errors: all mean a broken file
        raise DraftlintError(f"{path}: corrupt Word document ({type(error).__name__})") from None


def _paragraph_text(paragraph: Any) -> list[tuple[Any, str]]:
    """(w:t element or None, text) in order: what Word shows for the paragraph."""
    out: list[tuple[Any, str]] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag in (W + "txbxContent", W + "delText", W + "instrText", MC_FALLBACK):
                continue  # text boxes are pieces of their own; deleted text is not shown
            if tag == W + "t":
                out.append((child, child.text or ""))
            elif tag == W + "tab":
                out.append((None, "\t"))
            elif tag in (W + "br", W + "cr"):
                out.append((None, "\n"))
            else:
                walk(child)

    walk(paragraph)
    return out


def _blocks(container: Any, where: str) -> Iterator[Piece]:
    """Paragraphs and tables of a body, header, footer or cell, in order."""
    tables = 0
    for child in container:
        if child.tag == W + "p":
            text = "".join(t for _, t in _paragraph_text(child))
            if text.strip():
                yield Piece(where, text, paragraph=child)
        elif child.tag == W + "tbl":
            tables += 1
            for r, row in enumerate(child.iter(W + "tr"), 1):
                for c, cell in enumerate(row.findall(W + "tc"), 1):
                    yield from _blocks(cell, f"{where}, table {tables}, row {r}, cell {c}")
        elif child.tag == W + "sdt":  # content controls wrap ordinary blocks
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _blocks(content, where)


def pieces(document: Any) -> list[Piece]:
    """Everything a reader of the .docx can see or click, headers first, as a CV reads."""
    seen_parts: set[int] = set()
    found = _margins(document, "header", seen_parts)
    found += _blocks(document.element.body, "body")
    found += _margins(document, "footer", seen_parts)
    for number, box in enumerate(_text_boxes(document), 1):
        found += _blocks(box, f"text box {number}")
    found += _footnotes(document)
    found += _link_targets(document)
    core = document.core_properties
    for name in PROPERTIES:
        value = getattr(core, name) or ""
        if value.strip():
            # "author: Jane Doe": the label tells the rules what the value is.
            found.append(Piece(f"document properties: {name}", f"{name}: {value}", prop=name))
    return found


def _margins(document: Any, margin: str, seen_parts: set[int]) -> list[Piece]:
    """The headers (or footers) of every section, each part once."""
    found: list[Piece] = []
    for number, section in enumerate(document.sections, 1):
        for kind in (margin, f"first_page_{margin}", f"even_page_{margin}"):
            part = getattr(section, kind)
            if not part.is_linked_to_previous and id(part._element) not in seen_parts:
                seen_parts.add(id(part._element))
                found += _blocks(part._element, f"{margin} (section {number})")
    return found


def _text_boxes(document: Any) -> list[Any]:
    boxes = []
    for part_element in [document.element] + [
        s.header._element for s in document.sections if not s.header.is_linked_to_previous
    ]:
        for box in part_element.iter(W + "txbxContent"):
            if not any(a.tag == MC_FALLBACK for a in box.iterancestors()):
                boxes.append(box)
    return boxes


def _footnotes(document: Any) -> list[Piece]:
    found = []
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        if name in ("/word/footnotes.xml", "/word/endnotes.xml") and hasattr(part, "_element"):
            kind = "footnote" if "foot" in name else "endnote"
            for number, note in enumerate(part._element.findall(W + kind), 1):
                found += _blocks(note, f"{kind} {number}")
    return found


def _link_targets(document: Any) -> list[Piece]:
    found = []
    labels = {}
    for link in document.element.body.iter(W + "hyperlink"):
        rel_id = link.get(R_ID)
        if rel_id:
            labels[rel_id] = "".join(t.text or "" for t in link.iter(W + "t"))
    for rel_id, rel in document.part.rels.items():
        if rel.reltype == HYPERLINK and rel.is_external:
            label = labels.get(rel_id, "")
            found.append(Piece(f"link target of {label!r}", rel.target_ref, relationship=rel_id))
    return found


def read_docx(path: str) -> Document:
    return assemble(path, "docx", ((piece.location, piece.text) for piece in pieces(_open(path))))


def redacted_path(path: str) -> Path:
    source = Path(path)
    return source.with_name(f"{source.stem}.redacted{source.suffix}")


def write_redacted(path: str, findings: Sequence[Finding], *, target: Path) -> Path:
    """A copy of the .docx with the fixes applied inside the runs; the original untouched."""
    document = _open(path)
    found = pieces(document)
    regions = assemble(path, "docx", ((p.location, p.text) for p in found)).regions
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        for piece, region in zip(found, regions, strict=True):
            if region.start <= finding.start and finding.end <= region.end:
                _apply(
                    document,
                    piece,
                    finding.start - region.start,
                    finding.end - region.start,
                    finding.replacement or "",
                )
                break
    document.save(str(target))
    return target


def _apply(document: Any, piece: Piece, start: int, end: int, replacement: str) -> None:
    if piece.paragraph is not None:
        _replace_in_paragraph(piece.paragraph, start, end, replacement)
    elif piece.relationship is not None:
        # A link cannot point at "[profile]": unlink it; its visible text is checked on its own.
        for link in document.element.body.iter(W + "hyperlink"):
            if link.get(R_ID) == piece.relationship:
                del link.attrib[R_ID]
        document.part.drop_rel(piece.relationship)
    elif piece.prop is not None:
        value = getattr(document.core_properties, piece.prop) or ""
        label = len(piece.prop) + 2  # the "author: " before the value
        start, end = max(start - label, 0), max(end - label, 0)
        setattr(document.core_properties, piece.prop, value[:start] + replacement + value[end:])


def _replace_in_paragraph(paragraph: Any, start: int, end: int, replacement: str) -> None:
    """Put the replacement in the first run the span touches, cut the span from the others:
    each run keeps its own formatting."""
    position, first = 0, True
    for element, text in _paragraph_text(paragraph):
        begin, finish = position, position + len(text)
        position = finish
        if element is None or finish <= start or begin >= end:
            continue
        cut_from, cut_to = max(start, begin) - begin, min(end, finish) - begin
        element.text = text[:cut_from] + (replacement if first else "") + text[cut_to:]
        element.set(XML_SPACE, "preserve")
        first = False
