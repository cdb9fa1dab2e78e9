"""The draftlint command line: parse, call lint.check, print, pick the exit code."""

import contextlib
import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from lint.errors import DraftlintError
from lint.terminal import escape_controls
from lint.words import plural

if TYPE_CHECKING:
    from lint.reporting.report import Line

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

app = typer.Typer(
    help="Find personal data and secrets in a draft before you publish it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich loads only to print findings
)


class Format(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


class Language(StrEnum):
    auto = "auto"
    en = "en"
    fr = "fr"


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


# Options shared by `check` and `clipboard`.
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Report format.")]
ShowValuesOption = Annotated[
    bool, typer.Option("--show-values", help="Show the values unmasked in the JSON report.")
]
LanguageOption = Annotated[
    Language | None,
    typer.Option("--lang", help="Language of the drafts; auto guesses per paragraph."),
]
ModelOption = Annotated[
    list[str] | None,
    typer.Option("--model", metavar="LANG=MODEL", help="spaCy model for a language."),
]
ExtraRulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", metavar="DIR", help="A folder of extra rules (*.toml)."),
]
FixOption = Annotated[bool, typer.Option("--fix", help="Apply the suggestions.")]
DiffOption = Annotated[
    bool, typer.Option("--diff", help="Print the fixes as a unified diff; change nothing.")
]
FixSeverityOption = Annotated[
    Severity | None,
    typer.Option("--fix-severity", help="Fix findings of this severity or worse [warning]."),
]
FailOnOption = Annotated[
    Severity | None,
    typer.Option("--fail-on", help="Exit 1 on findings of this severity or worse [info]."),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="A .draftlint.toml or pyproject.toml; else the nearest one."),
]
IsolatedOption = Annotated[
    bool, typer.Option("--isolated", help="Ignore every configuration file.")
]
SelectOption = Annotated[
    str | None,
    typer.Option("--select", metavar="IDS", help="Only these rules or entities, comma-separated."),
]


class Profile(StrEnum):
    post = "post"
    cv = "cv"
    message = "message"


ProfileOption = Annotated[
    Profile | None,
    typer.Option(
        "--profile",
        help="post: all counts [default]; cv: your own details ('me') are expected; "
        "message: contact details are fine.",
    ),
]
IgnoreOption = Annotated[
    str | None,
    typer.Option("--ignore", metavar="IDS", help="Not these rules or entities, comma-separated."),
]
ReplaceOption = Annotated[
    list[str] | None,
    typer.Option(
        "--replace",
        metavar="ENTITY=STYLE",
        help="placeholder, mask, remove, pseudonym or role (PERSON), city (ADDRESS).",
    ),
]


def _error(message: str) -> None:
    # Messages quote file names, which may hold escape sequences of their own.
    typer.echo(f"draftlint: error: {escape_controls(message)}", err=True)


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


@dataclass(frozen=True)
class Setup:
    scanner: Any
    fail_on: str
    fix_severity: str
    config: Path | None  # the configuration file used, if any


