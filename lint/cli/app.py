"""The draftlint command line: the typer app, its commands, and main."""

from typing import Annotated

import typer

from lint.cli.commands.audit import audit_command
from lint.cli.commands.baseline import baseline_command
from lint.cli.commands.check import check_command
from lint.cli.commands.clipboard import clipboard_command
from lint.cli.commands.hook import install_hook_command
from lint.cli.commands.rules import explain_command, rules_command
from lint.cli.commands.server import server_command
from lint.cli.commands.web import web_command

__all__ = ["app", "main"]

app = typer.Typer(
    help="Find personal data and secrets in a draft before you publish it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich loads only to print findings
)


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


app.command("check")(check_command)
app.command("clipboard")(clipboard_command)
app.command("audit")(audit_command)
app.command("baseline")(baseline_command)
app.command("install-hook")(install_hook_command)
app.command("rules")(rules_command)
app.command("explain")(explain_command)
app.command("server")(server_command)
app.command("web")(web_command)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
