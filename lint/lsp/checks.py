"""The server's checks, run off its event loop: one worker thread, so that hovers, code
actions and keystrokes are answered while a draft is read, and checks run one at a time
on the one warm engine."""

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types

from lint.errors import DraftlintError
from lint.lsp.actions import Checked
from lint.lsp.drafts import SettingsCache, document_of
from lint.lsp.findings import diagnostics, place
from lint.lsp.positions import Lines
from lint.resolution.explanations import explanations
from lint.warm import WarmChecker


@dataclass
class Outcome:
    """A check's result, for the event loop to publish."""

    checked: Checked | None
    published: list[types.Diagnostic]
    error: DraftlintError | None = None
    warnings: list[str] = field(default_factory=list)


class Checks:
    """The warm engine and each file's settings, used from the worker thread only."""

    def __init__(self) -> None:
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="draftlint-check")
        self.warnings: list[str] = []
        self.settings = SettingsCache(self.warnings.append)
        self.checker = WarmChecker()

    async def run(self, path: Path, text: str, encoding: str) -> Outcome:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.worker, self._check, path, text, encoding)

    def _check(self, path: Path, text: str, encoding: str) -> Outcome:
        lines = Lines(text, encoding)
        try:
            scanner = self.settings.settings_for(path).scanner
            document = document_of(path, text)
            placed = place(document, self.checker.check(scanner, document))
            checked = Checked(document, lines, placed, explanations(scanner.rules, markdown=True))
            outcome = Outcome(checked, diagnostics(document, placed, lines))
        except DraftlintError as error:
            outcome = Outcome(None, [], error)
        except Exception as error:  # a bug must not end the session: said, and the next goes on
            outcome = Outcome(None, [], DraftlintError(f"{path.name}: internal error: {error!r}"))
        outcome.warnings = list(self.warnings)
        self.warnings.clear()
        return outcome

    def forget_settings(self) -> None:
        """A configuration file changed: each file's settings are found again."""
        self.worker.submit(self.settings.known.clear)

    def close(self) -> None:
        self.worker.shutdown(wait=False, cancel_futures=True)
