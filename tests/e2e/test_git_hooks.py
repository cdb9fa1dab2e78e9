"""Git for real: `check --staged`, `install-hook`, and the pre-commit framework's hook."""

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import REPO, SCRIPT

BIN = Path(sys.executable).parent
LEAK = "Open to work! Call me on 06 12 34 56 78.\n"
SAFE = "Open to work! Message me here.\n"


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=check, env=_env()
    )


def _env() -> dict[str, str]:
    # The venv's bin first, so that hooks find draftlint and pre-commit as a user's shell would.
    # Not inside a pre-commit run, whatever runs the tests: each test says where it is.
    inherited = {k: v for k, v in os.environ.items() if k != "PRE_COMMIT"}
    return {**inherited, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "test@example.invalid")
    git(tmp_path, "config", "user.name", "Test")
    git(tmp_path, "config", "commit.gpgsign", "false")
    return tmp_path


def draftlint(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [SCRIPT, *args], cwd=repo, capture_output=True, text=True, timeout=120, env=_env()
    )


def test_staged_reads_the_staged_content_not_the_working_copy(repo: Path) -> None:
    post = repo / "post.md"
    post.write_text(LEAK, encoding="utf-8")
    git(repo, "add", "post.md")
    post.write_text(SAFE, encoding="utf-8")  # edited after git add: the commit still leaks
    result = draftlint(repo, "check", "--staged")
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith('post.md:1:26: phone-number PHONE_NUMBER "06 12 34 56 78"')
    git(repo, "add", "post.md")
    post.write_text(LEAK, encoding="utf-8")  # and the other way round
    assert draftlint(repo, "check", "--staged").returncode == 0


def test_install_hook_blocks_a_leaking_commit_and_lets_the_fixed_one_through(repo: Path) -> None:
    result = draftlint(repo, "install-hook")
    assert result.returncode == 0, result.stderr
    hook = repo / ".git" / "hooks" / "pre-commit"
    assert os.access(hook, os.X_OK)
    (repo / "post.md").write_text(LEAK, encoding="utf-8")
    git(repo, "add", "post.md")
    blocked = git(repo, "commit", "-qm", "post", check=False)
    assert blocked.returncode != 0
    assert "06 12 34 56 78" in blocked.stdout + blocked.stderr
    assert git(repo, "rev-list", "--all").stdout == ""  # nothing was committed
    (repo / "post.md").write_text(SAFE, encoding="utf-8")
    git(repo, "add", "post.md")
    assert git(repo, "commit", "-qm", "post", check=False).returncode == 0


def _next_steps(output: str) -> list[str]:
    lines = output.splitlines()
    start = lines.index("draftlint: this commit is blocked. What next:")
    return [line.split(":", 1)[1].strip() for line in lines[start + 1 : start + 6]]


def test_a_blocked_commit_says_what_to_do_next_and_each_step_works(repo: Path) -> None:
    assert draftlint(repo, "install-hook").returncode == 0
    (repo / "my post.md").write_text(LEAK, encoding="utf-8")
    (repo / "notes.md").write_text(SAFE, encoding="utf-8")
    git(repo, "add", ".")
    blocked = git(repo, "commit", "-qm", "post", check=False)
    assert blocked.returncode != 0
    fix, review, add, allow, anyway = _next_steps(blocked.stderr)
    # Only the file that blocks is named, quoted for the shell.
    assert fix == "draftlint check --fix 'my post.md'"
    assert review == "draftlint check -i 'my post.md'"
    assert add == "git add 'my post.md'"
    assert allow == 'allow = ["the value"] in .draftlint.toml (at the repository\'s root)'
    assert anyway == "git commit --no-verify"
    # The allow list, as told: the number is fine to publish after all.
    (repo / ".draftlint.toml").write_text('allow = ["06 12 34 56 78"]\n', encoding="utf-8")
    git(repo, "add", ".draftlint.toml")
    assert git(repo, "commit", "-qm", "allowed", check=False).returncode == 0
    # With the configuration in place, the next block names it; the fix command, run as
    # printed, fixes the file, and the commit goes through once it is staged again.
    (repo / "my post.md").write_text("Write to jane.doe@gmail.com.\n", encoding="utf-8")
    git(repo, "add", ".")
    blocked = git(repo, "commit", "-qm", "mail", check=False)
    fix, _, add, allow, _ = _next_steps(blocked.stderr)
    assert allow == 'allow = ["the value"] in .draftlint.toml'
    assert subprocess.run(shlex.split(fix), cwd=repo, env=_env(), check=False).returncode == 0
    assert "jane.doe@gmail.com" not in (repo / "my post.md").read_text(encoding="utf-8")
    git(repo, *shlex.split(add)[1:])
    assert git(repo, "commit", "-qm", "mail", check=False).returncode == 0


def test_a_check_outside_a_commit_prints_no_next_steps(repo: Path) -> None:
    (repo / "post.md").write_text(LEAK, encoding="utf-8")
    result = draftlint(repo, "check", "post.md")
    assert result.returncode == 1
    assert "What next" not in result.stdout + result.stderr


