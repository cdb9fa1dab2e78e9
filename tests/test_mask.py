from lint.mask import mask_value


def test_a_phone_number_keeps_its_layout_and_two_digits_each_end() -> None:
    assert mask_value("06 12 34 56 78", "PHONE_NUMBER") == "06 ** ** ** 78"


def test_an_email_keeps_its_first_letter_and_domain() -> None:
    assert mask_value("jane.doe@example.org", "EMAIL_ADDRESS") == "j***@example.org"


def test_a_name_keeps_initials_only() -> None:
    assert mask_value("Jean-Baptiste Moreau", "PERSON") == "J***-B*** M***"


def test_an_iban_hides_everything_but_its_ends() -> None:
    masked = mask_value("FR76 3000 3018 4700 0517 3826 435", "FINANCIAL_ACCOUNT")
    assert masked == "FR** **** **** **** **** **** *35"
