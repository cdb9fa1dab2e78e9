"""The parts of a letter or an e-mail: the salutation, the closing formula, and what comes
before the one (the sender's block) and after the other (the signature). English and French."""

import re
from dataclasses import dataclass

# A salutation opens a line and is followed by a name or nothing: "Dear Ms Doe,", "Madame,
# Monsieur,", "Bonjour Julie,". A recipient's address line ("Madame Claire Favre") has no
# comma: the line must end with one (or "!", or ":" in "To whom it may concern:").
_GREETING = re.compile(
    r"(?:dear|to whom it may concern|hello|hi|hey|good (?:morning|afternoon|evening)"
    r"|greetings|madame|monsieur|mesdames|messieurs|ch[eè]re?s?|bonjour|bonsoir|salut"
    r"|coucou)\b",
    re.IGNORECASE,
)
_FORMAL_GREETING = re.compile(
    r"(?:dear|to whom|madame|monsieur|mesdames|messieurs|ch[eè]re?s?)\b", re.IGNORECASE
)
# Closings people sign with: the line starts with one and ends without a full stop (a body
# sentence, "Thank you for your time.", is not a closing).
_CLOSING = re.compile(
    r"(?:yours (?:sincerely|faithfully|truly)|sincerely|respectfully|(?:kind|best|warm|warmest)"
    r" (?:regards|wishes)|regards|best|all the best|cheers|thanks|thank you|many thanks|love"
    r"|take care|see you|talk soon|cordialement|bien cordialement|bien à (?:vous|toi)"
    r"|respectueusement|(?:avec )?mes (?:meilleures|sincères) salutations|merci|bonne (?:journée"
    r"|soirée|fin de journée|fin de semaine|semaine|continuation)|très bonne|belle journée"
    r"|à (?:très )?(?:bientôt|vite|ce soir|demain)|bises|amitiés)\b",
    re.IGNORECASE,
)
# A French letter closes with a whole sentence, "Je vous prie d'agréer, Madame, ...": seen
# anywhere in its line. These, and "Yours sincerely", are a letter's and not an e-mail's.
_FORMAL_CLOSING = re.compile(
    r"agréer|salutations (?:distinguées|respectueuses)|sentiments (?:distingués|respectueux)"
    r"|^(?:yours (?:sincerely|faithfully)|sincerely|respectfully)\b",
    re.IGNORECASE,
)
# An e-mail's first line may name its subject; it is not part of a sender's block.
SUBJECT = re.compile(r"(?:subject|objet|sujet|re|fwd?|tr)\s?:", re.IGNORECASE)
_SALUTATION_WITHIN = 15  # non-empty lines: a sender's block, a date, a recipient's block
_CLOSING_WITHIN = 8  # non-empty lines from the end: closing, name, title, contact lines
_LONGEST_SALUTATION = 60
_LONGEST_CLOSING = 60


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str  # stripped


@dataclass(frozen=True, slots=True)
class LetterParts:
    salutation: Line | None
    closing: Line | None
    formal_salutation: bool
    formal_closing: bool
    sender_block: tuple[Line, ...]  # the lines before the salutation, its subject line aside
    signature: tuple[Line, ...]  # the lines after the closing

    def in_header(self, start: int) -> bool:
        return self.salutation is not None and start < self.salutation.start

    def in_salutation(self, start: int, end: int) -> bool:
        line = self.salutation
        return line is not None and line.start <= start and end <= line.end

    def in_signature(self, start: int) -> bool:
        return bool(self.signature) and start >= self.signature[0].start


def lines(text: str) -> list[Line]:
    """The non-empty lines of a text, stripped, with their offsets."""
    found = []
    start = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            begin = start + raw.index(stripped[0])
            found.append(Line(begin, begin + len(stripped), stripped))
        start += len(raw)
    return found


def _plain(line: Line) -> str:
    # Markdown emphasis and headings around a line do not change what it says.
    return line.text.strip("#*_> \t")


def is_salutation(line: Line) -> bool:
    text = _plain(line)
    return (
        len(text) <= _LONGEST_SALUTATION and _GREETING.match(text) is not None and text[-1] in ",!:"
    )


def addressee(line: Line) -> str | None:
    """What follows a greeting that opens the line ("Ravi 👋 ..." in "hey Ravi 👋 ..."), or
    None when no greeting opens it."""
    text = _plain(line)
    greeting = _GREETING.match(text)
    return None if greeting is None else text[greeting.end() :].lstrip()


def _is_closing(line: Line) -> bool:
    text = _plain(line)
    if _FORMAL_CLOSING.search(text):
        return True
    return (
        len(text) <= _LONGEST_CLOSING
        and _CLOSING.match(text) is not None
        and not text.endswith((".", "?", ":"))
    )


def letter_parts(text: str) -> LetterParts:
    every = lines(text)
    salutation_at = next(
        (i for i, line in enumerate(every[:_SALUTATION_WITHIN]) if is_salutation(line)), None
    )
    tail_from = max(len(every) - _CLOSING_WITHIN, (salutation_at or 0) + 1)
    closing_at = next(
        (i for i in range(len(every) - 1, tail_from - 1, -1) if _is_closing(every[i])), None
    )
    salutation = every[salutation_at] if salutation_at is not None else None
    closing = every[closing_at] if closing_at is not None else None
    header = every[:salutation_at] if salutation_at is not None else []
    return LetterParts(
        salutation=salutation,
        closing=closing,
        formal_salutation=salutation is not None
        and _FORMAL_GREETING.match(_plain(salutation)) is not None,
        formal_closing=closing is not None and _FORMAL_CLOSING.search(_plain(closing)) is not None,
        sender_block=tuple(line for line in header if not SUBJECT.match(line.text)),
        signature=tuple(every[closing_at + 1 :]) if closing_at is not None else (),
    )
