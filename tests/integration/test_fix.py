"""--fix and --diff on real files: encodings, line endings, permissions, atomic writes."""

import json
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest
from helpers import DEV_PLAIN as CORPUS
from helpers import run

from lint.fixing.suggestions import Pseudonyms, apply_replacements, city_of
from lint.model import Finding
from lint.pipeline import Scanner

DRAFT = (
    "Salut 👋 ! Appelez-moi au 06 12 34 56 78🙂 ou écrivez à jeanne.martin@orange.fr.\n"
    "Merci à Jean-Baptiste Moreau, qui confirmera : merci Jean-Baptiste Moreau !\n"
)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_fix_rewrites_only_the_flagged_spans(tmp_path: Path) -> None:
    path = write(tmp_path / "post.txt", DRAFT.encode())
    result = run("check", "--fix", str(path))
    assert result.exit_code == 0, result.output
    fixed = path.read_text(encoding="utf-8")
    assert fixed == (
        "Salut 👋 ! Appelez-moi au [numéro sur demande]🙂 ou écrivez à [adresse e-mail].\n"
        "Merci à Anonyme A, qui confirmera : merci Anonyme A !\n"
    )
    assert f"{path}: fixed 4 findings" in result.stdout


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("utf-8", b"", "\r\n"),
        ("utf-8", b"\xef\xbb\xbf", "\n"),
        ("utf-16-le", b"\xff\xfe", "\r\n"),
    ],
)
def test_fix_keeps_encoding_bom_and_line_endings(
    tmp_path: Path, encoding: str, bom: bytes, newline: str
) -> None:
    text = DRAFT.replace("\n", newline)
    path = write(tmp_path / "draft.txt", bom + text.encode(encoding))
    assert run("check", "--fix", str(path)).exit_code == 0
    data = path.read_bytes()
    assert data.startswith(bom)
    fixed = data[len(bom) :].decode(encoding)
    assert fixed.count(newline) == 2
    assert "\n" not in fixed.replace(newline, "")
    assert fixed.startswith("Salut 👋 ! Appelez-moi au [numéro sur demande]🙂")


def test_fix_twice_changes_nothing_the_second_time(tmp_path: Path) -> None:
    path = write(tmp_path / "post.md", DRAFT.encode())
    run("check", "--fix", str(path))
    once = path.read_bytes()
    result = run("check", "--fix", str(path))
    assert path.read_bytes() == once
    assert "Fixed 0 findings in 0 files" in result.stdout


def test_fix_keeps_permissions(tmp_path: Path) -> None:
    path = write(tmp_path / "post.md", DRAFT.encode())
    path.chmod(0o640)
    run("check", "--fix", str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_read_only_file_is_an_error_and_untouched(tmp_path: Path) -> None:
    path = write(tmp_path / "post.md", DRAFT.encode())
    path.chmod(0o444)
    result = run("check", "--fix", str(path))
    assert result.exit_code == 2
    assert result.stderr == f"draftlint: error: {path}: read-only file, not fixed\n"
    assert path.read_bytes() == DRAFT.encode()


def test_a_failure_while_writing_leaves_the_original_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "post.md", DRAFT.encode())

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    result = run("check", "--fix", str(path))
    assert result.exit_code == 2
    assert "cannot fix: No space left on device" in result.stderr
    assert path.read_bytes() == DRAFT.encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.md"]  # no temporary left


def test_diff_shows_the_fix_and_changes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path / "post.md", DRAFT.encode())
    result = run("check", "--diff", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"--- a/{path}\n+++ b/{path}\n@@ -1,2 +1,2 @@\n")
    assert "+Merci à Anonyme A, qui confirmera : merci Anonyme A !\n" in result.stdout
    assert path.read_bytes() == DRAFT.encode()


def test_fix_from_stdin_writes_the_fixed_text_to_stdout() -> None:
    result = run("check", "--fix", "-", stdin="Call me on +44 7911 123456 today.\n")
    assert result.exit_code == 0
    assert result.stdout == "Call me on [number on request] today.\n"
    assert "Fixed 1 finding in 1 file" in result.stderr


