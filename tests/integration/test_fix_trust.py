"""--fix changes exactly what `check` reported, and writes only where it is safe to."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run

import lint.pipeline

SCRIPT = str(Path(sys.executable).parent / "draftlint")
# The detector finds three names here, then, once they are replaced, "Rahman" on its own:
# a second, hidden pass used to make it "Person A" too, one pseudonym for two people.
THANKS = (
    "Huge thanks to Daniel Okafor, Nurul Aisyah binti Rahman and Tomasz Wójcik, "
    "the best team I have worked with.\n"
)
LEAK = "Open to work! Call me on 06 12 34 56 78.\n"
FIXED_LEAK = "Open to work! Call me on [number on request].\n"


def reported(path: Path) -> list[dict]:
    return json.loads(run("check", "--format", "json", str(path)).stdout)["findings"]


# --- a fix applies the report, nothing else -----------------------------------------------


def test_fix_applies_exactly_the_reported_findings_and_reports_what_is_left(
    tmp_path: Path,
) -> None:
    path = tmp_path / "post.txt"
    path.write_text(THANKS, encoding="utf-8")
    report = reported(path)
    assert [f["entity"] for f in report] == ["PERSON", "PERSON", "PERSON"]
    result = run("check", "--fix", str(path))
    fixed = path.read_text(encoding="utf-8")
    expected = THANKS
    for finding in sorted(report, key=lambda f: -f["start"]):
        expected = expected[: finding["start"]] + finding["suggestion"] + expected[finding["end"] :]
    assert fixed == expected
    assert "binti Rahman" in fixed  # not fixed behind the user's back...
    assert fixed.count("Person A") == 1
    assert f"{path}: fixed 3 findings\n" in result.stdout
    # ...but reported, with exit 1: the fixed text still holds a finding.
    assert f'{path}:1:41: person-name PERSON "Rahman"' in result.stdout
    assert "Fixed 3 findings in 1 file; 1 remains" in result.stdout
    assert result.exit_code == 1


def test_diff_shows_exactly_the_reported_findings(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(THANKS, encoding="utf-8")
    diff = run("check", "--diff", str(path))
    added = [line for line in diff.stdout.splitlines() if line.startswith("+") and "++" not in line]
    assert added == [
        "+Huge thanks to Person A, Person B binti Rahman and Person C, "
        "the best team I have worked with."
    ]
    assert path.read_text(encoding="utf-8") == THANKS


def test_a_suppressed_finding_in_markdown_is_not_fixed(tmp_path: Path) -> None:
    # check honours the comment: so must --fix (it used to scan the text without its path).
    path = tmp_path / "post.md"
    text = f"<!-- draftlint: ignore -->\n{LEAK}\n{LEAK}"
    path.write_text(text, encoding="utf-8")
    assert len(reported(path)) == 1
    result = run("check", "--fix", str(path))
    assert result.exit_code == 0, result.stdout
    assert path.read_text(encoding="utf-8") == f"<!-- draftlint: ignore -->\n{LEAK}\n{FIXED_LEAK}"
    assert f"{path}: fixed 1 finding\n" in result.stdout


def test_an_edit_made_while_the_scan_ran_is_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "post.txt"
    path.write_text(LEAK, encoding="utf-8")
    real_check = lint.pipeline.check

    def the_user_saves_meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real_check(*args, **kwargs)
        path.write_text(LEAK + "A paragraph the user just wrote.\n", encoding="utf-8")
        return found

    monkeypatch.setattr(lint.pipeline, "check", the_user_saves_meanwhile)
    result = run("check", "--fix", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"draftlint: error: {path}: changed while draftlint was checking it; "
        "not fixed (run it again)\n"
    )
    assert path.read_text(encoding="utf-8") == LEAK + "A paragraph the user just wrote.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.txt"]


# --- where a fix writes ----------------------------------------------------------------------


def test_a_symlinked_draft_is_fixed_at_its_target_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "drafts" / "post.txt"
    target.parent.mkdir()
    target.write_text(LEAK, encoding="utf-8")
    link = tmp_path / "post.txt"
    link.symlink_to(target)
    result = run("check", "--fix", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8") == FIXED_LEAK


def test_a_file_with_other_hard_links_is_refused_and_left_whole(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(LEAK, encoding="utf-8")
    other = tmp_path / "copy-in-another-place.txt"
    os.link(path, other)
    result = run("check", "--fix", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"draftlint: error: {path}: has 2 hard links;")
    assert len(result.stderr.splitlines()) == 1
    assert path.read_text(encoding="utf-8") == LEAK
    assert other.read_text(encoding="utf-8") == LEAK
    assert os.stat(path).st_ino == os.stat(other).st_ino


NOBODY = 65534


def test_a_file_the_user_cannot_write_is_not_replaced(tmp_path: Path) -> None:
    # Root without CAP_DAC_OVERRIDE (setpriv) may rename in its own folder but may not write
    # a file of another user's, although that file's owner write bit is set: the old check
    # read only that bit, and the rename replaced the file.
    assert os.geteuid() == 0, "run the suite as root, as CI does"
    path = tmp_path / "post.txt"
    path.write_text(LEAK, encoding="utf-8")
    path.chmod(0o644)
    os.chown(path, NOBODY, NOBODY)
    done = subprocess.run(
        ["setpriv", "--bounding-set", "-dac_override", SCRIPT, "check", "--fix", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr == f"draftlint: error: {path}: read-only file, not fixed\n"
    assert path.read_text(encoding="utf-8") == LEAK
    assert path.stat().st_uid == NOBODY
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.txt"]


def test_root_fixing_another_user_s_file_gives_it_back_to_its_owner(tmp_path: Path) -> None:
    assert os.geteuid() == 0, "run the suite as root, as CI does"
    path = tmp_path / "post.txt"
    path.write_text(LEAK, encoding="utf-8")
    os.chown(path, NOBODY, NOBODY)
    assert run("check", "--fix", str(path)).exit_code == 0
    assert (path.stat().st_uid, path.stat().st_gid) == (NOBODY, NOBODY)
    assert path.read_text(encoding="utf-8") == FIXED_LEAK


FULL_DISK = """
set -e
mount -t tmpfs -o size=64k tmpfs "$1"
cp "$2" "$1/post.txt"
# Fill what is left, so that the fixed copy cannot be written.
dd if=/dev/zero of="$1/filler" bs=1k count=1000 2>/dev/null || true
set +e
"$3" check --fix --isolated "$1/post.txt" >"$1.out" 2>"$1.err"
echo $? >"$1.code"
cmp -s "$2" "$1/post.txt" && echo same >"$1.same"
ls -A "$1" >"$1.ls"
"""


def test_a_full_disk_is_one_line_exit_2_and_the_draft_stays_whole(tmp_path: Path) -> None:
    # A real full file system: a 64 KB tmpfs in a mount namespace of this test's own.
    mount = tmp_path / "disk"
    mount.mkdir()
    draft = tmp_path / "post.txt"
    draft.write_text(LEAK * 200, encoding="utf-8")
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", FULL_DISK, "sh", str(mount), str(draft), SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    error = Path(f"{mount}.err").read_text()
    assert error == f"draftlint: error: {mount}/post.txt: cannot fix: No space left on device\n"
    assert Path(f"{mount}.code").read_text() == "2\n"
    assert Path(f"{mount}.same").exists()  # the draft, byte for byte as it was
    assert Path(f"{mount}.ls").read_text().split() == ["filler", "post.txt"]  # no temporary


def test_a_planted_symlink_in_place_of_the_baseline_is_replaced_not_followed(
    tmp_path: Path,
) -> None:
    draft = tmp_path / "post.txt"
    draft.write_text(LEAK, encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    baseline = tmp_path / ".draftlint-baseline.json"
    baseline.symlink_to(victim)
    # The old temporary file had a fixed name: plant a link there too.
    (tmp_path / ".draftlint-baseline.json.tmp").symlink_to(victim)
    result = run("baseline", str(draft), "--output", str(baseline))
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not baseline.is_symlink()
    assert json.loads(baseline.read_text(encoding="utf-8"))["version"] == 1


def test_a_planted_symlink_in_place_of_the_audit_report_is_replaced_not_followed(
    tmp_path: Path,
) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (export / "Shares.csv").write_text(
        'Date,ShareLink,ShareCommentary\n2024-01-02,https://www.linkedin.com/feed/1,"Hi"\n',
        encoding="utf-8",
    )
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    report = tmp_path / "report.html"
    report.symlink_to(victim)
    result = run("audit", str(export), "--format", "html", "--output", str(report))
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not report.is_symlink()
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert "<html" in report.read_text(encoding="utf-8")


def test_when_every_file_failed_no_clean_summary_is_printed(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert "No sensitive content found" not in result.stdout
    assert result.stdout == ""


def test_an_allow_pattern_that_times_out_is_one_line_exit_2(tmp_path: Path) -> None:
    # (a|aa)+ tries every way to split a run of a's: a Fibonacci number of them.
    pattern = r"(a|aa)+\.fr"
    (tmp_path / ".draftlint.toml").write_text(f"allow-patterns = ['{pattern}']\n")
    path = tmp_path / "post.txt"
    path.write_text(f"Write to {'a' * 40}@example.org today.\n", encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"draftlint: error: allow-patterns: {pattern!r} took over 1 s on one value "
        "(catastrophic backtracking?); simplify it\n"
    )


def test_a_docx_fix_applies_what_check_reported_and_counts_in_plain_english(
    tmp_path: Path,
) -> None:
    import docx

    path = tmp_path / "cv.docx"
    document = docx.Document()
    document.add_paragraph("Open to work! Call me on 06 12 34 56 78 or write to jd@gmail.com.")
    document.save(str(path))
    report = reported(path)
    assert len(report) == 2
    result = run("check", "--fix", str(path))
    assert result.exit_code == 0, result.output
    target = tmp_path / "cv.redacted.docx"
    assert result.stdout.splitlines()[0] == f"{path}: wrote {target} (2 fixes)"
    assert "Fixed 2 findings in 1 file; 0 remain" in result.stdout
    assert reported(target) == []


def test_a_docx_fix_names_the_embedded_parts_it_copies_unread(tmp_path: Path) -> None:
    import zipfile

    import docx

    path = tmp_path / "cv.docx"
    document = docx.Document()
    document.add_paragraph("Call me on 06 12 34 56 78.")
    document.save(str(path))
    with zipfile.ZipFile(path, "a") as archive:  # an embedded spreadsheet, as a chart keeps
        archive.writestr(
            "word/embeddings/Microsoft_Excel_Worksheet.xlsx", b"PK\x05\x06" + bytes(18)
        )
    result = run("check", "--fix", str(path))
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"draftlint: note: {tmp_path / 'cv.redacted.docx'}: "
        "word/embeddings/Microsoft_Excel_Worksheet.xlsx copied unread (embedded files "
        "or charts may hold values: check them in Word)\n"
    )
    # The first page's preview picture shows the values as they were: it is left out.
    with zipfile.ZipFile(path) as original:
        assert "docProps/thumbnail.jpeg" in original.namelist()
    with zipfile.ZipFile(tmp_path / "cv.redacted.docx") as redacted:
        assert not [n for n in redacted.namelist() if "thumbnail" in n]
        assert b"thumbnail" not in redacted.read("_rels/.rels")
    assert docx.Document(str(tmp_path / "cv.redacted.docx")).paragraphs[0].text == (
        "Call me on [number on request]."
    )
