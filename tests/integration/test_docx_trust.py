""".docx trust: every place Word keeps text is scanned and redacted, locations quote no
document text, hostile archives are one-line errors, the redacted copy is written safely."""

import json
import re
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx_files import add_hyperlink
from helpers import REPO, SCRIPT, run
from lxml import etree

from lint.errors import DraftlintError
from lint.model import Finding
from lint.sources.docx.document import read_docx, write_redacted

ROOT = REPO
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
PHONE = "+33 6 12 34 56 78"
# Every place a value can hide, each with its own address, so that each report is checked.
PLACES = [
    "box.body",
    "box.footer",
    "box.first.header",
    "box.even.header",
    "comment.text",
    "field.simple",
    "field.complex",
    "deleted.deltext",
    "deleted.run",
    "note.paragraph",
    "note.cell",
    "note.box",
    "endnote.paragraph",
    "custom.value",
    "app.company",
    "app.manager",
    "core.category",
    "core.status",
    "core.identifier",
    "core.version",
    "core.modifier",
    "link.footer",
]
EMAILS = {place: f"{place}.dupont@example.org" for place in PLACES}


def text_box(text: str) -> str:
    """A run holding a text box as Word 2010+ writes it: a DrawingML box, and a VML copy."""
    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f"<w:r {NS}><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def add_box(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    paragraph._p.append(parse_xml(text_box(text)))


def note(kind: str, number: int, body: str) -> str:
    return f'<w:{kind} w:id="{number}"><w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:{kind}>'


NOTE_TABLE = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
CUSTOM = (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Contact">'
    "<vt:lpwstr>{}</vt:lpwstr></property></Properties>"
)


