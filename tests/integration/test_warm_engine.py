"""The server's warm engine gives exactly what check() gives, and reads again only the
paragraphs an edit changed, with some context on either side."""

from pathlib import Path

import pytest

from lint.detection.segments import paragraphs
from lint.model import Document
from lint.pipeline import Scanner
from lint.warm import CONTEXT_CHARS, ParagraphCache, WarmChecker

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
        "If you want the numbers, call me on +44 7700 900456 after 5 pm.",
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


def test_short_paragraphs_are_read_with_their_whole_neighbours_as_context() -> None:
    scanner, warm = Scanner(profile=None), WarmChecker()
    warm.check(scanner, Document("post.md", LONG))
    before = warm.read
    edited = Document("post.md", LONG.replace("changed the colour", "changed the whole colour"))
    assert warm.check(scanner, edited) == scanner.check(edited)
    spans = list(paragraphs(edited.text))
    # The edit is in the 4th paragraph; the 3rd and 5th, shorter than CONTEXT_CHARS, see all
    # of it: their keys change too, and they are read with their own context, the 2nd and
    # the 6th.
    window = spans[5][0] + len(spans[5][1]) - spans[1][0]
    assert warm.read - before == window
    assert window < len(edited.text) * 0.7


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


def test_the_cache_is_bounded() -> None:
    scanner, warm = Scanner(profile=None), WarmChecker(ParagraphCache(size=3))
    warm.check(scanner, Document("post.md", LONG))
    assert len(warm.cache.entries) == 3
    draft = Document("post.md", LONG)
    assert warm.check(scanner, draft) == scanner.check(draft)


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
