"""Identifiers through the whole pipeline: which entity wins, and what stays clean."""

import pytest

from lint.pipeline import check


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.entity, text[f.start : f.end]) for f in check(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Led the ISO 27001 certification and the ISO/IEC 27701 gap analysis.",
        "Flight software qualified to DO-178C level A and DO-254.",
        "Ticket raised on the ISO-27001 audit; see also MIL-STD-810G.",
        "Holder of an EASA Part-66 licence, category B1, since 2019.",
        "Order number 114-7742913-2210934 shipped on Monday.",
        "Release 4.12.0 is out; firmware 2.1.0.7 follows next week.",
        "SKU AX-4471-BLK, pack of 12, in stock.",
        "Student cohort 2022-2023: 48 graduates.",
        "Staff engineer, remote: 78 000 € a year.",
        "Permis de conduire : catégorie B depuis 2012.",
        "Passport photos: two, taken on 12 03 2024.",
    ],
)
def test_standards_orders_versions_products_years_and_pay_are_not_identifiers(
    text: str,
) -> None:
    assert _found(text) == []


def test_a_phone_number_after_a_phone_label_stays_a_phone_number() -> None:
    assert _found("Mobile : 06 48 21 77 35") == [("PHONE_NUMBER", "06 48 21 77 35")]


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Passport: Kenyan, no. AK0917263, expires 02/2030", "NATIONAL_ID", "AK0917263"),
        ("Driver's licence: Ontario, P4120-57208-90315", "NATIONAL_ID", "P4120-57208-90315"),
        ("CNI n° 1 842 1987 00312", "NATIONAL_ID", "1 842 1987 00312"),
        ("Full UK licence WHITE802154JA9TX, clean.", "NATIONAL_ID", "WHITE802154JA9TX"),
        ("Her ITIN is 912-71-0518.", "NATIONAL_ID", "912-71-0518"),
        ("Numéro d'assurance sociale : 130 452 717", "NATIONAL_ID", "130 452 717"),
        ("Permis de conduire n° 13AB12345", "NATIONAL_ID", "13AB12345"),
        ("Driving licence number: DL1234567", "NATIONAL_ID", "DL1234567"),
        ("Numéro de candidat concours : 5512093", "ID_NUMBER", "5512093"),
        ("Right-to-work share code: K3P 8WT 2QA", "ID_NUMBER", "K3P 8WT 2QA"),
    ],
)
def test_a_labelled_number_is_reported_as_the_kind_its_label_names(
    text: str, entity: str, value: str
) -> None:
    assert (entity, value) in _found(text)


def test_a_number_after_a_case_label_is_the_case_not_a_phone() -> None:
    # 8 digits after "case number" form a valid phone number in several regions; the label
    # says what it is. A number after a phone's label stays a phone.
    assert _found("My case number is 04519937, still open.") == [("ID_NUMBER", "04519937")]
    assert _found("Demande n° 20458817 en cours.") == [("ID_NUMBER", "20458817")]
    assert _found("Customer service: 0800 123 4567") == [("PHONE_NUMBER", "0800 123 4567")]


def test_a_checksummed_national_number_needs_no_colon_after_its_label() -> None:
    assert _found("PESEL 44051401359 on the form") == [("NATIONAL_ID", "44051401359")]
    assert _found("PESEL 44051401358 on the form") == []  # the checksum fails


def test_a_driving_licence_number_wins_over_a_generic_licence_number() -> None:
    # "licence no." alone reads as a professional licence (ID_NUMBER); the DVLA format
    # with a real birth date says it is a driving licence.
    assert _found("licence no. WHITE802154JA9TX") == [("NATIONAL_ID", "WHITE802154JA9TX")]


def test_a_site_listed_among_profile_links_is_a_profile_but_a_company_domain_is_not() -> None:
    line = "linkedin.com/in/ana-lupu · ana-lupu.ro · ana@acme-labs.ro"
    assert ("PROFILE_URL", "ana-lupu.ro") in _found(line)
    assert all(value != "acme-labs.ro" for _, value in _found(line))


def test_a_version_in_a_release_note_is_not_an_ip_address() -> None:
    assert _found("Changelog: bumped to 3.2.0.14, then updated 1.4.2.9 as well.") == []
    assert _found("The server answers at 203.0.113.24 now.") == [("IP_ADDRESS", "203.0.113.24")]


def test_a_long_line_of_listed_items_does_not_make_a_pattern_backtrack() -> None:
    # The listed-site pattern looks along the line for a profile link: a bounded look, so
    # a line of thousands of items stays linear (before the bound, this raised a time-out).
    line = "linkedin.com/in/ana-lupu " + "ab.cd · " * 3000
    assert {entity for entity, _ in _found(line)} <= {"PROFILE_URL"}
