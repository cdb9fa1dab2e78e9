"""Tests that scan: the bundled rules loaded once, and spaCy warmed once per session."""

import pytest

from lint.detection.rules import Rule, bundled_rules
from lint.pipeline import check


@pytest.fixture(scope="session")
def rules() -> tuple[Rule, ...]:
    return bundled_rules()


@pytest.fixture(scope="session", autouse=True)
def _models_loaded_once(rules: tuple[Rule, ...]) -> None:
    # The engine caches its spaCy pipelines per process: load both languages up front so
    # that no single test pays for them.
    check("Hello, my name is Jane Doe and I am looking for a job.", rules=rules)
    check("Bonjour, je m'appelle Jeanne Martin et je cherche un poste.", rules=rules)
