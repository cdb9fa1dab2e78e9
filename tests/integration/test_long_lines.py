"""A dense single line is read in time linear in its length, and a cut loses no value."""

import re
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lint.cli.app import app
from lint.detection.segments import MAX_RUN_CHARS, split
from lint.pipeline import check


def dense_line(size: int) -> str:
    """Letters and digits with no whitespace: a run spaCy and some rule regexes found
    quadratic (100 KB stopped the scan on a regex timeout)."""
    return ("a1b2c3d4e5f6g7h8i9j0" * (size // 20 + 1))[:size]


def test_no_piece_handed_to_spacy_holds_a_run_longer_than_the_bound() -> None:
    text = dense_line(300_000) + " then words " + "x;" * 5_000
    segments = split(text)
    longest = max(len(run) for s in segments for run in re.findall(r"\S+", s.text))
    assert longest <= MAX_RUN_CHARS
    assert all(text[s.start : s.start + len(s.text)] == s.text for s in segments)
    covered = 0
    for segment in segments:  # pieces may overlap, but leave no gap
        assert segment.start <= covered
        covered = max(covered, segment.start + len(segment.text))
    assert covered == len(text)


def test_a_dense_single_line_of_a_megabyte_is_read_in_bounded_time(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(dense_line(1_000_000), encoding="utf-8")
    started = time.monotonic()
    result = CliRunner().invoke(app, ["check", "--jobs", "1", "--format", "json", str(path)])
    elapsed = time.monotonic() - started
    assert result.exit_code == 0, result.stderr
    assert elapsed < 90  # about 30 s here; before, a regex timeout stopped it (exit 2)


@pytest.mark.parametrize("start", [986, 988, 990, 992, 994, 996])
def test_a_value_through_which_a_cut_goes_is_found_exactly_once(start: int) -> None:
    # One run with no whitespace: it is cut near MAX_RUN_CHARS, at the last punctuation.
    value = "06.12.34.56.78"
    text = "x:" * (start // 2) + value + ":x" * (2 * MAX_RUN_CHARS)
    ends = {s.start + len(s.text) for s in split(text)}
    assert any(start < end < start + len(value) for end in ends)  # a cut goes through it
    found = [(f.start, f.end) for f in check(text) if f.entity == "PHONE_NUMBER"]
    assert found == [(start, start + len(value))]
