"""What the API does with a draft, without HTTP: check it, fix it as decided, read a file
sent as bytes, redact a .docx in memory. Every offset given out is a UTF-16 index."""

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lint.errors import DraftlintError
from lint.fixing.apply import CANNOT_REWRITE, CANNOT_REWRITE_FR, redacted_docx
from lint.fixing.masks import mask_value
from lint.fixing.review import Review
from lint.model import Document, Finding
from lint.pipeline import Scanner
from lint.resolution.explanations import UiLanguage
from lint.warm import WarmChecker
from lint.web.bodies import Decision, DocxRequest, Draft
from lint.web.offsets import Utf16Index

# The pipeline's caches are built for one thread at a time; requests run in a pool.
_SCAN = threading.Lock()
# The page checks as the person types: a paragraph already read is not read again.
_WARM = WarmChecker()
KINDS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
KINDS |= {".docx": "docx", ".pdf": "pdf"}


@dataclass(frozen=True, slots=True)
class Checked:
    document: Document
    findings: list[Finding]  # in document order
    language: str
    profile: str


def check(base: Scanner, draft: Draft, document: Document | None = None) -> Checked:
    """The draft checked with the page's choices over the configuration's settings;
    document: the file's, when the text comes from one (a .docx)."""
    from lint.detection.language import guess_language
    from lint.resolution.draft_kind import classify

    document = document or Document(draft.name or "-", draft.text)
    text = document.text
    language = base.language if draft.language == "auto" else draft.language
    profile = base.profile if draft.profile == "auto" else draft.profile
    profile = profile or classify(text).profile
    styles = {**(base.styles or {}), **draft.styles}
    scanner = replace(base, language=language, profile=profile, styles=styles, jobs=1)
    with _SCAN:
        found = _WARM.check(scanner, document)
    found = sorted(found, key=lambda f: (f.start, f.end))
    return Checked(document, found, language or guess_language(text), profile)


def warm(base: Scanner) -> None:
    """Load the models before the page's first check asks for them (seconds, once)."""
    with _SCAN:
        base.check(Document("-", "Warm-up. Bonjour."))


def key(index: Utf16Index, finding: Finding) -> str:
    return f"{index.to_utf16(finding.start)}:{index.to_utf16(finding.end)}:{finding.rule_id}"


def findings_json(checked: Checked, explanations: Mapping[str, str]) -> list[dict[str, Any]]:
    text = checked.document.text
    index = Utf16Index(text)
    shown = []
    for finding in checked.findings:
        line, column = index.line_column(finding.start)
        shown.append(
            {
                "key": key(index, finding),
                "start": index.to_utf16(finding.start),
                "end": index.to_utf16(finding.end),
                "entity": finding.entity,
                "rule": finding.rule_id,
                "severity": finding.severity,
                "masked": mask_value(text[finding.start : finding.end], finding.entity),
                "suggestion": finding.replacement,
                "explanation": explanations.get(finding.rule_id, ""),
                "line": line,
                "column": column,
            }
        )
    return shown


def decided(checked: Checked, decisions: Sequence[Decision]) -> Review:
    """The findings reviewed as --interactive reviews them, each answered by its decision;
    a finding without one, or a key that names none (a stale one), changes nothing."""
    index = Utf16Index(checked.document.text)
    by_key = {decision.key: decision for decision in decisions}
    review = Review(checked.document.text, list(checked.findings), total=len(checked.findings))
    while review.current is not None:
        decision = by_key.get(key(index, review.current))
        if decision is None or decision.action == "keep":
            review.keep()
        elif decision.action == "edit":
            review.apply(decision.replacement)
        elif review.current.replacement is None:  # nothing to accept: the value stays
            review.keep()
        else:
            review.apply()
    return review


def kind_of(name: str) -> str:
    return KINDS.get(Path(name).suffix.lower(), "txt")  # check reads any other name as text


def extract(name: str, data: bytes, ui_language: UiLanguage = "en") -> dict[str, Any]:
    """The text draftlint checks in a file sent as bytes, read as `check` reads the file;
    why it cannot be rewritten, in the page's language."""
    from lint.sources.files import document_of_bytes

    document = document_of_bytes(name, data)
    kind = kind_of(name)
    reasons = CANNOT_REWRITE_FR if ui_language == "fr" else CANNOT_REWRITE
    reason = reasons["pdf"] if kind == "pdf" else None
    return {
        "name": name,
        "kind": kind,
        "text": document.text,
        "rewritable": reason is None,
        "reason": reason,
    }


def redact_docx(
    base: Scanner, request: DocxRequest, name: str, data: bytes
) -> tuple[bytes, list[str]]:
    """The redacted copy `check --fix` writes for a .docx, made in memory with the accepted
    and edited findings only; and the parts copied unread (embedded files, charts)."""
    from lint.sources.docx.document import unread_parts
    from lint.sources.files import document_of_bytes

    if kind_of(name) != "docx":
        raise DraftlintError(f"{name}: not a .docx")
    checked = check(base, request, document_of_bytes(name, data))
    accepted = decided(checked, request.decisions).accepted
    return redacted_docx(checked.document, accepted, data), unread_parts(name, data)
