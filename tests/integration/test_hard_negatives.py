"""Drafts with no personal data in them (skills lists, headings, tools, places, companies,
certificates): nothing may be reported. Each file in tests/hard_negatives/ is one."""

from pathlib import Path

import pytest

from lint.pipeline import check

HARD_NEGATIVES = sorted((Path(__file__).parent.parent / "hard_negatives").glob("*.txt"))


def test_there_are_hard_negatives() -> None:
    assert len(HARD_NEGATIVES) >= 3


@pytest.mark.parametrize("path", HARD_NEGATIVES, ids=lambda path: path.name)
def test_a_draft_with_no_personal_data_gets_no_finding(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [(f.entity, text[f.start : f.end]) for f in check(text)]
    assert found == []
