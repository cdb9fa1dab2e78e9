"""A mask shows at most a third of a value, and never a whole component."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import BY_ENTITY, DIGITS, EMAILS, LOWER

from lint.fixing.masks import mask_value


def components(value: str, entity: str) -> list[list[int]]:
    """The positions of each component's alphanumerics, as the rule defines components."""
    if entity == "EMAIL_ADDRESS" and "@" in value:
        at = value.rindex("@")
        parts, offset = [(0, value[:at])], at + 1
        for label in value[at + 1 :].split("."):
            parts.append((offset, label))
            offset += len(label) + 1
        return [[start + i for i, c in enumerate(part) if c.isalnum()] for start, part in parts]
    runs = itertools.groupby(enumerate(value), key=lambda pair: pair[1].isalnum())
    return [[i for i, _ in run] for alnum, run in runs if alnum]


def assert_mask_respects_the_rule(value: str, entity: str) -> None:
    masked = mask_value(value, entity)
    assert len(masked) == len(value)
    for char, shown in zip(value, masked, strict=True):
        # Separators stay; an alphanumeric is either shown as is or hidden by "*".
        assert shown == char if not char.isalnum() else shown in (char, "*")
    alphanumerics = sum(char.isalnum() for char in value)
    revealed = sum(c.isalnum() and c == m for c, m in zip(value, masked, strict=True))
    assert revealed * 3 <= alphanumerics, (value, masked)
    for component in components(value, entity):
        if component:
            assert any(masked[i] == "*" for i in component), (value, masked, component)


@pytest.mark.parametrize(("entity", "values"), BY_ENTITY, ids=[e for e, _ in BY_ENTITY])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_mask_shows_at_most_a_third_and_never_a_whole_component(
    entity: str, values: st.SearchStrategy[str], data: st.DataObject
) -> None:
    assert_mask_respects_the_rule(data.draw(values), entity)


@settings(max_examples=500, deadline=None)
@given(st.text(), st.sampled_from([e for e, _ in BY_ENTITY] + ["ADDRESS", "SECRET"]))
def test_any_text_masked_as_any_entity_respects_the_rule(value: str, entity: str) -> None:
    assert_mask_respects_the_rule(value, entity)


@settings(max_examples=500, deadline=None)
@given(
    EMAILS
    | st.builds("{}@{}".format, st.text(), st.text())
    | st.builds("{}@{}.{}".format, st.text(DIGITS, min_size=1), st.text(DIGITS), st.text(LOWER))
)
def test_an_email_mask_never_has_two_letters_or_digits_side_by_side(email: str) -> None:
    masked = mask_value(email, "EMAIL_ADDRESS")
    assert not any(a.isalnum() and b.isalnum() for a, b in itertools.pairwise(masked)), masked
