"""Rule ids that come from draftlint itself, not from a rules/*.toml file: the deny list and
unused suppression comments. They are listed, explained and described in SARIF like the
others, so that every rule id a finding can carry is documented."""

from dataclasses import dataclass

from lint.resolution.allow_deny import DENY_REPLACEMENT, DENY_RULE
from lint.resolution.suppression import UNUSED_RULE
from lint.vocabulary import Language


@dataclass(frozen=True, slots=True)
class BuiltinRule:
    """The fields of lint.detection.rules.Rule that listing, explaining and SARIF read."""

    id: str
    entity: str
    severity: str
    summary: str
    why: str
    summary_fr: str
    why_fr: str
    replacement: dict[str, str]
    languages: tuple[str, ...] = tuple(Language)
    flagged_examples: tuple[()] = ()
    clean_examples: tuple[()] = ()


BUILTIN_RULES = (
    BuiltinRule(
        id=DENY_RULE,
        entity="CUSTOM_TERM",
        severity="error",
        summary="A term on the configuration's deny list (accents and case ignored)",
        why="Your team said this term must never be published: a client, a project's code "
        "name, an internal tool. Set it with `deny = [...]` in .draftlint.toml.",
        summary_fr="Un terme de la liste des termes interdits de la configuration "
        "(sans tenir compte des accents ni de la casse)",
        why_fr="Votre équipe a décidé que ce terme ne doit jamais être publié : un client, le "
        "nom de code d’un projet, un outil interne. Il se règle avec `deny = [...]` dans "
        ".draftlint.toml.",
        replacement=dict(DENY_REPLACEMENT),
    ),
    BuiltinRule(
        id=UNUSED_RULE,
        entity="UNUSED_SUPPRESSION",
        severity="info",
        summary="A draftlint: ignore/off comment that silences nothing",
        why="A stale suppression would silently hide a value added later on its line; "
        "remove the comment.",
        summary_fr="Un commentaire draftlint: ignore/off qui ne masque rien",
        why_fr="Un commentaire d’exclusion périmé masquerait sans bruit une valeur ajoutée plus "
        "tard sur sa ligne ; supprimez le commentaire.",
        replacement={"en": "", "fr": ""},
    ),
)
