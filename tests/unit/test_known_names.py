"""Full names found from name evidence alone, of many origins; things that are no names."""

import pytest

from lint.detection.known_names import find_known_names


def names_in(text: str) -> list[tuple[str, bool]]:
    return [(text[name.start : name.end], name.lone) for name in find_known_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Welcome to Karthikeyan Subramaniam, our new lead.", "Karthikeyan Subramaniam"),
        ("Photos by Oluwatoyin Adeyemi-Okafor.", "Oluwatoyin Adeyemi-Okafor"),
        ("Coordinated with Phạm Quốc Bảo last spring.", "Phạm Quốc Bảo"),
        ("Reviewed by Maria das Graças Oliveira.", "Maria das Graças Oliveira"),
        ("SARANYA MURUGESAN\nChennai", "SARANYA MURUGESAN"),
        ("BENNANI Kawtar\nIngénieure qualité", "BENNANI Kawtar"),
        ("Merci à Elif Yıldırım pour son aide.", "Elif Yıldırım"),
        ('Thanks to Babatunde "Tunde" Olatunji!', 'Babatunde "Tunde" Olatunji'),
        ("Stephanie Diaz will join the call.", "Stephanie Diaz"),  # two frequent names
        ("Rebecca Davies's address is below.", "Rebecca Davies"),  # not the possessive
    ],
)
def test_a_full_name_of_any_origin_is_found_whole(text: str, name: str) -> None:
    assert (name, False) in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Skills: Power BI, Jetpack Compose, Apache Airflow, Tableau Desktop.",
        "Firmware for CAN FD buses; figures from the ONS ASHE survey.",
        "B.Sc. Nursing, Nnamdi Azikiwe University, 2014.",
        "Certified Scrum Master, Lean Six Sigma Green Belt, Cambridge English Advanced.",
        "EXPERIENCE\nEDUCATION\nSKILLS AND INTERESTS",
    ],
)
def test_tools_headings_acronyms_and_institutions_are_no_names(text: str) -> None:
    assert [name for name, lone in names_in(text) if not lone] == []


def test_a_lone_first_name_is_returned_as_lone() -> None:
    assert names_in("Huge thanks to Aoife for the review.") == [("Aoife", True)]


def test_a_first_name_that_is_an_ordinary_word_is_not_a_lone_name() -> None:
    assert names_in("Thanks to Grace and Hope for the review.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Slides by 佐藤 春樹 (Haruki Sato), thanks!", "佐藤 春樹"),
        ("Intro call with 박지우 (Jiwoo Park) tomorrow.", "박지우"),
        ("Merci à 刘梦瑶 pour la traduction.", "刘梦瑶"),
    ],
)
def test_a_name_in_its_own_script_amid_latin_text_is_found(text: str, name: str) -> None:
    assert (name, False) in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "I study 中文 and 日本語 in the evenings.",
        "我们的团队在北京工作，欢迎加入。王小明负责招聘。",  # a text in Chinese: any word
    ],
)
def test_cjk_words_are_no_names(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("⭐ Sipho — fixed my terrible SQL at 2am", "Sipho"),  # opens a list item
        ("- Grzegorz from ops, for the night shifts", "Grzegorz"),
        ("Thanks Aoife, Saoirse and Declan Murphy!", "Aoife"),  # in a list of names
    ],
)
def test_a_lone_first_name_in_a_list_is_a_name_without_a_cue(text: str, name: str) -> None:
    assert (name, False) in names_in(text)


def test_a_lone_first_name_opening_a_sentence_still_needs_a_cue() -> None:
    assert names_in("Sipho fixed it last night.") == [("Sipho", True)]
