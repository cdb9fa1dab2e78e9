"""The installed `draftlint` script, run as a user would, from another folder."""

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers import REPO, SCRIPT

EXAMPLE = REPO / "examples" / "open-to-work-post.md"


def draftlint(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SCRIPT), *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=120
    )


def test_the_bundled_example_is_flagged_from_another_folder(tmp_path: Path) -> None:
    result = draftlint("check", "--format", "json", str(EXAMPLE), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    entities = {f["entity"] for f in report["findings"]}
    assert {"PHONE_NUMBER", "EMAIL_ADDRESS", "FINANCIAL_ACCOUNT", "PERSON"} <= entities
    names = [f for f in report["findings"] if f["entity"] == "PERSON"]
    text = EXAMPLE.read_text(encoding="utf-8")
    assert [text[f["start"] : f["end"]] for f in names] == ["Julien Marchetti"]


def test_stdin_through_a_pipe(tmp_path: Path) -> None:
    result = draftlint("check", "-", cwd=tmp_path, stdin="Ring me: +44 7911 123456\n")
    assert result.returncode == 1
    assert result.stdout.startswith('-:1:10: phone-number PHONE_NUMBER "+44 7911 123456"')


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    result = draftlint("check", "missing.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "draftlint: error: missing.md: no such file or folder\n"


def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = draftlint("check", str(fifo), cwd=tmp_path)
    assert result.returncode == 2
    assert "not a regular file" in result.stderr


def test_help_and_rules_load_no_model(tmp_path: Path) -> None:
    probe = (
        "import sys; from lint.cli.app import app; "
        "sys.argv=['draftlint','rules']; "
        "exec('try:\\n app()\\nexcept SystemExit: pass'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy','presidio_analyzer')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
