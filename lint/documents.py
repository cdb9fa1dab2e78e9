"""Read drafts: files, folders of drafts, stdin."""

import codecs
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from lint.errors import DraftlintError
from lint.model import Document

STDIN = "-"
DRAFT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})  # what a folder scan picks up
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, name: str) -> str:
    """Text from bytes: a BOM decides the encoding, else it must be UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise DraftlintError(f"{name}: not valid {encoding} text: {error.reason}") from None
    if b"\0" in data[:8192]:
        raise DraftlintError(f"{name}: binary file, not a text draft")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DraftlintError(
            f"{name}: not UTF-8 text (byte {error.start}); save the draft as UTF-8"
        ) from None


def read_document(source: str) -> Document:
    if source == STDIN:
        return Document(STDIN, decode(sys.stdin.buffer.read(), "<stdin>"))
    try:
        # Only regular files: a FIFO or a device could block the run forever.
        if not stat.S_ISREG(os.stat(source).st_mode):
            raise DraftlintError(f"{source}: not a regular file")
        data = Path(source).read_bytes()
    except FileNotFoundError:
        raise DraftlintError(f"{source}: no such file or folder") from None
    except PermissionError:
        raise DraftlintError(f"{source}: permission denied") from None
    except OSError as error:
        raise DraftlintError(f"{source}: cannot read: {error.strerror or error}") from None
    return Document(source, decode(data, source))


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
