"""draftlint install-hook: a plain git pre-commit hook."""

import typer

from lint.cli.exits import exit_2_on_error


def install_hook_command() -> None:
    """Install a plain git pre-commit hook that runs `draftlint check --staged`."""
    from lint.sources.git import install_hook

    with exit_2_on_error():
        path = install_hook()
    typer.echo(f"Installed {path}: commits now run `draftlint check --staged`.")
