"""What commands share around a run: their settings, the files to read, the scan of each,
the exit code."""

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lint.cli.exits import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    exit_2_on_error,
    print_error,
    print_note,
    print_warning,
)
from lint.settings import NO_FLAGS, Flags, Settings, resolve_settings
from lint.vocabulary import Severity

if TYPE_CHECKING:
    from lint.model import Document, Finding
    from lint.pipeline import Scanner

Results = list[tuple["Document", list["Finding"]]]


def load_settings(
    start: Path, *, config: Path | None = None, isolated: bool = False, flags: Flags = NO_FLAGS
) -> Settings:
    """The run's settings; a configuration file not trusted is a warning, an error exit 2."""
    with exit_2_on_error():
        return resolve_settings(
            config, isolated=isolated, start=start, flags=flags, on_warning=print_warning
        )


def sources_of(paths: Sequence[str], *, staged: bool) -> list[str]:
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


def scan(
    sources: Sequence[str],
    read: Callable[[str], "Document"],
    scanner: "Scanner",
    *,
    named: set[str],
    jobs: int = 1,
) -> tuple[Results, bool]:
    """(document, findings) for each source that could be read; whether any could not.

    A binary file met inside a folder is skipped with a note; named, it is an error.
    """
    from lint.errors import NotTextError
    from lint.parallel import default_jobs, scan_all

    jobs = jobs or default_jobs()
    results: Results = []
    failed = False
    # jobs also splits a long draft among workers when there are few files to share.
    for source, document, findings, error in scan_all(
        sources, read, dataclasses.replace(scanner, jobs=jobs), jobs=jobs
    ):
        if isinstance(error, NotTextError) and source not in named:
            print_note(f"{error}; skipped")
        elif error is not None:
            print_error(str(error))
            failed = True
        elif document is not None:
            results.append((document, findings))
    return results, failed


def exit_code(results: Iterable[tuple[object, list["Finding"]]], failed: bool, fail_on: str) -> int:
    if failed:
        return EXIT_ERROR
    blocking = any(Severity(f.severity).at_least(fail_on) for _, found in results for f in found)
    return EXIT_FINDINGS if blocking else EXIT_CLEAN
