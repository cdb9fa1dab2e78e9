"""A rule's flagged examples as --fix writes them, in each replacement style: what
`draftlint explain` shows, computed by the same code as the fix itself."""

from collections.abc import Mapping

from lint.detection.rules import Example, Rule
from lint.fixing.language import languages_of
from lint.fixing.suggestions import DEFAULT_STYLES, Style, apply_replacements, attach
from lint.model import Finding

# The styles that mean something for an entity; the others fall back to the placeholder.
_OWN_STYLES: Mapping[str, tuple[Style, ...]] = {
    "PERSON": (Style.pseudonym, Style.role),
    "ADDRESS": (Style.city,),
}


def default_style(entity: str) -> Style:
    return DEFAULT_STYLES.get(entity, Style.placeholder)


def styles_for(entity: str) -> list[Style]:
    """The styles --replace ENTITY=STYLE can choose, the default first."""
    own = [*_OWN_STYLES.get(entity, ()), Style.placeholder, Style.mask, Style.remove]
    default = default_style(entity)
    return [default, *(style for style in own if style is not default)]


def _findings(rule: Rule, example: Example) -> list[Finding]:
    return [
        Finding("-", start, end, rule.entity, rule.id, 1.0, rule.severity, rule.languages[0])
        for start, end in example.spans
    ]


def fixed(rule: Rule, example: Example, style: Style) -> str:
    """The example's text once --fix --replace ENTITY=STYLE has replaced its marked spans."""
    text = example.document
    findings = attach(text, _findings(rule, example), [rule], {rule.entity: style})
    return apply_replacements(text, findings)


def language_of(rule: Rule, example: Example) -> str:
    """The language --fix writes this example's suggestions in (its first value's)."""
    findings = _findings(rule, example)
    return languages_of(example.document, findings)[0] if findings else rule.languages[0]


def one_per_language(rule: Rule) -> dict[str, Example]:
    """The first flagged example in each language the rule reads."""
    chosen: dict[str, Example] = {}
    for example in rule.flagged_examples:
        chosen.setdefault(language_of(rule, example), example)
    return {language: chosen[language] for language in rule.languages if language in chosen}
