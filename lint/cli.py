"""The draftlint command line: parse, call lint.check, print, pick the exit code."""

import contextlib
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from lint.errors import DraftlintError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

app = typer.Typer(
    help="Find personal data and secrets in a draft before you publish it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    text = "text"
    json = "json"


class Language(StrEnum):
    auto = "auto"
    en = "en"
    fr = "fr"


ExtraRulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", metavar="DIR", help="A folder of extra rules (*.toml)."),
]


def _error(message: str) -> None:
    typer.echo(f"draftlint: error: {message}", err=True)


@contextlib.contextmanager
def exit_2_on_error() -> Iterator[None]:
    """Show a DraftlintError as one line on stderr; never a traceback."""
    try:
        yield
    except DraftlintError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None


def _version(value: bool) -> None:
    if value:
        from lint import __version__

        typer.echo(f"draftlint {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Find personal data and secrets in a draft before you publish it."""


def _models(values: list[str]) -> dict[str, str]:
    from lint.engine import DEFAULT_MODELS

    models = dict(DEFAULT_MODELS)
    for value in values:
        language, _, name = value.partition("=")
        if language not in models or not name:
            raise DraftlintError(f"--model {value!r}: expected en=MODEL or fr=MODEL")
        models[language] = name
    return models


def _rules(folders: list[Path]):  # type: ignore[no-untyped-def]
    from lint.rules import bundled_rules, load_rules

    rules = list(bundled_rules())
    for folder in folders:
        rules += load_rules(folder)
    ids = [rule.id for rule in rules]
    duplicate = next((rule_id for rule_id in ids if ids.count(rule_id) > 1), None)
    if duplicate:
        raise DraftlintError(f"rule {duplicate!r} is defined twice")
    return rules


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


@app.command("check")
def check_command(
    paths: Annotated[list[str], typer.Argument(help="Drafts or folders to scan; '-' reads stdin.")],
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Report format.")
    ] = Format.text,
    show_values: Annotated[
        bool, typer.Option("--show-values", help="Show the values unmasked in the JSON report.")
    ] = False,
    lang: Annotated[
        Language, typer.Option("--lang", help="Language of the drafts; auto guesses per paragraph.")
    ] = Language.auto,
    model: Annotated[
        list[str] | None,
        typer.Option("--model", metavar="LANG=MODEL", help="spaCy model for a language."),
    ] = None,
    rules_dir: ExtraRulesOption = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Rewrite the drafts with the suggestions applied.")
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print the fixes as a unified diff; change nothing.")
    ] = False,
    fix_severity: Annotated[
        Severity,
        typer.Option("--fix-severity", help="Apply fixes for findings of this severity or worse."),
    ] = Severity.warning,
    replace: Annotated[
        list[str] | None,
        typer.Option(
            "--replace",
            metavar="ENTITY=STYLE",
            help="placeholder, mask, remove, pseudonym or role (PERSON), city (ADDRESS).",
        ),
    ] = None,
) -> None:
    """Report personal data in drafts; exit 1 if any is found, 2 on an error."""
    from lint.documents import expand
    from lint.pipeline import Scanner

    with exit_2_on_error():
        scanner = Scanner(
            rules=_rules(rules_dir or []),
            models=_models(model or []),
            language=None if lang is Language.auto else lang.value,
            styles=_styles(replace or []),
        )
    sources = list(expand(paths))
    if fix or diff:
        raise typer.Exit(_fix(sources, scanner, fix_severity.value, write=not diff))
    results, failed = _scan(sources, scanner)
    _print_report(results, output_format, show_values=show_values)
    if failed:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FINDINGS if any(found for _, found in results) else EXIT_CLEAN)


def _styles(values: list[str]):  # type: ignore[no-untyped-def]
    from lint.suggest import Style
    from lint.taxonomy import ENTITIES

    styles = {}
    for value in values:
        entity, _, style = value.partition("=")
        if entity not in ENTITIES or style not in Style.__members__:
            raise DraftlintError(
                f"--replace {value!r}: expected ENTITY=STYLE, STYLE one of {', '.join(Style)}"
            )
        styles[entity] = Style(style)
    return styles


