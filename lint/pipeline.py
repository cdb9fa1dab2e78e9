"""check(document) = segment -> detect -> resolve overlaps -> suggest."""

from collections.abc import Sequence

from lint.model import Document, Finding
from lint.rules import Rule, bundled_rules


def check(
    document: Document | str,
    *,
    rules: Sequence[Rule] | None = None,
    language: str | None = None,
    models: dict[str, str] | None = None,
) -> list[Finding]:
    """Findings in a draft, in document order; language forces "en" or "fr"."""
    from lint import engine, overlaps, segment, suggest  # presidio loads only when scanning

    if isinstance(document, str):
        document = Document("-", document)
    rules = bundled_rules() if rules is None else rules
    detector = engine.detector(rules, models)
    found = [
        finding
        for part in segment.split(document.text, language=language)
        for finding in detector.detect(part, document.path)
    ]
    return suggest.attach(overlaps.resolve(found), rules)
