"""Read drafts: files, folders of drafts, stdin."""

import codecs
import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from lint.errors import DraftlintError, NotTextError
from lint.model import Document

STDIN = "-"
MAX_BYTES = 10_000_000  # a draft, even a long CV, is far smaller; a larger file is refused
# What a folder scan picks up; named files of any other suffix are read as text.
DRAFT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, name: str) -> Document:
    """Text from bytes: a BOM decides the encoding, else it must be UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Document(name, data[len(bom) :].decode(encoding), encoding, bom)
            except UnicodeDecodeError as error:
                raise DraftlintError(f"{name}: not valid {encoding} text: {error.reason}") from None
    if b"\0" in data[:8192]:
        raise NotTextError(f"{name}: binary file, not a text draft")
    try:
        return Document(name, data.decode("utf-8"))
    except UnicodeDecodeError as error:
        return Document(name, _decode_legacy(data, name, error.start), _legacy_encoding(data))


def _legacy_encoding(data: bytes) -> str:
    from charset_normalizer import from_bytes

    # Drafts that are not UTF-8 are, in practice, Windows-1252 or Latin-1 text from an
    # old editor; charset-normalizer weighs the candidates instead of a guess by hand.
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman"]).best()
    return best.encoding if best is not None else "cp1252"


def _decode_legacy(data: bytes, name: str, position: int) -> str:
    encoding = _legacy_encoding(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise DraftlintError(
            f"{name}: not UTF-8 text (byte {position}) and no known encoding fits"
        ) from None


def read_document(source: str) -> Document:
    if source == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        _check_size("<stdin>", len(data))
        return replace(decode(data, "<stdin>"), path=STDIN)
    try:
        # Only regular files: a FIFO or a device could block the run forever.
        status = os.stat(source)
        if not stat.S_ISREG(status.st_mode):
            raise DraftlintError(f"{source}: not a regular file")
        _check_size(source, status.st_size)
        suffix = Path(source).suffix.lower()
        if suffix == ".docx":
            from lint.docx_file import read_docx

            return read_docx(source)
        if suffix == ".pdf":
            from lint.pdf_file import read_pdf

            return read_pdf(source)
        data = Path(source).read_bytes()
    except FileNotFoundError:
        raise DraftlintError(f"{source}: no such file or folder") from None
    except PermissionError:
        raise DraftlintError(f"{source}: permission denied") from None
    except OSError as error:
        raise DraftlintError(f"{source}: cannot read: {error.strerror or error}") from None
    document = decode(data, source)
    if suffix in (".html", ".htm"):
        from lint.html_file import read_html

        return read_html(source, document.text)
    return document


def read_staged_document(path: str) -> Document:
    from lint.git import read_staged

    return decode(read_staged(path), path)


def _check_size(name: str, size: int) -> None:
    if size > MAX_BYTES:
        raise DraftlintError(f"{name}: larger than {MAX_BYTES // 1_000_000} MB, not a draft")


def _drafts_in(folder: Path) -> Iterator[str]:
    for root, folders, files in os.walk(folder, onerror=None):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if Path(name).suffix.lower() in DRAFT_SUFFIXES and not name.startswith("."):
                yield str(Path(root) / name)


def expand(sources: Iterable[str]) -> Iterator[str]:
    """Each source as given, a folder replaced by the drafts it holds, recursively."""
    for source in sources:
        if source != STDIN and Path(source).is_dir():
            yield from _drafts_in(Path(source))
        else:
            yield source


def encode(document: Document, text: str) -> bytes:
    """New text in the document's own encoding, with its BOM if it had one."""
    return document.bom + text.encode(document.encoding)


def write_atomically(document: Document, text: str) -> None:
    """Replace the file with the new text: a temporary file beside it, then a rename.

    The original stays whole until the rename; the file keeps its permissions.
    """
    path = Path(document.path)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError as error:
        raise DraftlintError(f"{path}: cannot fix: {error.strerror}") from None
    if not mode & stat.S_IWUSR:  # root could write it anyway: respect the read-only bit
        raise DraftlintError(f"{path}: read-only file, not fixed")
    data = encode(document, text)
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)  # mkstemp's owner-only mode until it is the draft itself
        os.chmod(path, mode)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise DraftlintError(f"{path}: cannot fix: {error.strerror or error}") from None
