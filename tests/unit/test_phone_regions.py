from lint.detection.phones import regions_of_places


def test_a_place_names_its_country_when_its_numbers_have_no_trunk_zero() -> None:
    assert regions_of_places("Calle Mayor 12, 28013 Madrid") == ["ES"]
    assert regions_of_places("Rua Augusta 120, 1100-053 Lisboa") == ["PT"]
    assert regions_of_places("Basé à Dakar, Sénégal") == ["SN", "SN"]
    assert regions_of_places("Vivo a Roma") == ["IT"]  # the city after lower-case words


def test_the_longest_place_name_wins() -> None:
    assert regions_of_places("Santa Cruz de Tenerife") == ["ES"]


def test_places_of_countries_that_write_a_trunk_zero_add_nothing() -> None:
    # French, German and British numbers are written with their 0: the national pattern
    # finds them without help, and digit groups there are amounts, not numbers.
    assert regions_of_places("Paris, Berlin, London and Lyon") == []
    assert regions_of_places("madrid in lower case is no place name") == []
