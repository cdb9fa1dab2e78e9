"""Verdicts on short texts, kept: a long-running session (an editor, the web page) asks
about the same lines, sentences and paragraphs at each keystroke. A long text's verdict is
never kept, so that no copy of a whole draft stays behind a keystroke."""

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

KEPT_CHARS = 2_000
KEPT_TEXTS = 4_096

T = TypeVar("T")


def kept_when_short(verdict: Callable[[str], T]) -> Callable[[str], T]:
    """verdict, its answers on texts of at most KEPT_CHARS kept (the last KEPT_TEXTS)."""
    kept = lru_cache(maxsize=KEPT_TEXTS)(verdict)

    def answer(text: str) -> T:
        return kept(text) if len(text) <= KEPT_CHARS else verdict(text)

    return answer
