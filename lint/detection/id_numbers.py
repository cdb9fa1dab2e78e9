"""Checks of identity document and record numbers that python-stdnum has no module for."""

import re

_DATE_IN_GROUPS = re.compile(
    r"(?:\d{1,2}[\s./\-])?\d{1,2}[\s./\-](?:19|20)?\d\d|(?:19|20)\d\d[\s./\-]\d{1,2}[\s./\-]\d{1,2}"
)


def is_document_number(text: str) -> bool:
    """6 to 20 letters and digits, at least one digit, and not a date (or month and year)."""
    compact = re.sub(r"[\s\-]", "", text)
    date = _DATE_IN_GROUPS.fullmatch(text)
    return 6 <= len(compact) <= 20 and any(c.isdigit() for c in compact) and date is None


# DVLA: five letters of the surname (9s pad a short one), the birth date as decade digit,
# month (plus 5 for a woman), day and year digit, two initials (9 pads), a digit, two
# check letters; an issue number may follow.
_UK_DRIVING_LICENCE = re.compile(
    r"[A-Z]{1,5}9{0,4}(\d)(\d)(\d)(\d)(\d)(\d)[A-Z9]{2}\d[A-Z]{2}(?:\s?\d{2})?"
)


def is_uk_driving_licence(text: str) -> bool:
    match = _UK_DRIVING_LICENCE.fullmatch(text.strip())
    if match is None or len(re.sub(r"\s", "", text)) not in (16, 18):
        return False
    month = int(match[2]) % 5 * 10 + int(match[3])
    day = int(match[4]) * 10 + int(match[5])
    return 1 <= month <= 12 and 1 <= day <= 31


def is_nif(text: str) -> bool:
    # "NIF" labels the personal tax number of France, Spain and Portugal: any of the three.
    from stdnum.es import nif as es_nif
    from stdnum.fr import nif as fr_nif
    from stdnum.pt import nif as pt_nif

    return any(module.is_valid(text) for module in (fr_nif, es_nif, pt_nif))


# What a label's neighbour may be without being a record: a year or a span of years, a date,
# a round quantity ("3 000", "12,000"), a percentage or a decimal figure ("4.5").
_NOT_A_RECORD = re.compile(
    r"(?:19|20)\d\d(?:\s*[\-/–]\s*(?:19|20)?\d\d)?"
    r"|\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}"
    r"|\d{1,3}(?:[\s,.]\d{3})*[\s,.]000"
    r"|\d+(?:[.,]\d+)?\s?%"
    r"|\d{1,3}[.,]\d{1,2}"
)


def is_record_number(text: str) -> bool:
    """A number after a record's own label ("Case number:") that is no date or quantity."""
    return any(c.isdigit() for c in text) and _NOT_A_RECORD.fullmatch(text.strip()) is None
