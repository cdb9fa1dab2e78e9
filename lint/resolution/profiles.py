"""What counts depends on what is being written: a public post, your own CV, a cover letter,
a private message."""

from collections.abc import Sequence
from dataclasses import replace

from lint.model import Finding
from lint.resolution.draft_kind import cv_header_end
from lint.resolution.letter_parts import letter_parts

# In a private message to the person you write to, contact details are the point.
CONTACT = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS", "PROFILE_URL", "PERSON"})
# In a CV, these are asked for by no employer and used against candidates.
CV_NEVER = frozenset({"DATE_OF_BIRTH", "NATIONAL_ID", "SPECIAL_CATEGORY"})


def _plain(text: str) -> str:
    return "".join(text.split()).casefold()


def adjust(
    text: str, findings: Sequence[Finding], profile: str, me: Sequence[str]
) -> list[Finding]:
    """post: everything counts. cv: your own details ("me") and the contact details of the
    CV's header (above its first section) are expected, info only, while birth date, IDs
    and personal status stay errors. letter: as cv, and the contact details of the sender's
    block, the signature and the salutation's name are expected too.
    message: contact details are fine."""
    if profile == "message":
        return [replace(f, severity="info") if f.entity in CONTACT else f for f in findings]
    if profile not in ("cv", "letter"):
        return list(findings)
    mine = {_plain(value) for value in me}
    expected = (
        _letter_contacts(text, findings) if profile == "letter" else _cv_contacts(text, findings)
    )
    adjusted = []
    for finding in findings:
        if finding.entity in CV_NEVER:
            adjusted.append(replace(finding, severity="error"))
        elif finding in expected or _plain(text[finding.start : finding.end]) in mine:
            adjusted.append(replace(finding, severity="info"))
        else:
            adjusted.append(finding)
    return adjusted


def _cv_contacts(text: str, findings: Sequence[Finding]) -> set[Finding]:
    """The author's name and contact details in a CV's header: the CV is sent to be
    answered. Below the header, a referee's phone number is still someone else's."""
    end = cv_header_end(text)
    return {f for f in findings if f.entity in CONTACT and f.start < end}


def _letter_contacts(text: str, findings: Sequence[Finding]) -> set[Finding]:
    """The contact details a letter is meant to carry: above the salutation (the sender's
    and the recipient's blocks), the name it greets, and below the closing (the signature).
    The body's are not: a colleague's name there is still someone else's."""
    parts = letter_parts(text)
    return {
        finding
        for finding in findings
        if finding.entity in CONTACT
        and (
            parts.in_header(finding.start)
            or parts.in_signature(finding.start)
            or (finding.entity == "PERSON" and parts.in_salutation(finding.start, finding.end))
        )
    }
