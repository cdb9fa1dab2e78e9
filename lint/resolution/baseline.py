"""A baseline of accepted findings: `check --baseline` then reports only new ones.

Keyed by content (rule and value), not by line, so moving a paragraph keeps it valid.
The values are never stored: each is a salted scrypt digest, deliberately slow, since a
plain hash of a phone number is reversed by hashing every number. Slow is not secret:
whoever has the file can still try every candidate of a small set (see SCRYPT).
"""

import hashlib
import json
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lint import atomic
from lint.errors import DraftlintError
from lint.model import Document, Finding

VERSION = 1
# About 5 ms a digest on one core. The salt stops precomputed tables, and every candidate
# costs 5 ms, but a value from a small set is found back by trying them all: an age (about
# 100 candidates) at once, a birth date (some 40,000 days in a century, a few spellings each)
# within minutes, a postcode in seconds. Only a value from a large set resists: a French
# mobile number (10^8) takes about six days of one core, and less with many cores.
SCRYPT = {"n": 2**11, "r": 8, "p": 1, "dklen": 16}


@dataclass(frozen=True)
class Baseline:
    salt: bytes
    files: dict[str, Counter[str]]


def _digest(salt: bytes, finding: Finding, text: str) -> str:
    value = " ".join(text[finding.start : finding.end].split()).casefold()
    material = f"{finding.rule_id}\0{value}".encode("utf-8", "surrogatepass")
    return hashlib.scrypt(material, salt=salt, **SCRYPT).hex()


def build(results: Sequence[tuple[Document, Sequence[Finding]]]) -> Baseline:
    salt = secrets.token_bytes(16)
    files = {
        document.path: Counter(_digest(salt, f, document.text) for f in findings)
        for document, findings in results
        if findings
    }
    return Baseline(salt, files)


def save(baseline: Baseline, path: Path) -> None:
    data = {
        "version": VERSION,
        "salt": baseline.salt.hex(),
        "files": {name: dict(sorted(counts.items())) for name, counts in baseline.files.items()},
    }
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    atomic.write_text(path, text, what="cannot write the baseline")


def load(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != VERSION:
            raise DraftlintError(f"{path}: version: expected {VERSION}")
        files = {name: Counter(counts) for name, counts in data["files"].items()}
        return Baseline(bytes.fromhex(data["salt"]), files)
    except OSError as error:
        raise DraftlintError(f"{path}: cannot read the baseline: {error.strerror}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise DraftlintError(f"{path}: not a draftlint baseline ({error})") from None


def new_findings(
    baseline: Baseline, document: Document, findings: Sequence[Finding]
) -> list[Finding]:
    """The findings beyond those the baseline accepted for this file."""
    left = Counter(baseline.files.get(document.path, Counter()))
    fresh = []
    for finding in findings:
        digest = _digest(baseline.salt, finding, document.text)
        if left[digest] > 0:
            left[digest] -= 1
        else:
            fresh.append(finding)
    return fresh
