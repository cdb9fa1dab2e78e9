"""(Document, Findings) -> the text report (rich) or the JSON report."""

import bisect
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lint.mask import mask_value
from lint.model import Document, Finding
from lint.taxonomy import SEVERITIES

REPORT_VERSION = 1
Results = Sequence[tuple[Document, Sequence[Finding]]]


@dataclass(frozen=True, slots=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, in characters


class LineIndex:
    """Character offset -> (line, column), both 1-based."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self.starts, offset) - 1
        return Position(line + 1, offset - self.starts[line] + 1)


def finding_record(
    document: Document, finding: Finding, index: LineIndex, *, show_values: bool
) -> dict[str, Any]:
    value = document.text[finding.start : finding.end]
    begin = index.position(finding.start)
    # end_column is exclusive: the column just after the last character, as in SARIF.
    last = index.position(max(finding.start, finding.end - 1))
    return {
        "path": finding.path,
        "location": location(document, finding, begin),
        "line": begin.line,
        "column": begin.column,
        "end_line": last.line,
        "end_column": last.column + 1,
        "start": finding.start,
        "end": finding.end,
        "rule": finding.rule_id,
        "entity": finding.entity,
        "severity": finding.severity,
        "score": finding.score,
        "language": finding.language,
        "text": value if show_values else mask_value(value, finding.entity),
        "suggestion": finding.replacement,
    }


def location(document: Document, finding: Finding, begin: Position) -> str:
    """Where a person finds the value: "line 3" in a text file, "header (section 1)" in a CV."""
    for region in document.regions:
        if region.start <= finding.start < max(region.end, region.start + 1):
            return region.location
    return f"line {begin.line}"


def summary(results: Results) -> dict[str, Any]:
    findings = [finding for _, found in results for finding in found]
    return {
        "files": len(results),
        "files_with_findings": sum(1 for _, found in results if found),
        "findings": len(findings),
        "by_entity": dict(sorted(Counter(f.entity for f in findings).items())),
        "by_severity": {s: sum(f.severity == s for f in findings) for s in SEVERITIES},
    }


def render_json(results: Results, *, show_values: bool) -> str:
    records = []
    for document, findings in results:
        index = LineIndex(document.text)
        records += [finding_record(document, f, index, show_values=show_values) for f in findings]
    report = {"version": REPORT_VERSION, "findings": records, "summary": summary(results)}
    return json.dumps(report, ensure_ascii=False, indent=2)


_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render_text_lines(results: Results):  # type: ignore[no-untyped-def]
    """One rich Text per finding, then the summary line; values are shown as written."""
    from rich.text import Text

    for document, findings in results:
        index = LineIndex(document.text)
        for finding in findings:
            begin = index.position(finding.start)
            value = document.text[finding.start : finding.end].replace("\n", "\\n")
            line = Text(f"{finding.path}:{begin.line}:{begin.column}: ", style="bold")
            line.append(finding.rule_id, style=_SEVERITY_STYLE[finding.severity])
            line.append(f" {finding.entity} ")
            line.append(json.dumps(value, ensure_ascii=False), style="magenta")
            line.append(f" -> {finding.replacement}", style="green")
            if document.regions:
                line.append(f"  ({location(document, finding, begin)})", style="dim")
            yield line
    yield Text(_summary_sentence(summary(results)), style="bold")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _summary_sentence(counts: dict[str, Any]) -> str:
    files = _plural(counts["files"], "file")
    if not counts["findings"]:
        return f"No sensitive content found in {files}."
    severities = ", ".join(
        _plural(n, severity) for severity, n in counts["by_severity"].items() if n
    )
    return (
        f"Found {_plural(counts['findings'], 'finding')} ({severities}) "
        f"in {counts['files_with_findings']} of {files}."
    )


def unified_diff(document: Document, fixed: str) -> str:
    """A unified diff of a fix, empty when nothing changes."""
    import difflib

    lines = difflib.unified_diff(
        document.text.splitlines(keepends=True),
        fixed.splitlines(keepends=True),
        fromfile=f"a/{document.path}",
        tofile=f"b/{document.path}",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )
