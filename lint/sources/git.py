"""Git: the staged version of drafts, and a plain pre-commit hook."""

import shlex
import subprocess
import sys
from pathlib import Path

from lint import atomic
from lint.errors import DraftlintError

HOOK_MARKER = "# installed by draftlint install-hook"


def _git(*args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise DraftlintError("git is not installed") from None
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise DraftlintError(f"git {args[0]}: {message[-1] if message else 'failed'}")
    return done.stdout


def staged_paths() -> list[str]:
    """Files added, copied, modified or renamed in the index, relative to the current folder."""
    output = _git("diff", "--cached", "--name-only", "--diff-filter=ACMR", "--relative", "-z")
    return [name for name in output.decode("utf-8", "surrogateescape").split("\0") if name]


def read_staged(path: str) -> bytes:
    """The staged content of a file: what the commit will hold, not the working copy."""
    return _git("show", f":./{path}")


def hook_file() -> Path:
    return Path(_git("rev-parse", "--git-path", "hooks/pre-commit").decode().strip())


def install_hook() -> Path:
    """Write .git/hooks/pre-commit running `draftlint check --staged`; never overwrite another."""
    path = hook_file()
    if path.exists() and HOOK_MARKER not in path.read_text(errors="replace"):
        raise DraftlintError(f"{path} exists and is not draftlint's: not overwritten")
    script = Path(sys.executable).parent / "draftlint"
    command = shlex.quote(str(script)) if script.exists() else "draftlint"
    path.parent.mkdir(parents=True, exist_ok=True)
    script_text = f"#!/bin/sh\n{HOOK_MARKER}\nexec {command} check --staged\n"
    atomic.write_text(path, script_text, mode=0o755, what="cannot install the hook")
    return path
