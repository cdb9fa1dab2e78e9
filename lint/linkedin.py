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
An unknown or malformed file is skipped with a warning, never a stop.
"""

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

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


# file name (lower case) -> (kind, date columns, link columns, text columns)
OWN_WRITING = {
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
MESSAGES = {
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


def _files(export: Path) -> Iterator[tuple[str, bytes]]:
    """(path inside the export, content) for each file, from a ZIP or a folder."""
    if export.is_dir():
        for path in sorted(export.rglob("*")):
            if path.is_file():
                yield path.relative_to(export).as_posix(), path.read_bytes()
        return
    try:
        with zipfile.ZipFile(export) as archive:
            for info in archive.infolist():
                if not info.is_dir():
                    yield info.filename, archive.read(info)
    except (zipfile.BadZipFile, OSError) as error:
        raise DraftlintError(f"{export}: not a LinkedIn export (ZIP or folder): {error}") from None


def read_export(export: Path, *, include_messages: bool = False) -> Export:
    if not export.exists():
        raise DraftlintError(f"{export}: no such file or folder")
    result = Export()
    handlers = {**OWN_WRITING, **(MESSAGES if include_messages else {})}
    for name, data in _files(export):
        base = PurePosixPath(name).name.lower()
        if base in handlers:
            _read_csv(name, data, handlers[base], result)
        elif base == "messages.csv":
            result.skipped.append(f"{name}: private messages (--include-messages to scan them)")
        elif base in NOT_OWN_WRITING:
            result.skipped.append(f"{name}: {NOT_OWN_WRITING[base]}")
        elif base.endswith((".html", ".htm")) and "article" in name.lower():
            result.items.append(_article(name, data))
        elif base.endswith(".csv"):
            result.skipped.append(f"{name}: not content you published")
    result.items.sort(key=lambda item: item.date, reverse=True)  # newest first
    return result


def _decode(data: bytes) -> str:
    return data.decode("utf-8-sig", errors="replace")


def _rows(text: str, wanted: list[str]) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows, after any preamble: the header is the first line naming a column."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines[:20]) if any(f"{w}" in line for w in wanted)), 0)
    body = "".join(lines[start:])
    # Backslash-escaped quotes (\\") in old exports; doubled quotes elsewhere: both parse.
    reader = csv.DictReader(io.StringIO(body), escapechar="\\", doublequote=True, strict=True)
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def _first(row: dict[str, str], columns: list[str]) -> str:
    return next((row[c] for c in columns if row.get(c)), "")


def _read_csv(name: str, data: bytes, spec: tuple, result: Export) -> None:  # type: ignore[type-arg]
    kind, dates, links, texts = spec
    try:
        header, rows = _rows(_decode(data), texts + dates)
    except csv.Error as error:
        result.warnings.append(f"{name}: malformed CSV, skipped ({error})")
        return
    if not any(column in header for column in texts):
        result.warnings.append(f"{name}: unknown columns {header[:6]}, skipped")
        return
    labelled = kind in ("profile", "position")  # "Birth Date: Mar 3, 1990" tells the rules
    for row in rows:
        text = "\n".join(
            f"{c}: {row[c].strip()}" if labelled else row[c].strip()
            for c in texts
            if row.get(c) and row[c].strip()
        )
        if text:
            result.items.append(Item(kind, name, _first(row, dates), _first(row, links), text))


def _article(name: str, data: bytes) -> Item:
    from lint.html_file import read_html

    source = _decode(data)
    document = read_html(name, source)
    date = re.search(r"\b(?:19|20)\d\d-\d\d-\d\d\b", source)
    link = re.search(r"https://www\.linkedin\.com/pulse/[^\s\"'<>]+", source)
    return Item(
        "article", name, date.group(0) if date else "", link.group(0) if link else "", document.text
    )
