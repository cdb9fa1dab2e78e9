"""The warm engine gives exactly what check() gives, and reads again only the lines an
edit changed, with some context on either side."""

from pathlib import Path

import pytest

from lint.model import Document
from lint.pipeline import Scanner
from lint.warm import CONTEXT_CHARS, LineCache, WarmChecker

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

ENGLISH = (
    "Last week Priscilla Hawthorne walked me through her migration plan.\n\n"
    "She is on +44 7700 900123 if you want the details; ask for Priscilla."
)
FRENCH = (
    "Un grand merci à toute l'équipe pour ce lancement, et bravo à Gaëlle Mercier "
    "pour son travail sur la documentation et les tests de charge."
)
# Not personal data: a product, a version and a date.
CLEAN = "Release 4.2 of the reporting tool shipped on 3 March with faster exports."

LONG = "\n\n".join(
    [
        "Thrilled to share that our team shipped the new onboarding flow this quarter.",
        "Huge thanks to Oluwaseun Adeyemi, who rebuilt the signup form from scratch.",
        "We measured a 12% lift in completed profiles during the first two weeks.",
        "The design review with the accessibility group changed the colour palette.",
        "Questions? Write to me at team.lead.onboarding@example.org any time.",
        "Next we move the billing pages to the same components and test plan.",
        "If you want the numbers, call me on 06 12 34 56 78 after 5 pm.",
        "Thanks again to everyone who filed bugs during the beta, it helped a lot.",
    ]
)


def test_warm_findings_equal_a_full_check_before_and_after_an_edit() -> None:
    scanner, warm = Scanner(profile=None), WarmChecker()
    draft = Document("post.md", f"{ENGLISH}\n\n{FRENCH}\n\n{CLEAN}\n")
    assert warm.check(scanner, draft) == scanner.check(draft)
    first = warm.read
    assert first >= len(ENGLISH) + len(FRENCH)

    edited = Document("post.md", draft.text.replace("bravo à", "merci à"))
    assert warm.check(scanner, edited) == scanner.check(edited)
    assert warm.read - first == len(FRENCH)  # the French paragraph, alone in its segment

    assert warm.check(scanner, edited) == scanner.check(edited)
    assert warm.read - first == len(FRENCH)  # nothing changed: nothing read


