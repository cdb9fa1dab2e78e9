"""--interactive's queue of decisions -> the text written: no terminal, no model."""

import pytest

from lint.fixing.review import Answer, Review, parse_answer
from lint.model import Finding

TEXT = "Mail ana.ruiz@mailbox.test, call 01 42 68 53 00, or ANA.RUIZ@mailbox.test again."


def found(
    value: str, entity: str, replacement: str | None, *, severity: str = "warning"
) -> Finding:
    start = TEXT.index(value)
    return Finding(
        "post.txt", start, start + len(value), entity, "r", 1.0, severity, "en", replacement
    )


def review(threshold: str = "warning", allow: tuple[str, ...] = ()) -> Review:
    # Given out of order: the review asks in document order.
    findings = [
        found("01 42 68 53 00", "PHONE_NUMBER", "[number on request]"),
        found("ana.ruiz@mailbox.test", "EMAIL_ADDRESS", "[email address]"),
        found("ANA.RUIZ@mailbox.test", "EMAIL_ADDRESS", "[email]"),
    ]
    return Review.of(TEXT, findings, threshold, allow=allow)


def test_the_fixes_are_asked_in_document_order_and_numbered() -> None:
    queue = review()
    assert queue.total == 3
    assert [queue.value(f) for f in queue.pending] == [
        "ana.ruiz@mailbox.test",
        "01 42 68 53 00",
        "ANA.RUIZ@mailbox.test",
    ]
    queue.keep()
    assert queue.number == 2


def test_only_the_accepted_fixes_reach_the_text() -> None:
    queue = review()
    queue.apply()
    queue.keep()
    queue.apply()
    assert queue.current is None
    assert queue.fixed_text() == ("Mail [email address], call 01 42 68 53 00, or [email] again.")


def test_a_typed_replacement_is_the_one_written() -> None:
    queue = review()
    queue.keep()
    queue.apply("my office line")
    assert queue.fixed_text() == TEXT.replace("01 42 68 53 00", "my office line")
    assert queue.accepted[0].replacement == "my office line"


def test_keeping_everything_changes_nothing() -> None:
    queue = review()
    while queue.current is not None:
        queue.keep()
    assert queue.accepted == []
    assert queue.fixed_text() == TEXT


def test_allowing_a_value_keeps_it_wherever_it_comes_again_as_the_allow_list_compares() -> None:
    queue = review()
    assert queue.allow() == "ana.ruiz@mailbox.test"
    # The same address in capitals is the same address for the allow list: not asked again.
    assert [queue.value(f) for f in queue.pending] == ["01 42 68 53 00"]
    assert queue.allowed_values == ["ana.ruiz@mailbox.test"]
    queue.apply()
    assert queue.fixed_text() == TEXT.replace("01 42 68 53 00", "[number on request]")


def test_a_value_allowed_in_an_earlier_draft_is_not_asked_about() -> None:
    queue = review(allow=("+33 1 42 68 53 00",))  # the same number, written otherwise
    assert [f.entity for f in queue.pending] == ["EMAIL_ADDRESS", "EMAIL_ADDRESS"]


def test_stopping_keeps_what_was_accepted_and_asks_nothing_more() -> None:
    queue = review()
    queue.apply()
    queue.stop()
    assert queue.current is None
    assert queue.fixed_text() == TEXT.replace("ana.ruiz@mailbox.test", "[email address]", 1)


def test_only_what_fix_would_apply_is_asked_about() -> None:
    below = found("01 42 68 53 00", "PHONE_NUMBER", "[n]", severity="info")
    unfixable = found("ana.ruiz@mailbox.test", "EMAIL_ADDRESS", None)
    assert Review.of(TEXT, [below, unfixable], "warning").pending == []
    assert Review.of(TEXT, [below], "info").total == 1


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("y\n", Answer.apply),
        ("N\n", Answer.keep),
        (" e \n", Answer.edit),
        ("a\n", Answer.allow),
        ("q\n", Answer.quit),
        ("?\n", Answer.help),
        ("", Answer.quit),  # the end of input: a closed terminal stops the review
        ("\n", None),  # an empty line is no answer: the question is asked again
        ("yes\n", None),
    ],
)
def test_what_is_typed_is_read_as_one_answer(typed: str, answer: Answer | None) -> None:
    assert parse_answer(typed) is answer
