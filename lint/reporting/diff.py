"""The unified diff of a fix (--diff), for a person to read."""

import re

from lint.model import Document
from lint.terminal import escape_controls

_NO_NEWLINE = "\n\\ No newline at end of file\n"


def unified_diff(document: Document, fixed: str) -> str:
    """A unified diff of a fix, empty when nothing changes; control characters escaped.

    The diff is printed for a person to read (--diff), so a control character in the draft
    is shown as \\x1b rather than sent to the terminal. The price: a diff of such a draft
    no longer applies with patch(1) on the lines that hold one; any other diff is exact, and
    a CRLF line keeps its CR, which a terminal shows as nothing."""
    import difflib  # only --diff needs it; the facade lint.reporting.report loads this module

    lines = difflib.unified_diff(
        _lines(document.text),
        _lines(fixed),
        fromfile=f"a/{document.path}",
        tofile=f"b/{document.path}",
    )
    return "".join(
        _escape_line(line) if line.endswith("\n") else _escape_line(line) + _NO_NEWLINE
        for line in lines
    )


def _lines(text: str) -> list[str]:
    # Lines end on "\n" only, as patch(1) reads them; str.splitlines also breaks on form
    # feeds, vertical tabs and U+2028.
    return re.findall(r"[^\n]*\n|[^\n]+\Z", text)


def _escape_line(line: str) -> str:
    ending = "\r\n" if line.endswith("\r\n") else "\n" if line.endswith("\n") else ""
    return escape_controls(line[: len(line) - len(ending)]) + ending