def test_an_edit_of_a_cv_without_blank_lines_reads_the_lines_around_it_only() -> None:
    skills = ["Python", "SQL", "Airflow", "dbt", "Spark", "Kafka", "Terraform", "Docker"]
    lines = [f"- Built {skill} pipelines for the reporting team, 2019-2021" for skill in skills]
    text = "\n".join(["Jane Okonkwo-Baptiste", "Data engineer", *lines * 5, "jane.ob@example.org"])
    scanner, warm = Scanner(profile=None), WarmChecker()
    warm.check(scanner, Document("cv.md", text))
    before = warm.read
    middle = text.index("Kafka pipelines", len(text) // 2)
    edited = Document("cv.md", f"{text[:middle]}Apache {text[middle:]}")
    assert warm.check(scanner, edited) == scanner.check(edited)
    # The lines within CONTEXT_CHARS of the edit see it: they are read, with their context.
    assert 0 < warm.read - before <= 5 * CONTEXT_CHARS
    assert warm.read - before < len(edited.text) / 2


def test_a_word_typed_mid_paragraph_reads_that_paragraph_and_some_context_only() -> None:
    sentence = "The team reviewed the quarterly roadmap and agreed on the next milestones. "
    long_paragraphs = [sentence * 8 for _ in range(6)]  # 600 characters each
    long_paragraphs[3] = f"Call Oluwaseun Adeyemi on +44 7700 900456. {sentence * 8}"
    text = "\n\n".join(long_paragraphs)
    scanner, warm = Scanner(profile=None), WarmChecker()
    warm.check(scanner, Document("post.md", text))
    before = warm.read
    # In the second paragraph, further than CONTEXT_CHARS from either end.
    middle = text.index(" ", len(long_paragraphs[0]) + 2 + len(long_paragraphs[1]) // 2) + 1
    edited = Document("post.md", f"{text[:middle]}quickly {text[middle:]}")
    assert warm.check(scanner, edited) == scanner.check(edited)
    read = warm.read - before
    assert len(long_paragraphs[1]) + 8 < read <= len(long_paragraphs[1]) + 8 + 2 * CONTEXT_CHARS


def test_a_name_found_once_is_still_propagated_from_a_cached_paragraph() -> None:
    scanner, warm = Scanner(profile=None), WarmChecker()
    draft = Document("post.md", ENGLISH)
    warm.check(scanner, draft)
    found = warm.check(scanner, draft)
    names = [draft.text[f.start : f.end] for f in found if f.entity == "PERSON"]
    assert names.count("Priscilla") + names.count("Priscilla Hawthorne") >= 2
    assert found == scanner.check(draft)


def test_a_clean_draft_stays_clean_when_warm() -> None:
    scanner, warm = Scanner(profile=None), WarmChecker()
    assert warm.check(scanner, Document("post.md", CLEAN)) == []
    assert warm.check(scanner, Document("post.md", CLEAN + "\n")) == []


def test_a_cache_smaller_than_the_draft_loses_no_finding() -> None:
    scanner, warm = Scanner(profile=None), WarmChecker(LineCache(size=3))
    draft = Document("post.md", LONG)
    expected = scanner.check(draft)
    assert {f.entity for f in expected} >= {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"}
    assert warm.check(scanner, draft) == expected
    assert len(warm.cache.entries) == 3
    assert warm.check(scanner, draft) == expected  # three lines cached, the rest read again


FILLER = "We spent the week on the new office layout and the furniture order for the team. "


def test_a_local_number_far_from_the_calling_code_its_draft_names_is_still_found() -> None:
    # Digit groups without a trunk 0 are a phone number only in a region the segment names.
    text = (
        f"Our Abidjan desk answers on +225 07 07 58 42 19 every weekday.\n\n{FILLER * 6}\n\n"
        f"{FILLER * 3}Visitors can ring 27 22 47 31 06 at the gate.\n"
    )
    scanner, warm = Scanner(profile=None), WarmChecker()
    warm.check(scanner, Document("post.md", text))
    edited = Document("post.md", text.replace("at the gate", "at the main gate"))
    found = warm.check(scanner, edited)
    assert found == scanner.check(edited)
    phones = [edited.text[f.start : f.end] for f in found if f.entity == "PHONE_NUMBER"]
    assert "27 22 47 31 06" in phones


def test_a_line_of_a_text_written_in_cjk_script_is_judged_as_that_text() -> None:
    chinese = "团队本周完成了新版本的测试和文档整理工作 " * 120
    latin = "The review covered the roadmap and the budget for the coming quarter. " * 5
    text = f"{chinese}\n\n{latin}\nWe thanked 王 小明 for the demo.\n"
    scanner, warm = Scanner(profile=None), WarmChecker()
    warm.check(scanner, Document("post.md", text))
    edited = Document("post.md", text.replace("for the demo", "for the long demo"))
    assert warm.check(scanner, edited) == scanner.check(edited)


def _edits(text: str) -> list[str]:
    """A word typed mid-paragraph, then a paragraph split in two, then two joined."""
    middle = text.rfind(" ", 0, len(text) // 2)
    typed = f"{text[:middle]} really{text[middle:]}" if middle > 0 else f"{text} really"
    stop = typed.find(". ", len(typed) // 3)
    split = f"{typed[: stop + 1]}\n\n{typed[stop + 2 :]}" if stop > 0 else typed
    blank = split.find("\n\n", len(split) // 2)
    joined = f"{split[:blank]}\n{split[blank + 2 :]}" if blank > 0 else split
    return [typed, split, joined]


@pytest.mark.parametrize("corpus", ["dev", "dev2"])
def test_edits_on_the_development_drafts_give_what_a_full_check_gives(corpus: str) -> None:
    drafts = sorted((CORPUS / corpus / "plain").glob("*.txt"))[::5]
    assert len(drafts) >= 10
    scanner = Scanner(profile=None)
    for path in drafts:
        warm = WarmChecker()
        warm.check(scanner, Document(path.name, path.read_text(encoding="utf-8")))
        for text in _edits(path.read_text(encoding="utf-8")):
            edited = Document(path.name, text)
            assert warm.check(scanner, edited) == scanner.check(edited), path.name
