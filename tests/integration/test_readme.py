"""The README's two commands stay true: CI runs the second one word for word."""

import re
from pathlib import Path

from helpers import REPO, run


def _commands() -> list[str]:
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.startswith("    python3 -m venv")][:2]


def test_readme_opens_with_an_install_and_run_command_and_a_test_command() -> None:
    run, test = _commands()
    assert "draftlint check examples/" in run
    assert (REPO / run.split("draftlint check ")[1]).is_file()
    assert test.endswith("pytest")


def test_ci_runs_the_readme_test_command() -> None:
    _, test = _commands()
    assert test in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_readme_sample_output_is_what_the_example_gives() -> None:
    from typer.testing import CliRunner

    from lint.cli.app import app

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    sample = next(
        line.strip() for line in readme.splitlines() if "examples/open-to-work-post.md:" in line
    )
    output = CliRunner().invoke(app, ["check", str(REPO / "examples" / "open-to-work-post.md")])
    lines = [line.replace(str(REPO) + "/", "") for line in output.stdout.splitlines()]
    assert sample in lines


def _before_and_after_blocks() -> list[str]:
    """The indented blocks of the README's "Before and after" section, in order."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Before and after\n", 1)[1].split("\n| style |", 1)[0]
    # Indented lines, and the blank lines between two of them.
    blocks = re.findall(r"(?:^    .*\n(?:\n(?=    ))?)+", section, re.MULTILINE)
    return [re.sub(r"(?m)^    ", "", block) for block in blocks]


def test_the_readme_after_is_what_fix_writes_for_its_before(tmp_path: Path) -> None:
    before, after, role = _before_and_after_blocks()
    post = tmp_path / "post.md"
    post.write_text(before, encoding="utf-8")
    result = run("check", "--isolated", "--fix", str(post))
    assert result.exit_code == 0, result.output  # nothing left to report
    assert post.read_text(encoding="utf-8") == after
    as_roles = run("check", "--isolated", "--fix", "--replace", "PERSON=role", "-", stdin=before)
    assert role in as_roles.stdout
