"""A run's results and their counts: the JSON report's summary, the text report's last line."""

from collections import Counter
from collections.abc import Sequence
from typing import Any

from lint.model import Document, Finding
from lint.vocabulary import SEVERITIES

Results = Sequence[tuple[Document, Sequence[Finding]]]


def summary(results: Results) -> dict[str, Any]:
    findings = [finding for _, found in results for finding in found]
    return {
        "files": len(results),
        "files_with_findings": sum(1 for _, found in results if found),
        "findings": len(findings),
        "by_entity": dict(sorted(Counter(f.entity for f in findings).items())),
        "by_severity": {s: sum(f.severity == s for f in findings) for s in SEVERITIES},
    }
