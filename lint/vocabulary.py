"""Entity names, spelled as in shared/TAXONOMY.md, and the severities a finding can carry."""

TAXONOMY_ENTITIES = frozenset(
    {
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "PERSON",
        "ADDRESS",
        "DATE_OF_BIRTH",
        "NATIONAL_ID",
        "FINANCIAL_ACCOUNT",
        "ID_NUMBER",
        "SECRET",
        "IP_ADDRESS",
        "PROFILE_URL",
        "INTERNAL_URL",
    }
)
# Sensitive content outside the taxonomy; the corpora do not annotate these.
EXTRA_ENTITIES = frozenset(
    {"CONFIDENTIAL", "SPECIAL_CATEGORY", "CUSTOM_TERM", "UNUSED_SUPPRESSION"}
)
ENTITIES = TAXONOMY_ENTITIES | EXTRA_ENTITIES

SEVERITIES = ("error", "warning", "info")  # most severe first
LANGUAGES = ("en", "fr")
