"""The clipboard for real: an Xvfb display, xclip to copy and read back, draftlint between."""

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Terminal, run

SCRIPT = str(Path(sys.executable).parent / "draftlint")
SENSITIVE = "Appelez-moi au 06 12 34 56 78, merci !"


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    """A private X display; the test fails without Xvfb and xclip (.ci/run installs them)."""
    if not (shutil.which("Xvfb") and shutil.which("xclip")):
        pytest.fail("Xvfb and xclip are needed: apt-get install xvfb xauth xclip")
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-nolisten", "tcp", "-screen", "0", "640x480x24"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def x_env(display: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("DISPLAY", display)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return {**os.environ, "DISPLAY": display}


def copy(text: str, env: dict[str, str]) -> None:
    # xclip stays in the background to serve the selection: give it no pipe to hold.
    subprocess.run(
        ["xclip", "-selection", "clipboard", "-i"],
        input=text.encode(),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    wait_for_clipboard(text, env)


def paste(env: dict[str, str]) -> str:
    done = subprocess.run(
        ["xclip", "-selection", "clipboard", "-o"], env=env, capture_output=True, check=False
    )
    return done.stdout.decode()


def wait_for_clipboard(expected: str, env: dict[str, str], timeout: float = 10) -> None:
    # A fresh X clipboard is racy: poll for the content rather than sleep and hope.
    deadline = time.monotonic() + timeout
    while paste(env) != expected:
        assert time.monotonic() < deadline, f"clipboard never held {expected!r}: {paste(env)!r}"
        time.sleep(0.05)


def start_watcher(env: dict[str, str], *options: str) -> subprocess.Popen:
    """`draftlint clipboard --watch` looking every tenth of a second, its output piped."""
    return subprocess.Popen(
        [SCRIPT, "clipboard", "--watch", "--interval", "0.1", *options],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class Lines:
    """The lines a process prints, read by a thread: a missing line fails, never hangs."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.queue: queue.Queue[str] = queue.Queue()
        assert process.stdout is not None
        stream = process.stdout
        threading.Thread(
            target=lambda: [self.queue.put(line) for line in stream], daemon=True
        ).start()

    def next(self, timeout: float = 60) -> str:
        try:
            return self.queue.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no output within {timeout} s") from None


def test_clipboard_reports_what_was_copied(x_env: dict[str, str]) -> None:
    copy(SENSITIVE, x_env)
    result = run("clipboard")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        '<clipboard>:1:16: phone-number PHONE_NUMBER "06 12 34 56 78" -> [numéro sur demande]'
    )


def test_a_clean_clipboard_exits_0(x_env: dict[str, str]) -> None:
    copy("Nothing to see here, just a normal sentence.", x_env)
    assert run("clipboard").exit_code == 0


def test_clipboard_fix_puts_the_fixed_text_back(x_env: dict[str, str]) -> None:
    copy(SENSITIVE, x_env)
    result = run("clipboard", "--fix")
    assert result.exit_code == 0
    assert "the clipboard holds the fixed text" in result.stdout
    wait_for_clipboard("Appelez-moi au [numéro sur demande], merci !", x_env)


def test_clipboard_interactive_puts_back_only_the_accepted_fixes(
    x_env: dict[str, str], tmp_path: Path
) -> None:
    copy("Appelez-moi au 06 12 34 56 78 ou écrivez à lea.moreau@mailbox.fr.", x_env)
    terminal = Terminal("clipboard", "-i", env=x_env, cwd=tmp_path)
    assert "  - 06 12 34 56 78\n  + [numéro sur demande]\n" in terminal.expect("? ")
    terminal.type("y")
    terminal.expect("(y,n,e,a,q,?)? ")
    terminal.type("n")
    code, rest = terminal.finish()
    assert code == 1, rest  # the address was kept
    assert "The clipboard holds the fixed text." in rest
    wait_for_clipboard(
        "Appelez-moi au [numéro sur demande] ou écrivez à lea.moreau@mailbox.fr.", x_env
    )


def test_clipboard_interactive_refuses_watch(x_env: dict[str, str]) -> None:
    copy(SENSITIVE, x_env)
    result = run("clipboard", "-i", "--watch")
    assert result.exit_code == 2
    assert result.stderr == "draftlint: error: --interactive cannot be combined with --watch\n"
    assert paste(x_env) == SENSITIVE


def test_clipboard_diff_changes_nothing(x_env: dict[str, str]) -> None:
    copy(SENSITIVE, x_env)
    result = run("clipboard", "--diff")
    assert result.exit_code == 1
    assert "+Appelez-moi au [numéro sur demande], merci !" in result.stdout
    assert paste(x_env) == SENSITIVE


def test_watch_reports_each_new_copy_and_stops_cleanly_on_ctrl_c(x_env: dict[str, str]) -> None:
    copy("A first, harmless sentence.", x_env)
    watcher = start_watcher(x_env)
    lines = Lines(watcher)
    try:
        assert lines.next().startswith("Watching the clipboard")
        assert lines.next() == "Copied text is clean.\n"
        copy(SENSITIVE, x_env)
        assert lines.next() == "Sensitive content copied: 1 finding.\n"
        assert "06 12 34 56 78" in lines.next()
    finally:
        watcher.send_signal(signal.SIGINT)
        watcher.wait(timeout=30)
    assert watcher.returncode == 0
    assert watcher.stderr is not None
    assert "Traceback" not in watcher.stderr.read()
    assert lines.next() == "Stopped watching the clipboard.\n"


def test_no_clipboard_mechanism_is_a_one_line_error(tmp_path: Path) -> None:
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    result = subprocess.run(
        [SCRIPT, "clipboard"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stderr.startswith("draftlint: error: no clipboard found: install xclip")
    assert len(result.stderr.splitlines()) == 1


def _png() -> bytes:
    """A one-pixel PNG: what copying a screenshot puts on the clipboard."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def copy_image(env: dict[str, str]) -> None:
    subprocess.run(
        ["xclip", "-selection", "clipboard", "-t", "image/png", "-i"],
        input=_png(),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    deadline = time.monotonic() + 10
    while (
        b"PNG"
        not in subprocess.run(
            ["xclip", "-selection", "clipboard", "-o"], env=env, capture_output=True, check=False
        ).stdout
    ):
        assert time.monotonic() < deadline, "the image never reached the clipboard"
        time.sleep(0.05)


def test_an_image_on_the_clipboard_is_one_line_exit_2(x_env: dict[str, str]) -> None:
    copy_image(x_env)
    result = subprocess.run(
        [SCRIPT, "clipboard"], env=x_env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert result.stderr == (
        "draftlint: error: the clipboard holds no text (an image or a file?); "
        "copy the draft's text\n"
    )


def test_watch_notes_an_image_once_and_goes_on(x_env: dict[str, str]) -> None:
    copy_image(x_env)
    watcher = start_watcher(x_env)
    lines = Lines(watcher)
    try:
        assert lines.next().startswith("Watching the clipboard")
        time.sleep(1)  # ten looks at the same image: one note
        copy(SENSITIVE, x_env)
        assert lines.next() == "Sensitive content copied: 1 finding.\n"
    finally:
        watcher.send_signal(signal.SIGINT)
        watcher.wait(timeout=30)
    assert watcher.returncode == 0
    assert watcher.stderr is not None
    assert watcher.stderr.read() == (
        "draftlint: note: the clipboard holds no text (an image or a file?); "
        "copy the draft's text\n"
    )


def test_watch_follows_format_and_masks_values_as_check_does(x_env: dict[str, str]) -> None:
    copy("A first, harmless sentence.", x_env)
    watcher = start_watcher(x_env, "--format", "json")
    lines = Lines(watcher)
    try:
        clean = json.loads(lines.next())  # one report a line: a log a program can read
        assert clean["findings"] == []
        copy(SENSITIVE, x_env)
        line = lines.next()
        (finding,) = json.loads(line)["findings"]
        assert finding["entity"] == "PHONE_NUMBER"
        assert "06 12 34 56 78" not in line
        assert "12 34 56" not in line
        assert "*" in finding["text"]
    finally:
        watcher.send_signal(signal.SIGINT)
        watcher.wait(timeout=30)
    assert watcher.returncode == 0
    time.sleep(0.5)  # the reader thread reaches the end of the output
    assert lines.queue.empty()  # no "Stopped watching" line in a JSON log
