from lint.fixing.masks import mask_value

# The rule: at most a third of the alphanumerics shown, never a whole component. A number
# shows its first character and the last two of its last group; words show their initials.


def test_a_phone_number_keeps_its_layout_its_first_and_last_digit() -> None:
    # 10 digits: 3 may be shown, but "78" is a whole group.
    assert mask_value("06 12 34 56 78", "PHONE_NUMBER") == "0* ** ** ** *8"
    assert mask_value("0612345678", "PHONE_NUMBER") == "0*******78"
    assert mask_value("+44 7911 123456", "PHONE_NUMBER") == "+4* **** ****56"


def test_an_email_shows_an_initial_of_the_user_and_of_each_domain_label() -> None:
    assert mask_value("jane.doe@example.org", "EMAIL_ADDRESS") == "j***.***@e******.o**"


def test_a_short_email_shows_one_character_at_most() -> None:
    # 4 alphanumerics: one may be shown, and "j" and "x" are whole components.
    assert mask_value("j@x.io", "EMAIL_ADDRESS") == "*@*.i*"
    assert mask_value("jo@x.io", "EMAIL_ADDRESS") == "j*@*.**"


def test_an_email_of_digits_is_masked_as_words_never_two_characters_side_by_side() -> None:
    assert mask_value("123456@7.abc", "EMAIL_ADDRESS") == "1*****@*.a**"


def test_a_name_keeps_initials_only() -> None:
    assert mask_value("Jean-Baptiste Moreau", "PERSON") == "J***-B******* M*****"
    assert mask_value("Jo Li", "PERSON") == "J* **"  # 4 letters: one initial


def test_an_iban_shows_its_first_character_and_last_two() -> None:
    masked = mask_value("FR76 3000 3018 4700 0517 3826 435", "FINANCIAL_ACCOUNT")
    assert masked == "F*** **** **** **** **** **** *35"


def test_a_date_shows_no_whole_field() -> None:
    assert mask_value("14/07/1988", "DATE_OF_BIRTH") == "1*/**/***8"
    assert mask_value("May 3, 1990", "DATE_OF_BIRTH") == "M** *, ***0"


def test_an_ip_address_hides_every_one_digit_part() -> None:
    assert mask_value("10.0.0.1", "IP_ADDRESS") == "1*.*.*.*"
    assert mask_value("192.168.1.12", "IP_ADDRESS") == "1**.***.*.*2"
    assert mask_value("2001:db8::ff00:42:8329", "IP_ADDRESS") == "2***:***::****:**:**29"


def test_a_value_of_two_characters_is_hidden_whole() -> None:
    assert mask_value("Al", "PERSON") == "**"
    assert mask_value("42", "NATIONAL_ID") == "**"
