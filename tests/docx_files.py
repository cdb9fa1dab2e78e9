"""Building blocks of the .docx files the tests make with python-docx."""

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def add_hyperlink(paragraph, url: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """A link to url showing text, at the end of the paragraph, as Word writes it."""
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run_element = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run_element.append(text_element)
    link.append(run_element)
    paragraph._p.append(link)
