"""check(document) = segment -> detect -> resolve overlaps -> suggest."""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint.model import Document, Finding
from lint.rules import Rule, bundled_rules

if TYPE_CHECKING:
    from lint.suggest import Style


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def check(
    document: Document | str,
    *,
    rules: Sequence[Rule] | None = None,
    language: str | None = None,
    models: dict[str, str] | None = None,
    styles: "Mapping[str, Style] | None" = None,
) -> list[Finding]:
    """Findings in a draft, in document order; language forces "en" or "fr"."""
    from lint import engine, overlaps, propagate, segment, suggest  # presidio loads on scan

    if isinstance(document, str):
        document = Document("-", document)
    rules = bundled_rules() if rules is None else rules
    detector = engine.detector(rules, models)
    # spaCy cannot encode a lone surrogate; one stand-in character keeps every offset.
    text = _LONE_SURROGATE.sub("\ufffd", document.text)
    found = [
        finding
        for part in segment.split(text, language=language)
        for finding in detector.detect(part, document.path)
    ]
    resolved = overlaps.resolve(propagate.propagate(document.text, overlaps.resolve(found)))
    return suggest.attach(document.text, resolved, rules, styles)


@dataclass(frozen=True)
class Scanner:
    """check() with one set of settings, for a run over many documents."""

    rules: Sequence[Rule] | None = None
    models: dict[str, str] | None = None
    language: str | None = None
    styles: "Mapping[str, Style] | None" = None

    def check(self, document: Document | str) -> list[Finding]:
        return check(
            document,
            rules=self.rules,
            language=self.language,
            models=self.models,
            styles=self.styles,
        )

    def check_text(self, text: str) -> list[Finding]:
        return self.check(Document("-", text))
