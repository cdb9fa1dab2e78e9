"""--interactive refuses, in one line and exit 2, what it cannot do: options that would
fight it, and a stdin that is no terminal (CliRunner's is not). Nothing is scanned first."""

from pathlib import Path

import pytest
from helpers import run

DRAFT = "Call me on 06 12 34 56 78.\n"


@pytest.mark.parametrize(
    ("options", "conflict"),
    [
        (["--fix"], "--fix"),
        (["--diff"], "--diff"),
        (["--format", "json"], "--format json"),
        (["--format", "sarif"], "--format sarif"),
        (["--baseline", "baseline.json"], "--baseline"),
        (["--staged"], "--staged"),
    ],
)
def test_an_option_that_fights_interactive_is_one_line_and_exit_2(
    tmp_path: Path, options: list[str], conflict: str
) -> None:
    post = tmp_path / "post.txt"
    post.write_text(DRAFT, encoding="utf-8")
    result = run("check", "-i", *options, str(post))
    assert result.exit_code == 2
    assert result.stderr == f"draftlint: error: --interactive cannot be combined with {conflict}\n"
    assert result.stdout == ""
    assert post.read_text(encoding="utf-8") == DRAFT


def test_stdin_cannot_be_both_the_draft_and_the_answers() -> None:
    result = run("check", "-i", "-", stdin=DRAFT)
    assert result.exit_code == 2
    assert result.stderr.startswith("draftlint: error: --interactive cannot be combined with stdin")
    assert len(result.stderr.splitlines()) == 1


def test_without_a_terminal_to_ask_on_it_is_one_line_and_exit_2(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text(DRAFT, encoding="utf-8")
    result = run("check", "--interactive", str(post))
    assert result.exit_code == 2
    assert result.stderr == (
        "draftlint: error: --interactive asks on the terminal, and stdin is not one; "
        "use --fix or --diff\n"
    )
    assert post.read_text(encoding="utf-8") == DRAFT
