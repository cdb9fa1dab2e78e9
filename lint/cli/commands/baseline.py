"""draftlint baseline: accept today's findings, so that `check --baseline` reports new ones."""

from pathlib import Path
from typing import Annotated

import typer

from lint.cli.exits import EXIT_CLEAN, EXIT_ERROR, exit_2_on_error
from lint.cli.options import ConfigOption, IsolatedOption
from lint.cli.runs import load_settings, scan, sources_of
from lint.words import plural


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

    settings = load_settings(Path(paths[0]), config=config, isolated=isolated)
    sources = sources_of(paths, staged=False)
    results, failed = scan(sources, read_document, settings.scanner, named=set(paths))
    with exit_2_on_error():
        baselines.save(baselines.build(results), output)
    count = sum(len(found) for _, found in results)
    typer.echo(
        f"Wrote {output}: {plural(count, 'finding')} accepted in {plural(len(results), 'file')}."
    )
    raise typer.Exit(EXIT_ERROR if failed else EXIT_CLEAN)
