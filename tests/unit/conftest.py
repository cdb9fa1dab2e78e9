"""The unit tier runs in seconds because it never loads a spaCy pipeline.

draftlint loads every pipeline through lint.detection.spacy_models.load_pipeline, cached
once per process: its cache holds one entry per pipeline loaded. (spaCy itself may be
imported: language guessing reads its stop-word lists, which are no model.) Three checks:
- each unit test leaves that count as it found it, whatever ran before it;
- each unit test runs in this process: a subprocess (draftlint run as a program) would load
  the models out of sight of the first check, so starting one fails the test;
- a session of unit tests alone ends with no pipeline loaded at all, which also catches
  one loaded while the test modules were collected (a Scanner used at import)."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

UNIT = Path(__file__).resolve().parent


def _pipelines_loaded() -> int:
    # Not imported yet: then no pipeline was loaded either.
    module = sys.modules.get("lint.detection.spacy_models")
    return 0 if module is None else module.load_pipeline.cache_info().currsize


def _no_subprocess(*args: Any, **kwargs: Any) -> None:
    raise AssertionError("a unit test starts no subprocess: move it to tests/integration")


@pytest.fixture(autouse=True)
def _no_pipeline_loaded(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(subprocess, "Popen", _no_subprocess)
    before = _pipelines_loaded()
    yield
    assert _pipelines_loaded() == before, "this test loaded a spaCy pipeline: it is integration"


def pytest_sessionfinish(session: pytest.Session) -> None:
    items = session.items
    only_unit = bool(items) and all(UNIT in Path(item.path).parents for item in items)
    loaded = _pipelines_loaded()
    if only_unit and loaded:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            message = f"tests/unit loaded {loaded} spaCy pipeline(s): a unit test loads none"
            reporter.write_line(message, red=True)
