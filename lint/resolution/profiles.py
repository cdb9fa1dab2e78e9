"""What counts depends on what is being written: a public post, your own CV, a private message."""

from collections.abc import Sequence
from dataclasses import replace

from lint.model import Finding

# In a private message to the person you write to, contact details are the point.
CONTACT = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS", "PROFILE_URL", "PERSON"})
# In a CV, these are asked for by no employer and used against candidates.
CV_NEVER = frozenset({"DATE_OF_BIRTH", "NATIONAL_ID", "SPECIAL_CATEGORY"})


def _plain(text: str) -> str:
    return "".join(text.split()).casefold()


def adjust(
    text: str, findings: Sequence[Finding], profile: str, me: Sequence[str]
) -> list[Finding]:
    """post: everything counts. cv: your own details ("me") are expected, info only, while
    birth date, IDs and personal status stay errors. message: contact details are fine."""
    if profile == "message":
        return [replace(f, severity="info") if f.entity in CONTACT else f for f in findings]
    if profile == "cv":
        mine = {_plain(value) for value in me}
        adjusted = []
        for finding in findings:
            if finding.entity in CV_NEVER:
                adjusted.append(replace(finding, severity="error"))
            elif _plain(text[finding.start : finding.end]) in mine:
                adjusted.append(replace(finding, severity="info"))
            else:
                adjusted.append(finding)
        return adjusted
    return list(findings)
