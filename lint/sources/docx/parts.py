"""Where a .docx keeps text: the stories (body, headers, footers, notes, comments, text boxes)
and their tracked deletions and field codes, each as a Piece of slots that can be rewritten."""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lint.sources.docx.package import Package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
TXBX = W + "txbxContent"
DELETED = (W + "del", W + "moveFrom")
NOT_SHOWN = (W + "delText", W + "instrText", W + "delInstrText", *DELETED)
FIELD_TAGS = (W + "fldChar", W + "instrText", W + "delInstrText", W + "fldSimple")
SKIPPED_NOTES = ("separator", "continuationSeparator", "continuationNotice")


@dataclass
class Slot:
    """A stretch of a piece's text; write puts new text back in the file (None: a label)."""

    text: str
    write: Callable[[str], None] | None = None


@dataclass
class Piece:
    location: str
    slots: list[Slot] = field(default_factory=list)
    kind: str = "text"  # "field": the replacement must not break the instruction

    @property
    def text(self) -> str:
        return "".join(slot.text for slot in self.slots)


def text_slot(element: Any) -> Slot:
    def write(new: str) -> None:
        element.text = new
        element.set(XML_SPACE, "preserve")  # keep the spaces around the replacement

    return Slot(element.text or "", write)


def attribute_slot(element: Any, name: str) -> Slot:
    return Slot(element.get(name, ""), lambda new: element.set(name, new))


def _shadowed(element: Any) -> bool:
    """An mc:Fallback whose mc:Choice Word shows instead: a copy, redacted with its twin."""
    parent = element.getparent()
    return (
        element.tag == MC + "Fallback"
        and parent is not None
        and parent.find(MC + "Choice") is not None
    )


def _own(root: Any, tags: tuple[str, ...]) -> list[Any]:
    """Descendants with these tags, in order, outside text boxes and shadowed copies."""
    return [element for element in root.iter(*tags) if not _boxed(element, root)]


def _boxed(element: Any, root: Any) -> bool:
    """Inside a text box or a shadowed copy below root."""
    ancestor = element.getparent()
    while ancestor is not None and ancestor is not root:
        if ancestor.tag == TXBX or _shadowed(ancestor):
            return True
        ancestor = ancestor.getparent()
    return False


def _paragraphs(root: Any, where: str) -> Iterator[tuple[Any, str]]:
    """(w:p, location) in order; table cells get their row and column in the location."""
    tables = 0
    for child in root:
        if child.tag == W + "p":
            yield child, where
        elif child.tag == W + "tbl":
            tables += 1
            table = f"{where}, table {tables}"
            for r, row in enumerate(_nearest(child, W + "tr", W + "tbl"), 1):
                for c, cell in enumerate(_nearest(row, W + "tc", W + "tr"), 1):
                    yield from _paragraphs(cell, f"{table}, row {r}, cell {c}")
        elif child.tag != TXBX and not _shadowed(child):
            yield from _paragraphs(child, where)  # sdt, customXml, smartTag wrap blocks


def _nearest(parent: Any, tag: str, boundary: str) -> list[Any]:
    """parent's descendants with tag, not those of a nested boundary (a table in a cell)."""
    found = []
    for element in parent.iter(tag):
        ancestor = element.getparent()
        while ancestor is not None and ancestor is not parent and ancestor.tag != boundary:
            ancestor = ancestor.getparent()
        if ancestor is parent:
            found.append(element)
    return found


def _runs(paragraph: Any, *, deleted: bool) -> list[Slot]:
    """What Word shows (or, deleted=True, what tracked changes removed) in a paragraph."""
    out: list[Slot] = []

    def walk(element: Any, inside_deletion: bool) -> None:
        for child in element:
            tag = child.tag
            if tag == TXBX or _shadowed(child) or tag in (W + "instrText", W + "delInstrText"):
                continue  # text boxes are stories of their own, field codes are pieces
            if tag == W + "delText":
                if deleted:
                    out.append(text_slot(child))
            elif tag == W + "t":
                if inside_deletion == deleted:
                    out.append(text_slot(child))
            elif tag in (W + "tab", W + "br", W + "cr"):
                if not inside_deletion and not deleted:
                    out.append(Slot("\t" if tag == W + "tab" else "\n"))
            else:
                starts = deleted and not inside_deletion and tag in DELETED
                if starts and out:
                    out.append(Slot(" "))  # two deletions are two stretches, not one word
                walk(child, inside_deletion or tag in DELETED)

    walk(paragraph, False)
    return out


