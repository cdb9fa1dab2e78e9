"""A rule's explanation, shared by the editor's hover (Markdown) and the web page (plain)."""

from lint.detection.rules import bundled_rules
from lint.resolution.builtin_rules import BUILTIN_RULES
from lint.resolution.explanations import explanations


def test_every_rule_and_draftlint_own_ones_are_explained() -> None:
    plain = explanations(None)
    assert {rule.id for rule in bundled_rules()} | {rule.id for rule in BUILTIN_RULES} == set(plain)


def test_the_plain_text_is_how_explain_starts() -> None:
    rule = next(rule for rule in bundled_rules() if rule.id == "email-address")
    assert explanations([rule])["email-address"] == (
        f"email-address (EMAIL_ADDRESS, {rule.severity})\n\n{rule.summary}\n\nWhy: {rule.why}"
    )


def test_the_markdown_names_the_rule_in_bold_and_points_to_explain() -> None:
    text = explanations(None, markdown=True)["deny-list"]
    assert text.startswith("**deny-list** (CUSTOM_TERM, error)\n\n")
    assert text.endswith("`draftlint explain deny-list` shows its examples.")
    assert "**" not in explanations(None)["deny-list"]
