"""The `role` style: a name gives way to who the person is to the writer, read from the
sentence, or to a neutral word.

- The sentence already says it: "my manager Jane" and "Jane, our lead SRE," lose the name
  (the removal tidies the comma and the space).
- The name is spoken to: "Thank you Jane!", "Bonjour Julie," lose it; "Dear Jane," and
  "Chère Julie," become "Dear colleague,", "Chère collègue,".
- A role word elsewhere in the sentence ("our first customer... Jane") names it: "a
  customer"; else "someone", "quelqu'un", which fit wherever a name does.
"""

import re

_ROLES_EN = (
    "husband|wife|partner|son|daughter|boy|girl|kid|colleague|co-worker|coworker|manager|boss"
    "|mentor|friend|brother|sister|mum|mom|dad|father|mother|flatmate|roommate|teammate|intern"
    "|cousin|neighbour|neighbor|grandmother|grandfather|grandma|grandpa|director|supervisor"
    "|client|customer|lead|co-founder|cofounder|student"
)
_ROLES_FR = (
    "fils|fille|mari|femme|épouse|époux|compagnon|compagne|conjointe?|collègues?|manager"
    "|responsable|cheffe?|amie?|frère|sœur|soeur|binôme|stagiaire|cousine?|voisine?|mentore?"
    "|tuteur|tutrice|directeur|directrice|cliente?|cofondat(?:eur|rice)|élève"
)
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|M)\.?[ \t]+)?"
# "my (former) manager Jane", "notre binôme Julie", "our very first customer, Jane".
_ROLE_BEFORE = re.compile(
    rf"\b(?:my|our|his|her|their|mon|ma|mes|notre|nos|son|sa|ses|leur)[ \t]+(?:[\w-]+[ \t]+)"
    rf"{{0,3}}(?:{_ROLES_EN}|{_ROLES_FR})s?(?:[ \t]+|,[ \t]*){_TITLE}$",
    re.IGNORECASE,
)
# "my supervisor, Jane, gave me": an apposition, not a list ("Tom, Anna, and Bob").
_APPOSITION_BEFORE = re.compile(rf"\w[ \t]*,[ \t]*{_TITLE}$")
_APPOSITION_AFTER = re.compile(r"^,[ \t]*(?!(?i:and|et|or|ou|nor|ni)\b)[^\W\d_A-ZÀ-Þ]")
_ROLE_AFTER = re.compile(
    r"^,[ \t]*(?:our|my|his|her|their|the|notre|mon|ma|son|sa|leur|le|la|l['’])\b", re.I
)
_SPOKEN_TO = re.compile(
    r"(?:^|\b)(?:hi|hello|hey|thanks|thank[ \t]+you|merci|bonjour|bonsoir|salut|coucou|bravo"
    r"|congrats|congratulations|félicitations|cheers)[ \t]+$",
    re.IGNORECASE,
)
_DEAR = re.compile(rf"(?:^|\b)(?:dear|cher|chère)[ \t]+{_TITLE}$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"^[ \t]*(?:[,!.?;:]|$)", re.MULTILINE)
_ALONE = re.compile(rf"[ \t#*]*{_TITLE}\|[ \t*]*")
# A role word right before a name is that name's: "my manager Jane, and Tom".
_NAMED = re.compile(rf"s?,?[ \t]+{_TITLE}[A-ZÀ-Þ]")
_SENTENCE = re.compile(r"[.!?\n]")
# The role a context word names, in the gender and number the sentence gave it.
_PHRASE = {
    "manager": "my manager",
    "boss": "my manager",
    "director": "my manager",
    "supervisor": "my manager",
    "client": "a client",
    "customer": "a customer",
    "colleague": "a colleague",
    "coworker": "a colleague",
    "co-worker": "a colleague",
    "teammate": "a colleague",
    "friend": "a friend",
    "son": "my son",
    "daughter": "my daughter",
    "chef": "mon chef",
    "cheffe": "ma cheffe",
    "directeur": "mon directeur",
    "directrice": "ma directrice",
    "responsable": "notre responsable",
    "cliente": "une cliente",
    "collègue": "notre collègue",
    "ami": "un ami",
    "amie": "une amie",
    "fils": "mon fils",
    "fille": "ma fille",
}
_PHRASE_FR = {"manager": "notre manager", "client": "un client"}
_CONTEXT = re.compile(
    r"\b(?:" + "|".join(map(re.escape, {*_PHRASE, "clients", "customers"})) + r")\b", re.I
)
NEUTRAL = {"en": "someone", "fr": "quelqu'un"}
DEAR = {"en": "colleague", "fr": "collègue"}


def role(text: str, start: int, end: int, language: str) -> str:
    """What the name at text[start:end] becomes; "" when the sentence already says who."""
    before, after = text[max(0, start - 80) : start], text[end : end + 80]
    apposition = _APPOSITION_BEFORE.search(before) and _APPOSITION_AFTER.match(after)
    if (
        apposition
        or _ROLE_BEFORE.search(before)
        or _ROLE_AFTER.match(after)
        or _ALONE.fullmatch(before.rpartition("\n")[2] + "|" + after.partition("\n")[0])
    ):
        return ""  # and a signature or a header line alone goes
    if _CLAUSE_END.match(after):
        if _SPOKEN_TO.search(before):
            return ""
        if _DEAR.search(before):
            return DEAR.get(language, DEAR["en"])
    return _from_context(text, start, end, language) or NEUTRAL.get(language, NEUTRAL["en"])


def _from_context(text: str, start: int, end: int, language: str) -> str | None:
    ends = [m.end() for m in _SENTENCE.finditer(text, max(0, start - 300), start)]
    low = ends[-1] if ends else max(0, start - 300)
    following = _SENTENCE.search(text, end, end + 300)
    high = following.start() if following else min(len(text), end + 300)
    words = [
        (min(abs(m.start() - end), abs(start - m.end())), m.group().casefold())
        for m in _CONTEXT.finditer(text, low, high)
        if not start <= m.start() < end and not _NAMED.match(text, m.end())
    ]
    if not words:
        return None
    found = min(words)[1]
    word = found if found in _PHRASE else found.removesuffix("s")  # "boss", "fils"; "clients"
    if language == "fr":
        return _PHRASE_FR.get(word) or (_PHRASE[word] if word in _FRENCH_WORDS else None)
    return _PHRASE[word] if word not in _FRENCH_WORDS else None


# The French ones among them: their phrase opens with a French determiner.
_FRENCH_WORDS = frozenset(
    word
    for word, phrase in _PHRASE.items()
    if phrase.split()[0] in ("mon", "ma", "un", "une", "notre")
)
