"""A rule's explanation, shared by the editor's hover (Markdown) and the web page (plain)."""

from pathlib import Path

from lint.detection.rules import bundled_rules, load_rule
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
    assert text.startswith("**deny-list** (`CUSTOM_TERM`, error)\n\n")  # no stray _ emphasis
    assert text.endswith("`draftlint explain deny-list` shows its examples.")
    assert "**" not in explanations(None)["deny-list"]


def test_every_rule_and_draftlint_own_ones_have_their_own_french_texts() -> None:
    for rule in [*bundled_rules(), *BUILTIN_RULES]:
        assert rule.summary_fr, rule.id
        assert rule.why_fr, rule.id
        assert rule.summary_fr.strip() != rule.summary.strip(), rule.id
        assert rule.why_fr.strip() != rule.why.strip(), rule.id
        # written as the page's own French strings: « » for quotes, not English ones
        assert '"' not in rule.summary_fr + rule.why_fr, rule.id


def test_the_french_explanation_says_pourquoi_with_the_french_texts() -> None:
    rule = next(rule for rule in bundled_rules() if rule.id == "iban")
    text = explanations([rule], language="fr")["iban"]
    assert (
        text == f"iban (FINANCIAL_ACCOUNT, erreur)\n\n{rule.summary_fr}\n\nPourquoi : {rule.why_fr}"
    )
    assert explanations([rule])["iban"].startswith("iban (FINANCIAL_ACCOUNT, error)\n\nIBAN bank")
    markdown = explanations(None, markdown=True, language="fr")["deny-list"]
    assert markdown.endswith("`draftlint explain deny-list` montre ses exemples.")
    assert "Pourquoi : Votre équipe" in markdown


def test_a_rule_file_without_french_texts_is_explained_in_english(tmp_path: Path) -> None:
    path = tmp_path / "house-code.toml"
    path.write_text(ENGLISH_ONLY, encoding="utf-8")
    rule = load_rule(path)
    assert (rule.summary_fr, rule.why_fr) == (None, None)
    assert explanations([rule], language="fr")["house-code"] == (
        "house-code (CUSTOM_TERM, avertissement)\n\nA house code\n\nPourquoi : Ours alone."
    )


ENGLISH_ONLY = """
entity = "CUSTOM_TERM"
summary = "A house code"
why = "Ours alone."
[[patterns]]
name = "code"
regex = '''HC-\\d{3}'''
score = 0.6
[replacement]
en = "[code]"
fr = "[code]"
[examples]
flagged = ["see [[HC-123]]"]
clean = ["see it"]
"""
