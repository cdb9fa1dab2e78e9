"""Scan many drafts on every core: one worker process per core, each loading the models once."""

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from lint.errors import DraftlintError
from lint.model import Document, Finding

MIN_FILES_PER_JOB = 8  # below this, starting workers (and their models) costs more than it saves

Outcome = tuple[str, Document | None, list[Finding], DraftlintError | None]
_worker: dict[str, Any] = {}


def _start_worker(read: Callable[[str], Document], scanner: Any) -> None:
    _worker["read"], _worker["scanner"] = read, scanner


def _scan_one(source: str) -> Outcome:
    try:
        document = _worker["read"](source)
        return source, document, _worker["scanner"].check(document), None
    except DraftlintError as error:
        return source, None, [], error


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def scan_all(
    sources: Sequence[str], read: Callable[[str], Document], scanner: Any, *, jobs: int
) -> Iterator[Outcome]:
    """(source, document, findings, error) for each source, in the order given."""
    if jobs <= 1 or len(sources) < MIN_FILES_PER_JOB * 2:
        _start_worker(read, scanner)
        yield from map(_scan_one, sources)
        return
    # fork: the workers start from this process's imports instead of importing them again.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(read, scanner)
    ) as pool:
        yield from pool.map(_scan_one, sources, chunksize=max(1, len(sources) // (jobs * 4)))
