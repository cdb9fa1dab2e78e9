"""PDF drafts: the text of every page line by line, link targets, comments, form field
values and metadata (pypdf). AES needs the cryptography package (pypdf[crypto])."""

import io
from typing import Any

from lint.errors import DraftlintError
from lint.model import Document
from lint.sources.extracted_text import assemble

METADATA = {
    "/Author": "author",
    "/Title": "title",
    "/Subject": "subject",
    "/Keywords": "keywords",
    "/Creator": "creator",
}


def _reader(path: str, data: bytes | None) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path if data is None else io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DraftlintError(f"{path}: password-protected PDF; remove the password first")
        reader.pages[0] if len(reader.pages) else None
    except DraftlintError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise DraftlintError(f"{path}: corrupt or unreadable PDF ({error})") from None
    except Exception as error:  # pypdf raises many kinds on a damaged file
        raise DraftlintError(f"{path}: corrupt PDF ({type(error).__name__})") from None
    return reader


def read_pdf(path: str, data: bytes | None = None) -> Document:
    """data: the file's bytes when they are not on disk (git's staged version)."""
    reader = _reader(path, data)
    pieces: list[tuple[str, str]] = []
    try:
        for number, page in enumerate(reader.pages, 1):
            for line_number, line in enumerate((page.extract_text() or "").splitlines(), 1):
                if line.strip():
                    pieces.append((f"page {number}, line {line_number}", line))
            for uri in _link_targets(page):
                pieces.append((f"page {number}, link target", uri))
            for comment in _comments(page):
                pieces.append((f"page {number}, comment", comment))
        for page_number, name, value in _field_values(reader):
            pieces.append((f"page {page_number}, form field {name}", value))
        for key, name in METADATA.items():
            meta = (reader.metadata or {}).get(key)
            if isinstance(meta, str) and meta.strip():
                pieces.append((f"document properties: {name}", f"{name}: {meta}"))
    except DraftlintError:
        raise
    except Exception as error:
        raise DraftlintError(f"{path}: corrupt PDF ({type(error).__name__})") from None
    return assemble(path, "pdf", pieces)


def _link_targets(page: Any) -> list[str]:
    targets = []
    for annotation in page.get("/Annots") or []:
        annotation = annotation.get_object()
        action = annotation.get("/A")
        if annotation.get("/Subtype") == "/Link" and action is not None:
            uri = action.get_object().get("/URI")
            if isinstance(uri, str) and uri:
                targets.append(uri)
    return targets


def _comments(page: Any) -> list[str]:
    """The text of the page's annotations other than links and form fields: comments."""
    texts = []
    for annotation in page.get("/Annots") or []:
        annotation = annotation.get_object()
        text = annotation.get("/Contents")
        kind = annotation.get("/Subtype")
        if kind not in ("/Link", "/Widget") and isinstance(text, str) and text.strip():
            texts.append(text)
    return texts


def _field_values(reader: Any) -> list[tuple[int, str, str]]:
    """(page number, field name, value) of each filled text field, once per field."""
    values: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    for number, page in enumerate(reader.pages, 1):
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            # A field's value and name may sit on the widget or on its parents.
            names: list[str] = []
            value, node = None, widget
            while node is not None:
                if "/T" in node:
                    names.insert(0, str(node["/T"]))
                value = node.get("/V") if value is None else value
                node = node.get("/Parent")
                node = node.get_object() if node is not None else None
            name = ".".join(names)
            # A checkbox's /Yes is a name, not text someone typed.
            if not isinstance(value, str) or not value.strip() or value.startswith("/"):
                continue
            if name not in seen:
                seen.add(name)
                values.append((number, name, value))
    return values
