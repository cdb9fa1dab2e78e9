"""Hypothesis strategies for values of each entity, shaped as drafts write them."""

from hypothesis import strategies as st

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
