"""(Document, Findings) -> the text report (styled pieces) or the JSON report.

Machine reports (JSON, SARIF, GitHub annotations) may be stored and shared: they show no
value unless asked (show_values). What goes to a terminal or a CI log has its control
characters escaped (lint.terminal): a draft is untrusted.
"""

import bisect
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lint.fixing.masks import mask_value
from lint.model import Document, Finding
from lint.terminal import escape_controls
from lint.vocabulary import SEVERITIES
from lint.words import plural

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
        from lint.sources.extracted_text import SourceMap

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
    document: Document,
    finding: Finding,
    index: LineIndex,
    *,
    show_values: bool,
    masks: dict[str, str] | None = None,
) -> dict[str, Any]:
    """masks: each value found in the document -> its mask (masks_of); by default the
    finding's own value."""
    value = document.text[finding.start : finding.end]
    begin = index.position(finding.start)
    # end_column is exclusive: the column just after the last character, as in SARIF.
    last = index.last(finding.start, finding.end)
    where = location(document, finding, begin)
    if masks is None:
        masks = masks_of(document, [finding])
    return {
        "path": finding.path,
        "location": where if show_values else hide_values(where, masks),
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
        "suggestion": _suggestion(finding, masks, show_values=show_values),
    }


def masks_of(document: Document, findings: Sequence[Finding]) -> dict[str, str]:
    """Each value found in the document -> its mask."""
    values = {document.text[f.start : f.end]: f.entity for f in findings if f.end > f.start}
    return {value: mask_value(value, entity) for value, entity in values.items()}


def hide_values(text: str, masks: dict[str, str]) -> str:
    """text with every value of masks masked where it appears: a location may quote the
    draft (the label of a link in a .docx)."""
    for value in sorted(masks, key=len, reverse=True):  # "Jane Doe" before "Jane"
        text = text.replace(value, masks[value])
    return text


def _suggestion(finding: Finding, masks: dict[str, str], *, show_values: bool) -> str | None:
    # Replacements are written not to identify anyone; this guards against one that quotes
    # a value found in the document all the same.
    if finding.replacement is None or show_values:
        return finding.replacement
    return hide_values(finding.replacement, masks)


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


def render_json(results: Results, *, show_values: bool, config: Path | None = None) -> str:
    """config: the configuration file the run used, or None."""
    records = []
    for document, findings in results:
        index = LineIndex.of(document)
        masks = masks_of(document, findings)
        records += [
            finding_record(document, f, index, show_values=show_values, masks=masks)
            for f in findings
        ]
    report = {
        "version": REPORT_VERSION,
        "config": None if config is None else str(config),
        "findings": records,
        "summary": summary(results),
    }
    return json.dumps(report, ensure_ascii=False, indent=2)


_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


Line = tuple[tuple[str, str], ...]  # (text, rich style) pieces; style "" for none


def plain(line: Line) -> str:
    return "".join(text for text, _ in line)


