"""What a .docx carries besides its stories: link targets, document, app and custom
properties, and the names (and comment initials) of the authors of comments and changes."""

from typing import Any
from urllib.parse import quote, unquote

from lint.sources.docx.package import Package
from lint.sources.docx.parts import Piece, Slot, attribute_slot, text_slot

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
CORE = "docProps/core.xml"
APP = "docProps/app.xml"
CUSTOM = "docProps/custom.xml"
# Core properties by their python-docx names; dates and the revision count hold no one.
CORE_NAMES = {
    "creator": "author",
    "lastModifiedBy": "last_modified_by",
    "description": "comments",
    "contentStatus": "content_status",
}
CORE_SKIPPED = {"created", "modified", "lastPrinted", "revision"}
APP_SKIPPED = {"Application", "AppVersion", "DocSecurity", "ScaleCrop", "LinksUpToDate"}
AUTHOR_ATTRIBUTES = {W + "author": "author", W15 + "author": "author", W15 + "userId": "user id"}
# What may stay as it is in a URL: the rest of a rewritten target is percent-encoded.
URL_SAFE = ":/?#@!$&'()*+,;=-._~"


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def link_targets(package: Package, part_names: dict[str, str]) -> list[Piece]:
    """Every external target (hyperlinks, a template's path) of every part."""
    found = []
    for part in sorted(package.names):
        if not part.endswith(".rels"):
            continue
        folder, _, base = part.rpartition("_rels/")
        source = folder + base.removesuffix(".rels")
        name = part_names.get(source, source or "package")
        external = [r for r in package.relationships(source) if r.get("TargetMode") == "External"]
        for number, relationship in enumerate(external, 1):
            found.append(Piece(f"link target {number} ({name})", [_target_slot(relationship)]))
    return found


def _target_slot(relationship: Any) -> Slot:
    # Scanned decoded (mailto:jean%40x.fr is an address); written back encoded.
    def write(new: str) -> None:
        relationship.set("Target", quote(new, safe=URL_SAFE))

    return Slot(unquote(relationship.get("Target", "")), write)


def _labelled(location: str, label: str, slot: Slot) -> Piece:
    # "author: Jane Doe": the label tells the rules what the value is.
    return Piece(location, [Slot(f"{label}: "), slot])


def properties(package: Package) -> list[Piece]:
    found = []
    core = package.xml(CORE)
    for element in [] if core is None else core.iterchildren("{*}*"):
        name = _local(element.tag)
        if name not in CORE_SKIPPED and (element.text or "").strip():
            label = CORE_NAMES.get(name, name)
            found.append(_labelled(f"document properties: {label}", label, text_slot(element)))
    app = package.xml(APP)
    for element in [] if app is None else app.iter("{*}*"):
        if len(element) or _local(element.tag) in APP_SKIPPED or not is_words(element.text):
            continue
        top = element  # TitlesOfParts, not the vt:lpstr inside it
        while top.getparent() is not None and top.getparent() is not app:
            top = top.getparent()
        label = _local(top.tag)
        found.append(_labelled(f"app properties: {label}", label, text_slot(element)))
    custom = package.xml(CUSTOM)
    for number, prop in enumerate([] if custom is None else custom.iterchildren("{*}*"), 1):
        slots = [attribute_slot(prop, "name"), Slot(": ")]
        slots += [text_slot(value) for value in prop.iter("{*}*") if is_words(value.text)]
        found.append(Piece(f"custom property {number}", slots))
    return found


def is_words(text: str | None) -> bool:
    value = (text or "").strip()
    return bool(value) and value.lower() not in ("true", "false") and not value.isdigit()


def authors(package: Package) -> list[Piece]:
    """Each name that signs a comment or a tracked change, once, wherever it is written."""
    places: dict[tuple[str, str], list[tuple[Any, str]]] = {}
    for part in sorted(package.names):
        if not part.endswith(".xml") or not part.startswith("word/"):
            continue
        root = package.xml(part)
        signed = "//@w:author | //@w15:author | //@w15:userId"  # xpath: C speed on long files
        for value in root.xpath(signed, namespaces={"w": W[1:-1], "w15": W15[1:-1]}):
            if value.strip():
                label = AUTHOR_ATTRIBUTES[value.attrname]
                places.setdefault((label, str(value)), []).append(
                    (value.getparent(), value.attrname)
                )
    found = []
    for number, ((label, value), where) in enumerate(places.items(), 1):

        def write(new: str, where: list[tuple[Any, str]] = where) -> None:
            for element, attribute in where:
                element.set(attribute, new)
                if attribute == W + "author" and element.get(W + "initials") is not None:
                    _set_initials(element, new)

        found.append(
            _labelled(f"author {number} of comments or changes", label, Slot(value, write))
        )
    return found


def _set_initials(comment: Any, author: str) -> None:
    """A comment's initials follow its author's replacement: "Person A" signs "PA"; a
    replacement without a name ("[name]", nothing) leaves no initials."""
    initials = "".join(word[0] for word in author.split() if word[0].isalpha()).upper()
    if initials:
        comment.set(W + "initials", initials)
    else:
        del comment.attrib[W + "initials"]
