"""The warm engine's cache: bounded in entries and characters, least recently used first
out; lines keyed with their context; offsets shifted."""

from lint.model import Finding, Segment
from lint.warm import CONTEXT_CHARS, LineCache, lines_of, missing_runs, shifted

FINDING = Finding("", 3, 9, "PERSON", "person", 0.9, "info", "en", None)


def key(text: str, language: str = "en") -> tuple[int, str, object, str, int, int]:
    return (1, language, (), text, 0, len(text))


def test_the_cache_keeps_at_most_its_size_and_drops_the_least_recently_used() -> None:
    cache = LineCache(size=2)
    cache.put(key("a"), ())
    cache.put(key("b"), (FINDING,))
    assert cache.get(key("a")) == ()  # now the most recent
    cache.put(key("c"), ())
    assert len(cache.entries) == 2
    assert cache.get(key("b")) is None
    assert cache.get(key("a")) == ()


def test_the_cache_keeps_at_most_its_characters() -> None:
    cache = LineCache(size=100, chars=25)
    for letter in "abcde":
        cache.put(key(letter * 10), ())
    assert len(cache.entries) == 2
    assert cache.held == 20
    cache.put(key("f" * 10), ())  # the same key again is not counted twice
    cache.put(key("f" * 10), (FINDING,))
    assert cache.held == 20


def test_the_same_text_in_another_language_is_another_entry() -> None:
    cache = LineCache()
    cache.put(key("Merci Paul"), (FINDING,))
    assert cache.get(key("Merci Paul", "fr")) is None


def test_a_line_is_keyed_by_itself_its_context_and_the_scope_s_verdicts() -> None:
    text = "One.\nTwo words.\n\n   \nThree."
    first, second, third = lines_of(Segment(100, text, "en"), 7, (("FR",), False))
    assert (second.start, second.end) == (105, 115)
    assert second.key == (7, "en", (("FR",), False), text, 5, 10)
    assert (third.start, third.end) == (121, 127)
    assert first.low == 100
    assert third.high == 127


def test_context_stops_at_a_space_within_its_width() -> None:
    words = " ".join(f"w{i:03}" for i in range(200))  # 999 characters
    text = f"{words}\nMiddle line.\n{words}"
    (_, middle, _) = lines_of(Segment(0, text, "en"), 1, ())
    assert middle.start - middle.low <= CONTEXT_CHARS
    assert middle.high - middle.end <= CONTEXT_CHARS
    assert text[middle.low - 1] == " "  # no word cut
    assert text[middle.high] == " "


def test_missing_lines_come_in_runs_of_neighbours() -> None:
    assert missing_runs([(), None, None, (), None]) == [[1, 2], [4]]
    assert missing_runs([(), ()]) == []


def test_findings_are_shifted_to_their_line_s_place_and_path() -> None:
    (moved,) = shifted([FINDING], 100, "post.md")
    assert (moved.start, moved.end, moved.path) == (103, 109, "post.md")
    assert shifted(shifted([FINDING], 100, "x"), -100, "") == [FINDING]
