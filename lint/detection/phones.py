"""Phone numbers: valid for a region phonenumbers knows, in E.164, and the regions a text
names itself by their calling codes."""

import contextlib
import functools
import re
from collections.abc import Iterator
from contextvars import ContextVar

from lint.detection.name_lists import place_countries
from lint.detection.reading_scope import scope_of

# National numbers carry no country code, so they are tried against the regions whose
# numbers people write in English and French drafts; with +CC or 00CC the code decides.
PHONE_REGIONS = ("FR", "BE", "CH", "CA", "US", "GB", "IE", "ES", "DE", "NL", "AU", "IN", "NG")
_PHONE_EXTENSION = re.compile(r"\s*(?:,\s*)?(?:ext\.?|extension|x|poste|p\.)\s*\d{1,6}$", re.I)
_FRENCH_PAIRS = re.compile(r"0\d(?:[ .\-]?\d\d){4}")
_DATE_SHAPE = re.compile(r"\d{1,4}([./\-])\d{1,2}\1\d{2,4}")


# The regions whose calling codes the text being read writes itself (+225 07 07 58 42 19),
# or whose places it names when their numbers have no trunk 0 (28013 Madrid, Lisboa): a
# national number beside them is read as theirs too ("27 22 47 31 06" in Abidjan).
_TEXT: ContextVar[str] = ContextVar("text", default="")
_CALLING_CODE = re.compile(r"(?:\+|(?<!\d)00)[ ]?\(?(\d{1,3})")


@contextlib.contextmanager
def regions_of(text: str) -> Iterator[None]:
    """While reading text, phone numbers are also tried against the regions it names (looked
    up only if a number asks: most rules never do)."""
    token = _TEXT.set(scope_of(text))
    try:
        yield
    finally:
        _TEXT.reset(token)


@functools.lru_cache(maxsize=4)  # the rules of one segment ask about the same text
def regions_named_in(text: str) -> tuple[str, ...]:
    """The regions of the calling codes and places a text names, in the order named."""
    import phonenumbers

    regions: dict[str, None] = {}
    for match in _CALLING_CODE.finditer(text):
        digits = match.group(1)
        for length in range(1, len(digits) + 1):  # calling codes are prefix-free
            found = phonenumbers.region_codes_for_country_code(int(digits[:length]))
            if found and found != ("ZZ",):
                regions.update(dict.fromkeys(r for r in found if r != "001"))
                break
    regions.update(dict.fromkeys(regions_of_places(text)))
    return tuple(regions)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PLACE_WORDS = 4  # "Santa Cruz de Tenerife"


def regions_of_places(text: str) -> list[str]:
    """The countries of the places a text names: each capitalised word, with up to three
    words after it on the same line, looked up longest first ("Castellón de la Plana")."""
    countries = place_countries()
    words = list(_WORD.finditer(text))
    found, i = [], 0
    while i < len(words):
        run = [words[i]]
        for after in words[i + 1 : i + _PLACE_WORDS]:
            if text[run[-1].end() : after.start()] != " ":
                break
            run.append(after)
        i += 1
        if not run[0].group()[0].isupper():
            continue
        for length in range(len(run), 0, -1):
            country = countries.get(text[run[0].start() : run[length - 1].end()].casefold())
            if country is not None:
                found.append(country)
                i += length - 1  # "Santa Cruz de Tenerife" once, not again as "Tenerife"
                break
    return found


def is_valid_phone_number(text: str) -> bool:
    return phone_number_e164(text) is not None


def is_phone_number_of_the_text_s_regions(text: str) -> bool:
    """A number without its country code is a phone number only in a region that the text
    names by its calling code: digit groups alone are too common to try everywhere."""
    regions = regions_named_in(_TEXT.get())
    return bool(regions) and _phone_in(text, regions) is not None


def phone_number_e164(text: str) -> str | None:
    """The number in E.164 (+33142685300) if it is a valid phone number, else None: one
    spelling for "+33 1 42 68 53 00" and "01 42 68 53 00"."""

    number = _PHONE_EXTENSION.sub("", text.strip())
    if _DATE_SHAPE.fullmatch(number):
        return None
    international = re.match(r"\(?(?:\+|00)", number)
    if international:
        # "+33 (0)6 ...": the trunk 0 in brackets is not dialled from abroad.
        number = "+" + re.sub(r"\D", "", number[international.end() :].replace("(0)", ""))
        regions: tuple[str | None, ...] = (None,)
    elif _FRENCH_PAIRS.fullmatch(number):
        regions = ("FR",)  # five pairs "06 12 34 56 78" is how French numbers are written
    else:
        regions = PHONE_REGIONS
    return _phone_in(number, regions)


def _phone_in(number: str, regions: tuple[str | None, ...]) -> str | None:
    import phonenumbers

    for region in regions:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return None
