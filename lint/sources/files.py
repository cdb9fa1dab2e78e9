"""Read drafts: files, folders of drafts, stdin."""

import codecs
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from lint import atomic
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
        check_size("<stdin>", len(data))
        return replace(decode(data, "<stdin>"), path=STDIN)
    try:
        # Only regular files: a FIFO or a device could block the run forever.
        status = os.stat(source)
        if not stat.S_ISREG(status.st_mode):
            raise DraftlintError(f"{source}: not a regular file")
        check_size(source, status.st_size)
        data = Path(source).read_bytes()
    except FileNotFoundError:
        raise DraftlintError(f"{source}: no such file or folder") from None
    except PermissionError:
        raise DraftlintError(f"{source}: permission denied") from None
    except OSError as error:
        raise DraftlintError(f"{source}: cannot read: {error.strerror or error}") from None
    return document_of_bytes(source, data)


def read_staged_document(path: str) -> Document:
    """The version of a draft that git will commit, in any format `check` reads."""
    from lint.sources.git import read_staged

    return document_of_bytes(path, read_staged(path))


def document_of_bytes(path: str, data: bytes) -> Document:
    """A draft held in memory (staged by git, sent to the web page), read as `check` reads
    the file of that name: its suffix picks the format, the same limits apply."""
    check_size(path, len(data))
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        from lint.sources.docx.document import read_docx

        return read_docx(path, data)
    if suffix == ".pdf":
        from lint.sources.pdf import read_pdf

        return read_pdf(path, data)
    document = decode(data, path)
    if suffix in (".html", ".htm"):
        from lint.sources.html import read_html

        return read_html(path, document.text)
    return document


def check_size(name: str, size: int) -> None:
    """check's cap on a draft's size: one line and exit 2 beyond it."""
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


def write_fixed(document: Document, text: str) -> None:
    """Replace the draft with its fixed text, atomically, only if that is safe.

    A symlinked draft is fixed at its target (the link stays a link). A file with other hard
    links, one the user may not write, or one changed since it was read is refused: fixing
    it would leave the value under another name, or lose the user's edit.
    """
    link = Path(document.path)
    path = Path(os.path.realpath(link))
    try:
        status = os.stat(path)
    except OSError as error:
        raise DraftlintError(f"{link}: cannot fix: {error.strerror}") from None
    if status.st_nlink > 1:
        raise DraftlintError(
            f"{link}: has {status.st_nlink} hard links; a fix would leave the values under "
            "the other names: not fixed (copy it, then fix the copy)"
        )
    # os.access asks the OS as it will decide; root may write anything, so for root the
    # read-only bits are taken as the owner's wish.
    if not os.access(path, os.W_OK) or not status.st_mode & 0o222:
        raise DraftlintError(f"{link}: read-only file, not fixed")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DraftlintError(f"{link}: its folder is not writable, not fixed")

    def unchanged_since_read() -> None:
        try:
            current = decode(path.read_bytes(), document.path)
        except (OSError, DraftlintError):
            current = None
        if current is None or (current.text, current.encoding, current.bom) != (
            document.text,
            document.encoding,
            document.bom,
        ):
            raise DraftlintError(
                f"{link}: changed while draftlint was checking it; not fixed (run it again)"
            )

    owner = (status.st_uid, status.st_gid) if os.geteuid() == 0 else None
    atomic.write_bytes(
        path,
        encode(document, text),
        mode=stat.S_IMODE(status.st_mode),
        what="cannot fix",
        before_replace=unchanged_since_read,
        owner=owner,
    )
