"""draftlint clipboard: check what is on the clipboard before you paste it, once or on watch."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lint.cli.exits import EXIT_CLEAN, EXIT_FINDINGS, exit_2_on_error, print_note
from lint.cli.options import (
    ConfigOption,
    DiffOption,
    ExtraRulesOption,
    FailOnOption,
    FixSeverityOption,
    Format,
    FormatOption,
    IgnoreOption,
    InteractiveOption,
    IsolatedOption,
    LanguageOption,
    ModelOption,
    ProfileOption,
    ReplaceOption,
    SelectOption,
    ShowValuesOption,
)
from lint.cli.output import ReportOptions, print_report
from lint.cli.runs import exit_code, load_settings
from lint.settings import Flags
from lint.words import plural

if TYPE_CHECKING:
    from lint.model import Document, Finding
    from lint.pipeline import Scanner


def clipboard_command(
    output_format: FormatOption = Format.text,
    show_values: ShowValuesOption = False,
    lang: LanguageOption = None,
    model: ModelOption = None,
    rules_dir: ExtraRulesOption = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Put the fixed text back on the clipboard.")
    ] = False,
    interactive: InteractiveOption = False,
    diff: DiffOption = False,
    fix_severity: FixSeverityOption = None,
    fail_on: FailOnOption = None,
    replace: ReplaceOption = None,
    watch: Annotated[
        bool, typer.Option("--watch", help="Check each new clipboard content until Ctrl-C.")
    ] = False,
    interval: Annotated[
        float, typer.Option("--interval", help="Seconds between two looks at the clipboard.")
    ] = 0.5,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    profile: ProfileOption = None,
) -> None:
    """Check what is on the clipboard before you paste it."""
    from lint.sources.clipboard import read_clipboard

    flags = Flags(
        lang=lang,
        models=model or (),
        rules=rules_dir or (),
        replace=replace or (),
        select=select,
        ignore=ignore,
        fail_on=fail_on,
        fix_severity=fix_severity,
        profile=profile,
    )
    settings = load_settings(Path.cwd(), config=config, isolated=isolated, flags=flags)
    scanner = settings.scanner
    report = ReportOptions(show_values=show_values, rules=scanner.rules or ())
    if interactive:
        from lint.cli.interactive import refuse_conflicts

        with exit_2_on_error():
            refuse_conflicts(
                {
                    "--fix": fix,
                    "--diff": diff,
                    "--watch": watch,
                    f"--format {output_format}": output_format is not Format.text,
                }
            )
        raise typer.Exit(_review(scanner, settings.fix_severity, settings.config))
    if watch:
        _watch(
            scanner,
            fix=fix,
            threshold=settings.fix_severity,
            interval=interval,
            output_format=output_format,
            report=report,
        )
        raise typer.Exit(EXIT_CLEAN)
    with exit_2_on_error():
        document = read_clipboard()
        findings = scanner.check(document)
        if fix or diff:
            code, _ = _fix(document, findings, scanner, settings.fix_severity, write=not diff)
            raise typer.Exit(code)
    print_report([(document, findings)], output_format, report)
    raise typer.Exit(exit_code([(document, findings)], False, settings.fail_on))


def _fix(
    document: "Document",
    findings: "list[Finding]",
    scanner: "Scanner",
    threshold: str,
    *,
    write: bool,
) -> tuple[int, str]:
    """The exit code, and the text now on the clipboard."""
    from lint.fixing.apply import fix_document
    from lint.reporting.report import unified_diff

    outcome = fix_document(document, findings, scanner, threshold=threshold, write=write)
    if not write:
        typer.echo(unified_diff(document, outcome.fixed), nl=False)
        return (EXIT_FINDINGS if outcome.changed else EXIT_CLEAN), document.text
    if outcome.changed:
        count = plural(len(outcome.applied), "finding")
        typer.echo(f"Fixed {count}: the clipboard holds the fixed text.")
    else:
        typer.echo("Nothing to fix on the clipboard.")
    if outcome.remaining:
        count = plural(len(outcome.remaining), "finding")
        typer.echo(f"{count} left (below --fix-severity or not fixable).")
    return (EXIT_FINDINGS if outcome.remaining else EXIT_CLEAN), outcome.fixed


def _review(scanner: "Scanner", threshold: str, config: Path | None) -> int:
    """--interactive: the clipboard's fixes asked about; the accepted ones put back."""
    from lint.cli.interactive import Session, interrupted_exits_130, review_document, summary
    from lint.sources.clipboard import read_clipboard

    session = Session(scanner, threshold, config)
    with exit_2_on_error(), interrupted_exits_130():
        document = read_clipboard()
        review_document(document, scanner.check(document), session)
    if session.fixed:
        typer.echo("The clipboard holds the fixed text.")
    typer.echo(summary(session))
    return EXIT_FINDINGS if session.remaining else EXIT_CLEAN


def _watch(
    scanner: "Scanner",
    *,
    fix: bool,
    threshold: str,
    interval: float,
    output_format: Format,
    report: ReportOptions,
) -> None:
    """Check each new clipboard content; the report of each follows --format and
    --show-values as `check` does (JSON: one report a line)."""
    from dataclasses import replace

    from lint.sources.clipboard import watch
    from lint.warm import WarmChecker

    # The engine stays warm between copies, and a paragraph copied again is not read again.
    checker = WarmChecker()

    def on_new_content(document: "Document") -> str | None:
        findings = checker.check(scanner, document)
        if output_format is Format.text:
            if not findings:
                typer.echo("Copied text is clean.")
            else:
                typer.echo(f"Sensitive content copied: {plural(len(findings), 'finding')}.")
                text_report = ReportOptions(show_values=report.show_values, summary=False)
                print_report([(document, findings)], output_format, text_report)
        else:
            print_report([(document, findings)], output_format, replace(report, compact=True))
        sys.stdout.flush()  # a watcher's output is read as it comes, often through a pipe
        if not fix or not findings:
            return None
        return _fix(document, findings, scanner, threshold, write=True)[1]

    if output_format is Format.text:
        typer.echo("Watching the clipboard; Ctrl-C to stop.")
    try:
        with exit_2_on_error():
            watch(on_new_content, on_note=print_note, interval=interval)
    except KeyboardInterrupt:
        if output_format is Format.text:
            typer.echo("Stopped watching the clipboard.")
