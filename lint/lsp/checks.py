"""The server's checks, run off its event loop: one worker thread, so that hovers, code
actions and keystrokes are answered while a draft is read, and checks run one at a time
on the one warm engine."""

import asyncio
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from lsprotocol import types

from lint.errors import DraftlintError
from lint.lsp.actions import Checked
from lint.lsp.drafts import SettingsCache, document_of
from lint.lsp.findings import diagnostics, place
from lint.lsp.positions import Lines
from lint.resolution.explanations import UiLanguage, explanations
from lint.warm import WarmChecker

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lint.detection.rules import Rule


@dataclass
class Outcome:
    """A check's result, for the event loop to publish."""

    checked: Checked | None
    published: list[types.Diagnostic]
    error: DraftlintError | None = None
    warnings: list[str] = field(default_factory=list)


Job = tuple[Callable[[], object], "Future[object]"]


class Worker:
    """One daemon thread taking jobs in turn: an editor's exit does not wait for the check
    in progress (a thread pool's threads are joined at exit)."""

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        threading.Thread(target=self._run, name="draftlint-check", daemon=True).start()

    def submit(self, job: Callable[[], object]) -> "Future[object]":
        done: Future[object] = Future()
        self.jobs.put((job, done))
        return done

    def _run(self) -> None:
        while (item := self.jobs.get()) is not None:
            job, done = item
            if done.set_running_or_notify_cancel():
                try:
                    done.set_result(job())
                except BaseException as error:  # handed to the awaiting coroutine
                    done.set_exception(error)

    def close(self) -> None:
        self.jobs.put(None)


class Checks:
    """The warm engine and each file's settings, used from the worker thread only."""

    def __init__(self) -> None:
        self.worker = Worker()
        self.warnings: list[str] = []
        self.settings = SettingsCache(self.warnings.append)
        self.checker = WarmChecker()
        self.explained: tuple[object, dict[str, str]] | None = None
        self.language: UiLanguage = "en"  # of the hover texts: the editor's, if French

    async def run(
        self, path: Path, text: str, encoding: str, wanted: Callable[[], bool]
    ) -> Outcome | None:
        """The check of text, or None if, when its turn came, it was no longer wanted (a
        newer check of the same draft is queued: typing with pauses builds no queue)."""

        def job() -> Outcome | None:
            return self._check(path, text, encoding) if wanted() else None

        return cast("Outcome | None", await asyncio.wrap_future(self.worker.submit(job)))

    def _check(self, path: Path, text: str, encoding: str) -> Outcome:
        lines = Lines(text, encoding)
        try:
            scanner = self.settings.settings_for(path).scanner
            document = document_of(path, text)
            placed = place(document, self.checker.check(scanner, document))
            checked = Checked(document, lines, placed, self._explanations(scanner.rules))
            outcome = Outcome(checked, diagnostics(document, placed, lines))
        except DraftlintError as error:
            outcome = Outcome(None, [], error)
        except Exception as error:  # a bug must not end the session: said, and the next goes on
            outcome = Outcome(None, [], DraftlintError(f"{path.name}: internal error: {error!r}"))
        outcome.warnings = list(self.warnings)
        self.warnings.clear()
        return outcome

    def _explanations(self, rules: "Sequence[Rule] | None") -> dict[str, str]:
        """The hover texts of a rule set, made again only when the settings give another."""
        if self.explained is None or self.explained[0] is not rules:
            self.explained = (rules, explanations(rules, markdown=True, language=self.language))
        return self.explained[1]

    def forget_settings(self) -> None:
        """A configuration file changed: each file's settings are found again."""
        self.worker.submit(self.settings.known.clear)

    def close(self) -> None:
        self.worker.close()
