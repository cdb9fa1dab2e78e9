"""A link names a person when a segment of its path is a first and a last name."""

import pytest

from lint.detection.link_names import has_name_in_path


@pytest.mark.parametrize(
    "link",
    [
        "indeed.com/r/Abhishek-Jha/10e7a8cb732bc43a",
        "https://www.indeed.com/r/Abhishek-Jha/10e7a8cb732bc43a?isid=rex-download",
        "https://speakerdeck.com/sarah-connor/scaling-postgres",
        "https://example.org/team/oluwaseun_adeyemi",
    ],
)
def test_a_path_that_names_someone(link: str) -> None:
    assert has_name_in_path(link)


@pytest.mark.parametrize(
    "link",
    [
        "https://en.wikipedia.org/wiki/Marie_Curie",  # a public figure's article
        "acme.com/blog/power-pivot-tips",
        "example.org/docs/getting-started",
        "acme.com/grace-period",
        "coursera.org/user/7f3a9c",
        "acme.com",
    ],
)
def test_a_path_that_names_no_one(link: str) -> None:
    assert not has_name_in_path(link)
