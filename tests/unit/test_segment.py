from lint.detection.segments import paragraphs, split


def test_paragraphs_keep_their_offsets() -> None:
    text = "one\ntwo\n\n  \nthree\r\n\r\nfour"
    assert [(offset, text[offset : offset + len(p)]) for offset, p in paragraphs(text)] == [
        (0, "one\ntwo"),
        (12, "three"),
        (21, "four"),
    ]


def test_a_mixed_document_is_split_by_language() -> None:
    text = (
        "I am looking for a new role and I would love to hear from you.\n\n"
        "Je suis à la recherche d'un poste et je serais ravie d'en parler.\n\n"
        "Thanks for reading, and have a good day."
    )
    segments = split(text)
    assert [s.language for s in segments] == ["en", "fr", "en"]
    assert all(text[s.start : s.start + len(s.text)] == s.text for s in segments)


def test_forced_language_applies_to_every_segment() -> None:
    assert {s.language for s in split("Hello there, my friend.\n\nBonjour", language="fr")} == {
        "fr"
    }


def test_a_huge_paragraph_is_cut_below_spacy_limits() -> None:
    text = ("word " * 60_000).strip()
    segments = split(text)
    assert len(segments) > 1
    assert max(len(s.text) for s in segments) <= 100_000
    assert "".join(s.text for s in segments) == text
