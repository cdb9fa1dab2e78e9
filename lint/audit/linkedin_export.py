"""Read a LinkedIn data export ("Get a copy of your data"), ZIP or unpacked folder, into the
member's own published writing: posts, comments, articles, profile, positions,
recommendations given, and, on request, messages.

The export's CSV files vary; the variants handled here:
- a UTF-8 byte-order mark at the start of some files;
- a free-text preamble before the header row (Connections.csv starts with "Notes:");
- quotes escaped by doubling ("") in most files, by a backslash (\\") in older ones;
- fields spanning several lines (post text);
- columns renamed over the years ("ShareCommentary" or "Commentary", "Date" or
  "Created Date", "Text" or "Recommendation");
- files present in "Complete" exports only (Articles, messages.csv): absent is fine.
An unknown, malformed, damaged (encrypted, corrupt) or oversized file is skipped with a
warning, never a stop. Only the files used are read, as streams with caps
(lint.audit.export_files): a ZIP can be a decompression bomb.
"""

import csv
import functools
import io
import itertools
import lzma
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from lint.audit.export_files import Budget, Entry, Skip, listing, opened, printable
from lint.errors import DraftlintError

csv.field_size_limit(10_000_000)  # a long article or message is one field


@dataclass(frozen=True, slots=True)
class Item:
    kind: str  # post, comment, article, profile, position, recommendation, message
    source: str  # the export's file
    date: str
    link: str
    text: str


@dataclass(slots=True)
class Export:
    items: list[Item] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file: why", for the report
    warnings: list[str] = field(default_factory=list)


# (kind, date columns, link columns, text columns)
Spec = tuple[str, list[str], list[str], list[str]]
# file name (lower case) -> its Spec
OWN_WRITING: dict[str, Spec] = {
    "shares.csv": (
        "post",
        ["Date", "Created Date"],
        ["ShareLink", "Link", "URL"],
        ["ShareCommentary", "Commentary", "Text"],
    ),
    "comments.csv": (
        "comment",
        ["Date", "Created Date"],
        ["Link", "URL"],
        ["Message", "Comment", "Text"],
    ),
    "profile.csv": (
        "profile",
        [],
        [],
        [
            "Headline",
            "Summary",
            "Address",
            "Birth Date",
            "Websites",
            "Twitter Handles",
            "Instant Messengers",
        ],
    ),
    "positions.csv": ("position", ["Started On"], [], ["Title", "Description"]),
    "recommendations_given.csv": (
        "recommendation",
        ["Creation Date", "Date"],
        [],
        ["Text", "Recommendation"],
    ),
}
MESSAGES: dict[str, Spec] = {
    "messages.csv": (
        "message",
        ["DATE", "Date"],
        ["CONVERSATION ID"],
        ["SUBJECT", "CONTENT", "Content"],
    )
}
NOT_OWN_WRITING = {
    "connections.csv": "other people's names and e-mails, not your writing",
    "invitations.csv": "invitations, not your writing",
    "recommendations_received.csv": "written by others",
    "ad_targeting.csv": "LinkedIn's ad targeting data",
    "inferences_about_you.csv": "LinkedIn's inferences",
    "email addresses.csv": "your account's e-mail addresses",
    "phonenumbers.csv": "your account's phone numbers",
    "phone numbers.csv": "your account's phone numbers",
}


def read_export(export: Path, *, include_messages: bool = False) -> Export:
    """The member's writing in the export. Only the files used are read; each one that
    cannot be is a warning. Raises only DraftlintError, for an export it cannot open."""
    if not export.exists():
        raise DraftlintError(f"{printable(str(export))}: no such file or folder")
    result = Export()
    handlers = {**OWN_WRITING, **(MESSAGES if include_messages else {})}
    budget = Budget()
    with listing(export) as entries:
        for entry in entries:
            parse = _parser(entry.name, handlers)
            if parse is not None:
                _use(entry, budget, result, parse)
            elif why := _why_not_used(entry.name):
                result.skipped.append(f"{printable(entry.name)}: {why}")
    result.items.sort(key=lambda item: item.date, reverse=True)  # newest first
    return result


