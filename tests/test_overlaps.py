from lint.model import Finding
from lint.overlaps import resolve


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