def _setup(  # type: ignore[no-untyped-def]
    *,
    start: Path,
    config: Path | None = None,
    lang: Language | None = None,
    model: list[str] | None = None,
    rules_dir: list[Path] | None = None,
    replace: list[str] | None = None,
    select: str | None = None,
    ignore: str | None = None,
    fail_on: Severity | None = None,
    fix_severity: Severity | None = None,
    profile: Profile | None = None,
    isolated: bool = False,
) -> Setup:
    """The configuration file's settings, overridden by the command line's; isolated: no
    configuration file at all."""
    from lint.config import Config, find_config, load_config
    from lint.pipeline import Scanner

    with exit_2_on_error():
        if config is not None and not config.is_file():
            raise DraftlintError(f"{config}: no such configuration file")
        path = config
        if config is None and not isolated:
            path, ignored = find_config(start)
            for reason in ignored:
                typer.echo(f"draftlint: warning: {escape_controls(reason)}", err=True)
        settings = load_config(path) if path is not None else Config()
        language = lang.value if lang is not None else settings.lang
        chosen = _select(
            _rules([*settings.rules, *(rules_dir or [])]),
            select=_ids(select) if select is not None else settings.select,
            ignore=_ids(ignore) if ignore is not None else settings.ignore,
        )
        styles = _styles([*(f"{k}={v}" for k, v in settings.replace.items()), *(replace or [])])
        scanner = Scanner(
            rules=chosen,
            models=_models(model or []),
            language=None if language == "auto" else language,
            styles=styles,
            allow=settings.allow,
            allow_patterns=settings.allow_patterns,
            deny=settings.deny,
            profile=profile.value if profile is not None else settings.profile,
            me=settings.me,
        )
    return Setup(
        scanner,
        fail_on.value if fail_on is not None else settings.fail_on,
        fix_severity.value if fix_severity is not None else settings.fix_severity,
        path,
    )


