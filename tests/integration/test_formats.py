"""CVs as they really come: .docx and .pdf built for real, HTML, legacy encodings."""

import json
from pathlib import Path

import docx
import pytest
from docx_files import add_hyperlink
from helpers import DEV_PLAIN, run

from lint.pipeline import Scanner
from lint.sources.files import read_document

CORPUS_CV = DEV_PLAIN / "en-cv-006.txt"


def report(*paths: Path) -> list[dict]:
    result = run("check", "--format", "json", "--show-values", *map(str, paths))
    return json.loads(result.stdout)["findings"]


@pytest.fixture
def cv_docx(tmp_path: Path) -> Path:
    document = docx.Document()
    document.core_properties.author = "Claire Dubois-Roussel"
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "Tél. : 06 12 34 56 78"
    document.add_paragraph("Curriculum vitae")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "E-mail"
    table.cell(0, 1).text = "claire.dubois@orange.fr"
    table.cell(1, 0).text = "Adresse"
    table.cell(1, 1).text = "12 rue de la Paix, 75002 Paris"
    paragraph = document.add_paragraph("Profil : ")
    add_hyperlink(paragraph, "https://www.linkedin.com/in/claire-dubois-42", "LinkedIn")
    bold = document.add_paragraph().add_run("IBAN FR76 3000 3018 4700 0517 3826 435")
    bold.bold = True
    path = tmp_path / "cv.docx"
    document.save(str(path))
    return path


def test_a_docx_is_read_in_headers_tables_links_and_properties(cv_docx: Path) -> None:
    found = {(f["entity"], f["text"], f["location"]) for f in report(cv_docx)}
    assert ("PHONE_NUMBER", "06 12 34 56 78", "header (section 1)") in found
    assert ("EMAIL_ADDRESS", "claire.dubois@orange.fr", "body, table 1, row 1, cell 2") in found
    assert ("ADDRESS", "12 rue de la Paix, 75002 Paris", "body, table 1, row 2, cell 2") in found
    assert (
        "PROFILE_URL",
        "https://www.linkedin.com/in/claire-dubois-42",
        "link target 1 (body)",  # never the link's text: a location quotes no document text
    ) in found
    assert ("PERSON", "Claire Dubois-Roussel", "document properties: author") in found
    assert ("FINANCIAL_ACCOUNT", "FR76 3000 3018 4700 0517 3826 435", "body") in found


def test_fix_on_a_docx_writes_a_redacted_copy_with_formatting_kept(cv_docx: Path) -> None:
    original = cv_docx.read_bytes()
    result = run("check", "--fix", str(cv_docx))
    redacted = cv_docx.with_name("cv.redacted.docx")
    assert result.exit_code == 0, result.output  # everything fixed, nothing left to report
    assert f"wrote {redacted}" in result.stdout
    assert cv_docx.read_bytes() == original
    assert Scanner().check(read_document(str(redacted))) == []
    copy = docx.Document(str(redacted))
    (bold,) = [r for p in copy.paragraphs for r in p.runs if r.bold]
    # "IBAN FR76 ..." alone says no language; the CV around it ("Tél.", "Adresse") is
    # French, and so are its suggestions.
    assert bold.text == "IBAN [IBAN communiqué en privé]"
    assert copy.tables[0].cell(1, 1).text == "Paris"
    assert copy.core_properties.author == "Anonyme A"
    assert copy.sections[0].header.paragraphs[0].text == "Tél. : [numéro sur demande]"