def test_findings_below_fix_severity_are_only_suggested(tmp_path: Path) -> None:
    path = write(
        tmp_path / "m.txt",
        b"Salut, voir aussi le ticket PAY-2288 et IBAN FR76 3000 3018 4700 0517 3826 435.\n",
    )
    result = run("check", "--fix", "--fix-severity", "error", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert "PAY-2288" in fixed
    assert "FR76" not in fixed
    assert result.exit_code == 1  # the ticket key remains
    assert "1 remains" in result.stdout


def test_replacement_styles_are_configurable() -> None:
    result = run(
        "check",
        "--fix",
        "--replace",
        "EMAIL_ADDRESS=mask",
        "--replace",
        "PERSON=role",
        "-",
        stdin="Thanks to my colleague Sarah Johnson, write to sarah.j@gmail.com.\n",
    )
    # The sentence already says who Sarah is: the role style drops the name, not repeats it.
    assert result.stdout == "Thanks to my colleague, write to s****.*@g****.c**.\n"


def test_a_bad_replace_option_is_exit_2() -> None:
    result = run("check", "--replace", "PERSON=shout", "-", stdin="x")
    assert result.exit_code == 2
    assert result.stderr.startswith("draftlint: error: --replace 'PERSON=shout'")


def test_adjacent_and_overlapping_findings_are_fixed_once(tmp_path: Path) -> None:
    # The IP address sits inside the connection string: one replacement covers both.
    text = "db: postgres://app:S3cret!pw@10.1.2.3:5432/prod,+33 6 12 34 56 78\n"
    path = write(tmp_path / "notes.txt", text.encode())
    run("check", "--fix", str(path))
    assert path.read_text(encoding="utf-8") == (
        "db: [connection string removed],[number on request]\n"
    )


def test_an_address_becomes_its_city_and_names_get_consistent_pseudonyms() -> None:
    assert city_of("27 bis, rue Pasteur   69007   LYON") == "Lyon"
    assert city_of("4127 Maple Ridge Dr, Apt 5B, Columbus, OH 43214") == "Columbus"
    assert city_of("Unit 4, 118 Kingsland Road, London E2 8DP") == "London"
    names = Pseudonyms()
    assert [names.of(n, "en") for n in ("Julien Marchetti", "Sarah", "Julien", "Bob")] == [
        "Person A",
        "Person B",
        "Person A",
        "Person C",
    ]


def _finding(record: dict[str, Any]) -> Finding:
    return Finding(
        "-",
        record["start"],
        record["end"],
        record["entity"],
        record["rule"],
        record["score"],
        record["severity"],
        record["language"],
        record["suggestion"],
    )


def test_fix_on_the_dev_corpus_applies_each_report_once_and_reports_what_is_left(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "plain"
    shutil.copytree(CORPUS, folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    # What --fix should do, computed from the reports alone: apply each report's
    # suggestions of warning or worse, once, each fitted to its sentence (a title or a
    # preposition that went with the value goes with it). What a scan of that still finds
    # is reported.
    expected, left_over = {}, 0
    scanner = Scanner()
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        report = json.loads(run("check", "--format", "json", "-", stdin=text).stdout)
        todo = [_finding(f) for f in report["findings"] if f["severity"] in ("error", "warning")]
        text = apply_replacements(text, todo)
        expected[path.name] = text
        left_over += len(scanner.check_text(text))
    result = run("check", "--fix", str(folder))
    assert result.exit_code == (1 if left_over else 0)
    assert f"; {left_over} remain" in result.stdout
    for path in sorted(folder.glob("*.txt")):
        fixed = path.read_text(encoding="utf-8")
        assert fixed == expected[path.name], path.name


def test_the_fix_routine_gives_a_text_its_fixed_text_and_what_a_scan_still_finds() -> None:
    from lint.fixing.apply import fix_document
    from lint.model import Document

    scanner = Scanner()
    document = Document("post.txt", DRAFT)
    reported = scanner.check(document)
    outcome = fix_document(document, reported, scanner, threshold="warning", write=False)
    assert outcome.fixed == (
        "Salut 👋 ! Appelez-moi au [numéro sur demande]🙂 ou écrivez à [adresse e-mail].\n"
        "Merci à Anonyme A, qui confirmera : merci Anonyme A !\n"
    )
    assert outcome.applied == [f for f in reported if f.replacement is not None]
    assert outcome.changed
    assert outcome.remaining == scanner.check(outcome.result) == []
    assert (outcome.refused, outcome.redacted) == (None, None)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("pdf", "cv: draftlint cannot rewrite a PDF; fix the document it was exported from"),
        ("html", "cv: draftlint does not rewrite HTML; edit the source by hand"),
    ],
)
def test_the_fix_routine_refuses_to_rewrite_a_pdf_or_an_html_page_and_says_why(
    kind: str, reason: str
) -> None:
    from lint.fixing.apply import fix_document
    from lint.model import Document

    scanner = Scanner()
    document = Document("cv", DRAFT, kind=kind)
    reported = scanner.check(document)
    refused = fix_document(document, reported, scanner, threshold="warning", write=True)
    assert refused.refused is not None
    assert refused.refused.startswith(reason)
    assert (refused.applied, refused.remaining, refused.changed) == ([], reported, False)
    # A diff changes nothing: it shows what a fix of the extracted text would do.
    shown = fix_document(document, reported, scanner, threshold="warning", write=False)
    assert shown.refused is None
    assert shown.changed


def test_a_docx_fix_fits_each_value_to_its_sentence_across_runs(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Dear Ms Okonjo,")
    paragraph = document.add_paragraph("I live at ")
    paragraph.add_run("12 Baker St, Bristol BS1 4DJ")  # the address in a run of its own
    paragraph.add_run(" and love it.")
    path = tmp_path / "letter.docx"
    document.save(str(path))
    # post: the salutation's name is fixed too (a letter's own would be expected).
    assert run("check", "--isolated", "--profile", "post", "--fix", str(path)).exit_code == 0
    redacted = docx.Document(str(tmp_path / "letter.redacted.docx"))
    assert [p.text for p in redacted.paragraphs] == [
        "Dear Hiring Manager,",
        "I live in Bristol and love it.",
    ]
