"""(Document, Findings) -> the text report (styled pieces) or the JSON report."""

import bisect
import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
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
    """Character offset -> (line, column), both 1-based, in the file a person opens.

    For HTML the offsets into the extracted text are first carried back to the file's own
    text (document.source), so that line and column point at the value in the file."""

    def __init__(self, text: str, to_source: Callable[[int], int] | None = None) -> None:
        self.text = text  # the text the lines are counted in
        self.to_source = to_source
        self.starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    @classmethod
    def of(cls, document: Document) -> "LineIndex":
        if document.source is None:
            return cls(document.text)
        from lint.extracted import SourceMap

        return cls(document.source, SourceMap(document))

    def _at(self, offset: int) -> Position:
        line = bisect.bisect_right(self.starts, offset) - 1
        return Position(line + 1, offset - self.starts[line] + 1)

    def position(self, offset: int) -> Position:
        """Where the character at this offset of the document's text is."""
        return self._at(offset if self.to_source is None else self.to_source(offset))

    def last(self, start: int, end: int) -> Position:
        """Where the last character of text[start:end] is (start, if it is empty)."""
        if self.to_source is None:
            return self._at(max(start, end - 1))
        return self._at(max(self.to_source(start), self.to_source(end) - 1))

    def in_source(self, finding: Finding) -> Finding:
        """The finding with start and end in the text the lines are counted in."""
        if self.to_source is None:
            return finding
        return replace(
            finding, start=self.to_source(finding.start), end=self.to_source(finding.end)
        )


def finding_record(
    document: Document, finding: Finding, index: LineIndex, *, show_values: bool
) -> dict[str, Any]:
    value = document.text[finding.start : finding.end]
    begin = index.position(finding.start)
    # end_column is exclusive: the column just after the last character, as in SARIF.
    last = index.last(finding.start, finding.end)
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
        index = LineIndex.of(document)
        records += [finding_record(document, f, index, show_values=show_values) for f in findings]
    report = {"version": REPORT_VERSION, "findings": records, "summary": summary(results)}
    return json.dumps(report, ensure_ascii=False, indent=2)


_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


Line = tuple[tuple[str, str], ...]  # (text, rich style) pieces; style "" for none


def plain(line: Line) -> str:
    return "".join(text for text, _ in line)


def render_text_lines(results: Results, *, with_source: bool = False) -> Iterator[Line]:
    """One line per finding, then the summary line; values are shown as written.

    with_source (on a terminal): each finding's line of text, a caret under the value."""
    for document, findings in results:
        index = LineIndex.of(document)
        for finding in findings:
            begin = index.position(finding.start)
            value = document.text[finding.start : finding.end].replace("\n", "\\n")
            line: list[tuple[str, str]] = [
                (f"{finding.path}:{begin.line}:{begin.column}: ", "bold"),
                (finding.rule_id, _SEVERITY_STYLE[finding.severity]),
                (f" {finding.entity} ", ""),
                (json.dumps(value, ensure_ascii=False), "magenta"),
                (f" -> {finding.replacement}", "green"),
            ]
            if document.regions:
                line.append((f"  ({location(document, finding, begin)})", "dim"))
            yield tuple(line)
            if with_source:
                yield from _source_and_caret(index.text, index, index.in_source(finding), begin)
    yield ((_summary_sentence(summary(results)), "bold"),)


def _source_and_caret(
    text: str, index: LineIndex, finding: Finding, begin: Position
) -> Iterator[Line]:
    start = index.starts[begin.line - 1]
    end_of_line = text.find("\n", start)
    source = text[start : len(text) if end_of_line < 0 else end_of_line].rstrip("\r")
    width = max(1, min(finding.end, start + len(source)) - finding.start)
    # Tabs keep their place in the caret line so that it stays under the value.
    padding = "".join("\t" if char == "\t" else " " for char in source[: begin.column - 1])
    yield ((f"    {source}", ""),)
    yield ((f"    {padding}^{'~' * (width - 1)}", "bold red"),)


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


SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _message(document: Document, finding: Finding, *, show_values: bool) -> str:
    value = document.text[finding.start : finding.end]
    shown = value if show_values else mask_value(value, finding.entity)
    return f"{finding.entity} {shown!r} -> {finding.replacement}"


def render_sarif(results: Results, rules: Sequence[Any], *, show_values: bool) -> str:
    """SARIF 2.1.0, as GitHub code scanning reads it; values masked unless asked."""
    from lint import __version__

    rule_list = sorted(rules, key=lambda r: r.id)
    index = {rule.id: number for number, rule in enumerate(rule_list)}
    descriptors = [
        {
            "id": rule.id,
            "name": rule.id,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.why},
            "help": {"text": f"{rule.summary}. {rule.why}"},
            "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
            "properties": {"entity": rule.entity},
        }
        for rule in rule_list
    ]
    sarif_results = []
    for document, findings in results:
        lines = LineIndex.of(document)
        for finding in findings:
            begin, last = lines.position(finding.start), lines.last(finding.start, finding.end)
            result: dict[str, Any] = {
                "ruleId": finding.rule_id,
                "level": _SARIF_LEVEL[finding.severity],
                "message": {"text": _message(document, finding, show_values=show_values)},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": finding.path},
                            "region": {
                                "startLine": begin.line,
                                "startColumn": begin.column,
                                "endLine": last.line,
                                "endColumn": last.column + 1,
                            },
                        }
                    }
                ],
            }
            if finding.rule_id in index:
                result["ruleIndex"] = index[finding.rule_id]
            sarif_results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "draftlint",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/draftlint/",
                        "rules": descriptors,
                    }
                },
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)


def render_github(results: Results, *, show_values: bool) -> str:
    """GitHub Actions workflow commands: one annotation per finding."""

    def escape(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def escape_property(text: str) -> str:
        return escape(text).replace(":", "%3A").replace(",", "%2C")

    lines = []
    for document, findings in results:
        index = LineIndex.of(document)
        for finding in findings:
            begin = index.position(finding.start)
            last = index.last(finding.start, finding.end)
            title = escape_property(f"draftlint {finding.rule_id}")
            lines.append(
                f"::{_GITHUB_LEVEL[finding.severity]} file={escape_property(finding.path)},"
                f"line={begin.line},col={begin.column},endLine={last.line},"
                f"endColumn={last.column + 1},title={title}"
                f"::{escape(_message(document, finding, show_values=show_values))}"
            )
    return "\n".join(lines)
