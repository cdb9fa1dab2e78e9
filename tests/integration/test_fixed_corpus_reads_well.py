"""The dev corpus, fixed by `check --fix` in a copy, can be posted as it is: none of the
patterns of issue 17 ("Dear Ms Person A,", "I live at Bristol", "véhiculée. , .", "Read
Person A book", "mon manager un·e collègue", "Personne A", English placeholders in a
French draft) is left in it."""

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from helpers import DEV_PLAIN, run

_TITLE_BEFORE_PSEUDONYM = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|M|Madame|Monsieur|Sister)\.?\)?[ \t]+"
    r"(?:Person|Personne|Anonyme)[ \t]+[A-Z]{1,2}\b"
)
_EMPTY_PUNCTUATION = re.compile(
    r"[,;][ \t]*[,;.!?]|\([ \t]*\)|\w[ \t]+[,.](?=\s|$)|^[ \t]*[,;]|:[ \t]*,"
    r"|\b(?:our|my|with|nos|mes|avec)[ \t]{2,}\w",
    re.MULTILINE,
)
_ROLE_REPEATED = re.compile(
    r"\b(?:my|our|mon|ma|notre|nos)[ \t]+(?:manager|colleague|collègue|friend|amie?|client"
    r"|customer|boss|mentor|husband|mari|fils|son)[ \t]+(?:a|an|un|une|un·e|someone|quelqu)\b"
    r"|un·e|\b(?:thank you|thanks|merci)[ \t]+(?:a|un|une)\b",
    re.IGNORECASE,
)
_ENGLISH_WORDS = re.compile(r"\bPerson [A-Z]\b|\[[^\]]*(?:removed|on request|address|profile)\]")
_FRENCH_WORDS = re.compile(r"\bAnonyme [A-Z]\b|\[[^\]]*(?:retiré|sur demande|adresse|profil)\]")


def _fixed_copy(folder: Path, *options: str) -> dict[str, str]:
    shutil.copytree(DEV_PLAIN, folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    run("check", "--isolated", "--fix", *options, str(folder))
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def fixed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    # The post profile fixes every finding: a letter's own salutation is fixed too.
    return _fixed_copy(tmp_path_factory.mktemp("default") / "plain", "--profile", "post")


@pytest.fixture(scope="module")
def report() -> dict[str, list[dict[str, Any]]]:
    output = run(
        "check",
        "--isolated",
        "--profile",
        "post",
        "--format",
        "json",
        "--show-values",
        str(DEV_PLAIN),
    )
    findings: dict[str, list[dict[str, Any]]] = {}
    for finding in json.loads(output.stdout)["findings"]:
        findings.setdefault(Path(finding["path"]).name, []).append(finding)
    return findings


def _hits(pattern: re.Pattern[str], texts: dict[str, str]) -> dict[str, list[str]]:
    found = {name: pattern.findall(text) for name, text in texts.items()}
    return {name: hits for name, hits in found.items() if hits}


def _originals() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(DEV_PLAIN.iterdir())}


def test_no_title_is_left_before_a_pseudonym(fixed: dict[str, str]) -> None:
    assert "Dear Hiring Manager," in "".join(fixed.values())  # the salutation was there
    assert _hits(_TITLE_BEFORE_PSEUDONYM, fixed) == {}


def test_no_removal_leaves_empty_punctuation(fixed: dict[str, str]) -> None:
    originals = _originals()
    assert all(not _EMPTY_PUNCTUATION.search(text) for text in originals.values())
    assert _hits(_EMPTY_PUNCTUATION, fixed) == {}


def test_a_city_takes_the_preposition_of_a_city(
    fixed: dict[str, str], report: dict[str, list[dict[str, Any]]]
) -> None:
    cities = {
        (name, f["suggestion"])
        for name, findings in report.items()
        for f in findings
        if f["entity"] == "ADDRESS" and f["suggestion"] and f["suggestion"][0] != "["
    }
    assert cities
    for name, city in cities:
        assert not re.search(rf"\b(?:at|on|au|aux)[ \t]+{re.escape(city)}\b", fixed[name]), city


def test_a_possessive_stays(fixed: dict[str, str], report: dict[str, list[dict[str, Any]]]) -> None:
    originals = _originals()  # a name's possessive 's follows its span
    possessives = [
        (name, f["suggestion"])
        for name, findings in report.items()
        for f in findings
        if f["entity"] == "PERSON" and re.match(r"['’]s\b", originals[name][f["end"] :])
    ]
    assert possessives
    for name, pseudonym in possessives:
        assert re.search(rf"{re.escape(pseudonym)}['’]s\b", fixed[name]), (name, pseudonym)


def test_french_drafts_get_french_suggestions_and_english_ones_english(
    fixed: dict[str, str],
) -> None:
    assert "Personne A" not in "".join(fixed.values())  # "Personne A" also reads "nobody A"
    for name, text in fixed.items():
        wrong = _ENGLISH_WORDS if name.startswith("fr-") else _FRENCH_WORDS
        assert not wrong.search(text), (name, wrong.findall(text))


def test_the_role_style_never_repeats_a_role_or_misnames_one(tmp_path: Path) -> None:
    fixed = _fixed_copy(tmp_path / "plain", "--profile", "post", "--replace", "PERSON=role")
    text = "\n".join(fixed.values())
    assert (
        "Huge thanks to my manager, who" in text
    )  # "my manager Jane, who" keeps its role, not its name
    assert _hits(_ROLE_REPEATED, fixed) == {}
    assert "a colleague" not in text.casefold().replace("my colleague", "")
