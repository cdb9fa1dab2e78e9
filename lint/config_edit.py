"""A value added to a configuration file's allow list (--interactive's "a"), the rest of the
file kept as written: its comments, order and layout.

tomllib only reads, so the entry is inserted in the text; the result is then read back and
must equal the old settings plus that one value, else the file is left alone and the user is
told what to add by hand.
"""

import copy
import os
import stat
import tomllib
from pathlib import Path
from typing import Any, Literal

from lint import atomic
from lint.errors import DraftlintError

_TABLE = "[tool.draftlint]"
Added = Literal["created", "added", "present"]  # the file created, the entry added, or there


def toml_string(value: str) -> str:
    """value as a TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = []
    for char in value:
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def add_allowed(path: Path, value: str) -> Added:
    """Add value to the allow list of the configuration file at path, which is created (a
    .draftlint.toml) if there is none. Whitespace inside the value is
    written as one space: the allow list ignores it anyway."""
    value = " ".join(value.split())
    if not path.exists():
        atomic.write_text(path, f"allow = [{toml_string(value)}]\n", what="cannot create")
        return "created"
    real = Path(os.path.realpath(path))
    try:
        text = real.read_text(encoding="utf-8")
        before = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DraftlintError(f"{path}: cannot add to its allow list: {error}") from None
    table = _table(before, path)
    if table is None:
        raise DraftlintError(f"{path}: has no [tool.draftlint] table to add an allow entry to")
    if value.casefold() in (" ".join(v.split()).casefold() for v in table.get("allow", [])):
        return "present"
    edited = _with_entry(text, value, pyproject=path.name == "pyproject.toml")
    if edited is None or not _only_added(before, edited, value, path):
        raise DraftlintError(
            f"{path}: cannot add {toml_string(value)} to its allow list safely: add it by hand"
        )
    atomic.write_bytes(
        real, edited.encode("utf-8"), mode=stat.S_IMODE(real.stat().st_mode), what="cannot write"
    )
    return "added"


def _table(data: dict[str, Any], path: Path) -> dict[str, Any] | None:
    if path.name != "pyproject.toml":
        return data
    table = data.get("tool", {}).get("draftlint")
    return table if isinstance(table, dict) else None


def _only_added(before: dict[str, Any], edited: str, value: str, path: Path) -> bool:
    """The edited text reads as the old settings with value appended to allow, nothing else."""
    try:
        after = tomllib.loads(edited)
    except tomllib.TOMLDecodeError:
        return False
    expected = copy.deepcopy(before)
    table = _table(expected, path)
    if table is None:
        return False
    table["allow"] = [*table.get("allow", []), value]
    return after == expected


def _with_entry(text: str, value: str, *, pyproject: bool) -> str | None:
    """text with value in the allow array of the table, or with a new allow key; None if
    the table's layout is not one this recognizes (the caller then refuses)."""
    start, end = _section(text, pyproject=pyproject)
    if start is None:
        return None
    opening = _allow_array(text, start, end)
    entry = toml_string(value)
    if opening is None:  # no allow key yet: one more line at the end of the table's keys
        at = len(text[:end].rstrip()) if text[start:end].strip() else start
        head = text[:at] + ("\n" if at and not text[:at].endswith("\n") else "")
        rest = text[at + 1 :] if text.startswith("\n", at) else text[at:]
        return f"{head}allow = [{entry}]\n{rest}"
    last = _last_item_end(text, opening + 1)
    if last is None:
        return None
    if last == opening + 1:  # an empty array
        return f"{text[:last]}{entry}{text[last:]}"
    return f"{text[:last]}, {entry}{text[last:]}"


def _section(text: str, *, pyproject: bool) -> tuple[int | None, int]:
    """Where the table's keys are: a .draftlint.toml's top level, or [tool.draftlint]."""
    lines = text.splitlines(keepends=True)
    offsets = [sum(len(line) for line in lines[:i]) for i in range(len(lines) + 1)]
    headers = [i for i, line in enumerate(lines) if line.lstrip().startswith("[")]
    if not pyproject:
        return 0, offsets[headers[0]] if headers else len(text)
    own = [i for i in headers if lines[i].split("#")[0].strip() == _TABLE]
    if not own:
        return None, 0
    following = [i for i in headers if i > own[0]]
    return offsets[own[0] + 1], offsets[following[0]] if following else len(text)


def _allow_array(text: str, start: int, end: int) -> int | None:
    """The offset of the '[' that opens the allow array in text[start:end], if any."""
    import re

    key = re.compile(r"^[ \t]*(?:allow|\"allow\"|'allow')[ \t]*=[ \t]*\[", re.MULTILINE)
    match = key.search(text, start, end)
    return match.end() - 1 if match else None


def _last_item_end(text: str, at: int) -> int | None:
    """Just after the array's last string, or at (an empty array); None if the array holds
    anything but strings, comments and commas, or is not closed."""
    last = at
    while at < len(text):
        char = text[at]
        if char in " \t\r\n,":
            at += 1
        elif char == "#":
            newline = text.find("\n", at)
            at = len(text) if newline < 0 else newline
        elif char == "]":
            return last
        elif char in "\"'":
            closed = _string_end(text, at)
            if closed is None:
                return None
            at = last = closed
        else:
            return None
    return None


def _string_end(text: str, at: int) -> int | None:
    """Just after the TOML string that starts at text[at] (basic, literal, multi-line)."""
    quote = text[at] * 3 if text.startswith(text[at] * 3, at) else text[at]
    position = at + len(quote)
    while position < len(text):
        if text[position] == "\\" and quote[0] == '"':
            position += 2
        elif text.startswith(quote, position):
            return position + len(quote)
        else:
            position += 1
    return None
