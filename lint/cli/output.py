"""Print a report in the format asked for: the one table of output formats."""

import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from lint.cli.options import Format
from lint.terminal import escape_controls
from lint.words import plural

if TYPE_CHECKING:
    from lint.model import Document, DraftKind, Finding
    from lint.reporting.report import Line

Results = Sequence[tuple["Document", Sequence["Finding"]]]


@dataclass(frozen=True, slots=True)
class ReportOptions:
    show_values: bool
    rules: Sequence[Any] = ()  # described in SARIF, with the built-in ones
    summary: bool = True  # the text report's closing line
    compact: bool = False  # JSON on one line: a watcher's log
    config: Path | None = None  # the configuration file used, named in text and JSON
    # The text report's last line names the profile: the one set (and by what), or each
    # draft's own, from its shape.
    profile_line: bool = False
    profile: str | None = None
    profile_set_by: str | None = None


def _json(results: Results, options: ReportOptions) -> str | None:
    from lint.reporting import report

    rendered = report.render_json(results, show_values=options.show_values, config=options.config)
    return _compacted(rendered) if options.compact else rendered


def _sarif(results: Results, options: ReportOptions) -> str | None:
    from lint.reporting import report
    from lint.resolution.builtin_rules import BUILTIN_RULES

    described = [*options.rules, *BUILTIN_RULES]
    rendered = report.render_sarif(results, described, show_values=options.show_values)
    return _compacted(rendered) if options.compact else rendered


def _github(results: Results, options: ReportOptions) -> str | None:
    from lint.reporting import report

    return report.render_github(results, show_values=options.show_values) or None


def _text(results: Results, options: ReportOptions) -> None:
    from lint.reporting import report

    lines = list(report.render_text_lines(results, with_source=sys.stdout.isatty()))
    if options.config is not None:
        lines.insert(0, ((f"Configuration: {escape_controls(str(options.config))}", "dim"),))
    if not options.summary:
        lines.pop()
    reported = [(document, found) for document, found in results if found]
    if options.profile_line and reported:
        lines.append(report.profile_line(_kinds(reported, options), set_by=options.profile_set_by))
    print_text(lines)
    return None


def _kinds(results: Results, options: ReportOptions) -> "list[tuple[str, DraftKind]]":
    """Each draft's profile: the one set, or the one its shape chose (as the scan did)."""
    from lint.model import DraftKind
    from lint.resolution.draft_kind import classify

    if options.profile_set_by is not None and options.profile is not None:
        return [(document.path, DraftKind(options.profile)) for document, _ in results]
    return [(document.path, classify(document.text)) for document, _ in results]


def _compacted(rendered: str) -> str:
    return json.dumps(json.loads(rendered), ensure_ascii=False)


# Each renders the report, or prints it itself (text: rich on a terminal) and returns None.
RENDERERS: dict[Format, Callable[[Results, ReportOptions], str | None]] = {
    Format.text: _text,
    Format.json: _json,
    Format.sarif: _sarif,
    Format.github: _github,
}


def print_report(results: Results, output_format: Format, options: ReportOptions) -> None:
    rendered = RENDERERS[output_format](results, options)
    if rendered is not None:
        typer.echo(rendered)


def print_text(lines: "Iterable[Line]") -> None:
    from lint.reporting.report import plain

    if not sys.stdout.isatty() and not os.environ.get("FORCE_COLOR"):
        for line in lines:  # a pipe or a file: plain text, without importing rich
            typer.echo(plain(line))
        return
    from rich.console import Console
    from rich.text import Text

    # rich honours NO_COLOR; soft_wrap keeps one finding a line.
    console = Console(soft_wrap=True, highlight=False)
    for line in lines:
        console.print(Text.assemble(*line))


def print_left_over(results: Results, *, err: bool) -> None:
    """The findings a fix left, without the report's closing line."""
    from lint.reporting.report import plain, render_text_lines

    for line in list(render_text_lines([r for r in results if r[1]]))[:-1]:
        typer.echo(escape_controls(plain(line)), err=err)


def fix_summary(fixed: int, files: int, remaining: int, *, write: bool) -> str:
    verb = "Fixed" if write else "Would fix"
    return (
        f"{verb} {plural(fixed, 'finding')} in {plural(files, 'file')}; "
        f"{remaining} remain{'s' if remaining == 1 else ''} (below --fix-severity or not fixable)."
    )
