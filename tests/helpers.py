"""What the tests of every tier share: the CLI in this process, the repository's paths."""

import os
import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner, Result

from lint.cli.app import app

REPO = Path(__file__).resolve().parent.parent
# CI has the shared corpus beside the checkout; a test that needs it fails without it.
CORPUS = REPO.parent / "shared" / "corpus"
DEV_PLAIN = CORPUS / "dev" / "plain"
# The installed console script, beside the interpreter running the tests.
SCRIPT = str(Path(sys.executable).parent / "draftlint")


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    """draftlint with these arguments, through typer's CliRunner: exit code and output."""
    return CliRunner().invoke(app, list(args), input=stdin)


# A hostile draft: terminal escapes, a clipboard write, C1 and bidi controls, in the text and
# in the file's name. Nothing of it may reach a terminal unescaped.
OSC52 = "\x1b]52;c;aGVsbG8=\x07"  # writes "hello" to the clipboard
LINE = f"\x1b[2J{OSC52}Call me on 06 12 34 56 78\x9b31m now\u202e."
# ESC, BEL and the C1 range (CSI is \x9b); what rich writes to style the report is SGR only.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
ESCAPED_LINE = r"\x1b[2J\x1b]52;c;aGVsbG8=\x07Call me on 06 12 34 56 78\x9b31m now\u202e."


def hostile_draft(folder: Path) -> Path:
    # The file name carries an OSC 52 as well: on Linux a name may hold any byte but "/".
    path = folder / f"post{OSC52}.txt"
    path.write_text(f"Intro\n{LINE}\n", encoding="utf-8")
    return path


def run_on_a_terminal(*args: str, columns: int = 400) -> tuple[int, str, str]:
    """draftlint in a real pseudo-terminal: it sees isatty() and styles its report; the exit
    code, what the terminal received, and stderr."""
    import pty

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    done = subprocess.run(
        [sys.executable, "-m", "lint.cli.app", *args],
        stdout=follower,
        stderr=subprocess.PIPE,
        env={**env, "TERM": "xterm-256color", "COLUMNS": str(columns)},
        timeout=120,
        check=False,
    )
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed once everything is read
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    return done.returncode, output.decode(), done.stderr.decode()
