"""A removal leaves no empty punctuation: "Permis B, véhiculée. Marié, 2 enfants." with
both values removed is "Permis B, véhiculée.", not "Permis B, véhiculée. , ."

A removed value takes with it the separator or the spaces it leaves alone: the comma that
followed it at the start of a list, the comma before it at the end, an emptied sentence's
full stop, its empty parentheses, and one of the two spaces around it.
"""

import re

_TAIL = 80  # how much of the fixed text before a value the rules read
_SEPARATORS = ",;"
_DASHES = "–—-|·•/"
_ENDS = ".!?"
# After "Jane, " these words start an apposition: "thanks to Jane, our lead SRE" loses
# "Jane, " and keeps "thanks to our lead SRE".
_APPOSITION = re.compile(
    r"(?:our|my|the|his|her|their|your|notre|votre|mon|ma|mes|nos|son|sa|ses|leur|le|la|les"
    r"|l['’])\b",
    re.IGNORECASE,
)


# A possessive left alone ("with our two children in January" -> "with our in January")
# keeps a noun that says no more than it did.
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?P<word>our|my|his|her|their|nos|mes|ses|vos|notre|votre|ma|sa|mon|son)[ \t]+$",
    re.IGNORECASE,
)
_FAMILY = {"nos": "proches", "mes": "proches", "ses": "proches", "vos": "proches"}
_FAMILY |= {"notre": "famille", "votre": "famille", "ma": "famille", "sa": "famille"}
_FAMILY |= {"mon": "entourage", "son": "entourage"}


_APPOSITION_END = re.compile(r",[ \t]*(?!(?i:and|et|or|ou|nor|ni)\b)[^\W\d_A-ZÀ-Þ]")
_ARTICLE = re.compile(r"(?P<word>le|les)\b")
_PREPOSITION = re.compile(r"\b(?P<word>[àÀ]|[Dd]e)[ \t]+$")
_CONTRACTION = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}
# A sentence opens after a full stop, at a paragraph's start, or at the start of the text;
# not at a line break inside a sentence ("and to\nsomeone").
SENTENCE_START = re.compile(r"(?:\A|[.!?…]|\n[ \t]*\n)\s*\Z")


_PREPOSITION_ALONE = re.compile(
    r"[ \t]+(?:at|on|in|to|from|with|au|aux|à|chez|avec|de|du)[ \t]+$", re.IGNORECASE
)


class Context:
    """The fixed text just before each value, as the values are fitted left to right."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0  # where the last fitted span ended, in the original text
        self.tail = ""  # the last characters of the fixed text up to there

    def left(self, start: int) -> str:
        return (self.tail + self.text[self.position : start])[-_TAIL:]

    def advance(self, text: str, start: int, end: int, replacement: str) -> None:
        self.tail = (self.left(start) + replacement)[-_TAIL:]
        self.position = end


def _spaces_before(text: str, low: int, start: int) -> int:
    count = 0
    while start - count > low and text[start - count - 1] in " \t":
        count += 1
    return count


def _spaces_after(text: str, end: int, high: int) -> int:
    count = 0
    while end + count < high and text[end + count] in " \t":
        count += 1
    return count


def _contracted(
    context: Context, start: int, end: int, low: int, high: int
) -> tuple[int, int, str]:
    """What follows a removal meets what preceded it: "Merci à Jean, le meilleur" is
    "Merci au meilleur"; at the start of a sentence, it takes the capital."""
    text = context.text
    article = _ARTICLE.match(text, end, high)
    preposition = _PREPOSITION.search(text, max(low, start - 4), start)
    if article and preposition:
        word = _CONTRACTION[(preposition["word"].casefold(), article["word"].casefold())]
        if preposition["word"][0].isupper():
            word = word.capitalize()
        return preposition.start(), article.end(), word
    opening = SENTENCE_START.search(context.left(start))
    if opening and end < high and text[end].islower():
        return start, end + 1, text[end].upper()
    return start, end, ""


def fit_removal(
    context: Context, start: int, end: int, low: int, high: int, *, name: bool
) -> tuple[int, int, str]:
    """The span a removal takes, grown over what it would leave empty; stays in [low, high).

    name: the value is a name, so ", Jane, gave" is an apposition, not a list."""
    text = context.text
    possessive = _POSSESSIVE_BEFORE.search(text, max(low, start - 8), start)
    if possessive:
        return start, end, _FAMILY.get(possessive["word"].casefold(), "family")
    before, after = _spaces_before(text, low, start), _spaces_after(text, end, high)
    kept = context.left(start).rstrip(" \t")
    previous = kept[-1:] if kept else "\n"
    following = text[end + after] if end + after < len(text) else "\n"
    if following in _SEPARATORS and end + after < high:
        if (
            name
            and previous == ","
            and _APPOSITION_END.match(text, end + after)
            and start - before > low
        ):
            # "my supervisor, Jane, gave me" -> "my supervisor gave me": both commas go.
            return start - before - 1, end + after + 1, ""
        if previous.isalnum() and not _APPOSITION.match(
            text, end + after + 1 + _spaces_after(text, end + after + 1, high)
        ):
            return start - before, end, ""  # "Hi Jane," -> "Hi,"
        # A list or a label loses the separator after the value: "Label : Jane, x" -> "x".
        end += after + 1
        end += _spaces_after(text, end, high)
        if end >= len(text) or text[end] in "\r\n":
            start -= before
        return _contracted(context, start, end, low, high)
    if following in "\r\n" or following in _ENDS or following == ")":
        preposition = _PREPOSITION_ALONE.search(text, max(low, start - 8), start)
        if preposition:
            return preposition.start(), end, ""  # "Écrivez-moi au [...]." -> "Écrivez-moi."
        if previous in _SEPARATORS + _DASHES and start - before - 1 >= low:
            start -= before + 1  # "véhiculée, marié." -> "véhiculée."
            start -= _spaces_before(text, low, start)
            return start, end, ""
        if previous == "(" and following == ")" and start - before - 1 >= low:
            start -= before + 1
            return start - _spaces_before(text, low, start), end + after + 1, ""
        if previous in _ENDS + "\n:" and following in _ENDS and end + after < high:
            return start - before, end + after + 1, ""  # an emptied sentence goes whole
        if after == 0 or following in "\r\n":
            return start - before, end, ""
    if before and after:
        return start, end + after, ""  # one of the two spaces stays
    return start, end, ""
