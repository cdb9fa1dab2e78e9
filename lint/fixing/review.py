"""--interactive: the queue of fixes a person reviews one at a time, and what they accept.

No input or output here (that is the CLI's): a Review holds the fixable findings in document
order, takes one decision at a time, and gives the findings to apply, each with the
replacement that was accepted or typed. The fix itself is fix_document's, as for --fix.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from lint.fixing.fix import fixable
from lint.fixing.suggestions import apply_replacements
from lint.model import Finding
from lint.resolution.allow_deny import allowed


class Answer(StrEnum):
    apply = "y"
    keep = "n"
    edit = "e"
    allow = "a"
    quit = "q"
    help = "?"


def parse_answer(line: str) -> Answer | None:
    """A line typed at the prompt -> its answer; None if it is none of them. An empty string
    (end of input, not an empty line) is q: a closed terminal stops the review."""
    if line == "":
        return Answer.quit
    typed = line.strip().lower()
    return next((answer for answer in Answer if answer.value == typed), None)


@dataclass
class Review:
    """The fixes of one document, asked about in order."""

    text: str
    pending: list[Finding]  # still to ask about, in document order
    accepted: list[Finding] = field(default_factory=list)  # with the replacement to write
    allowed_values: list[str] = field(default_factory=list)  # added to the allow list
    total: int = 0  # how many fixes the review began with

    @classmethod
    def of(
        cls, text: str, reported: Sequence[Finding], threshold: str, *, allow: Sequence[str] = ()
    ) -> "Review":
        """What --fix would apply, less the values allowed earlier in the session."""
        queue = sorted(fixable(reported, threshold), key=lambda f: f.start)
        queue = allowed(queue, text, allow, ()) if allow else queue
        return cls(text, queue, total=len(queue))

    @property
    def current(self) -> Finding | None:
        return self.pending[0] if self.pending else None

    @property
    def number(self) -> int:
        """The current fix's number, from 1, among those the review began with."""
        return self.total - len(self.pending) + 1

    def value(self, finding: Finding) -> str:
        return self.text[finding.start : finding.end]

    def apply(self, replacement: str | None = None) -> None:
        """Accept the current fix, with its own replacement or the one typed."""
        finding = self.pending.pop(0)
        if replacement is not None:
            finding = replace(finding, replacement=replacement)
        self.accepted.append(finding)

    def keep(self) -> None:
        self.pending.pop(0)

    def allow(self) -> str:
        """Keep the current value here and wherever it comes again; the value, for the
        allow list. Later findings are compared as the allow list compares them (an e-mail
        whatever its case, a phone number in E.164), so the next run agrees with this one."""
        value = self.value(self.pending.pop(0))
        self.allowed_values.append(value)
        self.pending = allowed(self.pending, self.text, [value], ())
        return value

    def stop(self) -> None:
        """q: ask nothing more; what was accepted stays accepted."""
        self.pending = []

    def fixed_text(self) -> str:
        return apply_replacements(self.text, self.accepted)
