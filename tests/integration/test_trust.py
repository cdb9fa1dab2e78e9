"""Trust: bad input never crashes, patterns never hang, fixes never lose a word."""

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import SCRIPT, run
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lint.detection.rules import Rule, bundled_rules, load_rule
from lint.errors import DraftlintError
from lint.model import Document
from lint.pipeline import Scanner, check
from lint.sources.files import write_fixed

RULES = bundled_rules()


# --- bad input: one line on stderr, exit 2, the other files still checked -----------------


def test_an_empty_file_is_clean(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run("check", str(tmp_path / "empty.txt")).exit_code == 0


def test_a_nul_byte_at_the_start_is_binary_and_inside_a_folder_only_a_note(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\0\x01\x02 binary")
    (tmp_path / "post.txt").write_text("Call 06 12 34 56 78.", encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.exit_code == 1  # the finding in post.txt, not an error
    assert (
        result.stderr
        == f"draftlint: note: {tmp_path / 'blob.txt'}: binary file, not a text draft; skipped\n"
    )
    named = run("check", str(tmp_path / "blob.txt"))
    assert named.exit_code == 2


def test_a_one_megabyte_line_is_scanned_without_error(tmp_path: Path) -> None:
    line = ("lorem ipsum " * 90_000) + "call 06 12 34 56 78"
    (tmp_path / "long.txt").write_text(line, encoding="utf-8")
    result = run("check", "--format", "json", str(tmp_path / "long.txt"))
    assert result.exit_code == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert line[finding["start"] : finding["end"]] == "06 12 34 56 78"


def test_a_50_megabyte_file_is_refused_at_once(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as stream:
        stream.truncate(50_000_000)
    started = time.monotonic()
    result = run("check", str(big))
    assert time.monotonic() - started < 5
    assert result.exit_code == 2
    assert result.stderr == f"draftlint: error: {big}: larger than 10 MB, not a draft\n"


def test_a_device_is_refused_not_read_forever() -> None:
    result = run("check", "/dev/zero")
    assert result.exit_code == 2
    assert result.stderr == "draftlint: error: /dev/zero: not a regular file\n"


def test_a_symlink_loop_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    result = run("check", str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert "Too many levels of symbolic links" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_file_where_a_folder_is_expected_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "rules.toml").write_text("", encoding="utf-8")
    result = run("check", "--rules", str(tmp_path / "rules.toml"), "-", stdin="x")
    assert result.exit_code == 2
    assert result.stderr == f"draftlint: error: {tmp_path / 'rules.toml'}: no such rules folder\n"


def test_an_unreadable_file_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    # Root reads any file: without its two overriding capabilities it sees what a user sees.
    command = [SCRIPT, "check", str(path)]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr == f"draftlint: error: {path}: permission denied\n"


# --- patterns never hang ----------------------------------------------------------------

ADVERSARIAL = [
    "0" * 20_000,
    "0 " * 10_000,
    "1-2.3 4/5 " * 2_000,
    "a" * 20_000,
    "A" * 20_000,
    "@" * 20_000,
    "a." * 10_000,
    "a@b." * 5_000,
    "x [at] y [dot] " * 1_000,
    "a dot b at c dot " * 1_000,
    "12 rue " * 3_000,
    "Flat 1, " * 3_000,
    "Passport no: " * 2_000,
    "-----BEGIN PRIVATE KEY-----" + "A" * 20_000,
    "http://" + "a." * 10_000,
    "password: " + "x" * 20_000,
    "\n".join(["Age: 12"] * 3_000),
]


@pytest.mark.parametrize("rule", [r for r in RULES if r.patterns], ids=lambda r: r.id)
def test_no_pattern_backtracks_catastrophically(rule: Rule) -> None:
    for text in ADVERSARIAL:
        started = time.monotonic()
        check(text, rules=[rule], language="en")  # raises if a pattern times out
        assert time.monotonic() - started < 5, (rule.id, text[:40])


def test_a_user_rule_that_backtracks_is_stopped_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "evil.toml"
    path.write_text(
        """entity = "CUSTOM_TERM"
summary = "Backtracks"
why = "Testing."
[[patterns]]
name = "nested"
regex = '''(a|aa)+$'''
score = 0.9
[replacement]
en = "x"
fr = "x"
[examples]
flagged = ["[[aaa]]"]
clean = ["b"]
""",
        encoding="utf-8",
    )
    rule = load_rule(path)
    started = time.monotonic()
    with pytest.raises(DraftlintError, match="backtracks catastrophically") as raised:
        check("a" * 40 + "!", rules=[rule], language="en")
    assert time.monotonic() - started < 10
    assert str(raised.value).startswith(f"{path}: patterns 'nested'")


# --- properties on arbitrary text --------------------------------------------------------

TEXT = st.text(
    alphabet=st.sampled_from(list("abcXYZ 0123456789@.-+:/()\n\téà€'💡")) | st.characters(),
    max_size=300,
)
SCANNER = Scanner()


def test_the_scan_never_raises_and_offsets_are_inside_the_text() -> None:
    round_trips: list[int] = []

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(TEXT)
    @example("Call me on 06 12 34 56 78 or write to jane.doe@gmail.com.")
    def scan(text: str) -> None:
        found = SCANNER.check_text(text)
        for finding in found:
            assert 0 <= finding.start < finding.end <= len(text)
        if found:
            report = json.loads(
                run("check", "--format", "json", "--show-values", "-", stdin=text).stdout
            )
            for record in report["findings"]:
                assert text[record["start"] : record["end"]] == record["text"]
            round_trips.append(len(report["findings"]))

    scan()
    # Arbitrary text rarely holds a finding: the example above makes sure that the JSON
    # round trip ran at least once, on records.
    assert any(round_trips), round_trips


SEEDED = st.builds(
    lambda before, value, after: before + value + after,
    st.text(max_size=40),
    st.sampled_from(
        [
            "06 12 34 56 78",
            "jane.doe@gmail.com",
            "FR76 3000 3018 4700 0517 3826 435",
            "192.168.1.24",
        ]
    ),
    st.text(max_size=40),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SEEDED)
def test_fix_changes_exactly_the_reported_spans_and_nothing_else(text: str) -> None:
    from lint.fixing.fix import fix_text

    reported = SCANNER.check_text(text)
    fixed, applied = fix_text(text, reported, "warning")
    assert applied == [
        f for f in reported if f.severity in ("error", "warning") and f.replacement is not None
    ]
    # The fixed text rebuilt from the report alone: the text between the applied spans,
    # byte for byte, and each span's suggestion.
    expected, last = "", 0
    for finding in applied:
        expected += text[last : finding.start] + (finding.replacement or "")
        last = finding.end
    assert fixed == expected + text[last:]


# --- nothing lost, nothing left behind ----------------------------------------------------


def test_the_fixed_file_is_complete_and_has_the_draft_s_mode_before_it_replaces_the_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "post.md"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    seen = []
    real_replace = os.replace

    def spy(source: str, target: object) -> None:
        seen.append((stat.S_IMODE(os.stat(source).st_mode), Path(source).read_text()))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", spy)
    write_fixed(Document(str(path), "old"), "new")
    assert seen == [(0o640, "new")]
    assert path.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


KILL_BEFORE_RENAME = """
import os, signal, sys
from lint.sources.files import write_fixed
from lint.model import Document
os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
path = sys.argv[1]
write_fixed(Document(path, open(path, encoding="utf-8").read()), "fixed text")
"""


def test_kill_9_between_write_and_rename_leaves_the_original_whole(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    original = "Call 06 12 34 56 78.\n" * 1000
    path.write_text(original, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", KILL_BEFORE_RENAME, str(path)], timeout=60)
    assert done.returncode == -signal.SIGKILL
    assert path.read_text(encoding="utf-8") == original


def test_a_scan_and_a_fix_write_nothing_but_the_draft(tmp_path: Path) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    draft = work / "post.md"
    draft.write_text("Reach me at jane.doe@gmail.com or 06 12 34 56 78.\n", encoding="utf-8")
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    codes = [
        subprocess.run(
            [SCRIPT, *args], cwd=work, env=env, capture_output=True, timeout=120
        ).returncode
        for args in (["check", "post.md"], ["check", "--fix", "post.md"])
    ]
    assert codes == [1, 0]  # both ran: found, then fixed everything
    assert "jane.doe@gmail.com" not in draft.read_text(encoding="utf-8")
    assert sorted(p.name for p in work.rglob("*")) == ["post.md"]
    assert list(home.rglob("*")) == []
    assert list((tmp_path / "tmp").rglob("*")) == []


def test_a_file_removed_between_listing_and_reading_is_an_error_and_the_rest_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lint.cli.runs import scan, sources_of
    from lint.sources.files import read_document

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("Call 06 12 34 56 78.", encoding="utf-8")
    sources = sources_of([str(tmp_path)], staged=False)  # the run lists the folder...
    (tmp_path / "b.txt").unlink()  # ...and the file goes before it is read
    results, failed = scan(sources, read_document, Scanner(), named=set())
    assert failed
    assert [Path(document.path).name for document, _ in results] == ["a.txt", "c.txt"]
    assert capsys.readouterr().err == (
        f"draftlint: error: {tmp_path / 'b.txt'}: no such file or folder\n"
    )
