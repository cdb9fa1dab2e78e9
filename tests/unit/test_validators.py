import pytest

from lint.detection.validators import (
    VALIDATORS,
    has_public_suffix,
    is_obfuscated_email,
    is_valid_payment_card,
    is_valid_phone_number,
)


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("06 12 34 56 78", True),
        ("+33 (0)6 84 21 09 37", True),
        ("(+33) 6-31-84-27-95", True),
        ("0478/52.19.36", True),  # Belgian mobile
        ("(312) 555-0178", True),
        ("+48 22 583 41 96 ext. 214", True),
        ("418 555-0192, poste 218", True),
        ("07 00 00 00 00", False),  # French pairs, an unassigned French range
        ("09-02-1995", False),  # a date
        ("12345", False),
    ],
)
def test_phone_numbers_are_checked_with_phonenumbers(number: str, valid: bool) -> None:
    assert is_valid_phone_number(number) is valid


def test_a_card_needs_luhn_and_an_issuer_prefix() -> None:
    assert is_valid_payment_card("4539 9542 5550 3492")
    assert not is_valid_payment_card("4539 9542 5550 3493")  # Luhn fails
    assert not is_valid_payment_card("0000 0000 0000 0000")  # no issuer starts with 0


def test_public_suffix_is_known_offline() -> None:
    assert has_public_suffix("a@b.co.uk")
    assert not has_public_suffix("a@localhost")
    assert not has_public_suffix("a@b.notatld")


def test_written_out_email_reads_back_as_an_address() -> None:
    assert is_obfuscated_email("jane dot doe at gmail dot com")
    assert is_obfuscated_email("j.doe [at] acme [dot] fr")
    assert not is_obfuscated_email("a at b at c dot com")


def test_every_validator_is_a_callable_of_a_string() -> None:
    for name, validator in VALIDATORS.items():
        assert isinstance(validator("x"), bool), name


def test_a_national_number_counts_only_in_a_region_the_text_names_by_its_calling_code() -> None:
    from lint.detection.phones import is_phone_number_of_the_text_s_regions, regions_of

    number = "27 22 47 31 06"  # an Ivorian landline, written without +225
    assert not is_phone_number_of_the_text_s_regions(number)  # no text, no region
    with regions_of("Abidjan · +225 07 07 58 42 19"):
        assert is_phone_number_of_the_text_s_regions(number)
    with regions_of("Paris · +33 6 12 34 56 78"):
        assert not is_phone_number_of_the_text_s_regions(number)
    assert not is_phone_number_of_the_text_s_regions(number)  # the region went with the text


@pytest.mark.parametrize(
    ("address", "known"),
    [
        ("Villa n° 12, Cité Mixta, Dakar", True),
        ("Villa 2, Cité Mixta, Dakar, Sénégal", True),  # a country, accents or not
        ("Apt 4, Grand Canal Square, Dublin 2, D02 X285", True),  # district and Eircode set aside
        ("2-11-3 Higashi, Shibuya-ku, Tokyo 150-0011", True),
        ("No. 9, 2nd Main Road, Chennai – 600041", True),
        ("Av. Paulista, 1578\nSao Paulo – SP, 01310-200", True),  # the state and CEP set aside
        ("Cité Ennasr, Bloc 4, 16000 Alger", True),  # the postcode before the city
        ("Grade 12, Class 4, Accra Academy", False),  # a school, not its city
        ("Lot 3, Phase 2, Innovation Hub", False),
        ("Lot 3, Phase 2", False),
    ],
)
def test_an_address_in_parts_must_end_in_a_place_that_geonames_knows(
    address: str, known: bool
) -> None:
    assert VALIDATORS["ends_in_a_known_place"](address) is known


def test_a_document_number_has_digits_and_is_not_a_date() -> None:
    from lint.detection.validators import is_document_number

    assert is_document_number("T4829173")
    assert is_document_number("L4417-120385-07")  # groups joined by dashes
    assert is_document_number("1 842 1987 00312")  # groups joined by spaces
    assert not is_document_number("14 02 2031")  # an expiry date
    assert not is_document_number("2031-02-14")
    assert not is_document_number("03 2024")  # a month and a year
    assert not is_document_number("AB12")  # too short for any document
    assert not is_document_number("ABCDEFGH")  # no digit


def test_a_uk_driving_licence_carries_a_real_month_and_day() -> None:
    from lint.detection.validators import is_uk_driving_licence

    assert is_uk_driving_licence("WHITE802154JA9TX")
    assert is_uk_driving_licence("LI999857154JA9TX")  # short surname padded; month 07 + 5
    assert not is_uk_driving_licence("WHITE813154JA9TX")  # month 13
    assert not is_uk_driving_licence("WHITE802004JA9TX")  # day 00
    assert not is_uk_driving_licence("W9HITE02154JA9TX")  # a letter after the padding


def test_nif_is_the_tax_number_of_any_country_that_calls_it_so() -> None:
    from lint.detection.validators import is_nif

    assert is_nif("3023217600053")  # French
    assert is_nif("12345678Z")  # Spanish
    assert is_nif("123456789")  # Portuguese
    assert not is_nif("123456780")


def test_every_personal_number_format_is_a_python_stdnum_module() -> None:
    import importlib

    from lint.detection.validators import PERSONAL_NUMBERS

    for module in PERSONAL_NUMBERS:
        assert callable(importlib.import_module(f"stdnum.{module}").is_valid), module


def test_a_generic_id_label_takes_the_personal_numbers_of_many_countries() -> None:
    from lint.detection.validators import is_personal_number

    assert is_personal_number("8001015009087")  # South Africa
    assert is_personal_number("44051401359")  # Poland, PESEL
    assert is_personal_number("1101700230708")  # Thailand
    assert is_personal_number("85.07.30-033.28")  # Belgium
    assert not is_personal_number("1234567890")
    assert not is_personal_number("2341 2341 2347")
