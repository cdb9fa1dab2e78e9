"""The server's warm engine gives exactly what check() gives, and reads again only the
segment an edit changed."""

from lint.lsp.warm import WarmChecker
from lint.model import Document
from lint.pipeline import Scanner

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


def test_warm_findings_equal_a_full_check_before_and_after_an_edit() -> None:
    scanner, warm = Scanner(profile=None), WarmChecker()
    draft = Document("post.md", f"{ENGLISH}\n\n{FRENCH}\n\n{CLEAN}\n")
    assert warm.check(scanner, draft) == scanner.check(draft)
    first = warm.read
    assert first >= 2  # English and French are two segments

    edited = Document("post.md", draft.text.replace("bravo à", "merci à"))
    assert warm.check(scanner, edited) == scanner.check(edited)
    assert warm.read - first == 1  # only the French segment changed

    assert warm.check(scanner, edited) == scanner.check(edited)
    assert warm.read - first == 1  # nothing changed: nothing read


def test_a_name_found_once_is_still_propagated_from_a_cached_segment() -> None:
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
