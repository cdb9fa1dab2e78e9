"""draftlint rules and explain: the detection rules, listed and explained."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from lint.cli.exits import exit_2_on_error
from lint.cli.options import ExtraRulesOption
from lint.errors import DraftlintError
from lint.settings import rules_with
from lint.vocabulary import Language
from lint.words import plural

if TYPE_CHECKING:
    from lint.detection.rules import Rule
    from lint.resolution.builtin_rules import BuiltinRule


def rules_command(rules_dir: ExtraRulesOption = None) -> None:
    """List the detection rules (`check` compiles and checks their patterns)."""
    from lint.resolution.builtin_rules import BUILTIN_RULES

    with exit_2_on_error():
        rules: list[Rule | BuiltinRule] = [
            *rules_with(rules_dir or [], compile_patterns=False),
            *BUILTIN_RULES,
        ]
    for rule in rules:
        languages = ",".join(rule.languages)
        typer.echo(
            f"{rule.id:<26} {rule.entity:<18} {rule.severity:<8} {languages:<6} {rule.summary}"
        )


def explain_command(
    name: Annotated[
        str, typer.Argument(help="A rule id, as `rules` lists, or an entity (PHONE_NUMBER).")
    ],
    lang: Annotated[
        Language, typer.Option("--lang", help="The language of the summary and the why.")
    ] = Language.en,
) -> None:
    """Show what a rule finds, why it matters, and its examples; for an entity, its rules."""
    from lint.resolution.builtin_rules import BUILTIN_RULES
    from lint.resolution.explanations import summary_and_why

    with exit_2_on_error():
        known: list[Rule | BuiltinRule] = [
            *rules_with([], compile_patterns=False),
            *BUILTIN_RULES,
        ]
        by_id = {rule.id: rule for rule in known}
        of_entity = [rule for rule in known if rule.entity == name.upper()]
        if name not in by_id and not of_entity:
            raise DraftlintError(f"no rule or entity {name!r}; `draftlint rules` lists them")
    if name in by_id:
        _explain_rule(by_id[name], lang)
        return
    typer.echo(f"{name.upper()}: {plural(len(of_entity), 'rule')}\n")
    for rule in of_entity:
        summary, _ = summary_and_why(rule, lang)
        typer.echo(f"  {rule.id:<26} {rule.severity:<8} {summary}")
    typer.echo("\n`draftlint explain RULE` shows a rule's examples.")


def _explain_rule(rule: Rule | BuiltinRule, lang: Language) -> None:
    from lint.detection.rules import Rule
    from lint.resolution.explanations import plain_explanation

    typer.echo(f"{plain_explanation(rule, lang)}\n")
    if not isinstance(rule, Rule):
        for language, text in rule.replacement.items():
            if text:
                typer.echo(f"Replacement ({language}): {text}")
        return
    _explain_examples(rule)


def _explain_examples(rule: Rule) -> None:
    """Each flagged example and what --fix writes for it, then each replacement style on one
    example per language: computed by the fix's own code, so the two cannot differ."""
    from lint.fixing.examples import default_style, fixed, one_per_language, styles_for

    default = default_style(rule.entity)
    typer.echo("Flagged, and what --fix writes:")
    for example in rule.flagged_examples:
        typer.echo(_indented(example.document, "  "))
        typer.echo(_indented(_or_nothing(fixed(rule, example, default)), "    -> "))
    typer.echo("Not flagged:")
    for example in rule.clean_examples:
        typer.echo(_indented(example.document, "  "))
    typer.echo(f"\nReplacement styles (--replace {rule.entity}=STYLE), as --fix writes them:")
    examples = one_per_language(rule)
    for style in styles_for(rule.entity):
        typer.echo(f"  {style}{' (default)' if style is default else ''}")
        for language, example in examples.items():
            typer.echo(_indented(_or_nothing(fixed(rule, example, style)), f"    {language}: "))


def _or_nothing(text: str) -> str:
    return text if text.strip() else "(nothing left)"


def _indented(text: str, prefix: str) -> str:
    """A multi-line example under its prefix, its other lines aligned with the first."""
    return prefix + text.replace("\n", "\n" + " " * len(prefix))
