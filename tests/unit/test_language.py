import pytest

from lint.detection.language import guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Je suis joignable au numéro ci-dessous pour en discuter.", "fr"),
        ("I'm open to new opportunities and happy to chat.", "en"),
        ("J'ai travaillé cinq ans chez eux.", "fr"),
        ("06 12 34 56 78", "en"),  # no evidence: the default
    ],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_no_evidence_takes_the_given_default() -> None:
    assert guess_language("Tél. : 06 12 34 56 78", default="fr") == "fr"
