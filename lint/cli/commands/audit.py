"""draftlint audit: what you already published on LinkedIn, from your data export."""

import dataclasses
from pathlib import Path
from typing import Annotated

import typer

from lint.cli.exits import EXIT_CLEAN, EXIT_FINDINGS, exit_2_on_error, print_warning
from lint.cli.options import (
    AuditFormat,
    ExtraRulesOption,
    LanguageOption,
    ModelOption,
)
from lint.cli.runs import load_settings
from lint.settings import Flags
from lint.vocabulary import Profile


def audit_command(
    export: Annotated[
        Path, typer.Argument(help="The LinkedIn export: the ZIP as downloaded, or its folder.")
    ],
    output_format: Annotated[
        AuditFormat, typer.Option("--format", "-f", help="Report format.")
    ] = AuditFormat.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    include_messages: Annotated[
        bool, typer.Option("--include-messages", help="Also scan private messages.")
    ] = False,
    lang: LanguageOption = None,
    model: ModelOption = None,
    rules_dir: ExtraRulesOption = None,
) -> None:
    """Audit what you already published on LinkedIn: your data export's posts, comments,
    articles, profile and recommendations (messages on request)."""
    from lint.audit import report as audit_report
    from lint.audit.linkedin_export import read_export

    flags = Flags(lang=lang, models=model or (), rules=rules_dir or ())
    scanner = load_settings(export, flags=flags).scanner
    if scanner.profile is None:  # an export's items are what was published: posts
        scanner = dataclasses.replace(scanner, profile=Profile.post)
    with exit_2_on_error():
        found = read_export(export, include_messages=include_messages)
    results = [(item, scanner.check_text(item.text)) for item in found.items]
    render = {
        AuditFormat.text: audit_report.render_text,
        AuditFormat.json: audit_report.render_json,
        AuditFormat.html: audit_report.render_html,
    }[output_format]
    report = render(found, [(item, f) for item, f in results if f])
    if output is None:
        typer.echo(report)
    else:
        from lint import atomic

        with exit_2_on_error():
            # The report holds masked values, but it is private: owner-only, as a key would be.
            atomic.write_text(output, report, mode=0o600)
        typer.echo(f"Wrote {output}.")
    for warning in found.warnings:
        print_warning(warning)
    raise typer.Exit(EXIT_FINDINGS if any(f for _, f in results) else EXIT_CLEAN)
