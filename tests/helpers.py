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


SGR = re.compile(r"\x1b\[[0-9;]*m")  # rich's styling: colour, bold, reverse


class Terminal:
    """draftlint in a real pseudo-terminal for stdin, stdout and stderr, as a person runs
    it: read what it shows, type answers. A missing prompt fails the test, never hangs it."""

    def __init__(self, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
        import pty

        self.leader, follower = pty.openpty()
        base = {
            k: v for k, v in (env or os.environ).items() if k not in ("NO_COLOR", "FORCE_COLOR")
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "lint.cli", *args],
            stdin=follower,
            stdout=follower,
            stderr=follower,
            # cwd may be anywhere: the code run is this checkout's, whatever PYTHONPATH says.
            env={**base, "TERM": "xterm-256color", "COLUMNS": "200", "PYTHONPATH": str(REPO)},
            cwd=cwd,
            # Its own session, without a controlling terminal: a hang-up when it ends must
            # not reach the xclip it leaves behind to serve the clipboard.
            start_new_session=True,
        )
        os.close(follower)
        self.raw = b""  # everything the terminal received, styled
        self.seen = 0  # how much of the plain text expect() has consumed

    @property
    def text(self) -> str:
        """What the terminal shows, without rich's styling and with plain newlines."""
        return SGR.sub("", self.raw.decode(errors="replace")).replace("\r\n", "\n")

    def _read(self, timeout: float) -> int:
        """Take what the terminal received: the bytes read, 0 if none came, -1 once every
        end of it is closed (the program has ended)."""
        import select

        ready, _, _ = select.select([self.leader], [], [], timeout)
        if not ready:
            return 0
        try:
            chunk = os.read(self.leader, 65536)
        except OSError:  # EIO, on Linux, for a closed terminal
            return -1
        self.raw += chunk
        return len(chunk) or -1

    def expect(self, wanted: str, timeout: float = 120) -> str:
        """Wait until wanted appears after what was expected before; the text up to it."""
        import time

        deadline = time.monotonic() + timeout
        while wanted not in self.text[self.seen :]:
            assert time.monotonic() < deadline, f"never shown: {wanted!r} in {self.text!r}"
            assert self._read(0.1) >= 0, f"ended without showing {wanted!r}: {self.text!r}"
        end = self.text.index(wanted, self.seen) + len(wanted)
        shown, self.seen = self.text[self.seen : end], end
        return shown

    def type(self, line: str) -> None:
        os.write(self.leader, line.encode() + b"\n")

    def interrupt(self) -> None:
        """Ctrl-C: the SIGINT a terminal sends its foreground program."""
        import signal

        self.process.send_signal(signal.SIGINT)

    def close_input(self) -> None:
        """Ctrl-D at the start of a line: the end of input for the program."""
        os.write(self.leader, b"\x04")

    def finish(self, timeout: float = 60) -> tuple[int, str]:
        """The exit code once the program ends, and what it showed after the last expect."""
        import time

        deadline = time.monotonic() + timeout
        # A helper it started (xclip serving the clipboard) may keep the terminal open.
        while (read := self._read(0.1)) > 0 or (read == 0 and self.process.poll() is None):
            assert time.monotonic() < deadline, f"still running: {self.text!r}"
        os.close(self.leader)
        return self.process.wait(), self.text[self.seen :]
