"""The draftlint command line: typer commands over the library; the only package that
prints or exits."""

from lint.cli.app import app, main

__all__ = ["app", "main"]