def _ids(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _select(rules, *, select: tuple[str, ...], ignore: tuple[str, ...]):  # type: ignore[no-untyped-def]
    known = {rule.id for rule in rules} | {rule.entity for rule in rules} | {"CUSTOM_TERM"}
    unknown = [name for name in (*select, *ignore) if name not in known]
    if unknown:
        raise DraftlintError(f"select/ignore: no rule or entity {unknown[0]!r}")
    return [
        rule
        for rule in rules
        if (not select or rule.id in select or rule.entity in select)
        and rule.id not in ignore
        and rule.entity not in ignore
    ]


def _models(values: list[str]) -> dict[str, str]:
    from lint.detection.spacy_models import DEFAULT_MODELS

    models = dict(DEFAULT_MODELS)
    for value in values:
        language, _, name = value.partition("=")
        if language not in models or not name:
            raise DraftlintError(f"--model {value!r}: expected en=MODEL or fr=MODEL")
        models[language] = name
    return models


def _rules(folders: list[Path], *, compile_patterns: bool = True):  # type: ignore[no-untyped-def]
    from lint.detection.rules import bundled_rules, load_rules

    rules = list(bundled_rules(compile_patterns=compile_patterns))
    for folder in folders:
        rules += load_rules(folder, compile_patterns=compile_patterns)
    ids = [rule.id for rule in rules]
    duplicate = next((rule_id for rule_id in ids if ids.count(rule_id) > 1), None)
    if duplicate:
        raise DraftlintError(f"rule {duplicate!r} is defined twice")
    return rules


def _styles(values: list[str]):  # type: ignore[no-untyped-def]
    from lint.fixing.suggestions import Style
    from lint.vocabulary import ENTITIES

    styles = {}
    for value in values:
        entity, _, style = value.partition("=")
        if entity not in ENTITIES or style not in Style.__members__:
            raise DraftlintError(
                f"--replace {value!r}: expected ENTITY=STYLE, STYLE one of {', '.join(Style)}"
            )
        styles[entity] = Style(style)
    return styles


@app.command("check")
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
    fix: FixOption = False,
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

    first = Path(paths[0]) if paths and paths[0] != "-" else Path.cwd()
    setup = _setup(
        start=first,
        config=config,
        lang=lang,
        model=model,
        rules_dir=rules_dir,
        replace=replace,
        select=select,
        ignore=ignore,
        fail_on=fail_on,
        fix_severity=fix_severity,
        profile=profile,
        isolated=isolated,
    )
    scanner = setup.scanner
    with exit_2_on_error():
        if staged and (fix or diff):
            raise DraftlintError("--staged checks what git holds: fix the files, then git add")
        if not paths and not staged:
            raise DraftlintError("no draft given: name files or folders, or '-' for stdin")
        sources = _sources(paths or [], staged=staged)
    read = read_staged_document if staged else read_document
    if fix or diff:
        raise typer.Exit(_fix(sources, read, scanner, setup.fix_severity, write=not diff))
    results, failed = _scan(sources, read, scanner, named=set(paths or []), jobs=jobs)
    if baseline is not None:
        from lint.resolution import baseline as baselines

        with exit_2_on_error():
            accepted = baselines.load(baseline)
        results = [(doc, baselines.new_findings(accepted, doc, found)) for doc, found in results]
    if results or not failed or output_format is not Format.text:
        # When every file failed, "No sensitive content found in 0 files" would mislead.
        _print_report(
            results,
            output_format,
            show_values=show_values,
            rules=scanner.rules,
            config=setup.config,
        )
    raise typer.Exit(_exit_code(results, failed, setup.fail_on))


def _sources(paths: list[str], *, staged: bool) -> list[str]:
    """Files to read: folders expanded; with staged, the staged drafts (or the paths named)."""
    from lint.sources.files import DRAFT_SUFFIXES, expand

    if not staged:
        return list(expand(paths))
    from lint.sources.git import staged_paths

    named = {str(Path(path)) for path in paths}
    return [
        path
        for path in staged_paths()
        if str(Path(path)) in named or (not named and Path(path).suffix.lower() in DRAFT_SUFFIXES)
    ]


def _exit_code(results, failed: bool, fail_on: str) -> int:  # type: ignore[no-untyped-def]
    from lint.fixing.fix import at_least

    if failed:
        return EXIT_ERROR
    blocking = any(at_least(f.severity, fail_on) for _, found in results for f in found)
    return EXIT_FINDINGS if blocking else EXIT_CLEAN


def _scan(sources, read: Callable, scanner, *, named: set[str], jobs: int = 1):  # type: ignore[no-untyped-def]
    """(document, findings) for each source that could be read; whether any could not.

    A binary file met inside a folder is skipped with a note; named, it is an error.
    """
    from lint.errors import NotTextError
    from lint.parallel import default_jobs, scan_all

    jobs = jobs or default_jobs()
    results, failed = [], False
    # jobs also splits a long draft among workers when there are few files to share.
    for source, document, findings, error in scan_all(
        sources, read, dataclasses.replace(scanner, jobs=jobs), jobs=jobs
    ):
        if isinstance(error, NotTextError) and source not in named:
            typer.echo(f"draftlint: note: {error}; skipped", err=True)
        elif error is not None:
            _error(str(error))
            failed = True
        else:
            results.append((document, findings))
    return results, failed


def _print_report(  # type: ignore[no-untyped-def]
    results,
    output_format: Format,
    *,
    show_values: bool,
    rules=(),
    summary: bool = True,
    compact: bool = False,
    config: Path | None = None,
) -> None:
    """summary: the text report's closing line; compact: JSON on one line (a watcher's log);
    config: the configuration file used, named in the text and JSON reports."""
    from lint.reporting import report

    if output_format is Format.json:
        rendered = report.render_json(results, show_values=show_values, config=config)
        typer.echo(json.dumps(json.loads(rendered), ensure_ascii=False) if compact else rendered)
    elif output_format is Format.sarif:
        from lint.detection.builtin_rules import BUILTIN_RULES

        described = [*rules, *BUILTIN_RULES]
        rendered = report.render_sarif(results, described, show_values=show_values)
        typer.echo(json.dumps(json.loads(rendered), ensure_ascii=False) if compact else rendered)
    elif output_format is Format.github:
        annotations = report.render_github(results, show_values=show_values)
        if annotations:
            typer.echo(annotations)
    else:
        lines = list(report.render_text_lines(results, with_source=sys.stdout.isatty()))
        if config is not None:
            lines.insert(0, ((f"Configuration: {escape_controls(str(config))}", "dim"),))
        _print_text(lines if summary else lines[:-1])


def _fix(sources: list[str], read: Callable, scanner, threshold: str, *, write: bool) -> int:  # type: ignore[no-untyped-def]
    """Apply (or, with write=False, show as a diff) the fixes; the exit code.

    Each file gets exactly the fixable findings `check` reports for it, in one pass; what a
    scan of the fixed text still finds is reported, never fixed silently."""
    from lint.fixing.fix import fix_text, fixable
    from lint.reporting.report import unified_diff
    from lint.sources.files import STDIN, write_fixed

    failed = changed = fixed_count = 0
    left_over: list = []  # (fixed document, its findings) for the report
    for source in sources:
        try:
            document = read(source)
            reported = scanner.check(document)
            if document.kind in ("pdf", "html") and write:
                typer.echo(f"draftlint: note: {_cannot_rewrite(document)}", err=True)
                left_over.append((document, reported))
                continue
            if document.kind == "docx" and write:
                target, after = _fix_docx(document, fixable(reported, threshold), scanner)
                applied = fixable(reported, threshold)
                typer.echo(
                    escape_controls(f"{source}: wrote {target} ({plural(len(applied), 'fix')})")
                )
                changed += 1
                fixed_count += len(applied)
                left_over.append(after)
                continue
            fixed, applied = fix_text(document.text, reported, threshold)
            if not write:
                typer.echo(unified_diff(document, fixed), nl=False)
            elif source == STDIN:
                sys.stdout.write(fixed)  # the fixed text is the output; the rest goes to stderr
            elif fixed != document.text:
                write_fixed(document, fixed)
            after_document = dataclasses.replace(document, text=fixed)
            left_over.append((after_document, scanner.check(after_document)))
        except DraftlintError as error:
            _error(str(error))
            failed += 1
            continue
        changed += fixed != document.text
        fixed_count += len(applied)
        if write and source != STDIN and fixed != document.text:
            typer.echo(escape_controls(f"{source}: fixed {plural(len(applied), 'finding')}"))
    to_stderr = (write and STDIN in sources) or not write
    remaining = sum(len(found) for _, found in left_over)
    if remaining:
        from lint.reporting.report import plain, render_text_lines

        for line in list(render_text_lines([r for r in left_over if r[1]]))[:-1]:
            typer.echo(escape_controls(plain(line)), err=to_stderr)
    typer.echo(_fix_summary(fixed_count, changed, remaining, write=write), err=to_stderr)
    if failed:
        return EXIT_ERROR
    if not write:
        return EXIT_FINDINGS if changed else EXIT_CLEAN
    return EXIT_FINDINGS if remaining else EXIT_CLEAN


def _cannot_rewrite(document) -> str:  # type: ignore[no-untyped-def]
    if document.kind == "pdf":
        return (
            f"{document.path}: draftlint cannot rewrite a PDF; fix the document it was "
            "exported from (draftlint check --fix cv.docx) and export it again"
        )
    return f"{document.path}: draftlint does not rewrite HTML; edit the source by hand"


def _fix_docx(document, applied, scanner):  # type: ignore[no-untyped-def]
    """Write NAME.redacted.docx beside the original with exactly these fixes; the original
    stays. The redacted copy and what a scan of it still finds."""
    from lint.sources.docx.document import read_docx, redacted_path, unread_parts, write_redacted

    target = write_redacted(document.path, applied, target=redacted_path(document.path))
    unread = unread_parts(document.path)
    if unread:
        typer.echo(
            escape_controls(
                f"draftlint: note: {target}: {', '.join(unread)} copied unread (embedded "
                "files or charts may hold values: check them in Word)"
            ),
            err=True,
        )
    redacted = read_docx(str(target))
    return target, (redacted, scanner.check(redacted))


def _fix_summary(fixed: int, files: int, remaining: int, *, write: bool) -> str:
    verb = "Fixed" if write else "Would fix"
    return (
        f"{verb} {plural(fixed, 'finding')} in {plural(files, 'file')}; "
        f"{remaining} remain{'s' if remaining == 1 else ''} (below --fix-severity or not fixable)."
    )


def _print_text(lines: "Iterable[Line]") -> None:
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


@app.command("clipboard")
def clipboard_command(
    output_format: FormatOption = Format.text,
    show_values: ShowValuesOption = False,
    lang: LanguageOption = None,
    model: ModelOption = None,
    rules_dir: ExtraRulesOption = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Put the fixed text back on the clipboard.")
    ] = False,
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

    setup = _setup(
        start=Path.cwd(),
        config=config,
        lang=lang,
        model=model,
        rules_dir=rules_dir,
        replace=replace,
        select=select,
        ignore=ignore,
        fail_on=fail_on,
        fix_severity=fix_severity,
        profile=profile,
        isolated=isolated,
    )
    scanner = setup.scanner
    if watch:
        raise typer.Exit(
            _watch(
                scanner,
                fix=fix,
                threshold=setup.fix_severity,
                interval=interval,
                output_format=output_format,
                show_values=show_values,
            )
        )
    with exit_2_on_error():
        document = read_clipboard()
        if fix or diff:
            code, _ = _fix_clipboard(document, scanner, setup.fix_severity, write=not diff)
            raise typer.Exit(code)
        results = [(document, scanner.check(document))]
    _print_report(results, output_format, show_values=show_values, rules=scanner.rules)
    raise typer.Exit(_exit_code(results, False, setup.fail_on))


def _fix_clipboard(document, scanner, threshold: str, *, write: bool) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """The exit code, and the text now on the clipboard."""
    from lint.fixing.fix import fix_text
    from lint.reporting.report import unified_diff
    from lint.sources.clipboard import write_clipboard

    fixed, applied = fix_text(document.text, scanner.check(document), threshold)
    if not write:
        typer.echo(unified_diff(document, fixed), nl=False)
        return (EXIT_FINDINGS if fixed != document.text else EXIT_CLEAN), document.text
    if fixed != document.text:
        write_clipboard(fixed)
        typer.echo(f"Fixed {plural(len(applied), 'finding')}: the clipboard holds the fixed text.")
    else:
        typer.echo("Nothing to fix on the clipboard.")
    left = scanner.check(dataclasses.replace(document, text=fixed))
    if left:
        typer.echo(f"{plural(len(left), 'finding')} left (below --fix-severity or not fixable).")
    return (EXIT_FINDINGS if left else EXIT_CLEAN), fixed


def _watch(
    scanner, *, fix: bool, threshold: str, interval: float, output_format: Format, show_values: bool
) -> int:  # type: ignore[no-untyped-def]
    """Check each new clipboard content; the report of each follows --format and
    --show-values as `check` does (JSON: one report a line)."""
    from lint.sources.clipboard import watch

    def on_new_content(document) -> str | None:  # type: ignore[no-untyped-def]
        findings = scanner.check(document)
        if output_format is Format.text:
            if not findings:
                typer.echo("Copied text is clean.")
            else:
                typer.echo(f"Sensitive content copied: {plural(len(findings), 'finding')}.")
                _print_report(
                    [(document, findings)], output_format, show_values=show_values, summary=False
                )
        else:
            _print_report(
                [(document, findings)],
                output_format,
                show_values=show_values,
                rules=scanner.rules,
                compact=True,
            )
        sys.stdout.flush()  # a watcher's output is read as it comes, often through a pipe
        if not fix or not findings:
            return None
        return _fix_clipboard(document, scanner, threshold, write=True)[1]

    def on_note(message: str) -> None:
        typer.echo(f"draftlint: note: {message}", err=True)

    if output_format is Format.text:
        typer.echo("Watching the clipboard; Ctrl-C to stop.")
    try:
        with exit_2_on_error():
            watch(on_new_content, on_note=on_note, interval=interval)
    except KeyboardInterrupt:
        if output_format is Format.text:
            typer.echo("Stopped watching the clipboard.")
    return EXIT_CLEAN


class AuditFormat(StrEnum):
    text = "text"
    json = "json"
    html = "html"


@app.command("audit")
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

    scanner = _setup(start=export, lang=lang, model=model, rules_dir=rules_dir).scanner
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
        typer.echo(f"draftlint: warning: {escape_controls(warning)}", err=True)
    raise typer.Exit(EXIT_FINDINGS if any(f for _, f in results) else EXIT_CLEAN)


@app.command("baseline")
def baseline_command(
    paths: Annotated[list[str], typer.Argument(help="Drafts or folders to accept as they are.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The baseline file to write.")
    ] = Path(".draftlint-baseline.json"),
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
) -> None:
    """Accept today's findings: `check --baseline FILE` will report only new ones."""
    from lint.resolution import baseline as baselines
    from lint.sources.files import read_document

    setup = _setup(start=Path(paths[0]), config=config, isolated=isolated)
    results, failed = _scan(
        _sources(paths, staged=False), read_document, setup.scanner, named=set(paths)
    )
    with exit_2_on_error():
        baselines.save(baselines.build(results), output)
    count = sum(len(found) for _, found in results)
    typer.echo(
        f"Wrote {output}: {plural(count, 'finding')} accepted in {plural(len(results), 'file')}."
    )
    raise typer.Exit(EXIT_ERROR if failed else EXIT_CLEAN)


@app.command("install-hook")
def install_hook_command() -> None:
    """Install a plain git pre-commit hook that runs `draftlint check --staged`."""
    from lint.sources.git import install_hook

    with exit_2_on_error():
        path = install_hook()
    typer.echo(f"Installed {path}: commits now run `draftlint check --staged`.")


@app.command("rules")
def rules_command(rules_dir: ExtraRulesOption = None) -> None:
    """List the detection rules (`check` compiles and checks their patterns)."""
    from lint.detection.builtin_rules import BUILTIN_RULES

    with exit_2_on_error():
        rules = _rules(rules_dir or [], compile_patterns=False)
    for rule in [*rules, *BUILTIN_RULES]:
        languages = ",".join(rule.languages)
        typer.echo(
            f"{rule.id:<26} {rule.entity:<18} {rule.severity:<8} {languages:<6} {rule.summary}"
        )


@app.command("explain")
def explain_command(
    name: Annotated[
        str, typer.Argument(help="A rule id, as `rules` lists, or an entity (PHONE_NUMBER).")
    ],
) -> None:
    """Show what a rule finds, why it matters, and its examples; for an entity, its rules."""
    from lint.detection.builtin_rules import BUILTIN_RULES

    with exit_2_on_error():
        known = [*_rules([], compile_patterns=False), *BUILTIN_RULES]
        by_id = {rule.id: rule for rule in known}
        of_entity = [rule for rule in known if rule.entity == name.upper()]
        if name not in by_id and not of_entity:
            raise DraftlintError(f"no rule or entity {name!r}; `draftlint rules` lists them")
    if name in by_id:
        _explain_rule(by_id[name])
        return
    typer.echo(f"{name.upper()}: {plural(len(of_entity), 'rule')}\n")
    for rule in of_entity:
        typer.echo(f"  {rule.id:<26} {rule.severity:<8} {rule.summary}")
    typer.echo("\n`draftlint explain RULE` shows a rule's examples.")


def _explain_rule(rule) -> None:  # type: ignore[no-untyped-def]
    typer.echo(f"{rule.id} ({rule.entity}, {rule.severity})\n\n{rule.summary}\n\nWhy: {rule.why}\n")
    if rule.flagged_examples or rule.clean_examples:
        typer.echo("Flagged:")
        for example in rule.flagged_examples:
            typer.echo(f"  {example.document}")
        typer.echo("Not flagged:")
        for example in rule.clean_examples:
            typer.echo(f"  {example.document}")
    for language, text in rule.replacement.items():
        if text:
            typer.echo(f"Replacement ({language}): {text}")


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
