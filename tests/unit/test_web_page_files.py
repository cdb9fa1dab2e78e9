"""The page's static files, read as text: what the CSP would block is not there to block, the
draft can never become markup, and every string the page shows exists in English and French.
(The browser tests in tests/e2e/test_web_page.py run the same files for real.)"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import REPO

STATIC = REPO / "lint" / "web" / "static"
SCRIPTS = sorted(STATIC.glob("*.js"))
APP = (STATIC / "app.js").read_text(encoding="utf-8")


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        if self.tags and self.tags[-1][0] == "script":
            self.script_text += data.strip()


def page() -> Tags:
    parsed = Tags()
    parsed.feed((STATIC / "index.html").read_text(encoding="utf-8"))
    return parsed


def table(language: str) -> dict[str, str]:
    """One language's part of app.js's STRINGS table: key -> template."""
    block = re.search(rf"\n  {language}: \{{\n(.*?)\n  \}},", APP, re.DOTALL)
    assert block, f"no {language} table in app.js"
    pairs = re.findall(r'^    "?([\w.]+)"?:\s*"((?:[^"\\]|\\.)*)",$', block.group(1), re.MULTILINE)
    return dict(pairs)


def test_the_page_has_no_inline_script_style_or_handler_and_loads_only_its_own_files() -> None:
    parsed = page()
    assert parsed.script_text == ""
    for tag, attrs in parsed.tags:
        assert "style" not in attrs, tag
        assert not [name for name in attrs if name.startswith("on")], tag
        for name in ("src", "href"):
            url = attrs.get(name)
            if url is not None and url != "data:,":
                assert not re.match(r"^[a-z]+:|^//|^/", url), url  # relative: under the token
                assert (STATIC.parent / url).is_file(), url
    scripts = [attrs for tag, attrs in parsed.tags if tag == "script"]
    assert scripts == [{"type": "module", "src": "static/app.js"}]


@pytest.mark.parametrize("path", [*SCRIPTS, STATIC / "app.css"], ids=lambda p: p.name)
def test_no_static_file_names_another_origin(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"https?://|//[a-z0-9-]+\.[a-z]", text), path.name
    assert "@import" not in text
    assert "url(" not in text  # no font or image to fetch


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.name)
def test_the_scripts_never_parse_text_as_markup_nor_set_inline_styles(path: Path) -> None:
    code = path.read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in code, f"{path.name}: {sink}"
    assert "new Function" not in code
    assert ".style." not in code
    assert 'setAttribute("style"' not in code


def test_the_modules_imported_are_the_files_beside_the_page() -> None:
    for path in SCRIPTS:
        for imported in re.findall(r'from "([^"]+)"', path.read_text(encoding="utf-8")):
            assert imported.startswith("./"), imported
            assert (STATIC / imported).is_file(), imported


def test_english_and_french_have_the_same_strings() -> None:
    english, french = table("en"), table("fr")
    assert len(english) > 40
    assert english.keys() == french.keys()
    for key, template in english.items():  # the same placeholders in both
        assert set(re.findall(r"\{\w+\}", template)) == set(re.findall(r"\{\w+\}", french[key]))


def test_the_table_holds_every_string_the_page_asks_for_and_no_other() -> None:
    asked = {attrs["data-i18n"] for _, attrs in page().tags if attrs.get("data-i18n")}
    asked |= {
        attrs["data-i18n-aria-label"] for _, attrs in page().tags if "data-i18n-aria-label" in attrs
    }
    for path in SCRIPTS:
        asked |= set(re.findall(r'\bt\("([\w.]+)"', path.read_text(encoding="utf-8")))
    # Keys built from a value: the severities and the decisions.
    asked |= {f"severity.{s}" for s in ("error", "warning", "info")}
    asked |= {f"decided.{d}" for d in ("none", "accept", "keep", "edit")}
    assert asked - table("en").keys() == set()  # none missing
    assert table("en").keys() - asked == set()  # none forgotten in the table
    assert len(asked) > 40
