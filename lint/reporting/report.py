"""The reports' public names in one place, for the CLI: each format has its own module.

(Document, Findings) -> text lines, JSON, SARIF, GitHub annotations; a fix -> a diff."""

from lint.reporting.diff import unified_diff
from lint.reporting.github import render_github
from lint.reporting.json_report import render_json
from lint.reporting.sarif import render_sarif
from lint.reporting.summary import Results
from lint.reporting.text import Line, plain, profile_line, render_text_lines

__all__ = [
    "Line",
    "Results",
    "plain",
    "profile_line",
    "render_github",
    "render_json",
    "render_sarif",
    "render_text_lines",
    "unified_diff",
]
