"""The core words, defined once: entities (spelled as in docs/taxonomy.md), severities,
languages and profiles."""

from enum import StrEnum


class Entity(StrEnum):
    # docs/taxonomy.md
    EMAIL_ADDRESS = "EMAIL_ADDRESS"
    PHONE_NUMBER = "PHONE_NUMBER"
    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    NATIONAL_ID = "NATIONAL_ID"
    FINANCIAL_ACCOUNT = "FINANCIAL_ACCOUNT"
    ID_NUMBER = "ID_NUMBER"
    SECRET = "SECRET"
    IP_ADDRESS = "IP_ADDRESS"
    PROFILE_URL = "PROFILE_URL"
    INTERNAL_URL = "INTERNAL_URL"
    # Sensitive content outside the taxonomy; the corpora do not annotate these.
    CONFIDENTIAL = "CONFIDENTIAL"
    SPECIAL_CATEGORY = "SPECIAL_CATEGORY"
    CUSTOM_TERM = "CUSTOM_TERM"
    UNUSED_SUPPRESSION = "UNUSED_SUPPRESSION"


class Severity(StrEnum):
    # Declared most severe first: the order is the ranking.
    error = "error"
    warning = "warning"
    info = "info"

    def at_least(self, threshold: str) -> bool:
        """error >= warning >= info."""
        order = list(Severity)
        return order.index(self) <= order.index(Severity(threshold))

    def one_lower(self) -> "Severity":
        """The next severity down (info stays info): a weaker finding of the same rule."""
        order = list(Severity)
        return order[min(order.index(self) + 1, len(order) - 1)]


class Language(StrEnum):
    en = "en"
    fr = "fr"


class LanguageSetting(StrEnum):
    """--lang and `lang =`: one language for every paragraph, or auto: guess each one's.

    Its languages are Language's: tests/test_config.py checks that the two agree."""

    auto = "auto"
    en = Language.en.value
    fr = Language.fr.value


class Profile(StrEnum):
    post = "post"  # everything counts
    cv = "cv"  # your own details ("me") are expected
    message = "message"  # contact details are fine
    letter = "letter"  # the sender's block, the signature and the salutation are expected


ENTITIES = frozenset(Entity)
SEVERITIES = tuple(Severity)  # most severe first
LANGUAGES = tuple(Language)
