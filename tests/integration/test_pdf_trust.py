"""PDF: AES-encrypted files with an empty password, comments and form fields are read."""

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from lint.cli.app import app
from lint.sources.pdf import read_pdf


def report(path: Path) -> list[dict]:
    result = CliRunner().invoke(app, ["check", "--format", "json", "--show-values", str(path)])
    return json.loads(result.stdout)["findings"]


def plain_pdf(text: str) -> bytes:
    stream = io.BytesIO()
    pdf = canvas.Canvas(stream, pagesize=A4)
    pdf.drawString(72, 800, text)
    pdf.save()
    return stream.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-256", "AES-128"])
def test_an_aes_pdf_with_an_empty_password_is_read(tmp_path: Path, algorithm: str) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain_pdf("Phone: +44 7911 123456"))))
    writer.encrypt(user_password="", owner_password="x", algorithm=algorithm)
    path = tmp_path / "cv.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    assert PdfReader(str(path)).is_encrypted
    assert ("+44 7911 123456", "page 1, line 1") in {
        (f["text"], f["location"]) for f in report(path)
    }


def test_comments_and_form_field_values_are_read(tmp_path: Path) -> None:
    stream = io.BytesIO()
    pdf = canvas.Canvas(stream, pagesize=A4)
    pdf.drawString(72, 800, "Application form")
    pdf.acroForm.textfield(name="phone", value="06 12 34 56 78", x=72, y=700, width=200)
    pdf.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(stream.getvalue())))
    writer.add_annotation(
        0,
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Text"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 600, 92, 620)]),
            NameObject("/Contents"): TextStringObject("Reviewer: write to jb.moreau@gmail.com"),
        },
    )
    path = tmp_path / "form.pdf"
    with path.open("wb") as out:
        writer.write(out)
    found = {(f["text"], f["location"]) for f in report(path)}
    assert ("06 12 34 56 78", "page 1, form field phone") in found
    assert ("jb.moreau@gmail.com", "page 1, comment") in found


def test_read_pdf_reads_the_bytes_it_is_given() -> None:
    document = read_pdf("staged.pdf", plain_pdf("Email: jb.moreau@gmail.com"))
    assert document.text.splitlines()[0] == "Email: jb.moreau@gmail.com"
    assert document.path == "staged.pdf"
