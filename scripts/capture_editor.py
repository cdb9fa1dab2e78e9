"""The README's capture of draftlint in an editor: Neovim, with editors/neovim/draftlint.lua,
on a made-up draft, in a detached tmux window of 100x30; once the diagnostics show, the
window's text and colours become an SVG (rich).

    PATH=.venv/bin:$PATH python scripts/capture_editor.py docs/images/neovim-diagnostics.svg

Needs nvim and tmux; the draftlint on PATH is the server Neovim starts."""

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.text import Text

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "editors" / "neovim" / "draftlint.lua"
WIDTH, HEIGHT = 100, 30
SOCKET = f"draftlint-capture-{os.getpid()}"  # a tmux server of its own, ended after
# Made up: nobody's name, a number in no directory, an address at a reserved domain.
DRAFT = """\
# Open to new roles

After six years of building data pipelines,
I am looking for my next team.

Many thanks to Ottilie Brennan for the intro!

Call me on 06 47 18 92 35,
or write to jules@example.org.
"""
VALUES = ["Ottilie Brennan", "06 47 18 92 35", "jules@example.org"]
SHOWN = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]  # each finding's message, once shown


def tmux(*args: str) -> str:
    done = subprocess.run(
        ["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=True, timeout=30
    )
    return done.stdout


def screen(*, styled: bool) -> str:
    return tmux("capture-pane", "-p", *(["-e"] if styled else []), "-t", "capture")


def capture(folder: Path, timeout: float) -> tuple[str, str]:
    """The window's text once every finding's diagnostic shows; then, with its SGR colours,
    once the hover of the last finding shows too."""
    draft = folder / "post.md"
    draft.write_text(DRAFT, encoding="utf-8")
    # A float as dark as the window (0.7's default colour scheme has it pink), and no red
    # mark on the "_" inside a word that the Markdown syntax takes for an error.
    colours = "hi NormalFloat ctermbg=238 guibg=#444444 | hi link markdownError NONE"
    command = f"nvim --clean -u {CONFIG} -c '{colours}' {draft.name}"
    tmux(
        "new-session", "-d", "-s", "capture", "-x", str(WIDTH), "-y", str(HEIGHT),
        "-c", str(folder), "-e", f"PATH={os.environ['PATH']}", command,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + timeout
        while not all(word in screen(styled=False) for word in SHOWN):
            if time.monotonic() > deadline:
                raise SystemExit(f"no diagnostics after {timeout:.0f} s:\n{screen(styled=False)}")
            time.sleep(0.2)
        diagnosed = screen(styled=False)
        # The cursor on the e-mail address, and its hover below it: the rule's explanation.
        keys = ':call cursor(9, 13) | lua vim.lsp.buf.hover()\n:echo ""'
        tmux("send-keys", "-t", "capture", keys, "Enter")
        while "Why:" not in screen(styled=False):
            if time.monotonic() > deadline:
                raise SystemExit(f"no hover after {timeout:.0f} s:\n{screen(styled=False)}")
            time.sleep(0.2)
        time.sleep(0.5)  # the float's last lines drawn
        return diagnosed, screen(styled=True)
    finally:
        tmux("kill-server")


def masked_only(shown: str) -> None:
    """Each value appears once, in the draft's own text: the diagnostics show masks."""
    for value in VALUES:
        if (count := shown.count(value)) != 1:
            raise SystemExit(f"{value!r} is shown {count} times, not once:\n{shown}")


def to_svg(ansi: str) -> str:
    console = Console(record=True, width=WIDTH, file=io.StringIO(), color_system="truecolor")
    console.print(Text.from_ansi(ansi.rstrip("\n")), soft_wrap=True)
    return console.export_svg(title="draftlint server in Neovim")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="the SVG to write")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait")
    output = parser.parse_args().output
    with tempfile.TemporaryDirectory() as folder:
        diagnosed, ansi = capture(Path(folder), parser.parse_args().timeout)
    masked_only(diagnosed)
    masked_only(Text.from_ansi(ansi).plain)  # the hover covers none of the draft's values
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(to_svg(ansi), encoding="utf-8")
    print(f"wrote {output}", file=sys.stderr)


if __name__ == "__main__":
    main()
