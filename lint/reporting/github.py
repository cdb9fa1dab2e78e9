"""GitHub Actions workflow commands: one annotation per finding; values masked unless asked."""

from lint.reporting.positions import LineIndex
from lint.reporting.summary import Results
from lint.reporting.values import masks_of, message
from lint.terminal import escape_controls

_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(text: str) -> str:
    # The CI log is a terminal too: control characters are escaped first (a carriage
    # return becomes "\x0d", so no "%0D" is needed), then what the command syntax reserves.
    return escape_controls(text).replace("%", "%25").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape(text).replace(":", "%3A").replace(",", "%2C")


def render_github(results: Results, *, show_values: bool) -> str:
    """GitHub Actions workflow commands: one annotation per finding."""
    lines = []
    for document, findings in results:
        index = LineIndex.of(document)
        masks = masks_of(document, findings)
        for finding in findings:
            span = index.span(finding)
            title = _escape_property(f"draftlint {finding.rule_id}")
            lines.append(
                f"::{_GITHUB_LEVEL[finding.severity]} file={_escape_property(finding.path)},"
                f"line={span.line},col={span.column},endLine={span.end_line},"
                f"endColumn={span.end_column},title={title}"
                f"::{_escape(message(document, finding, masks, show_values=show_values))}"
            )
    return "\n".join(lines)