def _fields(root: Any) -> Iterator[list[Slot]]:
    """Field instructions: w:fldSimple's attribute, or the w:instrText runs of a field."""
    stack: list[list[Slot] | None] = []
    for element in _own(root, FIELD_TAGS):
        if element.tag == W + "fldSimple":
            yield [attribute_slot(element, W + "instr")]
        elif element.tag == W + "fldChar":
            kind = element.get(W + "fldCharType")
            if kind == "begin":
                stack.append([])
            elif kind == "separate" and stack and stack[-1] is not None:
                yield stack[-1]
                stack[-1] = None  # the result runs follow; they are ordinary text
            elif kind == "end" and stack:
                slots = stack.pop()
                if slots is not None:
                    yield slots
        elif stack and stack[-1] is not None:
            stack[-1].append(text_slot(element))


def _story_pieces(root: Any, name: str) -> list[Piece]:
    """The paragraphs, deleted text and field codes of one story, without its text boxes."""
    found: list[Piece] = []
    # Most paragraphs of a long file hold no text: skip them without looking inside.
    holders = {next(t.iterancestors(W + "p"), None) for t in root.iter(W + "t", W + "delText")}
    for paragraph, where in _paragraphs(root, name):
        if paragraph not in holders:
            continue
        shown = Piece(where, _runs(paragraph, deleted=False))
        if shown.text.strip():
            found.append(shown)
        deleted = Piece(f"{where}, deleted text", _runs(paragraph, deleted=True))
        if deleted.text.strip():
            found.append(deleted)
    for number, slots in enumerate(_fields(root), 1):
        piece = Piece(f"field code {number} in {name}", slots, kind="field")
        if re.search(r"[\"@:/]", piece.text):  # a link, a path, a quoted value
            found.append(piece)
    return found


def story(root: Any, name: str) -> list[Piece]:
    """A story and, after it, the text boxes anchored in it."""
    found = _story_pieces(root, name)
    boxes = [box for box in root.iter(TXBX) if not in_shadow(box, root)]
    for number, box in enumerate(boxes, 1):
        found += _story_pieces(box, f"text box {number} in {name}")
    return found


def shadows(root: Any) -> list[Piece]:
    """The pieces of the shadowed copies under root: never reported, redacted by text."""
    found: list[Piece] = []
    for fallback in root.iter(MC + "Fallback"):
        if _shadowed(fallback) and not in_shadow(fallback, root):
            for paragraph in fallback.iter(W + "p"):
                found.append(Piece("copy", _runs(paragraph, deleted=False)))
                found.append(Piece("copy", _runs(paragraph, deleted=True)))
            found += [Piece("copy", slots, kind="field") for slots in _fields_anywhere(fallback)]
    return found


def _fields_anywhere(root: Any) -> Iterator[list[Slot]]:
    for element in root.iter(W + "fldSimple"):
        yield [attribute_slot(element, W + "instr")]
    for element in root.iter(W + "instrText", W + "delInstrText"):
        yield [text_slot(element)]


def in_shadow(element: Any, root: Any) -> bool:
    ancestor = element.getparent()
    while ancestor is not None and ancestor is not root:
        if _shadowed(ancestor):
            return True
        ancestor = ancestor.getparent()
    return False


def stories(package: Package) -> tuple[list[tuple[Any, str]], dict[str, str]]:
    """(root, name) of every story, headers first, as a CV reads, each part once; and the
    name of each story's part."""
    main = package.main_part()
    body = package.xml(main)
    rels = {r.get("Id"): package.target(main, r) for r in package.relationships(main)}
    margins: dict[str, dict[str, str]] = {"header": {}, "footer": {}}
    for number, section in enumerate(body.iter(W + "sectPr"), 1):
        for reference in section:
            margin = reference.tag.removeprefix(W).removesuffix("Reference")
            kind = {"first": "first-page ", "even": "even-page "}.get(reference.get(W + "type"), "")
            part = rels.get(reference.get(R_ID))
            if margin in margins and part and part not in margins[margin]:
                margins[margin][part] = f"{kind}{margin} (section {number})"
    for margin, named in margins.items():  # parts no section points at are still in the file
        for part in package.parts_of_type(f"{margin}+xml"):
            named.setdefault(part, f"{margin} ({part})")
    parts = {main: "body", **margins["header"], **margins["footer"]}
    found = [(package.xml(part), name) for part, name in margins["header"].items()]
    found.append((body, "body"))
    found += [(package.xml(part), name) for part, name in margins["footer"].items()]
    for kind in ("footnote", "endnote"):
        for part in package.parts_of_type(f"{kind}s+xml"):
            parts[part] = f"{kind}s"
            notes = [n for n in package.xml(part) if n.get(W + "type") not in SKIPPED_NOTES]
            found += [(note, f"{kind} {number}") for number, note in enumerate(notes, 1)]
    for part in package.parts_of_type(".comments+xml"):  # not commentsExtended: no text
        parts[part] = "comments"
        comments = package.xml(part).findall(W + "comment")
        found += [(c, f"comment {number}") for number, c in enumerate(comments, 1)]
    for part in package.parts_of_type("document.glossary+xml"):
        parts[part] = "glossary"
        found.append((package.xml(part), "glossary"))
    return [(root, name) for root, name in found if root is not None], parts
