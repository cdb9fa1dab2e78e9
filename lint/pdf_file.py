"""PDF drafts: the text of every page line by line, link targets and metadata (pypdf)."""

from typing import Any

from lint.errors import DraftlintError
from lint.extracted import assemble
from lint.model import Document

METADATA = {
    "/Author": "author",
    "/Title": "title",
    "/Subject": "subject",
    "/Keywords": "keywords",
    "/Creator": "creator",
}


def _reader(path: str) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
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


def read_pdf(path: str) -> Document:
    reader = _reader(path)
    pieces: list[tuple[str, str]] = []
    try:
        for number, page in enumerate(reader.pages, 1):
            for line_number, line in enumerate((page.extract_text() or "").splitlines(), 1):
                if line.strip():
                    pieces.append((f"page {number}, line {line_number}", line))
            for uri in _link_targets(page):
                pieces.append((f"page {number}, link target", uri))
        for key, name in METADATA.items():
            value = (reader.metadata or {}).get(key)
            if isinstance(value, str) and value.strip():
                pieces.append((f"document properties: {name}", f"{name}: {value}"))
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