@pytest.fixture
def cv_pdf(tmp_path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "cv.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setAuthor("Jean-Baptiste Moreau")
    pdf.drawString(72, 800, "Jean-Baptiste Moreau, data engineer")
    pdf.drawString(72, 780, "Phone: +44 7911 123456")
    pdf.drawString(72, 760, "My GitHub")
    pdf.linkURL("https://github.com/jbmoreau", (72, 755, 200, 772), relative=0)
    pdf.showPage()
    pdf.drawString(72, 800, "Email: jb.moreau@gmail.com")
    pdf.save()
    return path


def test_a_pdf_is_read_page_by_page_with_links_and_metadata(cv_pdf: Path) -> None:
    found = {(f["entity"], f["text"], f["location"]) for f in report(cv_pdf)}
    assert ("PHONE_NUMBER", "+44 7911 123456", "page 1, line 2") in found
    assert ("PROFILE_URL", "https://github.com/jbmoreau", "page 1, link target") in found
    assert ("EMAIL_ADDRESS", "jb.moreau@gmail.com", "page 2, line 1") in found
    assert ("PERSON", "Jean-Baptiste Moreau", "document properties: author") in found


def test_fix_on_a_pdf_says_it_cannot_and_changes_nothing(cv_pdf: Path) -> None:
    original = cv_pdf.read_bytes()
    result = run("check", "--fix", str(cv_pdf))
    assert "cannot rewrite a PDF; fix the document it was exported from" in result.stderr
    assert cv_pdf.read_bytes() == original
    assert result.exit_code == 1


def test_corrupt_and_encrypted_files_are_one_line_errors_and_the_rest_is_checked(
    tmp_path: Path, cv_pdf: Path
) -> None:
    from pypdf import PdfReader, PdfWriter

    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    writer = PdfWriter(clone_from=PdfReader(str(cv_pdf)))
    writer.encrypt(user_password="s3cret")
    with (tmp_path / "locked.pdf").open("wb") as stream:
        writer.write(stream)
    (tmp_path / "post.txt").write_text("Call 06 12 34 56 78", encoding="utf-8")
    names = ["broken.docx", "broken.pdf", "locked.pdf", "post.txt"]
    result = run("check", *(str(tmp_path / name) for name in names))
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 3
    assert errors[0].startswith(f"draftlint: error: {tmp_path / 'broken.docx'}: ")
    assert errors[1].startswith(f"draftlint: error: {tmp_path / 'broken.pdf'}: corrupt")
    assert errors[2] == (
        f"draftlint: error: {tmp_path / 'locked.pdf'}: password-protected PDF; "
        "remove the password first"
    )
    assert "post.txt:1:6: phone-number" in result.stdout


def test_html_visible_text_link_targets_and_inline_scripts(tmp_path: Path) -> None:
    page = tmp_path / "about.html"
    page.write_text(
        "<html><head><title>x</title><script>var tel='06 99 99 99 99'</script></head>"
        "<body><p>Write to <a href='mailto:jane.doe@gmail.com'>me</a></p>"
        "<p>Call <a href='tel:+447911123456'>my mobile</a></p></body></html>",
        encoding="utf-8",
    )
    found = {(f["entity"], f["text"]) for f in report(page)}
    assert ("EMAIL_ADDRESS", "jane.doe@gmail.com") in found
    assert ("PHONE_NUMBER", "+447911123456") in found
    assert ("PHONE_NUMBER", "06 99 99 99 99") in found  # an inline script is published too


def test_windows_1252_text_keeps_its_accents_and_is_fixed_in_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "lettre.txt"
    path.write_bytes("Numéro : 06 12 34 56 78 — l’équipe vous répondra.\n".encode("cp1252"))
    (finding,) = report(path)
    assert finding["text"] == "06 12 34 56 78"
    run("check", "--fix", str(path))
    assert path.read_bytes().decode("cp1252") == (
        "Numéro : [numéro sur demande] — l’équipe vous répondra.\n"
    )


def test_a_corpus_cv_as_docx_and_pdf_yields_the_same_entities_as_the_text(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: F401 - fonts stay the built-in ones
    from reportlab.pdfgen import canvas

    lines = CORPUS_CV.read_text(encoding="utf-8").splitlines()
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(tmp_path / "cv.docx"))
    pdf = canvas.Canvas(str(tmp_path / "cv.pdf"), pagesize=A4)
    y = 800
    for line in lines:
        if y < 60:
            pdf.showPage()
            y = 800
        pdf.drawString(40, y, line.replace("\t", "    "))
        y -= 14
    pdf.save()
    assert pdfmetrics.getRegisteredFontNames()  # built-in Helvetica renders Latin-1 text

    def entities(path: Path) -> dict[str, set[str]]:
        by: dict[str, set[str]] = {}
        for finding in report(path):
            by.setdefault(finding["entity"], set()).add(" ".join(finding["text"].split()))
        return by

    text = entities(CORPUS_CV)
    for other in (tmp_path / "cv.docx", tmp_path / "cv.pdf"):
        found = entities(other)
        assert set(found) == set(text), other.suffix
        for entity in set(text) - {"PERSON"}:
            assert found[entity] == text[entity], (other.suffix, entity)