def test_install_hook_refuses_to_overwrite_another_hook(repo: Path) -> None:
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho mine\n")
    result = draftlint(repo, "install-hook")
    assert result.returncode == 2
    assert "exists and is not draftlint's: not overwritten" in result.stderr
    assert hook.read_text() == "#!/bin/sh\necho mine\n"


def test_staged_outside_a_repository_is_a_one_line_error(tmp_path: Path) -> None:
    result = draftlint(tmp_path, "check", "--staged")
    assert result.returncode == 2
    assert result.stderr.startswith("draftlint: error: git diff:")
    assert len(result.stderr.splitlines()) == 1


def test_the_manifest_is_valid_for_pre_commit() -> None:
    done = subprocess.run(
        [str(BIN / "pre-commit"), "validate-manifest", str(REPO / ".pre-commit-hooks.yaml")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _local_config(repo: Path) -> None:
    """The manifest's hook as a local repo entry, run by the installed draftlint."""
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = {**hook, "language": "system", "entry": f"{SCRIPT} check"}
    hook.pop("minimum_pre_commit_version", None)
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")


def test_pre_commit_blocks_a_phone_number_and_passes_once_fixed(repo: Path) -> None:
    _local_config(repo)
    (repo / "post.md").write_text(LEAK, encoding="utf-8")
    (repo / "notes.txt").write_text(SAFE, encoding="utf-8")
    (repo / "script.py").write_text("PHONE = '06 12 34 56 78'\n", encoding="utf-8")  # not a draft
    git(repo, "add", ".")
    pre_commit = str(BIN / "pre-commit")
    assert (
        subprocess.run([pre_commit, "install"], cwd=repo, env=_env(), check=False).returncode == 0
    )
    blocked = git(repo, "commit", "-qm", "post", check=False)
    assert blocked.returncode != 0
    output = blocked.stdout + blocked.stderr
    assert "post.md:1:26: phone-number" in output
    assert "script.py" not in output
    # pre-commit passes every staged draft; only the one that blocks is named.
    assert "draftlint check --fix post.md\n" in output
    assert "git commit --no-verify" in output
    (repo / "post.md").write_text(SAFE, encoding="utf-8")
    git(repo, "add", "post.md")
    assert git(repo, "commit", "-qm", "post", check=False).returncode == 0
    # --all-files and --files check files, not the staged diff: the leak in an old file shows.
    (repo / "old.md").write_text(LEAK, encoding="utf-8")
    git(repo, "add", "old.md")
    git(repo, "commit", "-qm", "old", "--no-verify")
    every = subprocess.run(
        [pre_commit, "run", "--all-files"], cwd=repo, capture_output=True, text=True, env=_env()
    )
    assert every.returncode == 1
    assert "old.md:1:26: phone-number" in every.stdout
    one = subprocess.run(
        [pre_commit, "run", "--files", "notes.txt"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=_env(),
    )
    assert one.returncode == 0, one.stdout


def _write_docx(path: Path, text: str) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))


def _write_pdf(path: Path, text: str) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 800, text)
    pdf.save()


def _write_html(path: Path, text: str) -> None:
    path.write_text(f"<html><body><p>{text}</p></body></html>\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "write"), [("cv.docx", _write_docx), ("cv.pdf", _write_pdf), ("cv.html", _write_html)]
)
def test_staged_reads_the_staged_version_of_every_format(repo: Path, name: str, write) -> None:  # type: ignore[no-untyped-def]
    path = repo / name
    write(path, LEAK.strip())
    git(repo, "add", name)
    write(path, SAFE.strip())  # the working copy is clean; the commit would leak
    result = draftlint(repo, "check", "--staged", "--format", "json")
    assert result.returncode == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["path"], finding["entity"]) == (name, "PHONE_NUMBER")
    git(repo, "add", name)
    assert draftlint(repo, "check", "--staged").returncode == 0


def test_the_pre_commit_hook_checks_docx_pdf_and_html(repo: Path) -> None:
    _local_config(repo)
    _write_docx(repo / "cv.docx", LEAK.strip())
    _write_pdf(repo / "cv.pdf", LEAK.strip())
    _write_html(repo / "cv.html", LEAK.strip())
    git(repo, "add", ".")
    done = subprocess.run(
        [str(BIN / "pre-commit"), "run", "--all-files"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=_env(),
    )
    assert done.returncode == 1
    flagged = {line.split(":")[0] for line in done.stdout.splitlines() if " phone-number " in line}
    assert flagged == {"cv.docx", "cv.pdf", "cv.html"}, done.stdout


def test_install_hook_replaces_a_planted_link_instead_of_writing_through_it(repo: Path) -> None:
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(exist_ok=True)
    victim = repo.parent / "victim-of-the-hook"
    hook.symlink_to(victim)  # dangling: writing through it would create the victim
    result = draftlint(repo, "install-hook")
    assert result.returncode == 0, result.stderr
    assert not victim.exists()
    assert not hook.is_symlink()
    assert os.access(hook, os.X_OK)
    assert "check --staged" in hook.read_text()
