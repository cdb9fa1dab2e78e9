"""The one fix routine, for every format and every source: files, stdin, the clipboard.

A text gets its fixed text; a .docx a redacted copy beside it (the original stays); a PDF
or an HTML page is refused with the reason (the fixed text is still there for a diff).
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from lint.fixing.fix import fix_text
from lint.model import Document, Finding

if TYPE_CHECKING:
    from lint.pipeline import Scanner

CANNOT_REWRITE = {
    "pdf": "draftlint cannot rewrite a PDF; fix the document it was exported from "
    "(draftlint check --fix cv.docx) and export it again",
    "html": "draftlint does not rewrite HTML; edit the source by hand",
}
# The same reasons for the web page in French.
CANNOT_REWRITE_FR = {
    "pdf": "draftlint ne peut pas réécrire un PDF ; corrigez le document d’où il a été exporté "
    "(draftlint check --fix cv.docx) et exportez-le à nouveau",
    "html": "draftlint ne réécrit pas le HTML ; modifiez la source à la main",
}


@dataclass(frozen=True, slots=True)
class FixOutcome:
    document: Document  # as read
    fixed: str  # its text with the fixes applied
    applied: list[Finding]  # the reported findings the fix applies
    remaining: list[Finding]  # what a scan of the result still finds
    result: Document  # what was scanned after the fix: the fixed text, or the redacted copy
    redacted: Path | None = None  # the redacted copy written (docx)
    unread: tuple[str, ...] = ()  # parts of the redacted copy copied unread (docx)
    refused: str | None = None  # why the document was not rewritten (pdf, html)

    @property
    def changed(self) -> bool:
        return self.redacted is not None or self.fixed != self.document.text


def fix_document(
    document: Document,
    reported: Sequence[Finding],
    scanner: "Scanner",
    *,
    threshold: str,
    write: bool,
) -> FixOutcome:
    """Apply exactly the fixable ones of the reported findings, in one pass, and scan the
    result: what is left is reported, never fixed behind the user's back.

    write=False changes nothing (a diff). write=True writes the fix where the document came
    from: the file, a .docx's redacted copy, the clipboard; stdin's fixed text is the
    caller's to print."""
    fixed, applied = fix_text(document.text, reported, threshold)
    if write and document.kind in CANNOT_REWRITE:
        refused = f"{document.path}: {CANNOT_REWRITE[document.kind]}"
        return FixOutcome(document, document.text, [], list(reported), document, refused=refused)
    if write and document.kind == "docx":
        return _redact_docx(document, applied, scanner)
    if write and fixed != document.text:
        _write_text(document, fixed)
    if fixed == document.text:  # nothing applied: the same text gives the same findings
        return FixOutcome(document, fixed, applied, list(reported), document)
    result = replace(document, text=fixed)
    return FixOutcome(document, fixed, applied, scanner.check(result), result)


def _write_text(document: Document, fixed: str) -> None:
    from lint.sources.clipboard import CLIPBOARD, write_clipboard
    from lint.sources.files import STDIN, write_fixed

    if document.path == CLIPBOARD:
        write_clipboard(fixed)
    elif document.path != STDIN:
        write_fixed(document, fixed)


def _redact_docx(document: Document, applied: list[Finding], scanner: "Scanner") -> FixOutcome:
    """NAME.redacted.docx beside the original with exactly these fixes."""
    from lint.sources.docx.document import read_docx, redacted_path, unread_parts, write_redacted

    edits = docx_edits(document, applied)
    target = write_redacted(document.path, edits, target=redacted_path(document.path))
    unread = tuple(unread_parts(document.path))
    redacted = read_docx(str(target))
    return FixOutcome(
        document,
        document.text,
        applied,
        scanner.check(redacted),
        redacted,
        redacted=target,
        unread=unread,
    )


def docx_edits(document: Document, applied: Sequence[Finding]) -> list[Finding]:
    """The same edits as a text's fix: each value with the words that go with it."""
    from lint.fixing.sentence import fit

    return fit(document.text, list(applied))


def redacted_docx(document: Document, applied: Sequence[Finding], data: bytes) -> bytes:
    """The redacted copy of a .docx held in memory, as --fix writes it beside a file."""
    from lint.sources.docx.document import redacted

    return redacted(document.path, docx_edits(document, applied), data)
