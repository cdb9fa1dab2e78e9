"""--interactive's "a": a value added to a configuration file's allow list, the file's own
comments and layout kept, and the next run allowing it."""

import tomllib
from pathlib import Path

import pytest

from lint.config import load_config
from lint.config_edit import add_allowed, toml_string
from lint.errors import DraftlintError
from lint.model import Finding
from lint.resolution.allow_deny import allowed


def test_a_new_draftlint_toml_is_created_when_there_is_none(tmp_path: Path) -> None:
    path = tmp_path / ".draftlint.toml"
    assert add_allowed(path, "press@acme.test") == "created"
    assert load_config(path).allow == ["press@acme.test"]


def test_the_entry_joins_an_existing_list_and_the_comments_stay(tmp_path: Path) -> None:
    path = tmp_path / ".draftlint.toml"
    path.write_text(
        "# our team\nallow = [\n  \"Acme\",  # the firm\n  'odd ] name',\n]\n"
        'fail-on = "error"\n\n[replace]\nPERSON = "role"\n',
        encoding="utf-8",
    )
    assert add_allowed(path, "press@acme.test") == "added"
    text = path.read_text(encoding="utf-8")
    assert "# our team" in text
    assert "# the firm" in text
    config = load_config(path)
    assert config.allow == ["Acme", "odd ] name", "press@acme.test"]
    assert config.replace == {"PERSON": "role"}


def test_an_allow_key_is_added_before_the_first_table(tmp_path: Path) -> None:
    path = tmp_path / ".draftlint.toml"
    path.write_text('lang = "fr"\n\n[replace]\nPERSON = "role"\n', encoding="utf-8")
    add_allowed(path, "Acme")
    assert path.read_text(encoding="utf-8") == (
        'lang = "fr"\nallow = ["Acme"]\n\n[replace]\nPERSON = "role"\n'
    )


def test_pyproject_gets_the_entry_in_its_draftlint_table_only(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[project]\nname = "site"\n\n[tool.draftlint]\nlang = "en"\n\n[tool.other]\nallow = [1]\n',
        encoding="utf-8",
    )
    assert add_allowed(path, "Acme") == "added"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["tool"]["draftlint"] == {"lang": "en", "allow": ["Acme"]}
    assert data["tool"]["other"] == {"allow": [1]}
    assert data["project"] == {"name": "site"}


def test_a_layout_it_cannot_edit_safely_is_left_alone_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    original = '[tool]\ndraftlint = { lang = "fr" }\n'
    path.write_text(original, encoding="utf-8")
    with pytest.raises(DraftlintError, match="add it by hand"):
        add_allowed(path, "Acme")
    assert path.read_text(encoding="utf-8") == original


def test_a_value_already_allowed_is_not_added_twice(tmp_path: Path) -> None:
    path = tmp_path / ".draftlint.toml"
    path.write_text('allow = ["Press@Acme.test"]\n', encoding="utf-8")
    assert add_allowed(path, "press@acme.test") == "present"
    assert load_config(path).allow == ["Press@Acme.test"]


@pytest.mark.parametrize(
    "value", ['Ana "the boss" Ruiz', "C:\\drafts", "tab\there", "bell\x07", "del\x7f", "É"]
)
def test_any_value_is_written_as_a_toml_string_that_reads_back_the_same(value: str) -> None:
    assert tomllib.loads(f"v = {toml_string(value)}")["v"] == value


def test_a_value_over_two_lines_is_allowed_on_the_next_run(tmp_path: Path) -> None:
    path = tmp_path / ".draftlint.toml"
    value = "12 rue des Lilas\n69003 Lyon"
    add_allowed(path, value)
    text = f"Venez au {value} demain."
    start = text.index(value)
    finding = Finding("-", start, start + len(value), "ADDRESS", "r", 1.0, "warning", "fr")
    assert allowed([finding], text, load_config(path).allow, []) == []
