"""The README's two commands stay true: CI runs the second one word for word."""

from helpers import REPO


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
