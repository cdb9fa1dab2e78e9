"""check --interactive in a real pseudo-terminal: one test a key, as a person types them."""

import subprocess
import sys
from pathlib import Path

from helpers import Terminal, run

PROMPT = "(y,n,e,a,q,?)? "
EMAIL = "lea.moreau@mailbox.fr"
PHONE = "06 12 34 56 78"
DRAFT = f"Hello all,\nWrite to {EMAIL} or call {PHONE} after six.\nSee you soon!\n"


def draft(folder: Path) -> Path:
    path = folder / "post.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def start(path: Path, *options: str) -> Terminal:
    # One language, one spaCy model to load: the conversation is the same in both.
    return Terminal("check", "-i", "--lang", "en", *options, str(path), cwd=path.parent)


def test_y_applies_the_fix_shown_with_its_line_and_replacement(tmp_path: Path) -> None:
    post = draft(tmp_path)
    terminal = start(post)
    shown = terminal.expect(PROMPT)
    assert f"post.md:2:10: email-address EMAIL_ADDRESS\n    Write to {EMAIL} or call" in shown
    assert f"  - {EMAIL}\n  + [email address]\n" in shown
    assert "\x1b[1;7;31m" + EMAIL in terminal.raw.decode()  # the value is highlighted
    assert "[1/2]" in shown
    terminal.type("y")
    assert "[2/2]" in terminal.expect(PROMPT)
    terminal.type("y")
    code, rest = terminal.finish()
    assert code == 0, rest
    assert "post.md: applied 2 fixes" in rest
    assert post.read_text(encoding="utf-8") == (
        "Hello all,\nWrite to [email address] or call [number on request] after six.\n"
        "See you soon!\n"
    )


