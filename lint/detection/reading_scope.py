"""The text a piece is judged in. Two verdicts read more than the words around a value:
the regions whose phone numbers a text may hold (the calling codes and places it names,
lint.detection.phones), and whether it is written in Chinese, Japanese or Korean script
(lint.detection.known_names). check() reads a segment whole, and they read the segment;
the warm engine reads a few lines of it again after an edit, and sets the segment as the
scope so that the verdicts stay the segment's."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lint.detection.kept_texts import kept_when_short

_SCOPE: ContextVar[str | None] = ContextVar("scope", default=None)


@contextmanager
def judged_within(text: str) -> Iterator[None]:
    """While detecting a piece of text, the verdicts above are those of text."""
    token = _SCOPE.set(text)
    try:
        yield
    finally:
        _SCOPE.reset(token)


def scope_of(text: str) -> str:
    """The text the verdicts read: the scope set around this detection, else text itself."""
    scope = _SCOPE.get()
    return text if scope is None else scope


def verdicts_of(text: str) -> tuple[frozenset[str], bool]:
    """The verdicts a scope gives: the phone regions it names, and whether it is written
    in CJK script. Pieces read within two scopes with equal verdicts read alike.

    Both are read line by line (a calling code or a place is named within a line), and each
    line's kept (lint.detection.kept_texts): at each keystroke, one line changes."""
    regions: set[str] = set()
    in_cjk = letters = 0
    for line in text.split("\n"):
        line_regions, line_cjk, line_letters = _line_verdicts(line)
        regions |= line_regions
        in_cjk += line_cjk
        letters += line_letters
    return frozenset(regions), in_cjk > letters - in_cjk


@kept_when_short
def _line_verdicts(line: str) -> tuple[frozenset[str], int, int]:
    from lint.detection.known_names import cjk_letters
    from lint.detection.phones import regions_named_in

    return frozenset(regions_named_in(line)), cjk_letters(line), sum(map(str.isalpha, line))