def add_parts(path: Path, parts: dict[str, tuple[str, str, str]]) -> None:
    """parts: name -> (content type, relationship type, xml); related from the main part,
    or from the package for docProps/; a part outside word/ is named from word/ with ../"""
    with zipfile.ZipFile(path) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    types = etree.fromstring(entries["[Content_Types].xml"])
    for name, (content_type, reltype, xml) in parts.items():
        override = etree.SubElement(types, f"{{{types.nsmap[None]}}}Override")
        override.set("PartName", f"/{name}")
        override.set("ContentType", content_type)
        rels_name = "_rels/.rels" if name.startswith("docProps") else "word/_rels/document.xml.rels"
        rels = etree.fromstring(entries[rels_name])
        relationship = etree.SubElement(rels, f"{{{rels.nsmap[None]}}}Relationship")
        relationship.set("Id", f"rIdTest{len(rels)}")
        relationship.set("Type", reltype)
        if name.startswith("docProps"):
            target = name
        else:
            target = name[len("word/") :] if name.startswith("word/") else f"../{name}"
        relationship.set("Target", target)
        entries[rels_name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8")
        entries[name] = xml.encode("utf-8")
    entries["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries.items():
            target.writestr(name, data)


def replace_part(path: Path, name: str, edit) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as source:
        entries = {entry: source.read(entry) for entry in source.namelist()}
    entries[name] = edit(entries.get(name, b""))  # b"": a part the file does not have yet
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for entry, data in entries.items():
            target.writestr(entry, data)


@pytest.fixture
def hidden_docx(tmp_path: Path) -> Path:
    """A .docx with a value in every place Word keeps text outside the body's paragraphs."""
    e = EMAILS
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True
    add_box(section.footer.paragraphs[0], e["box.footer"])
    add_hyperlink(section.footer.paragraphs[0], f"mailto:{e['link.footer']}", "Mail")
    add_box(section.first_page_header.paragraphs[0], e["box.first.header"])
    add_box(section.even_page_header.paragraphs[0], e["box.even.header"])
    add_box(document.add_paragraph("Profil "), e["box.body"])
    commented = document.add_paragraph("Relu").runs[0]
    document.add_comment(commented, text=f"Écrire à {e['comment.text']}", author="Jean Dupont")
    fields = document.add_paragraph("Contact ")._p
    fields.append(
        parse_xml(
            f'<w:fldSimple {NS} w:instr=" HYPERLINK &quot;mailto:{e["field.simple"]}&quot; ">'
            "<w:r><w:t>écrire</w:t></w:r></w:fldSimple>"
        )
    )
    local, domain = e["field.complex"].split("@")
    for xml in (
        '<w:r {}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {{}}><w:instrText> HYPERLINK "mailto:{local}</w:instrText></w:r>',
        f'<w:r {{}}><w:instrText>@{domain}" </w:instrText></w:r>',
        '<w:r {}><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r {}><w:t>mon adresse</w:t></w:r>",
        '<w:r {}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        fields.append(parse_xml(xml.format(NS)))
    changed = document.add_paragraph("Contact : ")._p
    changed.append(
        parse_xml(
            f'<w:del {NS} w:id="90" w:author="Jean Dupont"><w:r>'
            f"<w:delText>{e['deleted.deltext']}</w:delText></w:r></w:del>"
        )
    )
    changed.append(
        parse_xml(f'<w:del {NS} w:id="91"><w:r><w:t>{e["deleted.run"]}</w:t></w:r></w:del>')
    )
    core = document.core_properties
    core.category, core.content_status = e["core.category"], e["core.status"]
    core.identifier, core.version = e["core.identifier"], e["core.version"]
    core.last_modified_by = e["core.modifier"]
    path = tmp_path / "cv.docx"
    document.save(str(path))
    notes = (
        note("footnote", 1, e["note.paragraph"])[: -len("</w:footnote>")]
        + NOTE_TABLE.format(e["note.cell"])
        + f"<w:p>{text_box(e['note.box'])}</w:p></w:footnote>"
    )
    add_parts(
        path,
        {
            "word/footnotes.xml": (
                f"{WML}.footnotes+xml",
                RELATIONSHIP_TYPE.FOOTNOTES,
                f"<w:footnotes {NS}>{note('footnote', -1, '')}{notes}</w:footnotes>".replace(
                    '<w:footnote w:id="-1">', '<w:footnote w:type="separator" w:id="-1">'
                ),
            ),
            "word/endnotes.xml": (
                f"{WML}.endnotes+xml",
                RELATIONSHIP_TYPE.ENDNOTES,
                f"<w:endnotes {NS}>{note('endnote', 1, e['endnote.paragraph'])}</w:endnotes>",
            ),
            "docProps/custom.xml": (
                "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                RELATIONSHIP_TYPE.CUSTOM_PROPERTIES,
                CUSTOM.replace("{}", e["custom.value"]),
            ),
        },
    )
    replace_part(
        path,
        "docProps/app.xml",
        lambda xml: xml.replace(
            b"<TotalTime>",
            f"<Company>{e['app.company']}</Company><Manager>{e['app.manager']}</Manager>"
            f"<HyperlinkBase>tel:{PHONE}</HyperlinkBase><TotalTime>".encode(),
        ),
    )
    return path


def report(path: Path) -> list[dict]:
    result = run("check", "--format", "json", "--show-values", str(path))
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)["findings"]


def escaped_forms(value: str) -> list[bytes]:
    forms = {value, value.replace("@", "%40"), value.replace("@", "&#64;")}
    forms |= {value.replace("@", "&#x40;"), value.replace(".", "%2E")}
    if value.startswith("+"):
        digits = re.sub(r"\D", "", value)
        forms |= {digits, digits[2:], value.replace(" ", "%20"), value.replace("+", "%2B")}
    return [form.encode() for form in forms]


def parts_holding(path: Path, values: list[str]) -> list[tuple[str, str]]:
    """(part, value) for every value still in a part of the zip, raw or escaped."""
    leaks = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            for value in values:
                if any(form in data for form in escaped_forms(value)):
                    leaks.append((name, value))
    return leaks


# --- 1, 2: every place is scanned, and redacted ---------------------------------------------


def test_every_hidden_place_of_a_docx_is_reported(hidden_docx: Path) -> None:
    found = report(hidden_docx)
    reported = {f["text"] for f in found}
    missing = [value for value in [*EMAILS.values(), PHONE] if value not in reported]
    assert missing == []
    assert sum(f["text"] == EMAILS["box.body"] for f in found) == 1  # the VML copy is not


def test_after_fix_no_part_of_the_redacted_copy_holds_any_value(hidden_docx: Path) -> None:
    values = [*EMAILS.values(), PHONE, "Jean Dupont"]
    assert parts_holding(hidden_docx, values) != []  # the test can see them before
    result = run("check", "--fix", str(hidden_docx))
    redacted = hidden_docx.with_name("cv.redacted.docx")
    assert f"wrote {redacted}" in result.stdout, result.output
    assert parts_holding(redacted, values) == []


def test_both_copies_of_a_text_box_are_redacted_and_the_copy_reported_once(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    add_box(document.add_paragraph(), f"Écrire à {EMAILS['box.body']}")
    path = tmp_path / "box.docx"
    document.save(str(path))
    (finding,) = [f for f in report(path) if f["entity"] == "EMAIL_ADDRESS"]
    assert finding["location"] == "text box 1 in body"
    run("check", "--fix", str(path))
    xml = zipfile.ZipFile(tmp_path / "box.redacted.docx").read("word/document.xml").decode()
    assert EMAILS["box.body"] not in xml
    assert xml.count("Écrire à [") == 2  # Choice and Fallback, each with the replacement


# --- 3: link targets are rewritten, the link kept --------------------------------------------


def test_a_link_target_is_rewritten_and_the_link_and_its_text_kept(tmp_path: Path) -> None:
    document = docx.Document()
    add_hyperlink(document.add_paragraph("Contact : "), "mailto:jean.dupont@example.org", "Moi")
    path = tmp_path / "link.docx"
    document.save(str(path))
    run("check", "--fix", str(path))
    copy = docx.Document(str(tmp_path / "link.redacted.docx"))
    (link,) = copy.element.body.iter(qn("w:hyperlink"))
    target = copy.part.rels[link.get(qn("r:id"))].target_ref
    assert target.startswith("mailto:%5B")  # mailto: and the replacement, URI-encoded
    assert " " not in target
    assert "example.org" not in target
    assert "".join(t.text for t in link.iter(qn("w:t"))) == "Moi"


def test_field_code_links_are_rewritten_in_place(hidden_docx: Path) -> None:
    run("check", "--fix", str(hidden_docx))
    copy = zipfile.ZipFile(hidden_docx.with_name("cv.redacted.docx"))
    body = etree.fromstring(copy.read("word/document.xml"))
    (simple,) = body.iter(qn("w:fldSimple"))
    assert simple.get(qn("w:instr")).startswith(' HYPERLINK "mailto:%5B')
    complex_code = "".join(t.text for t in body.iter(qn("w:instrText")))
    assert complex_code.startswith(' HYPERLINK "mailto:%5B')
    assert complex_code.endswith('" ')  # the quote that closes the target is still there


def test_a_replacement_lands_at_the_finding_inside_the_target(tmp_path: Path) -> None:
    document = docx.Document()
    url = "https://example.org/contact?to=jean.dupont@example.org&lang=fr"
    add_hyperlink(document.add_paragraph("Contact : "), url, "formulaire")
    path = tmp_path / "query.docx"
    document.save(str(path))
    run("check", "--fix", str(path))
    copy = docx.Document(str(tmp_path / "query.redacted.docx"))
    (target,) = [r.target_ref for r in copy.part.rels.values() if r.is_external]
    assert target.startswith("https://example.org/contact?to=%5B")
    assert target.endswith("%5D&lang=fr")


# --- 4: a location never quotes the document --------------------------------------------------


def test_no_location_quotes_document_text(tmp_path: Path, hidden_docx: Path) -> None:
    document = docx.Document()
    add_hyperlink(
        document.add_paragraph(),
        "https://www.linkedin.com/in/jean-dupont-42",
        f"Jean Dupont {PHONE}",
    )
    path = tmp_path / "named.docx"
    document.save(str(path))
    locations = [f["location"] for f in report(path) + report(hidden_docx)]
    assert "link target 1 (body)" in locations
    assert "link target 1 (footer (section 1))" in locations
    for location in locations:
        assert "Jean" not in location
        assert "Dupont" not in location
        assert "@" not in location
        assert "12 34" not in location


# --- 5: bombs and broken archives ------------------------------------------------------------


def write_bomb(path: Path, size: int) -> None:
    """A .docx whose document.xml inflates to size bytes of blank XML."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(f"<w:document {NS}><w:body>".encode())
            chunk = b" " * (1 << 20)
            for _ in range(size >> 20):
                stream.write(chunk)
            stream.write(b"</w:body></w:document>")


CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/word/document.xml" ContentType="'
    f'{WML}.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def peak_memory(*args: str) -> tuple[int, str, float]:
    """(max RSS in MB, stderr, seconds) of draftlint run in a fresh child process."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "started = time.monotonic()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "elapsed = time.monotonic() - started\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
        "print(peak, done.returncode, elapsed)\n"
        "sys.stderr.write(done.stderr)\n"
    )
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", probe, SCRIPT, *args], capture_output=True, text=True, env=env
    )
    peak, code, elapsed = done.stdout.split()
    assert code == "2", done.stderr
    return int(peak), done.stderr, float(elapsed)


def test_a_decompression_bomb_is_refused_quickly_with_bounded_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "cv.docx"
    write_bomb(bomb, 500 << 20)
    assert bomb.stat().st_size < 5_000_000
    peak, stderr, elapsed = peak_memory("check", str(bomb))
    assert (
        stderr == f"draftlint: error: {bomb}: word/document.xml expands past 10 MB, not a draft\n"
    )
    assert elapsed < 20
    assert peak < 250  # python-docx took 1 GB on this file


def lie_about_size(path: Path, name: str, size: int) -> None:
    """Rewrite the central directory so that name declares size bytes once inflated."""
    data = bytearray(path.read_bytes())
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) != -1:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length] == name.encode():
            struct.pack_into("<I", data, position + 24, size)
        position += 4
    path.write_bytes(bytes(data))


