"""Each rule's summary and why, as `draftlint explain` starts: for the editor's hover (in
Markdown) and the web page (plain text), in English or in French."""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from lint.detection.rules import Rule
    from lint.resolution.builtin_rules import BuiltinRule

UiLanguage = Literal["en", "fr"]
UI_LANGUAGES: tuple[UiLanguage, ...] = ("en", "fr")
WHY = {"en": "Why:", "fr": "Pourquoi :"}
SHOWS_EXAMPLES = {"en": "shows its examples.", "fr": "montre ses exemples."}
# as the page's own strings name them (lint/web/static/app.js)
SEVERITIES_FR = {"error": "erreur", "warning": "avertissement", "info": "info"}


def summary_and_why(rule: "Rule | BuiltinRule", language: str = "en") -> tuple[str, str]:
    """The rule's texts in the language (en, fr); a rule file without French ones gives its
    English."""
    if language == "fr":
        return rule.summary_fr or rule.summary, rule.why_fr or rule.why
    return rule.summary, rule.why


def plain_explanation(rule: "Rule | BuiltinRule", language: str = "en") -> str:
    """How `draftlint explain RULE` starts, and what the web page shows."""
    summary, why = summary_and_why(rule, language)
    severity = SEVERITIES_FR[rule.severity] if language == "fr" else rule.severity
    return f"{rule.id} ({rule.entity}, {severity})\n\n{summary}\n\n{WHY[language]} {why}"


def explanations(
    rules: "Sequence[Rule] | None", *, markdown: bool = False, language: UiLanguage = "en"
) -> dict[str, str]:
    """Rule id -> its explanation, for these rules (None: the bundled ones) and draftlint's own."""
    from lint.detection.rules import bundled_rules
    from lint.resolution.builtin_rules import BUILTIN_RULES

    known: list[Rule | BuiltinRule] = [*(rules or bundled_rules()), *BUILTIN_RULES]
    explain = _markdown_explanation if markdown else plain_explanation
    return {rule.id: explain(rule, language) for rule in known}


def _markdown_explanation(rule: "Rule | BuiltinRule", language: str) -> str:
    """For the editor's hover: the id in bold, the entity as code, a pointer to explain."""
    summary, why = summary_and_why(rule, language)
    severity = SEVERITIES_FR[rule.severity] if language == "fr" else rule.severity
    return (
        f"**{rule.id}** (`{rule.entity}`, {severity})\n\n{summary}\n\n{WHY[language]} {why}\n\n"
        f"`draftlint explain {rule.id}` {SHOWS_EXAMPLES[language]}"
    )
