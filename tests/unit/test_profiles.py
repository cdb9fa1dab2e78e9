"""What each profile lets through: findings built by hand, the profile applied for real."""

from lint.model import Finding
from lint.resolution.profiles import adjust

LETTER = """Amelia Hartwell
07700 900461 | amelia.hartwell@example.org

Dear Mr Okafor,

Your colleague Dana Whitfield, on 07700 900999, told me about the role.

Yours sincerely,

Amelia Hartwell
07700 900461
"""


def found(
    text: str, value: str, entity: str, *, nth: int = 0, severity: str = "warning"
) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Finding("-", start, start + len(value), entity, "rule", 1.0, severity, "en")


FINDINGS = [
    found(LETTER, "Amelia Hartwell", "PERSON"),
    found(LETTER, "07700 900461", "PHONE_NUMBER", severity="error"),
    found(LETTER, "amelia.hartwell@example.org", "EMAIL_ADDRESS"),
    found(LETTER, "Okafor", "PERSON"),
    found(LETTER, "Dana Whitfield", "PERSON"),
    found(LETTER, "07700 900999", "PHONE_NUMBER", severity="error"),
    found(LETTER, "Amelia Hartwell", "PERSON", nth=1),
    found(LETTER, "07700 900461", "PHONE_NUMBER", nth=1, severity="error"),
]


def severities(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(LETTER[f.start : f.end], f.severity) for f in findings]


def test_a_letter_expects_its_sender_block_salutation_and_signature_but_not_its_body() -> None:
    assert severities(adjust(LETTER, FINDINGS, "letter", [])) == [
        ("Amelia Hartwell", "info"),
        ("07700 900461", "info"),
        ("amelia.hartwell@example.org", "info"),
        ("Okafor", "info"),
        ("Dana Whitfield", "warning"),  # someone else, in the body
        ("07700 900999", "error"),
        ("Amelia Hartwell", "info"),
        ("07700 900461", "info"),
    ]


def test_a_post_counts_everything_in_the_same_letter() -> None:
    assert adjust(LETTER, FINDINGS, "post", []) == FINDINGS


def test_a_letter_still_flags_a_birth_date_and_a_national_id_in_its_sender_block() -> None:
    text = "A. Hart\nBorn 03/04/1990 · NI QQ 12 34 56 C\n\nDear Sir,\n\nHi.\n\nRegards,\nA\n"
    findings = [
        found(text, "03/04/1990", "DATE_OF_BIRTH"),
        found(text, "QQ 12 34 56 C", "NATIONAL_ID"),
    ]
    assert {f.severity for f in adjust(text, findings, "letter", [])} == {"error"}


def test_a_letter_without_a_salutation_or_closing_expects_only_me() -> None:
    text = "Amelia Hartwell, 07700 900461. Dana Whitfield told me about the role.\n"
    findings = [
        found(text, "Amelia Hartwell", "PERSON"),
        found(text, "07700 900461", "PHONE_NUMBER"),
        found(text, "Dana Whitfield", "PERSON"),
    ]
    adjusted = adjust(text, findings, "letter", ["07700900461"])
    assert [f.severity for f in adjusted] == ["warning", "info", "warning"]


CV = """Noor Haddad
noor.haddad@example.org | linkedin.com/in/noor-haddad-data
Born 12/03/1990

PROFESSIONAL SUMMARY
Data analyst. Referee: Tomás Ruiz, tomas.ruiz@example.org
"""


def test_a_cv_expects_its_header_contacts_but_not_a_referee_s_nor_a_birth_date() -> None:
    findings = [
        found(CV, "Noor Haddad", "PERSON"),
        found(CV, "noor.haddad@example.org", "EMAIL_ADDRESS"),
        found(CV, "linkedin.com/in/noor-haddad-data", "PROFILE_URL"),
        found(CV, "12/03/1990", "DATE_OF_BIRTH"),
        found(CV, "Tomás Ruiz", "PERSON"),
        found(CV, "tomas.ruiz@example.org", "EMAIL_ADDRESS"),
    ]
    adjusted = adjust(CV, findings, "cv", [])
    assert [(CV[f.start : f.end], f.severity) for f in adjusted] == [
        ("Noor Haddad", "info"),
        ("noor.haddad@example.org", "info"),
        ("linkedin.com/in/noor-haddad-data", "info"),  # the CV's own link is meant to be there
        ("12/03/1990", "error"),
        ("Tomás Ruiz", "warning"),
        ("tomas.ruiz@example.org", "warning"),
    ]


def test_a_cv_without_section_headings_has_no_header_to_expect() -> None:
    text = "Noor Haddad, noor.haddad@example.org"
    findings = [found(text, "noor.haddad@example.org", "EMAIL_ADDRESS")]
    assert adjust(text, findings, "cv", []) == findings
