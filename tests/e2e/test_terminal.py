"""A real pseudo-terminal: nothing from a hostile draft reaches the screen."""

import os
import re
import subprocess
import sys
from pathlib import Path

from helpers import ESCAPED_LINE, FORBIDDEN, hostile_draft


def _run_on_a_terminal(*args: str) -> tuple[int, str, str]:
    import pty

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    done = subprocess.run(
        [sys.executable, "-m", "lint.cli.app", *args],
        stdout=follower,
        stderr=subprocess.PIPE,
        env={**env, "TERM": "xterm-256color", "COLUMNS": "400"},
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


def test_on_a_terminal_no_escape_from_the_draft_reaches_the_screen(tmp_path: Path) -> None:
    hostile = hostile_draft(tmp_path)
    code, output, errors = _run_on_a_terminal("check", str(hostile))
    assert code == 1, errors
    assert "\x1b[" in output  # styled: this is the terminal path of the report
    # What is left once rich's own styling (SGR: ESC [ ... m) is taken out: no control at all.
    unstyled = re.sub(r"\x1b\[[0-9;]*m", "", output).replace("\r\n", "\n")
    assert not FORBIDDEN.search(unstyled.replace("\n", "")), repr(unstyled)
    assert f"\n    {ESCAPED_LINE}\n" in unstyled
    caret = " " * (4 + ESCAPED_LINE.index("06 12")) + "^" + "~" * 13
    assert f"\n{caret}\n" in unstyled
