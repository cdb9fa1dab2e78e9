"""The JSON report: one record per finding, then the summary; values masked unless asked."""

import json
from pathlib import Path
from typing import Any

from lint.model import Document, Finding
from lint.reporting.positions import LineIndex, location
from lint.reporting.summary import Results, summary
from lint.reporting.values import hide_values, masks_of, shown_value, suggestion

REPORT_VERSION = 1


def finding_record(
    document: Document,
    finding: Finding,
    index: LineIndex,
    *,
    show_values: bool,
    masks: dict[str, str],
) -> dict[str, Any]:
    """masks: each value found in the document -> its mask (masks_of)."""
    span = index.span(finding)
    where = location(document, finding, span.line)
    return {
        "path": finding.path,
        "location": where if show_values else hide_values(where, masks),
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "start": finding.start,
        "end": finding.end,
        "rule": finding.rule_id,
        "entity": finding.entity,
        "severity": finding.severity,
        "score": finding.score,
        "language": finding.language,
        "text": shown_value(document, finding, show_values=show_values),
        "suggestion": suggestion(finding, masks, show_values=show_values),
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
