"""Use every core: many drafts, one worker process per core, each loading the models once;
one long draft, its segments shared among workers."""

import dataclasses
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from lint.errors import DraftlintError
from lint.model import Document, Finding, Segment

MIN_FILES_PER_JOB = 8  # below this, starting workers (and their models) costs more than it saves
# A worker costs about a second (its models); a draft this long takes ten on one core.
MIN_CHARS_TO_SPLIT = 300_000

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
    # Each worker scans whole files: it does not split a long one among workers of its own.
    context = multiprocessing.get_context("fork")
    one_job = dataclasses.replace(scanner, jobs=1)
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(read, one_job)
    ) as pool:
        yield from pool.map(_scan_one, sources, chunksize=max(1, len(sources) // (jobs * 4)))


def _detect_part(segments: Sequence[Segment]) -> list[Finding]:
    return _worker["detector"].detect(segments, _worker["path"])


def detect_split(
    detector: Any, segments: Sequence[Segment], path: str, *, jobs: int
) -> list[Finding]:
    """detector.detect(segments, path), the segments shared among `jobs` worker processes.

    The segments go out in consecutive runs and the findings come back in the same order,
    so that the result is the one a single process gives."""
    total = sum(len(segment.text) for segment in segments)
    if jobs <= 1 or total < MIN_CHARS_TO_SPLIT or len(segments) < 2:
        return detector.detect(segments, path)
    parts: list[list[Segment]] = [[]]
    size, target = 0, total / (jobs * 4)  # a few parts a worker: a slow part does not hold all
    for segment in segments:
        if parts[-1] and size >= target:
            parts.append([])
            size = 0
        parts[-1].append(segment)
        size += len(segment.text)
    _worker["detector"], _worker["path"] = detector, path
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        return [finding for found in pool.map(_detect_part, parts) for finding in found]
