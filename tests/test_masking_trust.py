"""Trust repairs: what a mask may show."""

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.mask import mask_value
from lint.pipeline import Scanner

# --- a mask shows at most a third of a value, and never a whole component -------------------


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


LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
UPPER = LOWER.upper()
LABEL = st.from_regex(r"[a-z0-9](?:[a-z0-9\-]{0,10}[a-z0-9])?", fullmatch=True)
WORD = st.text(LOWER + DIGITS, min_size=1, max_size=12)
EMAILS = st.builds(
    lambda local, labels: f"{local}@{'.'.join(labels)}",
    st.lists(WORD, min_size=1, max_size=3).map(".".join)
    | st.from_regex(r"[a-z0-9][a-z0-9._+\-]{0,15}", fullmatch=True),
    st.lists(
        st.from_regex(r"[a-z0-9](?:[a-z0-9\-]{0,10}[a-z0-9])?", fullmatch=True),
        min_size=1,
        max_size=3,
    ).map(lambda labels: [*labels, "io"])
    | st.lists(st.text(LOWER, min_size=1, max_size=8), min_size=2, max_size=4),
)
GROUPS = st.lists(st.text(DIGITS, min_size=1, max_size=5), min_size=1, max_size=7)
PHONES = st.builds(
    lambda plus, groups, sep: plus + sep.join(groups),
    st.sampled_from(["", "+", "00"]),
    GROUPS,
    st.sampled_from([" ", ".", "-", ""]),
)
IBANS = st.builds(
    lambda country, check, groups: f"{country}{check} " + " ".join(groups),
    st.text(UPPER, min_size=2, max_size=2),
    st.text(DIGITS, min_size=2, max_size=2),
    st.lists(
        st.text(DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=4),
        min_size=1,
        max_size=7,
    ),
)
CARDS = st.lists(st.text(DIGITS, min_size=4, max_size=4), min_size=4, max_size=4).map(" ".join)
MONTHS = st.sampled_from(["May", "March", "juillet", "Sept.", "déc"])
DATES = st.builds(
    lambda d, m, y, sep: f"{d}{sep}{m}{sep}{y}",
    st.integers(1, 31).map(str) | st.integers(1, 31).map("{:02d}".format),
    st.integers(1, 12).map(str) | st.integers(1, 12).map("{:02d}".format) | MONTHS,
    st.integers(1900, 2025).map(str) | st.integers(0, 99).map("{:02d}".format),
    st.sampled_from(["/", "-", ".", " "]),
) | st.builds(lambda m, d, y: f"{m} {d}, {y}", MONTHS, st.integers(1, 31), st.integers(1900, 2025))
IPV4 = st.lists(st.integers(0, 255).map(str), min_size=4, max_size=4).map(".".join)
IPV6 = st.lists(st.from_regex(r"[0-9a-f]{0,4}", fullmatch=True), min_size=3, max_size=8).map(
    ":".join
)
NAMES = st.builds(
    lambda words, sep: sep.join(words),
    st.lists(
        st.text(LOWER + "ABCDEFGHIJKLMNOPQRSTUVWXYZéèçÉøß", min_size=1, max_size=12),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from([" ", "-", "'", " de "]),
)
BY_ENTITY = [
    ("EMAIL_ADDRESS", EMAILS),
    ("PHONE_NUMBER", PHONES),
    ("FINANCIAL_ACCOUNT", IBANS | CARDS),
    ("DATE_OF_BIRTH", DATES),
    ("IP_ADDRESS", IPV4 | IPV6),
    ("PERSON", NAMES),
    ("NATIONAL_ID", PHONES | IBANS),
]


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


SCANNER = Scanner()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EMAILS)
def test_the_mask_replacement_is_read_as_no_address_and_no_handle(email: str) -> None:
    # --replace EMAIL_ADDRESS=mask publishes the mask: the rules must not flag it again.
    masked = mask_value(email, "EMAIL_ADDRESS", hide_domain=True)
    found = SCANNER.check_text(f"Write to {masked} today.")
    assert [f.entity for f in found if f.entity in ("EMAIL_ADDRESS", "PROFILE_URL")] == []
