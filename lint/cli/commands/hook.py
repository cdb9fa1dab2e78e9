"""draftlint install-hook: a plain git pre-commit hook; and what a blocked commit says next."""

import os
import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from lint.cli.exits import exit_2_on_error
from lint.terminal import escape_controls
from lint.vocabulary import Severity

if TYPE_CHECKING:
    from lint.model import Document, Finding


def install_hook_command() -> None:
    """Install a plain git pre-commit hook that runs `draftlint check --staged`."""
    from lint.sources.git import install_hook

    with exit_2_on_error():
        path = install_hook()
    typer.echo(f"Installed {path}: commits now run `draftlint check --staged`.")


def in_a_commit_hook(*, staged: bool) -> bool:
    """--staged is what the plain hook runs; the pre-commit framework sets PRE_COMMIT=1 in
    its hooks' environment (pre_commit/commands/run.py)."""
    return staged or os.environ.get("PRE_COMMIT") == "1"


def print_next_steps(
    results: Sequence[tuple["Document", Sequence["Finding"]]], fail_on: str, config: Path | None
) -> None:
    """After a blocked commit, on stderr: the commands that fix the files, how to allow a
    value that is fine to publish, and how to commit anyway."""
    blocking = [
        document.path
        for document, findings in results
        if any(Severity(f.severity).at_least(fail_on) for f in findings)
    ]
    if not blocking:
        return
    files = " ".join(shlex.quote(path) for path in blocking)
    allow_in = ".draftlint.toml (at the repository's root)" if config is None else _shown(config)
    lines = [
        "draftlint: this commit is blocked. What next:",
        f"  fix the files:           draftlint check --fix {files}",
        f"  or review each fix:      draftlint check -i {files}",
        f"  then stage them again:   git add {files}",
        f'  a value fine to publish: allow = ["the value"] in {allow_in}',
        "  commit anyway:           git commit --no-verify",
    ]
    for line in lines:
        typer.echo(escape_controls(line), err=True)


def _shown(path: Path) -> str:
    """The configuration file, relative to here when it is below."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
