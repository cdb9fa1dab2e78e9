"""Detection mechanisms that hold beyond one sentence: typography, labelled national numbers."""

import pytest

from lint.pipeline import check


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_a_number_written_with_no_break_spaces_is_found_where_it_is_written(space: str) -> None:
    number = space.join(["07", "82", "44", "16", "93"])
    text = f"Joignable au{space}: {number} après 18h."
    (finding,) = check(text)
    assert finding.entity == "PHONE_NUMBER"
    assert text[finding.start : finding.end] == number


def test_a_labelled_national_number_must_pass_its_own_country_s_checksum() -> None:
    # 111222333 passes the Dutch BSN's eleven-test; 123456789 does not, although it passes
    # Portugal's NIF: the label decides which format is checked.
    assert [f.entity for f in check("BSN: 111222333")] == ["NATIONAL_ID"]
    assert check("BSN: 123456789") == []
    assert [f.entity for f in check("NIF: 123456789")] == ["NATIONAL_ID"]
