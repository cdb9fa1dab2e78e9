"""draftlint web: the check in a page on this machine, for people who do not use a terminal."""

import contextlib
from pathlib import Path
from typing import Annotated

import typer

from lint.cli.exits import exit_2_on_error, print_note
from lint.cli.options import ConfigOption, IsolatedOption
from lint.cli.runs import load_settings
from lint.errors import DraftlintError

DEFAULT_IDLE_MINUTES = 30.0


def web_command(
    port: Annotated[
        int | None,
        typer.Option("--port", help="The port on 127.0.0.1 (default: a free one)."),
    ] = None,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Print the address; do not open a browser.")
    ] = False,
    idle_timeout: Annotated[
        float,
        typer.Option(
            "--idle-timeout",
            metavar="MINUTES",
            help="Stop after this long without a request; 0: never.",
        ),
    ] = DEFAULT_IDLE_MINUTES,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
) -> None:
    """Open a page in the browser to check a draft and fix it; nothing leaves this machine."""
    settings = load_settings(Path.cwd(), config=config, isolated=isolated)
    with exit_2_on_error():
        if port is not None and not 1 <= port <= 65535:
            raise DraftlintError(f"--port {port}: expected a port from 1 to 65535")
        if not 0 <= idle_timeout < 1e6:
            raise DraftlintError(f"--idle-timeout {idle_timeout}: expected minutes, 0 or more")
        from lint.web.runner import serve

        def ready(url: str) -> None:
            typer.echo(f"draftlint web: {url}")  # the one line; tests and scripts read it
            if not no_browser:
                import webbrowser

                if not webbrowser.open(url):
                    print_note("no browser found: open the address above in one")

        # Ctrl-C is the way to stop it: not an error.
        with contextlib.suppress(KeyboardInterrupt):
            serve(settings.scanner, port=port or 0, idle_minutes=idle_timeout, on_ready=ready)
    raise typer.Exit(0)
