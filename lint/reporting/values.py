"""What machine reports (JSON, SARIF, GitHub annotations) show of the values found.

These reports may be stored and shared: they show no value unless asked (show_values)."""

from collections.abc import Sequence

from lint.fixing.masks import mask_value
from lint.model import Document, Finding


def masks_of(document: Document, findings: Sequence[Finding]) -> dict[str, str]:
    """Each value found in the document -> its mask."""
    values = {document.text[f.start : f.end]: f.entity for f in findings if f.end > f.start}
    return {value: mask_value(value, entity) for value, entity in values.items()}


def hide_values(text: str, masks: dict[str, str]) -> str:
    """text with every value of masks masked where it appears: a location may quote the
    draft (the label of a link in a .docx)."""
    for value in sorted(masks, key=len, reverse=True):  # "Jane Doe" before "Jane"
        text = text.replace(value, masks[value])
    return text


def shown_value(document: Document, finding: Finding, *, show_values: bool) -> str:
    value = document.text[finding.start : finding.end]
    return value if show_values else mask_value(value, finding.entity)


def suggestion(finding: Finding, masks: dict[str, str], *, show_values: bool) -> str | None:
    # Replacements are written not to identify anyone; this guards against one that quotes
    # a value found in the document all the same.
    if finding.replacement is None or show_values:
        return finding.replacement
    return hide_values(finding.replacement, masks)


def message(
    document: Document, finding: Finding, masks: dict[str, str], *, show_values: bool
) -> str:
    """One finding in one line, for SARIF results and GitHub annotations."""
    shown = shown_value(document, finding, show_values=show_values)
    return f"{finding.entity} {shown!r} -> {suggestion(finding, masks, show_values=show_values)}"
