"""Each rule's summary and why, as `draftlint explain` starts: for the editor's hover (in
Markdown) and the web page (plain text)."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.detection.rules import Rule
    from lint.resolution.builtin_rules import BuiltinRule


def explanations(rules: "Sequence[Rule] | None", *, markdown: bool = False) -> dict[str, str]:
    """Rule id -> its explanation, for these rules (None: the bundled ones) and draftlint's own."""
    from lint.detection.rules import bundled_rules
    from lint.resolution.builtin_rules import BUILTIN_RULES

    known: list[Rule | BuiltinRule] = [*(rules or bundled_rules()), *BUILTIN_RULES]
    if not markdown:
        return {
            rule.id: f"{rule.id} ({rule.entity}, {rule.severity})\n\n{rule.summary}\n\n"
            f"Why: {rule.why}"
            for rule in known
        }
    return {
        rule.id: f"**{rule.id}** ({rule.entity}, {rule.severity})\n\n{rule.summary}\n\n"
        f"Why: {rule.why}\n\n`draftlint explain {rule.id}` shows its examples."
        for rule in known
    }
