"""--interactive: each fix shown on the terminal and asked about, as `git add -p` does.

The decisions are lint.fixing.review's; this module shows, asks, and writes through
fix_document, the one fix routine, with only the accepted findings.
"""

import contextlib
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from lint.cli.exits import print_error, print_note
from lint.cli.output import print_text
from lint.errors import DraftlintError
from lint.fixing.review import Answer, Review, parse_answer
from lint.terminal import escape_controls
from lint.words import plural

if TYPE_CHECKING:
    from lint.model import Document, Finding
    from lint.pipeline import Scanner
    from lint.reporting.report import Line

HELP = """\
y - apply this fix
n - keep the value as it is
e - type your own replacement
a - keep the value, here and next time: add it to the allow list of the nearest
    configuration file (a .draftlint.toml is created beside the draft if there is none)
q - quit; write the fixes accepted so far
? - print this help"""
CHOICES = "y,n,e,a,q,?"
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


@contextlib.contextmanager
def interrupted_exits_130() -> Iterator[None]:
    """Ctrl-C: stop at once; the draft under review is left as it was (q is the way to
    write what was accepted). Not click's "Aborted!" and exit 1, which means findings."""
    try:
        yield
    except KeyboardInterrupt:
        typer.echo("\nInterrupted: the draft under review is unchanged.", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None


def refuse_conflicts(conflicts: dict[str, bool]) -> None:
    """conflicts: each option given with --interactive -> whether it was given."""
    for option, given in conflicts.items():
        if given:
            raise DraftlintError(f"--interactive cannot be combined with {option}")
    if not sys.stdin.isatty():
        raise DraftlintError(
            "--interactive asks on the terminal, and stdin is not one; use --fix or --diff"
        )


@dataclass
class Session:
    """What one run of --interactive carries from one draft to the next."""

    scanner: "Scanner"
    threshold: str
    config: Path | None  # the configuration file the run uses, where "a" writes
    allowed: list[str] = field(default_factory=list)  # values allowed during the run
    stopped: bool = False  # q: no more questions, in this draft or the next
    fixed: int = 0
    files: int = 0
    remaining: int = 0


def review_document(document: "Document", findings: Sequence["Finding"], session: Session) -> None:
    """Ask about each fix of the document, then write the accepted ones."""
    from lint.fixing.apply import CANNOT_REWRITE, fix_document
    from lint.resolution.allow_deny import allowed

    if document.kind in CANNOT_REWRITE:
        print_note(escape_controls(f"{document.path}: {CANNOT_REWRITE[document.kind]}"))
        session.remaining += len(findings)
        return
    review = Review.of(document.text, findings, session.threshold, allow=session.allowed)
    while review.current is not None and not session.stopped:
        _ask(document, review, session)
    left = allowed(findings, document.text, session.allowed, ())
    if not review.accepted:
        session.remaining += len(left)
        return
    scanner, threshold = session.scanner, session.threshold
    outcome = fix_document(document, review.accepted, scanner, threshold=threshold, write=True)
    left = allowed(outcome.remaining, outcome.result.text, session.allowed, ())
    session.remaining += len(left)
    session.fixed += len(outcome.applied)
    session.files += 1
    count = plural(len(outcome.applied), "fix")
    if outcome.redacted is not None:
        typer.echo(escape_controls(f"{document.path}: wrote {outcome.redacted} ({count})"))
    else:
        typer.echo(escape_controls(f"{document.path}: applied {count}"))


def _ask(document: "Document", review: Review, session: Session) -> None:
    """Show the current fix, read one answer, act on it."""
    finding = review.current
    assert finding is not None
    print_text(_shown(document, finding))
    answer = parse_answer(_read(f"Apply this fix [{review.number}/{review.total}] ({CHOICES})? "))
    if answer is Answer.apply:
        review.apply()
    elif answer is Answer.keep:
        review.keep()
    elif answer is Answer.edit:
        typed = _read("Your replacement (empty: back to the question): ")
        if typed == "":
            session.stopped = True
        elif typed.rstrip("\n"):
            review.apply(typed.rstrip("\n"))
    elif answer is Answer.allow:
        _allow(document, review, session)
    elif answer is Answer.quit:
        session.stopped = True
    else:
        typer.echo(HELP)


def _read(prompt: str) -> str:
    """A line typed on the terminal, its newline kept; "" at the end of input."""
    typer.echo(prompt, nl=False)
    sys.stdout.flush()
    return sys.stdin.readline()


def _allow(document: "Document", review: Review, session: Session) -> None:
    from lint.config_edit import add_allowed, toml_string

    finding = review.current
    assert finding is not None
    value = review.value(finding)
    target = session.config or _nearest_config(document.path)
    try:
        added = add_allowed(target, value)
    except DraftlintError as error:
        print_error(str(error))
        return  # the question is asked again
    review.allow()
    session.allowed.append(value)
    shown = escape_controls(toml_string(" ".join(value.split())))
    where = escape_controls(str(target))
    if added == "created":
        typer.echo(f"Created {where} to allow {shown}.")
    elif added == "added":
        typer.echo(f"Added {shown} to the allow list in {where}.")
    else:
        typer.echo(f"{shown} is already in the allow list in {where}.")


def _nearest_config(source: str) -> Path:
    """The configuration file nearest the draft (the clipboard: the current folder), or a
    new .draftlint.toml beside it; one draftlint does not trust is never written."""
    from lint.config import find_config
    from lint.sources.clipboard import CLIPBOARD

    folder = Path.cwd() if source == CLIPBOARD else Path(source).resolve().parent
    found = find_config(folder)
    beside = folder / ".draftlint.toml"
    if found.path is None and beside.exists():
        raise DraftlintError(f"{beside}: not trusted (see --help), not changed")
    return found.path or beside


def _shown(document: "Document", finding: "Finding") -> "list[Line]":
    """Where the value is, its line(s) with the value highlighted, and the change."""
    from lint.reporting.positions import LineIndex, location

    span = LineIndex(document.text).span(finding)
    text = document.text
    first = text.rfind("\n", 0, finding.start) + 1
    end = text.find("\n", finding.end)
    last = len(text) if end < 0 else end
    header = f"{document.path}:{span.line}:{span.column}: {finding.rule_id} {finding.entity}"
    if document.regions:
        header += f" ({location(document, finding, span.line)})"
    value = text[finding.start : finding.end]
    pieces = [
        (text[first : finding.start], ""),
        (value, "bold reverse red"),
        (text[finding.end : last].rstrip("\r"), ""),
    ]
    lines: list[Line] = [((escape_controls(header), "bold"),)]
    lines += _split_lines(pieces, indent="    ")
    lines += _split_lines([(value, "red")], indent="  - ")
    lines += _split_lines([(finding.replacement or "", "green")], indent="  + ")
    return lines


def _split_lines(pieces: Sequence[tuple[str, str]], *, indent: str) -> "list[Line]":
    """Styled pieces of text -> one escaped Line per line of text, each indented."""
    lines: list[list[tuple[str, str]]] = [[(indent, "")]]
    for text, style in pieces:
        for number, part in enumerate(text.split("\n")):
            if number:
                lines.append([(indent, "")])
            if part:
                lines[-1].append((escape_controls(part), style))
    return [tuple(line) for line in lines]


def summary(session: Session) -> str:
    return (
        f"Applied {plural(session.fixed, 'fix')} in {plural(session.files, 'file')}; "
        f"{plural(session.remaining, 'finding')} left."
    )
