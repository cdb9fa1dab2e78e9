"""The checks of a server session: one engine, kept warm between keystrokes."""

from collections.abc import Sequence

from lint.model import Document, Finding
from lint.pipeline import Scanner


class WarmChecker:
    """check() for an editor: the models and the detector load once, on the first draft."""

    def check(self, scanner: Scanner, document: Document) -> list[Finding]:
        return scanner.check(document)


def findings_equal(a: Sequence[Finding], b: Sequence[Finding]) -> bool:
    return list(a) == list(b)