def test_n_keeps_the_value_and_a_draft_with_nothing_accepted_is_not_written(
    tmp_path: Path,
) -> None:
    post = draft(tmp_path)
    before = post.stat()
    terminal = start(post)
    for _ in range(2):
        terminal.expect(PROMPT)
        terminal.type("n")
    code, rest = terminal.finish()
    assert code == 1  # the values are still there
    assert "Applied 0 fixes in 0 files; 2 findings left." in rest
    assert post.read_text(encoding="utf-8") == DRAFT
    assert (post.stat().st_ino, post.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_e_writes_the_replacement_typed(tmp_path: Path) -> None:
    post = draft(tmp_path)
    terminal = start(post)
    terminal.expect(PROMPT)
    terminal.type("n")
    terminal.expect(PROMPT)
    terminal.type("e")
    terminal.expect("Your replacement (empty: back to the question): ")
    terminal.type("")  # an empty line: the question again, nothing changed
    assert f"  - {PHONE}" in terminal.expect(PROMPT)
    terminal.type("e")
    terminal.expect("Your replacement")
    terminal.type("my office line")
    code, rest = terminal.finish()
    assert code == 1, rest  # the e-mail address was kept
    assert post.read_text(encoding="utf-8") == DRAFT.replace(PHONE, "my office line")


def test_a_creates_a_config_beside_the_draft_and_the_next_run_allows_the_value(
    tmp_path: Path,
) -> None:
    post = draft(tmp_path)
    terminal = start(post)
    terminal.expect(PROMPT)
    terminal.type("a")
    shown = terminal.expect(PROMPT)
    config = tmp_path / ".draftlint.toml"
    assert f'Created {config} to allow "{EMAIL}".' in shown
    terminal.type("n")
    code, _ = terminal.finish()
    assert code == 1  # the phone number, kept
    assert config.read_text(encoding="utf-8") == f'allow = ["{EMAIL}"]\n'
    assert post.read_text(encoding="utf-8") == DRAFT
    again = run("check", str(post))
    assert EMAIL not in again.stdout
    assert PHONE in again.stdout


def test_a_adds_to_the_nearest_existing_config_keeping_its_comments(tmp_path: Path) -> None:
    config = tmp_path / ".draftlint.toml"
    config.write_text('# the team\nallow = ["Acme"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    post = draft(tmp_path / "drafts")
    terminal = start(post)
    terminal.expect(PROMPT)
    terminal.type("n")
    terminal.expect(PROMPT)
    terminal.type("a")
    code, rest = terminal.finish()
    assert code == 1
    assert f'Added "{PHONE}" to the allow list in {config}.' in rest
    assert config.read_text(encoding="utf-8") == f'# the team\nallow = ["Acme", "{PHONE}"]\n'


def test_q_writes_what_was_accepted_and_asks_nothing_more(tmp_path: Path) -> None:
    post = draft(tmp_path)
    second = tmp_path / "second.md"
    second.write_text(f"Reach me at {EMAIL}.\n", encoding="utf-8")
    terminal = Terminal("check", "-i", "--lang", "en", str(post), str(second), cwd=tmp_path)
    terminal.expect(PROMPT)
    terminal.type("y")
    terminal.expect(PROMPT)
    terminal.type("q")
    code, rest = terminal.finish()
    assert code == 1
    assert "second.md" not in rest  # never asked about
    assert post.read_text(encoding="utf-8") == DRAFT.replace(EMAIL, "[email address]")
    assert second.read_text(encoding="utf-8") == f"Reach me at {EMAIL}.\n"


def test_the_end_of_input_is_q(tmp_path: Path) -> None:
    post = draft(tmp_path)
    terminal = start(post)
    terminal.expect(PROMPT)
    terminal.type("y")
    terminal.expect(PROMPT)
    terminal.close_input()
    code, rest = terminal.finish()
    assert code == 1
    assert "Traceback" not in rest
    assert post.read_text(encoding="utf-8") == DRAFT.replace(EMAIL, "[email address]")


def test_question_mark_prints_the_help_then_asks_again(tmp_path: Path) -> None:
    post = draft(tmp_path)
    terminal = start(post)
    terminal.expect(PROMPT)
    terminal.type("?")
    shown = terminal.expect(PROMPT)
    for key in ("y - apply", "n - keep", "e - type", "a - keep the value", "q - quit", "? - print"):
        assert key in shown
    assert "[1/2]" in shown  # the same fix, asked again
    terminal.close_input()
    code, _ = terminal.finish()
    assert code == 1
    assert post.read_text(encoding="utf-8") == DRAFT


def test_a_hostile_draft_reaches_the_terminal_escaped(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(f"\x1b]52;c;aGVsbG8=\x07Call {PHONE}\x9b31m now\n", encoding="utf-8")
    terminal = start(post)
    terminal.expect(PROMPT)
    assert "\x07" not in terminal.raw.decode()
    assert "\x9b" not in terminal.raw.decode()
    assert r"    \x1b]52;c;aGVsbG8=\x07Call " in terminal.text
    terminal.type("y")
    code, _ = terminal.finish()
    assert code == 0


def test_not_on_a_terminal_it_is_one_line_and_exit_2(tmp_path: Path) -> None:
    post = draft(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "lint.cli", "check", "-i", str(post)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("draftlint: error: --interactive asks on the terminal")
    assert len(done.stderr.splitlines()) == 1
    assert post.read_text(encoding="utf-8") == DRAFT


def test_a_docx_gets_a_redacted_copy_with_only_the_accepted_fixes(tmp_path: Path) -> None:
    import docx

    cv = tmp_path / "cv.docx"
    document = docx.Document()
    document.add_paragraph(f"Write to {EMAIL} or call {PHONE} after six.")
    document.save(str(cv))
    original = cv.read_bytes()
    terminal = start(cv)
    terminal.expect(PROMPT)
    terminal.type("n")
    terminal.expect(PROMPT)
    terminal.type("y")
    code, rest = terminal.finish()
    assert code == 1, rest
    redacted = tmp_path / "cv.redacted.docx"
    assert f"wrote {redacted} (1 fix)" in rest
    assert docx.Document(str(redacted)).paragraphs[0].text == (
        f"Write to {EMAIL} or call [number on request] after six."
    )
    assert cv.read_bytes() == original


def test_a_pdf_is_not_asked_about_since_it_cannot_be_rewritten(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    cv = tmp_path / "cv.pdf"
    pdf = canvas.Canvas(str(cv))
    pdf.drawString(72, 800, f"Phone: {PHONE}")
    pdf.save()
    terminal = start(cv)
    code, rest = terminal.finish()
    assert code == 1
    assert PROMPT not in rest
    assert "draftlint cannot rewrite a PDF" in rest
    assert "Applied 0 fixes in 0 files; 1 finding left." in rest


def test_ctrl_c_stops_at_once_leaving_the_draft_unchanged(tmp_path: Path) -> None:
    post = draft(tmp_path)
    terminal = start(post)
    terminal.expect(PROMPT)
    terminal.type("y")  # accepted, but Ctrl-C is not q: nothing is written
    terminal.expect(PROMPT)
    terminal.interrupt()
    code, rest = terminal.finish()
    assert code == 130
    assert "Interrupted: the draft under review is unchanged." in rest
    assert "Traceback" not in rest
    assert post.read_text(encoding="utf-8") == DRAFT
