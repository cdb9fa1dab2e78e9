"""Profiles through the CLI: a cover letter's own details, the profile each draft's shape
chooses, and the report's line that names it."""

import json
from pathlib import Path

from helpers import run

LETTER = """Rosalind Achterberg
7 Mill Road, Cambridge CB1 2AD
07700 900461 | rosalind.achterberg@gmail.com

Dear Mr Pemberton,

I am writing to apply for the lab manager post. Before that I ran the stores at Harlow, where
Desmond Ukwu, on 07700 900982, was my manager.

Yours sincerely,

Rosalind Achterberg
"""


def severities(*args: str) -> dict[str, str]:
    report = json.loads(run("check", "--format", "json", "--show-values", *args).stdout)
    return {f["text"]: f["severity"] for f in report["findings"]}


def test_a_letter_expects_its_sender_and_greeting_but_not_someone_else_in_its_body(
    tmp_path: Path,
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    found = severities("--isolated", "--profile", "letter", str(letter))
    assert found["07700 900461"] == found["rosalind.achterberg@gmail.com"] == "info"
    assert found["Pemberton"] == "info"
    assert found["07700 900982"] != "info"
    assert found["Desmond Ukwu"] != "info"
    as_post = severities("--isolated", "--profile", "post", str(letter))
    assert "info" not in as_post.values()
    # Without --profile the draft's shape chooses, and here it chooses letter.
    assert severities("--isolated", str(letter)) == found


def test_the_text_report_names_the_profile_its_signs_and_how_to_choose_another(
    tmp_path: Path,
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    last = run("check", "--isolated", str(letter)).stdout.splitlines()[-1]
    assert last == (
        'Profile: letter (from the draft\'s shape: salutation "Dear Mr Pemberton,", closing '
        '"Yours sincerely,", "writing to apply", a 3-line sender block); --profile '
        "post|cv|letter|message (or profile = in .draftlint.toml) sets another."
    )
    forced = run("check", "--isolated", "--profile", "cv", str(letter)).stdout.splitlines()[-1]
    assert forced.startswith("Profile: cv (--profile); --profile post|cv|letter|message")


def test_a_profile_from_the_configuration_is_named_with_its_file(tmp_path: Path) -> None:
    (tmp_path / ".draftlint.toml").write_text('profile = "message"\n', encoding="utf-8")
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    last = run("check", str(letter)).stdout.splitlines()[-1]
    assert last.startswith(f'Profile: message (profile = "message" in {tmp_path}/.draftlint.toml)')


def test_many_drafts_get_a_profile_each_and_the_report_groups_them(tmp_path: Path) -> None:
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    post = "So proud of the team! Call me on 07700 900123 to hear more. #Launch #Proud\n"
    (tmp_path / "post.txt").write_text(post, encoding="utf-8")
    result = run("check", "--isolated", "--format", "json", str(tmp_path))
    by_file = {}
    for finding in json.loads(result.stdout)["findings"]:
        by_file.setdefault(Path(finding["path"]).name, set()).add(finding["severity"])
    assert "info" not in by_file["post.txt"]  # a post: the same kind of number is a leak
    assert "info" in by_file["letter.txt"]
    last = run("check", "--isolated", str(tmp_path)).stdout.splitlines()[-1]
    assert last.startswith(
        f"Profiles, from each draft's shape: letter for {tmp_path / 'letter.txt'}; "
        f"post for {tmp_path / 'post.txt'}; --profile"
    )


def test_a_clean_draft_gets_no_profile_line(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Dear all,\nThe kettle is fixed.\nBest,\nThe office\n", encoding="utf-8")
    result = run("check", "--isolated", str(clean))
    assert result.stdout.splitlines() == ["No sensitive content found in 1 file."]