def _scan(sources, scanner):  # type: ignore[no-untyped-def]
    """(document, findings) for each source that could be read; whether any could not."""
    from lint.documents import read_document

    results, failed = [], False
    for source in sources:
        try:
            document = read_document(source)
            results.append((document, scanner.check(document)))
        except DraftlintError as error:
            _error(str(error))
            failed = True
    return results, failed


def _print_report(results, output_format: Format, *, show_values: bool) -> None:  # type: ignore[no-untyped-def]
    from lint.report import render_json, render_text_lines

    if output_format is Format.json:
        typer.echo(render_json(results, show_values=show_values))
    else:
        _print_text(render_text_lines(results))


def _fix(sources: list[str], scanner, threshold: str, *, write: bool) -> int:  # type: ignore[no-untyped-def]
    """Apply (or, with write=False, show as a diff) the fixes; the exit code."""
    from lint.documents import STDIN, read_document, write_atomically
    from lint.fix import fix_text
    from lint.report import unified_diff

    failed = changed = remaining = fixed_count = 0
    for source in sources:
        try:
            document = read_document(source)
            fixed, applied = fix_text(document.text, scanner.check_text, threshold)
            left = scanner.check_text(fixed)
            if not write:
                typer.echo(unified_diff(document, fixed), nl=False)
            elif source == STDIN:
                sys.stdout.write(fixed)  # the fixed text is the output; the rest goes to stderr
            elif fixed != document.text:
                write_atomically(document, fixed)
        except DraftlintError as error:
            _error(str(error))
            failed += 1
            continue
        changed += fixed != document.text
        fixed_count += len(applied)
        remaining += len(left)
        if write and source != STDIN and fixed != document.text:
            typer.echo(f"{source}: fixed {len(applied)} finding{'s' * (len(applied) != 1)}")
    verb = "Fixed" if write else "Would fix"
    typer.echo(
        f"{verb} {fixed_count} finding{'s' * (fixed_count != 1)} in {changed} "
        f"file{'s' * (changed != 1)}; {remaining} remain{'s' * (remaining == 1)} "
        f"(below --fix-severity or not fixable).",
        err=(write and STDIN in sources) or not write,
    )
    if failed:
        return EXIT_ERROR
    if not write:
        return EXIT_FINDINGS if changed else EXIT_CLEAN
    return EXIT_FINDINGS if remaining else EXIT_CLEAN


def _print_text(lines) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    # rich colours only a terminal (and honours NO_COLOR); soft_wrap keeps one finding a line.
    console = Console(soft_wrap=True, highlight=False)
    for line in lines:
        console.print(line)


@app.command("rules")
def rules_command(
    rules_dir: ExtraRulesOption = None,
) -> None:
    """List the detection rules."""
    with exit_2_on_error():
        rules = _rules(rules_dir or [])
    for rule in rules:
        typer.echo(f"{rule.id:<24} {rule.entity:<18} {rule.severity:<8} {rule.summary}")


@app.command("explain")
def explain_command(
    rule_id: Annotated[str, typer.Argument(help="A rule id, as `rules` lists.")],
) -> None:
    """Show what a rule finds, why it matters, and its examples."""
    with exit_2_on_error():
        rules = {rule.id: rule for rule in _rules([])}
        if rule_id not in rules:
            raise DraftlintError(f"no rule {rule_id!r}; `draftlint rules` lists them")
    rule = rules[rule_id]
    typer.echo(f"{rule.id} ({rule.entity}, {rule.severity})\n\n{rule.summary}\n\nWhy: {rule.why}\n")
    typer.echo("Flagged:")
    for example in rule.flagged_examples:
        typer.echo(f"  {example.document}")
    typer.echo("Not flagged:")
    for example in rule.clean_examples:
        typer.echo(f"  {example.document}")
    for language, text in rule.replacement.items():
        typer.echo(f"Replacement ({language}): {text}")


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
