"""A real pseudo-terminal: nothing from a hostile draft reaches the screen."""

import re
from pathlib import Path

from helpers import ESCAPED_LINE, FORBIDDEN, hostile_draft, run_on_a_terminal


def test_on_a_terminal_no_escape_from_the_draft_reaches_the_screen(tmp_path: Path) -> None:
    hostile = hostile_draft(tmp_path)
    code, output, errors = run_on_a_terminal("check", str(hostile))
    assert code == 1, errors
    assert "\x1b[" in output  # styled: this is the terminal path of the report
    # What is left once rich's own styling (SGR: ESC [ ... m) is taken out: no control at all.
    unstyled = re.sub(r"\x1b\[[0-9;]*m", "", output).replace("\r\n", "\n")
    assert not FORBIDDEN.search(unstyled.replace("\n", "")), repr(unstyled)
    assert f"\n    {ESCAPED_LINE}\n" in unstyled
    caret = " " * (4 + ESCAPED_LINE.index("06 12")) + "^" + "~" * 13
    assert f"\n{caret}\n" in unstyled


def test_on_a_terminal_the_report_is_coloured_with_the_line_and_a_caret(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(
        "Open to work! Call me on 06 12 34 56 78 or write to jane.doe@gmail.com.\n"
        "My IBAN: FR76 3000 3018 4700 0517 3826 435\n",
        encoding="utf-8",
    )
    code, text, errors = run_on_a_terminal("check", str(post), columns=200)
    assert code == 1, errors
    assert "\x1b[" in text  # styled
    plain_text = re.sub(r"\x1b\[[0-9;]*m", "", text).replace("\r\n", "\n")
    assert "    Open to work! Call me on 06 12 34 56 78" in plain_text
    caret = " " * (4 + 25) + "^" + "~" * (len("06 12 34 56 78") - 1)  # under column 26
    assert f"\n{caret}\n" in plain_text.replace("\r", "")
