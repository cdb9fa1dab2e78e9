"""SARIF 2.1.0, as GitHub code scanning reads it; values masked unless asked."""

import json
from collections.abc import Sequence
from typing import Any

from lint.reporting.positions import LineIndex
from lint.reporting.summary import Results
from lint.reporting.values import masks_of, message

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


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
            span = lines.span(finding)
            result: dict[str, Any] = {
                "ruleId": finding.rule_id,
                "level": _SARIF_LEVEL[finding.severity],
                "message": {"text": message(document, finding, masks, show_values=show_values)},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": finding.path},
                            "region": {
                                "startLine": span.line,
                                "startColumn": span.column,
                                "endLine": span.end_line,
                                "endColumn": span.end_column,
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
