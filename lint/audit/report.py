"""The audit of a LinkedIn export as text, JSON, or a self-contained HTML page."""

import html
import json
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from lint.audit.export_files import printable
from lint.audit.linkedin_export import Export, Item
from lint.fixing.masks import mask_value
from lint.model import Finding

AuditResults = Sequence[tuple[Item, Sequence[Finding]]]
KIND_TITLES = {
    "post": "Posts",
    "comment": "Comments",
    "article": "Articles",
    "profile": "Profile",
    "position": "Positions",
    "recommendation": "Recommendations given",
    "message": "Messages",
}
SNIPPET_CHARS = 60  # the first words of an item, enough to recognise it


def snippet(item: Item, findings: Sequence[Finding]) -> str:
    """The first words of the item, with its sensitive values masked."""
    text = item.text
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        masked = mask_value(text[finding.start : finding.end], finding.entity)
        text = text[: finding.start] + masked + text[finding.end :]
    flat = " ".join(text.split())
    if len(flat) <= SNIPPET_CHARS:
        return flat
    cut = flat.rfind(" ", 0, SNIPPET_CHARS)
    return flat[: cut if cut > SNIPPET_CHARS // 2 else SNIPPET_CHARS] + " …"


def _masked(field: str, item: Item, findings: Sequence[Finding]) -> str:
    """A date, link or file name from the export with any value found in the item masked:
    an article's file is named after its title, and its date is the first date in it, which
    may be the birth date its text reveals."""
    for finding in findings:
        value = item.text[finding.start : finding.end]
        if value.strip() and value in field:
            field = field.replace(value, mask_value(value, finding.entity))
    return field


def records(results: AuditResults) -> list[dict[str, Any]]:
    out = []
    for item, findings in results:
        for finding in findings:
            out.append(
                {
                    "kind": item.kind,
                    "date": _masked(item.date, item, findings),
                    "link": _masked(item.link, item, findings),
                    "source": _masked(item.source, item, findings),
                    "item": snippet(item, findings),
                    "entity": finding.entity,
                    "rule": finding.rule_id,
                    "severity": finding.severity,
                    "text": mask_value(item.text[finding.start : finding.end], finding.entity),
                    "suggestion": finding.replacement,
                }
            )
    return out


def summary(export: Export, results: AuditResults) -> dict[str, Any]:
    findings = [(item, f) for item, found in results for f in found]
    return {
        "items": len(export.items),
        "items_with_findings": sum(1 for _, found in results if found),
        "findings": len(findings),
        "by_entity": dict(Counter(f.entity for _, f in findings).most_common()),
        "by_kind": dict(Counter(item.kind for item, _ in findings).most_common()),
        "skipped": export.skipped,
        "warnings": export.warnings,
    }


def render_json(export: Export, results: AuditResults) -> str:
    report = {"version": 1, "findings": records(results), "summary": summary(export, results)}
    return json.dumps(report, ensure_ascii=False, indent=2)


def render_text(export: Export, results: AuditResults) -> str:
    """For a terminal: every value from the export has its control characters escaped, so a
    post's escape sequence (clear screen, OSC 52 clipboard write) is shown, not obeyed."""
    lines = []
    for record in records(results):
        where = " ".join(printable(record[part]) for part in ("date", "link") if record[part])
        lines.append(
            f'[{record["kind"]}{" " + where if where else ""}] "{printable(record["item"])}": '
            f"{record['entity']} {record['text']!r} -> {printable(str(record['suggestion']))}"
        )
    counts = summary(export, results)
    lines.append(
        f"{counts['findings']} findings in {counts['items_with_findings']} of "
        f"{counts['items']} items; by entity: "
        + (", ".join(f"{k} {v}" for k, v in counts["by_entity"].items()) or "none")
        + "; by kind: "
        + (", ".join(f"{k} {v}" for k, v in counts["by_kind"].items()) or "none")
    )
    lines += [f"skipped {printable(line)}" for line in export.skipped]
    lines += [f"warning: {printable(line)}" for line in export.warnings]
    return "\n".join(lines)


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; color: #222; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ddd; }
td { vertical-align: top; }
th { background: #f3f3f3; } td.value { font-family: ui-monospace, monospace; }
.error { color: #a00; font-weight: 600; } .warning { color: #a60; } .info { color: #06a; }
.summary { width: auto; } .summary td { border: none; padding: .1rem .6rem; }
"""


def render_html(export: Export, results: AuditResults) -> str:
    """One page, no script, no external resource: values masked, links to the items."""
    esc = html.escape
    counts = summary(export, results)
    rows_by_kind: dict[str, list[str]] = {}
    for record in records(results):
        link = record["link"]
        opened = (
            f'<a href="{esc(link)}" rel="noreferrer">open</a>'
            if re.match(r"https://([a-z]+\.)?linkedin\.com/", link)
            else ""
        )
        rows_by_kind.setdefault(record["kind"], []).append(
            "<tr>"
            f"<td>{esc(record['date'])}</td><td>{esc(record['item'])}</td>"
            f'<td class="{esc(record["severity"])}">{esc(record["entity"])}</td>'
            f'<td class="value">{esc(record["text"])}</td>'
            f"<td>{esc(record['suggestion'] or '')}</td><td>{opened}</td>"
            "</tr>"
        )
    sections = []
    for kind, title in KIND_TITLES.items():
        if kind in rows_by_kind:
            sections.append(
                f"<h2>{esc(title)} ({len(rows_by_kind[kind])})</h2>"
                "<table><thead><tr><th>Date</th><th>Item</th><th>Entity</th><th>Value</th>"
                "<th>Suggestion</th><th>Link</th></tr></thead><tbody>"
                + "".join(rows_by_kind[kind])
                + "</tbody></table>"
            )
    entity_rows = "".join(
        f"<tr><td>{esc(entity)}</td><td>{count}</td></tr>"
        for entity, count in counts["by_entity"].items()
    )
    skipped = "".join(f"<li>{esc(line)}</li>" for line in export.skipped + export.warnings)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        f"<title>draftlint audit of your LinkedIn export</title><style>{_STYLE}</style></head>"
        "<body><h1>What your LinkedIn export already shows</h1>"
        f"<p>{counts['findings']} findings in {counts['items_with_findings']} of "
        f"{counts['items']} items. Values are masked. Edit or delete the items on LinkedIn.</p>"
        f'<table class="summary" id="by-entity"><tbody>{entity_rows}</tbody></table>'
        + "".join(sections)
        + (f"<h2>Not scanned</h2><ul>{skipped}</ul>" if skipped else "")
        + "</body></html>"
    )
