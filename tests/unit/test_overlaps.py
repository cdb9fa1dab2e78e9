from hypothesis import given
from hypothesis import strategies as st

from lint.model import Finding
from lint.resolution.overlaps import resolve


def finding(start: int, end: int, score: float, rule: str = "r") -> Finding:
    return Finding("-", start, end, "PERSON", rule, score, "warning", "en")


def test_higher_score_wins_an_overlap() -> None:
    assert resolve([finding(0, 10, 0.6), finding(5, 8, 1.0)]) == [finding(5, 8, 1.0)]


def test_longer_span_wins_on_equal_score() -> None:
    assert resolve([finding(5, 8, 1.0), finding(0, 10, 1.0)]) == [finding(0, 10, 1.0)]


def test_adjacent_findings_both_stay_in_document_order() -> None:
    assert resolve([finding(4, 8, 0.5), finding(0, 4, 0.9)]) == [
        finding(0, 4, 0.9),
        finding(4, 8, 0.5),
    ]


def _resolve_by_definition(findings: list[Finding]) -> list[Finding]:
    # The rule, written the slow way: each finding in rank order, kept if it overlaps none kept.
    ranked = sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start, f.rule_id))
    kept: list[Finding] = []
    for candidate in ranked:
        if all(candidate.end <= k.start or k.end <= candidate.start for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda f: (f.start, f.end))


@given(
    st.lists(
        st.tuples(
            st.integers(0, 60),
            st.integers(1, 12),
            st.sampled_from([0.4, 0.6, 1.0]),
            st.text("ab", min_size=1, max_size=2),
        ),
        max_size=40,
    )
)
def test_resolve_keeps_what_the_definition_keeps(spans: list[tuple[int, int, float, str]]) -> None:
    findings = [finding(start, start + width, score, rule) for start, width, score, rule in spans]
    assert resolve(findings) == _resolve_by_definition(findings)
