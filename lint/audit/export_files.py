"""The files of a LinkedIn export, ZIP or unpacked folder: listed without being read, then
opened one at a time as streams with caps, since a ZIP can be a decompression bomb."""

import contextlib
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from lint.errors import DraftlintError
from lint.terminal import escape_controls

# Caps on what the audit reads, uncompressed: a heavy poster's Shares.csv is a few MB and
# messages.csv of a long-time member tens of MB, so 64 MB a file passes a real export. A ZIP
# deflates zeros about 1000:1; without caps a 1 MB download could ask for gigabytes.
ENTRY_CAP = 64 * 2**20
# All used files together, counting the bytes of files abandoned past ENTRY_CAP: this bounds
# both the memory the items take and the time spent inflating a bomb.
TOTAL_CAP = 256 * 2**20
_MB = 2**20
# zipfile inflates these; anything else (Deflate64 = 9, AES = 99, ...) it cannot.
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


def printable(text: str) -> str:
    """text on one line with its control characters escaped: export names are untrusted and
    warnings go to a terminal."""
    return escape_controls(text).replace("\n", "\\n").replace("\t", "\\t")


class Skip(Exception):
    """Why one file of the export is not audited; the message follows its name."""


class Budget:
    """Bytes the audit may still read from the whole export (TOTAL_CAP unless told)."""

    def __init__(self, total: int | None = None) -> None:
        self.left = TOTAL_CAP if total is None else total

    def reserve(self, count: int) -> None:
        if count > self.left:
            # Spent for good: every later file is skipped too, so the cut follows the
            # export's order instead of letting small files slip in after a big one.
            self.left = -1
            raise Skip(f"skipped: the files audited reach {TOTAL_CAP // _MB} MB in all")

    def spend(self, count: int) -> None:
        self.reserve(count)
        self.left -= count


class Capped(io.RawIOBase):
    """A stream that stops past ENTRY_CAP bytes or the budget: declared sizes can lie."""

    def __init__(self, raw: IO[bytes], budget: Budget) -> None:
        self.raw, self.budget, self.count = raw, budget, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        self.count += len(data)
        if self.count > ENTRY_CAP:
            raise Skip(f"larger than {ENTRY_CAP // _MB} MB uncompressed, skipped")
        self.budget.spend(len(data))
        buffer[: len(data)] = data
        return len(data)


@dataclass(frozen=True, slots=True)
class Entry:
    name: str  # path inside the export
    size: int  # as declared by the ZIP or the file system
    open: Callable[[], IO[bytes]]
    problem: str = ""  # known before reading: encrypted, unsupported compression


@contextlib.contextmanager
def listing(export: Path) -> Iterator[list[Entry]]:
    """The export's files, not read: from the ZIP's directory or the folder's."""
    if export.is_dir():
        try:
            paths = [path for path in sorted(export.rglob("*")) if path.is_file()]
            entries = [_folder_entry(export, path) for path in paths]
        except OSError as error:
            raise DraftlintError(f"{printable(str(export))}: cannot list: {error}") from None
        yield entries
        return
    try:
        archive = zipfile.ZipFile(export)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        # ValueError: a name flagged UTF-8 that is not.
        raise DraftlintError(
            f"{printable(str(export))}: not a LinkedIn export (ZIP or folder): {error}"
        ) from None
    except MemoryError:  # a directory of millions of entries
        raise DraftlintError(f"{printable(str(export))}: ZIP directory too large") from None
    with archive:
        yield [_zip_entry(archive, info) for info in archive.infolist() if not info.is_dir()]


def _folder_entry(export: Path, path: Path) -> Entry:
    name = path.relative_to(export).as_posix()
    return Entry(name, path.stat().st_size, lambda: path.open("rb"))


def _zip_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Entry:
    problem = ""
    if info.flag_bits & 0x1:
        problem = "encrypted, skipped (export it again from LinkedIn)"
    elif info.compress_type not in _METHODS:
        problem = f"compression method {info.compress_type} not supported, skipped"
    return Entry(info.filename, info.file_size, lambda: archive.open(info), problem)


@contextlib.contextmanager
def opened(entry: Entry, budget: Budget) -> Iterator[IO[bytes]]:
    """The entry as a capped stream; Skip if it has a known problem or is too large."""
    if entry.problem:
        raise Skip(entry.problem)
    if entry.size > ENTRY_CAP:  # declared: refused before a byte is inflated
        raise Skip(f"larger than {ENTRY_CAP // _MB} MB uncompressed, skipped")
    budget.reserve(entry.size)
    with entry.open() as raw:
        yield io.BufferedReader(Capped(raw, budget))
