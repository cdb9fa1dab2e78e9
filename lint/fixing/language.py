"""The language a suggestion is written in: its sentence's, then its paragraph's, then
the draft's.

Detection guesses a language per paragraph, and a paragraph with fewer than two telling
words takes the default: "Née le 12 juillet 1991." alone came out English. A suggestion
reads its sentence first, then its paragraph, then the whole draft, whose single telling
word is enough; month names and French accents count as telling words.
"""

import bisect
import re
from collections.abc import Sequence

from lint.detection.kept_texts import kept_when_short
from lint.detection.language import language_evidence, summed_over_paragraphs
from lint.model import Finding

_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Month and day names, greetings, sign-offs: a date, a CV line or a one-line message says
# its language with them and little else.
_FRENCH = _words(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "lundi mardi mercredi jeudi vendredi samedi dimanche née né tél adresse bonjour bonsoir "
    "salut merci cordialement"
)
# "hi" is on spaCy's French list too (an interjection): here it is English.
_ENGLISH = _words(
    "january february march april june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday born phone address hi hello "
    "dear thanks regards"
)
_WORD = re.compile(r"[^\W\d_]+")
# A lowercase word with a French accent ("véhiculée", "mariée") is French, but for the
# few that English borrowed.
_ACCENTED = re.compile(r"[éèêàùçâîôûëï]")
_BORROWED = _words("résumé café cliché fiancé fiancée naïve déjà façade protégé décor")


# Not evidence: a word with digits ("SA19", a postcode), and the French function words that
# Spanish, Portuguese or Welsh write too ("Máster en Ingeniería de Caminos", "Heol y Felin").
_NOT_TELLING = re.compile(r"\w*\d\w*|\b(?:de|en|la|y|a|se|que|no|te|me|tu|un|o|e|es)\b", re.I)


@kept_when_short  # an editor's session asks about the same sentences at each keystroke
def _evidence(text: str) -> tuple[int, int]:
    text = _NOT_TELLING.sub(" ", text)
    english, french = language_evidence(text)
    words = _WORD.findall(text)
    accented = sum(1 for w in words if w.islower() and _ACCENTED.search(w) and w not in _BORROWED)
    words = [word.lower() for word in words]
    return (
        english + sum(word in _ENGLISH for word in words),
        french + accented + sum(word in _FRENCH for word in words),
    )


def _whole_evidence(text: str) -> tuple[int, int]:
    """The draft's evidence: its paragraphs' added up, each paragraph's kept, since an edit
    changes one."""
    return summed_over_paragraphs(text, _evidence, _PARAGRAPH_END)


def _verdict(text: str, margin: int) -> str | None:
    return _decide(_evidence(text), margin)


def _decide(evidence: tuple[int, int], margin: int) -> str | None:
    english, french = evidence
    if abs(english - french) < margin:
        return None
    return "fr" if french > english else "en"


class _Stretches:
    """The verdict on the sentence, or the paragraph, around an offset: boundaries found
    once, and each stretch judged once however many values it holds."""

    def __init__(self, text: str, boundary: re.Pattern[str]) -> None:
        self.text = text
        self.ends = [m.end() for m in boundary.finditer(text)]
        self.starts = [m.start() for m in boundary.finditer(text)]
        self.verdicts: dict[tuple[int, int, int], str | None] = {}

    def verdict(self, start: int, end: int, margin: int) -> str | None:
        before = bisect.bisect_right(self.ends, start) - 1
        after = bisect.bisect_left(self.starts, end)
        low = self.ends[before] if before >= 0 else 0
        high = self.starts[after] if after < len(self.starts) else len(self.text)
        if (low, high, margin) not in self.verdicts:
            self.verdicts[low, high, margin] = _verdict(self.text[low:high], margin)
        return self.verdicts[low, high, margin]


def _without_values(text: str, findings: Sequence[Finding]) -> str:
    # The values themselves say nothing of the language ("Élodie", "rue de la Paix"
    # inside an English CV): blank them, keeping every offset.
    chars = list(text)
    for finding in findings:
        chars[finding.start : finding.end] = " " * (finding.end - finding.start)
    return "".join(chars)


def languages_of(text: str, findings: Sequence[Finding]) -> list[str]:
    """The language each finding's suggestion is written in, in the findings' order."""
    blank = _without_values(text, findings)
    sentences, paragraphs = _Stretches(blank, _SENTENCE_END), _Stretches(blank, _PARAGRAPH_END)
    whole = _decide(_whole_evidence(blank), 1)
    # Two telling words make a sentence or a paragraph speak for itself, even against the
    # draft ("Merci pour tout !" in an English post); one decides only for a short draft.
    return [
        sentences.verdict(f.start, f.end, 2)
        or paragraphs.verdict(f.start, f.end, 2)
        or whole
        or sentences.verdict(f.start, f.end, 1)
        or f.language
        for f in findings
    ]
