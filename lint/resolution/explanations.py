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


def summary_and_why(rule: "Rule | BuiltinRule", language: UiLanguage = "en") -> tuple[str, str]:
    """The rule's texts in the language; a rule file without French ones gives its English."""
    if language == "fr":
        return rule.summary_fr or rule.summary, rule.why_fr or rule.why
    return rule.summary, rule.why


def explanations(
    rules: "Sequence[Rule] | None", *, markdown: bool = False, language: UiLanguage = "en"
) -> dict[str, str]:
    """Rule id -> its explanation, for these rules (None: the bundled ones) and draftlint's own."""
    from lint.detection.rules import bundled_rules
    from lint.resolution.builtin_rules import BUILTIN_RULES

    known: list[Rule | BuiltinRule] = [*(rules or bundled_rules()), *BUILTIN_RULES]
    explained = {}
    for rule in known:
        summary, why = summary_and_why(rule, language)
        severity = SEVERITIES_FR[rule.severity] if language == "fr" else rule.severity
        if markdown:
            explained[rule.id] = (
                f"**{rule.id}** (`{rule.entity}`, {severity})\n\n{summary}\n\n"
                f"{WHY[language]} {why}\n\n"
                f"`draftlint explain {rule.id}` {SHOWS_EXAMPLES[language]}"
            )
        else:
            explained[rule.id] = (
                f"{rule.id} ({rule.entity}, {severity})\n\n{summary}\n\n{WHY[language]} {why}"
            )
    return explained
