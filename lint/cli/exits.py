"""Exit codes, and the one handler that turns a DraftlintError into a line and exit 2."""

import contextlib
from collections.abc import Iterator

import typer

from lint.errors import DraftlintError
from lint.terminal import escape_controls

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def print_error(message: str) -> None:
    # Messages quote file names, which may hold escape sequences of their own.
    typer.echo(f"draftlint: error: {escape_controls(message)}", err=True)


def print_warning(message: str) -> None:
    typer.echo(f"draftlint: warning: {escape_controls(message)}", err=True)


def print_note(message: str) -> None:
    typer.echo(f"draftlint: note: {message}", err=True)


@contextlib.contextmanager
def exit_2_on_error() -> Iterator[None]:
    """Show a DraftlintError as one line on stderr; never a traceback."""
    try:
        yield
    except DraftlintError as error:
        print_error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