def render_text_lines(results: Results, *, with_source: bool = False) -> Iterator[Line]:
    """One line per finding, then the summary line; values are shown as written, control
    characters escaped (the report goes to a terminal).

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
                # json.dumps writes C0 controls as \u001b; escape_controls takes DEL, C1, bidi.
                (json.dumps(value, ensure_ascii=False), "magenta"),
                (f" -> {finding.replacement}", "green"),
            ]
            if document.regions:
                line.append((f"  ({location(document, finding, begin)})", "dim"))
            yield tuple((escape_controls(text), style) for text, style in line)
            if with_source:
                yield from _source_and_caret(index.text, index, index.in_source(finding), begin)
    yield ((_summary_sentence(summary(results)), "bold"),)


def _source_and_caret(
    text: str, index: LineIndex, finding: Finding, begin: Position
) -> Iterator[Line]:
    start = index.starts[begin.line - 1]
    end_of_line = text.find("\n", start)
    source = text[start : len(text) if end_of_line < 0 else end_of_line].rstrip("\r")
    column = finding.start - start
    # The caret is measured on the escaped text: "\x1b" takes four columns on the screen.
    before = escape_controls(source[:column])
    width = max(1, len(escape_controls(source[column : finding.end - start])))
    # Tabs keep their place in the caret line so that it stays under the value.
    padding = "".join("\t" if char == "\t" else " " for char in before)
    yield ((f"    {escape_controls(source)}", ""),)
    yield ((f"    {padding}^{'~' * (width - 1)}", "bold red"),)


def _summary_sentence(counts: dict[str, Any]) -> str:
    files = plural(counts["files"], "file")
    if not counts["findings"]:
        return f"No sensitive content found in {files}."
    severities = ", ".join(
        plural(n, severity) for severity, n in counts["by_severity"].items() if n
    )
    return (
        f"Found {plural(counts['findings'], 'finding')} ({severities}) "
        f"in {counts['files_with_findings']} of {files}."
    )


def unified_diff(document: Document, fixed: str) -> str:
    """A unified diff of a fix, empty when nothing changes; control characters escaped.

    The diff is printed for a person to read (--diff), so a control character in the draft
    is shown as \\x1b rather than sent to the terminal. The price: a diff of such a draft
    no longer applies with patch(1) on the lines that hold one; any other diff is exact, and
    a CRLF line keeps its CR, which a terminal shows as nothing."""
    import difflib

    lines = difflib.unified_diff(
        _lines(document.text),
        _lines(fixed),
        fromfile=f"a/{document.path}",
        tofile=f"b/{document.path}",
    )
    return "".join(
        _escape_line(line) if line.endswith("\n") else _escape_line(line) + _NO_NEWLINE
        for line in lines
    )


_NO_NEWLINE = "\n\\ No newline at end of file\n"


def _lines(text: str) -> list[str]:
    # Lines end on "\n" only, as patch(1) reads them; str.splitlines also breaks on form
    # feeds, vertical tabs and U+2028.
    return re.findall(r"[^\n]*\n|[^\n]+\Z", text)


def _escape_line(line: str) -> str:
    ending = "\r\n" if line.endswith("\r\n") else "\n" if line.endswith("\n") else ""
    return escape_controls(line[: len(line) - len(ending)]) + ending


SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _message(
    document: Document, finding: Finding, masks: dict[str, str], *, show_values: bool
) -> str:
    value = document.text[finding.start : finding.end]
    shown = value if show_values else mask_value(value, finding.entity)
    suggestion = _suggestion(finding, masks, show_values=show_values)
    return f"{finding.entity} {shown!r} -> {suggestion}"


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
        masks = masks_of(document, findings)
        for finding in findings:
            begin, last = lines.position(finding.start), lines.last(finding.start, finding.end)
            result: dict[str, Any] = {
                "ruleId": finding.rule_id,
                "level": _SARIF_LEVEL[finding.severity],
                "message": {"text": _message(document, finding, masks, show_values=show_values)},
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
        # The CI log is a terminal too: control characters are escaped first (a carriage
        # return becomes "\x0d", so no "%0D" is needed), then what the command syntax reserves.
        return escape_controls(text).replace("%", "%25").replace("\n", "%0A")

    def escape_property(text: str) -> str:
        return escape(text).replace(":", "%3A").replace(",", "%2C")

    lines = []
    for document, findings in results:
        index = LineIndex.of(document)
        masks = masks_of(document, findings)
        for finding in findings:
            begin = index.position(finding.start)
            last = index.last(finding.start, finding.end)
            title = escape_property(f"draftlint {finding.rule_id}")
            lines.append(
                f"::{_GITHUB_LEVEL[finding.severity]} file={escape_property(finding.path)},"
                f"line={begin.line},col={begin.column},endLine={last.line},"
                f"endColumn={last.column + 1},title={title}"
                f"::{escape(_message(document, finding, masks, show_values=show_values))}"
            )
    return "\n".join(lines)
