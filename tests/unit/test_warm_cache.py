"""The warm engine's cache: bounded, least recently used first out; paragraphs keyed with
their neighbours; offsets shifted."""

from lint.model import Finding, Segment
from lint.warm import ParagraphCache, missing_runs, paragraphs_of, shifted

FINDING = Finding("", 3, 9, "PERSON", "person", 0.9, "info", "en", None)


def test_the_cache_keeps_at_most_its_size_and_drops_the_least_recently_used() -> None:
    cache = ParagraphCache(size=2)
    cache.put((1, "en", "a", 0, 1), ())
    cache.put((1, "en", "b", 0, 1), (FINDING,))
    assert cache.get((1, "en", "a", 0, 1)) == ()  # now the most recent
    cache.put((1, "en", "c", 0, 1), ())
    assert len(cache.entries) == 2
    assert cache.get((1, "en", "b", 0, 1)) is None
    assert cache.get((1, "en", "a", 0, 1)) == ()


def test_the_same_text_in_another_language_is_another_entry() -> None:
    cache = ParagraphCache()
    cache.put((1, "en", "Merci Paul", 0, 10), (FINDING,))
    assert cache.get((1, "fr", "Merci Paul", 0, 10)) is None


def test_a_paragraph_is_keyed_by_itself_and_its_neighbours() -> None:
    text = "One.\n\nTwo words.\n\n\nThree."
    first, second, third = paragraphs_of(Segment(100, text, "en"), 7)
    assert (second.start, second.end) == (106, 116)
    assert second.key == (7, "en", "One.\n\nTwo words.\n\n\nThree.", 6, 10)
    assert first.key == (7, "en", "One.\n\nTwo words.", 0, 4)
    assert third.key == (7, "en", "Two words.\n\n\nThree.", 13, 6)


def test_an_edit_changes_the_keys_of_its_paragraph_and_both_neighbours_only() -> None:
    before = paragraphs_of(Segment(0, "A.\n\nB.\n\nC.\n\nD.\n\nE.", "en"), 1)
    after = paragraphs_of(Segment(0, "A.\n\nB.\n\nC!\n\nD.\n\nE.", "en"), 1)
    cache = ParagraphCache()
    for paragraph in before:
        cache.put(paragraph.key, ())
    assert missing_runs(after, cache) == [[1, 2, 3]]


def test_findings_are_shifted_to_their_paragraphs_place_and_path() -> None:
    (moved,) = shifted([FINDING], 100, "post.md")
    assert (moved.start, moved.end, moved.path) == (103, 109, "post.md")
    assert shifted(shifted([FINDING], 100, "x"), -100, "") == [FINDING]
