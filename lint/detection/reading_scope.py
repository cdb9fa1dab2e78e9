"""The text a piece is judged in. Two verdicts read more than the words around a value:
the regions whose phone numbers a text may hold (the calling codes and places it names,
lint.detection.phones), and whether it is written in Chinese, Japanese or Korean script
(lint.detection.known_names). check() reads a segment whole, and they read the segment;
the warm engine reads a few lines of it again after an edit, and sets the segment as the
scope so that the verdicts stay the segment's."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

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


def verdicts_of(text: str) -> tuple[tuple[str, ...], bool]:
    """The verdicts a scope gives: the phone regions it names, and whether it is written
    in CJK script. Pieces read within two scopes with equal verdicts read alike."""
    from lint.detection.known_names import written_in_cjk
    from lint.detection.phones import regions_named_in

    return regions_named_in(text), written_in_cjk(text)