def _parser(name: str, handlers: dict[str, Spec]) -> Callable[[IO[bytes]], list[Item]] | None:
    base = PurePosixPath(name).name.lower()
    if base in handlers:
        return functools.partial(_csv_items, name, handlers[base])
    if base.endswith((".html", ".htm")) and "article" in name.lower():
        return lambda stream: [_article(name, stream.read())]
    return None


def _why_not_used(name: str) -> str:
    """For the report's skipped list; "" for files not worth naming (images, media)."""
    base = PurePosixPath(name).name.lower()
    if base == "messages.csv":
        return "private messages (--include-messages to scan them)"
    if base in NOT_OWN_WRITING:
        return NOT_OWN_WRITING[base]
    return "not content you published" if base.endswith(".csv") else ""


class _UnknownColumns(Exception):
    """A CSV file whose header names none of the text columns."""


def _use(
    entry: Entry, budget: Budget, result: Export, parse: Callable[[IO[bytes]], list[Item]]
) -> None:
    """Add the items of one used file, or a warning naming it: never an exception."""
    try:
        with opened(entry, budget) as stream:
            result.items += parse(stream)
    except Skip as why:
        result.warnings.append(f"{printable(entry.name)}: {why}")
    except csv.Error as error:
        result.warnings.append(f"{printable(entry.name)}: malformed CSV, skipped ({error})")
    except _UnknownColumns as error:
        result.warnings.append(f"{printable(entry.name)}: unknown columns {error}, skipped")
    except NotImplementedError as error:  # zipfile: strong encryption, patched data
        result.warnings.append(f"{printable(entry.name)}: {error}, skipped")
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError) as error:
        # A bad CRC, an inflate error, a truncated entry: the ZIP is damaged there.
        result.warnings.append(f"{printable(entry.name)}: corrupt in the ZIP ({error}), skipped")
    except OSError as error:  # bz2's bad data; a folder's file that cannot be read
        result.warnings.append(f"{printable(entry.name)}: cannot read ({error}), skipped")
    except MemoryError:
        result.warnings.append(f"{printable(entry.name)}: not enough memory to read it, skipped")


def _csv_items(name: str, spec: Spec, stream: IO[bytes]) -> list[Item]:
    """Items from one CSV file, parsed as it streams: the file is never whole in memory."""
    kind, dates, links, texts = spec
    lines = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
    # The header is the first line naming a column, after any free-text preamble.
    head = list(itertools.islice(lines, 20))
    start = next((i for i, line in enumerate(head) if any(w in line for w in texts + dates)), 0)
    # Backslash-escaped quotes (\\") in old exports; doubled quotes elsewhere: both parse.
    reader = csv.DictReader(
        itertools.chain(head[start:], lines), escapechar="\\", doublequote=True, strict=True
    )
    labelled = kind in ("profile", "position")  # "Birth Date: Mar 3, 1990" tells the rules
    items = []
    for row in reader:
        text = "\n".join(
            f"{c}: {row[c].strip()}" if labelled else row[c].strip()
            for c in texts
            if row.get(c) and row[c].strip()
        )
        if text:
            items.append(Item(kind, name, _first(row, dates), _first(row, links), text))
    # Checked after the rows, so that a malformed file says so whatever its header.
    header = list(reader.fieldnames or [])
    if not any(column in header for column in texts):
        raise _UnknownColumns(printable(repr(header[:6])))
    return items


def _first(row: dict[str, str], columns: list[str]) -> str:
    return next((row[c] for c in columns if row.get(c)), "")


def _decode(data: bytes) -> str:
    return data.decode("utf-8-sig", errors="replace")


def _article(name: str, data: bytes) -> Item:
    from lint.sources.html import read_html

    source = _decode(data)
    try:
        document = read_html(name, source)
    except AssertionError as error:  # html.parser (3.11, 3.12) on "<![foo[": not a bug of ours
        raise Skip(f"malformed HTML, skipped ({error})") from None
    date = re.search(r"\b(?:19|20)\d\d-\d\d-\d\d\b", source)
    link = re.search(r"https://www\.linkedin\.com/pulse/[^\s\"'<>]+", source)
    return Item(
        "article", name, date.group(0) if date else "", link.group(0) if link else "", document.text
    )
