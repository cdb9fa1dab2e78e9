"""What kind of draft a text is, from its shape alone: a CV (section headings, date ranges),
a letter (salutation, closing, sender's block), a message (a greeting or a subject line), or a
post (hashtags, or nothing else). No model: the verdict names the signs it rests on.

In doubt it says post, the profile where everything counts: taking a post for a message
would let its phone number through as info."""

import re

from lint.model import DraftKind
from lint.resolution.letter_parts import (
    SUBJECT,
    LetterParts,
    Line,
    addressee,
    letter_parts,
    lines,
)
from lint.vocabulary import Profile

# A CV's section headings, by the part of a CV they open; a heading is a line of its own
# (or the first column of one), in capitals, Markdown or plain.
_HEADINGS = {
    "experience": r"(?:(?:work|professional|relevant) )?(?:experiences?|employment(?: history)?"
    r"|work history|career history)|exp[ée]riences? professionnelles?|parcours(?: professionnel)?",
    "education": r"education(?: (?:and|&) training)?|educational qualifications?|formations?"
    r"|qualifications|dipl[ôo]mes|[ée]tudes",
    "skills": r"(?:(?:technical|personal|it|software|key) )?skills|comp[ée]tences"
    r"(?: techniques)?|languages|langues|certifications?|certificates",
    "more": r"interests|hobbies|loisirs|centres? d'int[ée]r[êe]ts?|references|referees"
    r"|r[ée]f[ée]rences?|publications|projects|projets(?: personnels)?|volunteer(?:ing)?",
}
_HEADING = {
    part: re.compile(rf"(?:{words})\s*:?", re.IGNORECASE) for part, words in _HEADINGS.items()
}
_COLUMNS = re.compile(r"\s{3,}")
# 2019 – 2022, March 2021 – present, 2019 – aujourd'hui, 2021 → today
_DATE_RANGE = re.compile(
    r"\b(?:19|20)\d\d\s*(?:[–—\-→]|to|à)\s*(?:(?:[A-Za-zéû]+\.? |\d\d?/)?(?:19|20)\d\d|present|now"
    r"|today|current|date|aujourd|pr[ée]sent|actuel|ce jour)",
    re.IGNORECASE,
)
# "#billing-alerts" is a chat channel and "Recette#24" a password: a hashtag has no hyphen.
_HASHTAG = re.compile(r"(?<![\w#&/])#[^\W\d_]\w{2,}(?![\w-])")
# What a cover letter is for, in its own words.
_APPLYING = re.compile(
    r"\b(?:apply(?:ing)? for|application for|my application|writing to apply|candidature"
    r"|postuler|je me permets de vous (?:écrire|adresser|contacter))\b",
    re.IGNORECASE,
)
# A greeting to a crowd opens a post, not a message.
_CROWD = re.compile(
    r"(?:everyone|all|folks|friends|linkedin|network|team|connections|tout le monde"
    r"|à tous|la communauté|mon réseau)\b",
    re.IGNORECASE,
)


def cv_headings(every: list[Line]) -> list[str]:
    """The parts of a CV whose headings the text has, in the order met."""
    found: list[str] = []
    for line in every:
        first = _COLUMNS.split(line.text.strip("#*_ \t"))[0]
        if len(first.split()) > 5:
            continue
        for part, heading in _HEADING.items():
            if heading.fullmatch(first) and part not in found:
                found.append(part)
    return found


# What opens a CV's body after its header: any section heading, or its summary.
_SUMMARY = re.compile(
    r"(?:professional |personal |career )?(?:summary|profile|objective|about me)"
    r"|profil(?: professionnel)?|objectif|[àa] propos(?: de moi)?|r[ée]sum[ée]",
    re.IGNORECASE,
)


def cv_header_end(text: str) -> int:
    """Where a CV's header (its author's name and contact details) ends: at its first
    section heading; 0 if it has none."""
    for line in lines(text):
        first = _COLUMNS.split(line.text.strip("#*_ \t"))[0]
        if len(first.split()) <= 5 and (
            _SUMMARY.fullmatch(first.rstrip(" :"))
            or any(heading.fullmatch(first) for heading in _HEADING.values())
        ):
            return line.start
    return 0


def _letter_signs(text: str, parts: LetterParts, *, subject: bool) -> list[str]:
    """Why a text with a salutation and a closing is a letter, not an e-mail: a sender's
    block above the salutation (an e-mail's subject line and form fields are none), a formal
    closing ("Yours sincerely", "agréer"), or words that apply for a job."""
    signs = []
    applying = _APPLYING.search(text)
    if applying:
        signs.append(_quoted(applying.group()))
    if len(parts.sender_block) >= 2 and not subject:
        signs.append(f"a {len(parts.sender_block)}-line sender block")
    if parts.formal_closing and parts.closing is not None:
        signs.append(f"closing {_quoted(parts.closing.text)}")
    return signs


def _quoted(text: str, width: int = 30) -> str:
    return '"' + (text if len(text) <= width else text[: width - 1] + "…") + '"'


def _opening(every: list[Line]) -> Line | None:
    """The line a message would greet in: the first, or the one after a subject line."""
    if every and SUBJECT.match(every[0].text):
        return every[1] if len(every) > 1 else None
    return every[0] if every else None


def classify(text: str) -> DraftKind:
    every = lines(text)
    headings = cv_headings(every)
    ranges = len(_DATE_RANGE.findall(text))
    if len(headings) >= 2 and {"experience", "education"} & set(headings) and ranges:
        return DraftKind(
            Profile.cv,
            (f"CV headings ({', '.join(headings)})", f"{ranges} date range{'s' * (ranges > 1)}"),
        )
    hashtags = len(_HASHTAG.findall(text))
    if hashtags:
        return DraftKind(Profile.post, (f"{hashtags} hashtag{'s' * (hashtags > 1)}",))
    parts = letter_parts(text)
    if parts.salutation is not None and parts.closing is not None and _one_person(parts.salutation):
        opened = (f"salutation {_quoted(parts.salutation.text)}",)
        closed = (f"closing {_quoted(parts.closing.text)}",)
        subject = bool(every) and SUBJECT.match(every[0].text) is not None
        letter = _letter_signs(text, parts, subject=subject)
        if letter:
            return DraftKind(Profile.letter, (*opened, *dict.fromkeys([*closed, *letter])))
        return DraftKind(Profile.message, (*opened, *closed))
    opening = _opening(every)
    if opening is not None and every[0] is not opening:
        return DraftKind(Profile.message, (f"subject line {_quoted(every[0].text)}",))
    # Alone, a greeting makes a message only with a name after it: "Salut 👋 !" or "Hi,"
    # may open a post as well, and a post taken for a message would let its number through.
    named = addressee(opening) if opening is not None else None
    if opening is not None and named and named[0].isupper() and _one_person(opening):
        return DraftKind(Profile.message, (f"greeting {_quoted(opening.text, 20)}",))
    return DraftKind(Profile.post, ())


def _one_person(greeting: Line) -> bool:
    """ "Dear Ms Lowe," or "Bonjour," greets one reader; "Hello everyone," a crowd."""
    return not _CROWD.match(addressee(greeting) or "")