def test_a_part_that_lies_about_its_size_is_a_one_line_error(tmp_path: Path) -> None:
    bomb = tmp_path / "liar.docx"
    write_bomb(bomb, 50 << 20)
    lie_about_size(bomb, "word/document.xml", 1000)
    peak, stderr, _ = peak_memory("check", str(bomb))
    assert stderr.count("\n") == 1
    assert stderr.startswith(f"draftlint: error: {bomb}: ")
    assert "CRC" in stderr
    assert peak < 250


def patch_entry(path: Path, name: str, local_offset: int, central_offset: int, value: int) -> None:
    """Set a 2-byte field of name's local header and central directory record."""
    data = bytearray(path.read_bytes())
    for signature, offset, name_at in (
        (b"PK\x03\x04", local_offset, 30),
        (b"PK\x01\x02", central_offset, 46),
    ):
        position = 0
        while (position := data.find(signature, position)) != -1:
            if data[position + name_at : position + name_at + len(name)] == name.encode():
                struct.pack_into("<H", data, position + offset, value)
            position += 4
    path.write_bytes(bytes(data))


def plain_docx(path: Path) -> None:
    """A small .docx with its entries stored, so that tests can damage their bytes."""
    document = docx.Document()
    document.add_paragraph("Écrire à jean.dupont@example.org")
    document.save(str(path))
    with zipfile.ZipFile(path) as source:
        entries = {n: source.read(n) for n in source.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as target:
        for entry, data in entries.items():
            target.writestr(entry, data)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("crc", "Bad CRC-32"),
        ("method", "compression method 99"),
        ("encrypted", "encrypted part"),
    ],
)
def test_a_corrupt_entry_is_a_one_line_error(tmp_path: Path, damage: str, message: str) -> None:
    path = tmp_path / "cv.docx"
    plain_docx(path)
    if damage == "crc":
        data = path.read_bytes()
        path.write_bytes(data.replace(b"jean.dupont@example.org", b"jean.durand@example.org"))
    elif damage == "method":
        patch_entry(path, "word/document.xml", 8, 10, 99)
    else:
        patch_entry(path, "word/document.xml", 6, 8, 0x1)
    result = subprocess.run(
        [SCRIPT, "check", str(path)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"draftlint: error: {path}: ")
    assert message in result.stderr


# --- 6: the redacted copy never writes through a planted link -------------------------------


def test_a_planted_symlink_at_the_redacted_name_is_replaced_not_followed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cv.docx"
    plain_docx(path)
    other = tmp_path / "other.txt"
    other.write_text("keep me", encoding="utf-8")
    planted = tmp_path / "cv.redacted.docx"
    planted.symlink_to(other)
    result = run("check", "--fix", str(path))
    assert result.exit_code == 0, result.output
    assert other.read_text(encoding="utf-8") == "keep me"
    assert not planted.is_symlink()
    assert planted.is_file()
    assert parts_holding(planted, ["jean.dupont@example.org"]) == []


# --- 7: a staged .docx is read from its bytes -------------------------------------------------


def test_read_docx_reads_the_bytes_it_is_given(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    plain_docx(path)
    document = read_docx("staged/cv.docx", path.read_bytes())
    assert document.path == "staged/cv.docx"
    assert "jean.dupont@example.org" in document.text
    assert not Path("staged/cv.docx").exists()


def test_read_docx_applies_the_bomb_checks_to_bytes(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    write_bomb(bomb, 30 << 20)
    started = time.monotonic()
    with pytest.raises(DraftlintError, match=r"^staged/cv.docx: word/document.xml expands past"):
        read_docx("staged/cv.docx", bomb.read_bytes())
    assert time.monotonic() - started < 2


# --- 8: text kept in attributes, settings and custom XML -------------------------------------

# Each place outside the runs, with the location its value must be reported at.
ATTRIBUTE_PLACES = {
    "image.descr": "image 1 in body: alt text",
    "image.title": "image 1 in body: title",
    "image.tooltip": "image 1 in body: link tooltip",
    "picture.descr": "image 1 in body: picture alt text",
    "picture.title": "image 1 in body: picture title",
    "picture.name": "image 1 in body: file name",
    "vml.alt": "image 2 in body: alt text",
    "vml.title": "image 2 in body: title",
    "watermark.text": "image 1 in header (section 1): text",
    "note.image": "image 1 in footnote 1: alt text",
    "link.tooltip": "link 1 in body: tooltip",
    "form.help": "form field 1 in body: help text",
    "form.status": "form field 1 in body: status text",
    "form.list": "form field 2 in body: list entry",
    "control.title": "content control 1 in body: title",
    "control.tag": "content control 1 in body: tag",
    "control.item": "content control 1 in body: list item",
    "control.value": "content control 1 in body: list value",
    "smarttag.property": "smart tag 1 in body: property",
    "permission.editor": "editing permission 1 in body: editor",
    "settings.variable": "document variable 1",
    "settings.mailmerge": "mail merge: data source",
    "customxml.text": "custom XML (customXml/item2.xml)",
    "customxml.attribute": "custom XML (customXml/item2.xml)",
}
ATTRIBUTE_EMAILS = {place: f"{place}.dupont@example.org" for place in ATTRIBUTE_PLACES}
FORM_DEFAULT = "form field 1 in body: default text"  # the PHONE
FIELD_TOOLTIP = "field.tooltip.dupont@example.org"
COVER_PAGE = "http://schemas.microsoft.com/office/2006/coverPageProps"
TEMPLATE = "file:///C:/Users/jdupont/AppData/Roaming/Microsoft/Templates/CV-jdupont.dotm"


def image(e: dict[str, str], tooltip: str = "") -> str:
    """An inline picture as Word writes it, its alt texts set, without the image itself."""
    link = f'<a:hlinkClick r:id="" tooltip="{tooltip}"/>' if tooltip else ""
    return (
        f'<w:r {NS}><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/>'
        f'<wp:docPr id="1" name="Image 1" descr="{e["descr"]}" title="{e.get("title", "")}">'
        f"{link}</wp:docPr><a:graphic><a:graphicData "
        'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr>'
        f'<pic:cNvPr id="0" name="{e.get("name", "photo.jpg")}" descr="{e.get("pdescr", "")}"'
        f' title="{e.get("ptitle", "")}"/><pic:cNvPicPr/></pic:nvPicPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def form_fields(e: dict[str, str]) -> list[str]:
    """A legacy text form field (help, status, default text) and a drop-down."""
    text = (
        f'<w:ffData><w:name w:val="Texte1"/><w:enabled/><w:helpText w:type="text" '
        f'w:val="{e["form.help"]}"/><w:statusText w:type="text" w:val="{e["form.status"]}"/>'
        f'<w:textInput><w:default w:val="{PHONE}"/></w:textInput></w:ffData>'
    )
    drop = f'<w:ffData><w:name w:val="Liste1"/><w:ddList><w:listEntry w:val="{e["form.list"]}"/>'
    runs = []
    for data, code in ((text, "FORMTEXT"), (drop + "</w:ddList></w:ffData>", "FORMDROPDOWN")):
        runs += [
            f'<w:r {NS}><w:fldChar w:fldCharType="begin">{data}</w:fldChar></w:r>',
            f"<w:r {NS}><w:instrText> {code} </w:instrText></w:r>",
            f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r>',
            f"<w:r {NS}><w:t>Votre réponse</w:t></w:r>",
            f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>',
        ]
    return runs


def build_attribute_places(path: Path) -> None:
    e = ATTRIBUTE_EMAILS
    document = docx.Document()
    pictures = document.add_paragraph("Photo ")._p
    pictures.append(
        parse_xml(
            image(
                {
                    "descr": e["image.descr"],
                    "title": e["image.title"],
                    "name": e["picture.name"],
                    "pdescr": e["picture.descr"],
                    "ptitle": e["picture.title"],
                },
                tooltip=e["image.tooltip"],
            )
        )
    )
    pictures.append(
        parse_xml(
            f'<w:r {NS}><w:pict><v:shape id="s2" alt="{e["vml.alt"]}"><v:imagedata r:id="" '
            f'o:title="{e["vml.title"]}"/></v:shape></w:pict></w:r>'
        )
    )
    header = document.sections[0].header.paragraphs[0]._p
    header.append(
        parse_xml(
            f'<w:r {NS}><w:pict><v:shape id="PowerPlusWaterMarkObject1" type="#_x0000_t136">'
            f'<v:textpath style="font-family:Calibri" string="{e["watermark.text"]}"/>'
            "</v:shape></w:pict></w:r>"
        )
    )
    add_hyperlink(document.add_paragraph("Site : "), "https://example.com/", "mon site")
    document.paragraphs[-1]._p[-1].set(qn("w:tooltip"), e["link.tooltip"])
    document.paragraphs[-1]._p.append(  # a field's tooltip: read already as its field code
        parse_xml(
            f'<w:fldSimple {NS} w:instr=\' HYPERLINK "https://example.com/" \\o "{FIELD_TOOLTIP}" '
            "'><w:r><w:t>site</w:t></w:r></w:fldSimple>"
        )
    )
    forms = document.add_paragraph("Formulaire ")._p
    for xml in form_fields(e):
        forms.append(parse_xml(xml))
    document.add_paragraph()._p.append(
        parse_xml(
            f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{e["control.title"]}"/>'
            f'<w:tag w:val="{e["control.tag"]}"/><w:comboBox><w:listItem w:displayText='
            f'"{e["control.item"]}" w:value="{e["control.value"]}"/></w:comboBox></w:sdtPr>'
            "<w:sdtContent><w:r><w:t>Choisir</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    tagged = document.add_paragraph("Par ")._p
    tagged.append(
        parse_xml(
            f'<w:smartTag {NS} w:uri="urn:schemas-microsoft-com:office:smarttags" '
            f'w:element="PersonName"><w:smartTagPr><w:attr w:name="ProductID" '
            f'w:val="{e["smarttag.property"]}"/></w:smartTagPr><w:r><w:t>lui</w:t></w:r>'
            "</w:smartTag>"
        )
    )
    tagged.append(parse_xml(f'<w:permStart {NS} w:id="7" w:ed="{e["permission.editor"]}"/>'))
    tagged.append(parse_xml(f'<w:permEnd {NS} w:id="7"/>'))
    document.save(str(path))
    footnote = f'<w:footnote w:id="1"><w:p>{image({"descr": e["note.image"]})}</w:p></w:footnote>'
    item = (
        f'<CoverPageProperties xmlns="{COVER_PAGE}"><PublishDate/><Abstract/>'
        f"<CompanyEmail>{e['customxml.text']}</CompanyEmail>"
        f'<Contact email="{e["customxml.attribute"]}"/></CoverPageProperties>'
    )
    add_parts(
        path,
        {
            "word/footnotes.xml": (
                f"{WML}.footnotes+xml",
                RELATIONSHIP_TYPE.FOOTNOTES,
                f"<w:footnotes {NS}>{footnote}</w:footnotes>",
            ),
            "customXml/item2.xml": ("application/xml", RELATIONSHIP_TYPE.CUSTOM_XML, item),
        },
    )
    settings = (
        f'<w:docVars><w:docVar w:name="Contact" w:val="{e["settings.variable"]}"/></w:docVars>'
        '<w:mailMerge><w:mainDocumentType w:val="formLetters"/>'
        '<w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:/Users/'
        f'jdupont/contacts.xlsx;User ID={e["settings.mailmerge"]}"/></w:mailMerge>'
        '<w:attachedTemplate r:id="rIdTemplate"/></w:settings>'
    )
    replace_part(
        path,
        "word/settings.xml",
        lambda xml: xml.replace(b"</w:settings>", settings.encode()),  # w:, r: are declared
    )
    replace_part(
        path,
        "word/_rels/settings.xml.rels",
        lambda _: (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdTemplate" Type="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/relationships/attachedTemplate" Target="{TEMPLATE}" '
            'TargetMode="External"/></Relationships>'
        ).encode(),
    )


@pytest.fixture(scope="module")
def attribute_places(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """The file and what check reports on it, built once for the tests of this section."""
    path = tmp_path_factory.mktemp("attributes") / "cv.docx"
    build_attribute_places(path)
    result = run("check", "--format", "json", "--show-values", str(path))
    return path, json.loads(result.stdout)["findings"]


@pytest.mark.parametrize("place", list(ATTRIBUTE_PLACES))
def test_a_value_outside_the_runs_is_reported_at_its_place(
    attribute_places: tuple[Path, list[dict]], place: str
) -> None:
    _, found = attribute_places
    where = [f["location"] for f in found if f["text"] == ATTRIBUTE_EMAILS[place]]
    assert where == [ATTRIBUTE_PLACES[place]]


def test_a_form_field_default_text_is_reported(
    attribute_places: tuple[Path, list[dict]],
) -> None:
    _, found = attribute_places
    assert [f["location"] for f in found if f["text"] == PHONE] == [FORM_DEFAULT]


def test_no_location_of_a_value_outside_the_runs_quotes_it(
    attribute_places: tuple[Path, list[dict]],
) -> None:
    _, found = attribute_places
    assert len(found) >= len(ATTRIBUTE_PLACES) + 1
    for location in {f["location"] for f in found}:
        assert "@" not in location
        assert "dupont" not in location.lower()
        assert "12 34" not in location


def test_after_fix_no_value_outside_the_runs_is_left(
    attribute_places: tuple[Path, list[dict]],
) -> None:
    path, _ = attribute_places
    values = [*ATTRIBUTE_EMAILS.values(), PHONE, FIELD_TOOLTIP]
    assert len(parts_holding(path, values)) == len(values)  # each is there before
    result = run("check", "--fix", str(path))
    redacted = path.with_name("cv.redacted.docx")
    assert f"wrote {redacted}" in result.stdout, result.output
    assert parts_holding(redacted, values) == []
    settings = etree.fromstring(zipfile.ZipFile(redacted).read("word/settings.xml"))
    (variable,) = settings.iter(qn("w:docVar"))
    assert variable.get(qn("w:name")) == "Contact"  # the variable is kept, its value redacted
    assert variable.get(qn("w:val")).startswith("[")


def test_the_attached_templates_path_is_read_as_a_link_target(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    build_attribute_places(path)
    document = read_docx(str(path))
    (region,) = [r for r in document.regions if document.text[r.start : r.end] == TEMPLATE]
    assert region.location == "link target 1 (word/settings.xml)"
    assert "settings.variable.dupont@example.org" in document.text


def test_an_alt_text_and_its_fallback_copy_are_redacted_and_reported_once(
    tmp_path: Path,
) -> None:
    email = ATTRIBUTE_EMAILS["image.descr"]
    shape = (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps">'
        + image({"descr": f"Écrire à {email}"}).removeprefix(f"<w:r {NS}>")[: -len("</w:r>")]
        + f'</mc:Choice><mc:Fallback><w:pict><v:shape alt="Écrire à {email}"/></w:pict>'
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )
    document = docx.Document()
    document.add_paragraph("Logo ")._p.append(parse_xml(shape))
    path = tmp_path / "shape.docx"
    document.save(str(path))
    assert [f["location"] for f in report(path) if f["text"] == email] == [
        "image 1 in body: alt text"
    ]
    run("check", "--fix", str(path))
    xml = zipfile.ZipFile(tmp_path / "shape.redacted.docx").read("word/document.xml").decode()
    assert email not in xml
    assert xml.count('="Écrire à [') == 2  # descr and the VML alt, each with the replacement


def test_a_bound_content_control_and_its_custom_xml_value_are_both_redacted(
    tmp_path: Path,
) -> None:
    email = ATTRIBUTE_EMAILS["customxml.text"]
    document = docx.Document()
    document.add_paragraph()._p.append(
        parse_xml(
            f'<w:sdt {NS}><w:sdtPr><w:dataBinding w:prefixMappings="xmlns:ns0='
            f'\'{COVER_PAGE}\'" w:xpath="/ns0:CoverPageProperties[1]/ns0:CompanyEmail[1]" '
            'w:storeItemID="{55AF091B-3C7A-41E3-B477-F2FDAA23CFDA}"/></w:sdtPr>'
            f"<w:sdtContent><w:r><w:t>{email}</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    path = tmp_path / "bound.docx"
    document.save(str(path))
    item = f'<CoverPageProperties xmlns="{COVER_PAGE}"><CompanyEmail>{email}</CompanyEmail>'
    add_parts(
        path,
        {
            "customXml/item2.xml": (
                "application/xml",
                RELATIONSHIP_TYPE.CUSTOM_XML,
                item + "</CoverPageProperties>",
            )
        },
    )
    found = sorted(f["location"] for f in report(path) if f["text"] == email)
    assert found == ["body", "custom XML (customXml/item2.xml)"]
    run("check", "--fix", str(path))
    redacted = tmp_path / "bound.redacted.docx"
    assert parts_holding(redacted, [email]) == []
    value = etree.fromstring(zipfile.ZipFile(redacted).read("customXml/item2.xml"))[0]
    assert value.tag == f"{{{COVER_PAGE}}}CompanyEmail"
    assert value.text.startswith("[")  # the element is kept for the binding, its value not


def test_a_comments_initials_follow_its_authors_replacement(tmp_path: Path) -> None:
    document = docx.Document()
    commented = document.add_paragraph("Relu").runs[0]
    document.add_comment(commented, text="À revoir", author="Jean Dupont", initials="JD")
    path = tmp_path / "comment.docx"
    document.save(str(path))
    (author,) = [f for f in report(path) if f["text"] == "Jean Dupont"]
    assert author["location"] == "author 1 of comments or changes"
    run("check", "--fix", str(path))
    xml = zipfile.ZipFile(tmp_path / "comment.redacted.docx").read("word/comments.xml")
    (comment,) = etree.fromstring(xml).iter(qn("w:comment"))
    assert comment.get(qn("w:author")).endswith(" A")  # "Person A", "Anonyme A"
    assert comment.get(qn("w:initials")) == "PA"


def test_a_comments_initials_go_when_its_author_becomes_a_placeholder(tmp_path: Path) -> None:
    document = docx.Document()
    commented = document.add_paragraph("Relu").runs[0]
    document.add_comment(commented, text="À revoir", author="Jean Dupont", initials="JD")
    path = tmp_path / "comment.docx"
    document.save(str(path))
    text = read_docx(str(path)).text
    start = text.index("Jean Dupont")
    finding = Finding(
        str(path), start, start + 11, "PERSON", "person-name", 1.0, "high", "fr", "[nom]"
    )
    target = write_redacted(str(path), [finding], target=tmp_path / "out.docx")
    (comment,) = etree.fromstring(zipfile.ZipFile(target).read("word/comments.xml")).iter(
        qn("w:comment")
    )
    assert comment.get(qn("w:author")) == "[nom]"
    assert comment.get(qn("w:initials")) is None


def test_smart_art_text_and_its_drawn_copy_are_redacted_and_reported_once(
    tmp_path: Path,
) -> None:
    email = "smartart.dupont@example.org"
    paragraph = f"<a:p><a:r><a:t>Contact : </a:t></a:r><a:r><a:t>{email}</a:t></a:r></a:p>"
    dgm = 'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"'
    data = (
        f'<dgm:dataModel {dgm} xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<dgm:ptLst><dgm:pt modelId="{1}"><dgm:prSet phldrT="[Texte]"/><dgm:t><a:bodyPr/>'
        f"{paragraph}</dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>"
    )
    drawn = (
        '<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dsp:spTree><dsp:sp>'
        f"<dsp:txBody><a:bodyPr/>{paragraph}</dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>"
    )
    path = tmp_path / "smartart.docx"
    docx.Document().save(str(path))
    add_parts(
        path,
        {
            "word/diagrams/data1.xml": (
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
                RELATIONSHIP_TYPE.DIAGRAM_DATA,
                data,
            ),
            "word/diagrams/drawing1.xml": (
                "application/vnd.ms-office.drawingml.diagramDrawing+xml",
                "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing",
                drawn,
            ),
        },
    )
    located = [f["location"] for f in report(path) if f["text"] == email]
    assert located == ["SmartArt (word/diagrams/data1.xml)"]
    run("check", "--fix", str(path))
    redacted = tmp_path / "smartart.redacted.docx"
    assert parts_holding(redacted, [email]) == []
    for part in ("word/diagrams/data1.xml", "word/diagrams/drawing1.xml"):
        assert b"<a:t>Contact : </a:t>" in zipfile.ZipFile(redacted).read(part)
