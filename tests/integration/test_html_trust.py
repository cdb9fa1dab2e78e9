"""HTML: everything a page publishes is read, and findings point at the file's own text."""

import json
from pathlib import Path

from helpers import run
from typer.testing import CliRunner

from lint.cli.app import app
from lint.sources.html import read_html


def report(path: Path, *options: str) -> list[dict]:
    result = run("check", "--format", "json", "--show-values", *options, str(path))
    return json.loads(result.stdout)["findings"]


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<title>CV of Claire Dubois</title>
<meta name="description" content="Write to jb.moreau@gmail.com">
<meta property="og:title" content="Call +44 7911 123456">
<script type="application/ld+json">{"@type": "Person", "email": "claire.dubois@orange.fr"}</script>
<script>const token = "ghp_16C7e42F292c6912E7710c838347Ae178B4a";</script>
<style>p { color: #061234; } .x::after { content: "07 52 34 56 78" }</style>
</head>
<body>
<!-- old number: 06 12 34 56 78 -->
<img src="me.png" alt="Photo: 06 98 76 54 32">
<a href="/" title="paul.martin@free.fr">mail</a>
<button aria-label="Text 06 45 67 89 01">sms</button>
<input placeholder="anna.kowalski@gmail.com" value="07 61 23 45 67">
</body>
</html>
"""


def test_everything_a_page_publishes_is_read_except_style(tmp_path: Path) -> None:
    page = tmp_path / "about.html"
    page.write_text(PAGE, encoding="utf-8")
    found = {(f["text"], f["location"]) for f in report(page)}
    assert ("jb.moreau@gmail.com", "line 5, meta description") in found
    assert ("+44 7911 123456", "line 6, meta og:title") in found
    assert ("claire.dubois@orange.fr", "line 7, script") in found
    assert ("ghp_16C7e42F292c6912E7710c838347Ae178B4a", "line 8, script") in found
    assert ("06 12 34 56 78", "line 12, comment") in found
    assert ("06 98 76 54 32", "line 13, img alt") in found
    assert ("paul.martin@free.fr", "line 14, a title") in found
    assert ("06 45 67 89 01", "line 15, button aria-label") in found
    assert ("anna.kowalski@gmail.com", "line 16, input placeholder") in found
    assert ("07 61 23 45 67", "line 16, input value") in found
    assert any(text == "Claire Dubois" and where == "line 4" for text, where in found)
    assert not any("07 52" in text or "061234" in text for text, _ in found)  # style
    assert not any("@type" in text for text, _ in found)  # a JSON-LD keyword, no handle


def test_suppression_comments_still_work_beside_scanned_comments(tmp_path: Path) -> None:
    page = tmp_path / "about.html"
    page.write_text(
        "<html><body><!-- draftlint: ignore -->\n<p>Standard: +33 1 42 68 53 00</p>\n"
        "<!-- draftlint: off --><p>06 11 22 33 44</p><!-- draftlint: on -->\n"
        "<p>Mobile: 06 12 34 56 78</p><!-- private: 07 52 34 56 78 --></body></html>",
        encoding="utf-8",
    )
    assert [(f["text"], f["location"], f["line"]) for f in report(page)] == [
        ("06 12 34 56 78", "line 4", 4),
        ("07 52 34 56 78", "line 4, comment", 4),
    ]


POSITIONS = (
    "<!DOCTYPE html>\n"
    "<html>\n"
    "<head><title>Résumé</title></head>\n"
    "<body>\n"
    '<p class="intro">\n'
    "  Hello, I am looking\n"
    "  a   job: 06 12 34 56 78 or\n"  # line 7: the number is at column 12
    '<img alt="Tel: +44 7911 123456" src="a.png">\n'
    "<p>Caf&eacute; &amp; th&eacute; &mdash; claire.dubois@orange.fr</p>\n"
    "<p>line\n  one</p><p>Jos&eacute; Garc&iacute;a:\n"
    "   +33   6 98 76 54 32</p>\n"
    "</body></html>\n"
)


def located(page: Path, value: str, records: list[dict]) -> str:
    """The file's text at the record's line and columns (the end taken as exclusive)."""
    (record,) = [r for r in records if r["text"] == value]
    lines = page.read_text(encoding="utf-8").splitlines()
    assert record["end_line"] == record["line"]
    return lines[record["line"] - 1][record["column"] - 1 : record["end_column"] - 1]


def test_json_line_and_column_point_at_the_value_in_the_file(tmp_path: Path) -> None:
    page = tmp_path / "cv.html"
    page.write_text(POSITIONS, encoding="utf-8")
    records = report(page)
    phone = next(r for r in records if r["text"] == "06 12 34 56 78")
    assert (phone["line"], phone["column"], phone["end_column"]) == (7, 12, 26)
    assert located(page, "06 12 34 56 78", records) == "06 12 34 56 78"
    assert located(page, "+44 7911 123456", records) == "+44 7911 123456"  # an attribute
    # After entities on the same line: each decoded character stands for several in the file.
    assert located(page, "claire.dubois@orange.fr", records) == "claire.dubois@orange.fr"
    # Whitespace collapsed inside a value: the value is longer in the file.
    spread = next(r for r in records if r["text"] == "+33 6 98 76 54 32")
    assert (spread["line"], spread["column"], spread["end_line"], spread["end_column"]) == (
        12,
        4,
        12,
        23,
    )


def test_sarif_github_and_text_reports_use_the_same_file_positions(tmp_path: Path) -> None:
    page = tmp_path / "cv.html"
    page.write_text(POSITIONS, encoding="utf-8")
    sarif = json.loads(run("check", "--format", "sarif", str(page)).stdout)
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in sarif["runs"][0]["results"]]
    assert {"startLine": 7, "startColumn": 12, "endLine": 7, "endColumn": 26} in regions
    github = run("check", "--format", "github", str(page)).stdout
    assert "line=7,col=12,endLine=7,endColumn=26," in github
    text = run("check", str(page)).stdout
    assert f"{page}:7:12: phone-number" in text
    assert f"{page}:9:" in text  # the e-mail after the entities, on the file's line 9


def test_an_entity_inside_a_value_ends_it_after_the_whole_reference(tmp_path: Path) -> None:
    page = tmp_path / "name.html"
    page.write_text("<p>\n  Contact: Ren&eacute;e Dupont-Lef&egrave;vre, engineer</p>\n", "utf-8")
    (record,) = [r for r in report(page) if r["entity"] == "PERSON"]
    line = page.read_text(encoding="utf-8").splitlines()[record["line"] - 1]
    assert line[record["column"] - 1 : record["end_column"] - 1] == (
        "Ren&eacute;e Dupont-Lef&egrave;vre"
    )
    assert record["text"] == "Renée Dupont-Lefèvre"


def test_read_html_takes_the_bytes_of_a_staged_file() -> None:
    document = read_html("page.html", "<p>Caf\u00e9: 06 12 34 56 78</p>".encode("cp1252"))
    assert document.text == "Café: 06 12 34 56 78"
    assert document.source == "<p>Café: 06 12 34 56 78</p>"


def test_a_marked_section_python_s_parser_rejects_is_skipped_as_a_browser_does(
    tmp_path: Path,
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><![foo[ x <p>Call 06 12 34 56 78</p></body></html>")
    result = CliRunner().invoke(app, ["check", "--format", "json", str(page)])
    assert result.exit_code == 1, result.output
    assert [f["entity"] for f in json.loads(result.stdout)["findings"]] == ["PHONE_NUMBER"]
