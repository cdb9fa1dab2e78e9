"""French typography: no-break spaces inside numbers and before punctuation."""

import pytest

from lint.pipeline import check


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_a_number_written_with_no_break_spaces_is_found_where_it_is_written(space: str) -> None:
    number = space.join(["07", "82", "44", "16", "93"])
    text = f"Joignable au{space}: {number} après 18h."
    (finding,) = check(text)
    assert finding.entity == "PHONE_NUMBER"
    assert text[finding.start : finding.end] == number
