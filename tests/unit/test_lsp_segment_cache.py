"""The warm engine's cache: bounded, least recently used first out; offsets shifted."""

from lint.lsp.warm import SegmentCache, shifted
from lint.model import Finding

FINDING = Finding("", 3, 9, "PERSON", "person", 0.9, "info", "en", None)


def test_the_cache_keeps_at_most_its_size_and_drops_the_least_recently_used() -> None:
    cache = SegmentCache(size=2)
    cache.put((1, "en", "a"), ())
    cache.put((1, "en", "b"), (FINDING,))
    assert cache.get((1, "en", "a")) == ()  # now the most recent
    cache.put((1, "en", "c"), ())
    assert len(cache.entries) == 2
    assert cache.get((1, "en", "b")) is None
    assert cache.get((1, "en", "a")) == ()


def test_the_same_text_in_another_language_is_another_entry() -> None:
    cache = SegmentCache()
    cache.put((1, "en", "Merci Paul"), (FINDING,))
    assert cache.get((1, "fr", "Merci Paul")) is None


def test_findings_are_shifted_to_their_segments_place_and_path() -> None:
    (moved,) = shifted([FINDING], 100, "post.md")
    assert (moved.start, moved.end, moved.path) == (103, 109, "post.md")
    assert shifted(shifted([FINDING], 100, "x"), -100, "") == [FINDING]
