"""Text a .docx keeps outside its runs: alt texts and titles of images, tooltips, form fields,
content controls, smart tags, editing permissions, document variables, mail merge sources,
custom XML data and SmartArt; each as a Piece that can be rewritten."""

import itertools
import re
from typing import Any

from lint.sources.docx.package import Package
from lint.sources.docx.parts import Piece, Slot, attribute_slot, in_shadow
from lint.sources.docx.properties import is_words

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
V = "{urn:schemas-microsoft-com:vml}"
OFFICE = "{urn:schemas-microsoft-com:office:office}"

# What a location numbers: the image, link or form field that an attribute belongs to.
OWNERS = {
    W + "drawing": "image",
    W + "pict": "image",
    W + "object": "image",
    W + "hyperlink": "link",
    W + "ffData": "form field",
    W + "sdtPr": "content control",
    W + "smartTagPr": "smart tag",
    W + "customXmlPr": "custom markup",
    W + "permStart": "editing permission",
}
LINK_TOOLTIP = (("tooltip", "link tooltip"),)
# The attributes that hold text, by element, each with the label its location gives it.
HOLDERS = {
    WP + "docPr": (("descr", "alt text"), ("title", "title")),
    # Word names a picture after the file it was inserted from.
    PIC + "cNvPr": (
        ("descr", "picture alt text"),
        ("title", "picture title"),
        ("name", "file name"),
    ),
    A + "hlinkClick": LINK_TOOLTIP,
    A + "hlinkHover": LINK_TOOLTIP,
    W + "hyperlink": ((W + "tooltip", "tooltip"),),
    W + "helpText": ((W + "val", "help text"),),
    W + "statusText": ((W + "val", "status text"),),
    W + "default": ((W + "val", "default text"),),  # a text form field's; a box's is 0 or 1
    W + "listEntry": ((W + "val", "list entry"),),
    W + "alias": ((W + "val", "title"),),
    W + "tag": ((W + "val", "tag"),),
    W + "listItem": ((W + "displayText", "list item"), (W + "value", "list value")),
    W + "attr": ((W + "val", "property"),),  # a PersonName smart tag keeps the name here
    W + "permStart": ((W + "ed", "editor"),),  # an account: DOMAIN\user or an e-mail
}
# Any VML element: a legacy picture's alt text, a watermark's text, a linked file's path.
VML = (
    ("alt", "alt text"),
    ("title", "title"),
    (OFFICE + "title", "title"),
    ("string", "text"),
    ("href", "link"),
    (OFFICE + "href", "linked file"),
)
MAIL_MERGE = {
    W + "connectString": "data source",
    W + "udl": "data source",
    W + "query": "query",
    W + "mailSubject": "e-mail subject",
}
CUSTOM_XML = re.compile(r"customXml/item\d+\.xml")
# SharePoint stores its column schemas as custom XML: names of columns, no one's values.
SCHEMAS = (
    "{http://schemas.microsoft.com/office/2006/metadata/contentType}",
    "{http://schemas.microsoft.com/office/2006/metadata/customXsn}",
)
GUID = re.compile(r"\{?[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\}?")


def attributes(root: Any, name: str) -> tuple[list[Piece], list[Piece]]:
    """The texts kept in attributes of one story; and those of its shadowed copies, which
    are redacted with their twin and never reported."""
    found, copies = [], []
    numbers: dict[Any, int] = {}
    counts: dict[str, int] = {}
    for element in root.iter(*HOLDERS, V + "*"):
        labels = VML if element.tag.startswith(V) else HOLDERS[element.tag]
        for attribute, label in labels:
            if not is_words(element.get(attribute)):
                continue
            slot = attribute_slot(element, attribute)
            if in_shadow(element, root):
                copies.append(Piece("copy", [slot]))
                continue
            owner, kind = _owner(element)
            if owner not in numbers:
                counts[kind] = numbers[owner] = counts.get(kind, 0) + 1
            found.append(Piece(f"{kind} {numbers[owner]} in {name}: {label}", [slot]))
    return found, copies


def _owner(element: Any) -> tuple[Any, str]:
    for candidate in itertools.chain([element], element.iterancestors()):
        if candidate.tag in OWNERS:
            return candidate, OWNERS[candidate.tag]
    return element, "object"


def settings(package: Package) -> list[Piece]:
    """Document variables (macros and add-ins keep data there) and a mail merge's source."""
    found = []
    for part in package.parts_of_type(".settings+xml"):
        root = package.xml(part)
        where = "" if part == "word/settings.xml" else f" ({part})"
        for number, variable in enumerate(root.iter(W + "docVar"), 1):
            slots = [attribute_slot(variable, W + "name"), Slot(": ")]
            slots.append(attribute_slot(variable, W + "val"))
            found.append(Piece(f"document variable {number}{where}", slots))
        for element in root.iter(*MAIL_MERGE):
            if is_words(element.get(W + "val")):
                slot = attribute_slot(element, W + "val")
                found.append(Piece(f"mail merge: {MAIL_MERGE[element.tag]}{where}", [slot]))
    return found


def custom_xml(package: Package) -> list[Piece]:
    """The values of customXml items: cover-page fields and content controls bound to them
    (an author's e-mail, phone, address), a bibliography's authors, add-ins' data."""
    found = []
    for part in sorted(name for name in package.names if CUSTOM_XML.fullmatch(name)):
        root = package.xml(part)
        if root.tag.startswith(SCHEMAS):
            continue
        for element in root.iter("{*}*"):
            label = _local(element.tag)
            if _is_value(element.text):
                found.append(Piece(f"custom XML ({part})", [Slot(f"{label}: "), _text(element)]))
            for attribute, value in element.attrib.items():
                if _is_value(value):
                    slots = [Slot(f"{_local(attribute)}: "), attribute_slot(element, attribute)]
                    found.append(Piece(f"custom XML ({part})", slots))
    return found


def _is_value(text: str | None) -> bool:
    return is_words(text) and not GUID.fullmatch((text or "").strip())


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(element: Any) -> Slot:
    # Not text_slot: xml:space is WordprocessingML's; a custom schema may refuse it.
    def write(new: str) -> None:
        element.text = new

    return Slot(element.text or "", write)


def diagrams(package: Package) -> tuple[list[Piece], list[Piece]]:
    """SmartArt text (a timeline, a skills chart), each paragraph a piece; and the copy of it
    Word keeps to draw the diagram, redacted with it."""
    found, copies = [], []
    for part in package.parts_of_type(".diagramData+xml"):
        for paragraph in package.xml(part).iter(A + "p"):
            piece = Piece(f"SmartArt ({part})", [_text(t) for t in paragraph.iter(A + "t")])
            if piece.text.strip():
                found.append(piece)
    for part in package.parts_of_type(".diagramDrawing+xml"):
        for paragraph in package.xml(part).iter(A + "p"):
            copies.append(Piece("copy", [_text(t) for t in paragraph.iter(A + "t")]))
    return found, copies
