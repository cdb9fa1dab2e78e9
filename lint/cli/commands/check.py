"""draftlint check: report personal data in drafts, or fix it."""

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lint.cli.commands.hook import in_a_commit_hook, print_next_steps
from lint.cli.exits import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    exit_2_on_error,
    print_error,
    print_note,
)
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
from lint.cli.output import ReportOptions, fix_summary, print_left_over, print_report
from lint.cli.runs import Results, exit_code, load_settings, scan, sources_of
from lint.errors import DraftlintError
from lint.settings import Flags
from lint.terminal import escape_controls
from lint.words import plural

if TYPE_CHECKING:
    from lint.cli.interactive import Session
    from lint.model import Document
    from lint.pipeline import Scanner
    from lint.settings import Settings


def check_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Drafts or folders to scan; '-' reads stdin."),
    ] = None,
    output_format: FormatOption = Format.text,
    show_values: ShowValuesOption = False,
    lang: LanguageOption = None,
    model: ModelOption = None,
    rules_dir: ExtraRulesOption = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply the suggestions.")] = False,
    interactive: InteractiveOption = False,
    diff: DiffOption = False,
    fix_severity: FixSeverityOption = None,
    fail_on: FailOnOption = None,
    replace: ReplaceOption = None,
    staged: Annotated[
        bool,
        typer.Option("--staged", help="Check the staged version of the files git will commit."),
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Worker processes, for many files or a long one; 0: one a core.",
        ),
    ] = 0,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    profile: ProfileOption = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Report only findings not in this baseline file."),
    ] = None,
) -> None:
    """Report personal data in drafts; exit 1 if any is found, 2 on an error."""
    from lint.sources.files import read_document, read_staged_document

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
    first = Path(paths[0]) if paths and paths[0] != "-" else Path.cwd()
    settings = load_settings(first, config=config, isolated=isolated, flags=flags)
    with exit_2_on_error():
        if staged and (fix or diff):
            raise DraftlintError("--staged checks what git holds: fix the files, then git add")
        if not paths and not staged:
            raise DraftlintError("no draft given: name files or folders, or '-' for stdin")
        if interactive:
            from lint.cli.interactive import refuse_conflicts

            refuse_conflicts(
                {
                    "--fix": fix,
                    "--diff": diff,
                    "--staged": staged,
                    "--baseline": baseline is not None,
                    f"--format {output_format}": output_format is not Format.text,
                    "stdin ('-'): the answers come from stdin": "-" in (paths or []),
                }
            )
        sources = sources_of(paths or [], staged=staged)
    read = read_staged_document if staged else read_document
    if interactive:
        raise typer.Exit(review_files(sources, read, settings, named=set(paths or [])))
    if fix or diff:
        code = fix_files(
            sources, read, settings.scanner, threshold=settings.fix_severity, write=not diff
        )
        raise typer.Exit(code)
    results, failed = scan(sources, read, settings.scanner, named=set(paths or []), jobs=jobs)
    if baseline is not None:
        from lint.resolution import baseline as baselines

        with exit_2_on_error():
            accepted = baselines.load(baseline)
        results = [(doc, baselines.new_findings(accepted, doc, found)) for doc, found in results]
    if results or not failed or output_format is not Format.text:
        # When every file failed, "No sensitive content found in 0 files" would mislead.
        options = ReportOptions(
            show_values=show_values,
            rules=settings.scanner.rules or (),
            config=settings.config,
            profile_line=True,
            profile=settings.scanner.profile,
            profile_set_by=settings.profile_set_by,
        )
        print_report(results, output_format, options)
    code = exit_code(results, failed, settings.fail_on)
    if code == EXIT_FINDINGS and in_a_commit_hook(staged=staged):
        print_next_steps(results, settings.fail_on, settings.config)
    raise typer.Exit(code)


def fix_files(
    sources: Sequence[str],
    read: "Callable[[str], Document]",
    scanner: "Scanner",
    *,
    threshold: str,
    write: bool,
) -> int:
    """Apply (or, with write=False, show as a diff) the fixes; the exit code."""
    from lint.fixing.apply import fix_document
    from lint.reporting.report import unified_diff
    from lint.sources.files import STDIN

    failed = changed = fixed_count = 0
    left_over: Results = []  # (what a scan after the fix read, its findings) for the report
    for source in sources:
        try:
            document = read(source)
            outcome = fix_document(
                document, scanner.check(document), scanner, threshold=threshold, write=write
            )
        except DraftlintError as error:
            print_error(str(error))
            failed += 1
            continue
        left_over.append((outcome.result, outcome.remaining))
        if outcome.refused is not None:
            print_note(outcome.refused)
            continue
        changed += outcome.changed
        fixed_count += len(outcome.applied)
        if outcome.redacted is not None:
            if outcome.unread:
                print_note(
                    escape_controls(
                        f"{outcome.redacted}: {', '.join(outcome.unread)} copied unread "
                        "(embedded files or charts may hold values: check them in Word)"
                    )
                )
            count = plural(len(outcome.applied), "fix")
            typer.echo(escape_controls(f"{source}: wrote {outcome.redacted} ({count})"))
        elif not write:
            typer.echo(unified_diff(document, outcome.fixed), nl=False)
        elif source == STDIN:
            sys.stdout.write(outcome.fixed)  # the fixed text is the output; the rest: stderr
        elif outcome.changed:
            count = plural(len(outcome.applied), "finding")
            typer.echo(escape_controls(f"{source}: fixed {count}"))
    to_stderr = (write and STDIN in sources) or not write
    remaining = sum(len(found) for _, found in left_over)
    if remaining:
        print_left_over(left_over, err=to_stderr)
    typer.echo(fix_summary(fixed_count, changed, remaining, write=write), err=to_stderr)
    if failed:
        return EXIT_ERROR
    if not write:
        return EXIT_FINDINGS if changed else EXIT_CLEAN
    return EXIT_FINDINGS if remaining else EXIT_CLEAN


def review_files(
    sources: Sequence[str],
    read: "Callable[[str], Document]",
    settings: "Settings",
    *,
    named: set[str],
) -> int:
    """--interactive: each file's fixes asked about in turn; the exit code. A binary file
    met in a folder is skipped with a note, as check does."""
    from lint.cli.interactive import Session, interrupted_exits_130, summary

    session = Session(settings.scanner, settings.fix_severity, settings.config)
    with interrupted_exits_130():
        failed = _review_each(sources, read, settings, session, named=named)
    typer.echo(summary(session))
    if failed:
        return EXIT_ERROR
    return EXIT_FINDINGS if session.remaining else EXIT_CLEAN


def _review_each(
    sources: Sequence[str],
    read: "Callable[[str], Document]",
    settings: "Settings",
    session: "Session",
    *,
    named: set[str],
) -> bool:
    """Each draft read, checked and reviewed in turn; whether any failed."""
    from lint.cli.interactive import review_document
    from lint.errors import NotTextError

    failed = False
    for source in sources:
        if session.stopped:
            break
        try:
            document = read(source)
            review_document(document, settings.scanner.check(document), session)
        except NotTextError as error:
            if source in named:
                print_error(str(error))
                failed = True
            else:
                print_note(f"{error}; skipped")
        except DraftlintError as error:
            print_error(str(error))
            failed = True
    return failed
