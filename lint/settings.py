"""The settings of a run: the configuration file's, overridden by the command line's."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lint.errors import DraftlintError
from lint.vocabulary import ENTITIES, Language, LanguageSetting, Profile, Severity

if TYPE_CHECKING:
    from lint.detection.rules import Rule
    from lint.fixing.suggestions import Style
    from lint.pipeline import Scanner


@dataclass(frozen=True, slots=True)
class Flags:
    """What the command line says; None or empty: the configuration file decides."""

    lang: LanguageSetting | None = None
    models: Sequence[str] = ()  # LANG=MODEL
    rules: Sequence[Path] = ()  # extra rule folders, after the configuration's
    replace: Sequence[str] = ()  # ENTITY=STYLE, after the configuration's
    select: str | None = None  # comma-separated rule ids or entities
    ignore: str | None = None
    fail_on: Severity | None = None
    fix_severity: Severity | None = None
    profile: Profile | None = None


NO_FLAGS = Flags()


@dataclass(frozen=True, slots=True)
class Settings:
    scanner: "Scanner"
    fail_on: Severity
    fix_severity: Severity
    config: Path | None  # the configuration file used, if any
    # What chose the profile: "--profile", or the configuration file; None: each draft's shape.
    profile_set_by: str | None = None


def resolve_settings(
    config: Path | None,
    *,
    isolated: bool,
    start: Path,
    flags: Flags = NO_FLAGS,
    on_warning: Callable[[str], None],
) -> Settings:
    """config: the file named on the command line, else the nearest one from start upwards;
    isolated: no configuration file at all. on_warning hears of each file not trusted."""
    from lint.config import Config, find_config, load_config
    from lint.pipeline import Scanner

    if config is not None and not config.is_file():
        raise DraftlintError(f"{config}: no such configuration file")
    path = config
    if config is None and not isolated:
        path, ignored = find_config(start)
        for reason in ignored:
            on_warning(reason)
    chosen = load_config(path) if path is not None else Config.model_validate({})
    folders = [path.parent / folder for folder in chosen.rules] if path is not None else []
    language = flags.lang or chosen.lang
    scanner = Scanner(
        rules=select_rules(
            rules_with([*folders, *flags.rules]),
            select=_ids(flags.select) if flags.select is not None else tuple(chosen.select),
            ignore=_ids(flags.ignore) if flags.ignore is not None else tuple(chosen.ignore),
        ),
        models=_models(flags.models),
        language=None if language is LanguageSetting.auto else Language(language),
        styles=_styles([*(f"{k}={v}" for k, v in chosen.replace.items()), *flags.replace]),
        allow=tuple(chosen.allow),
        allow_patterns=tuple(chosen.allow_patterns),
        deny=tuple(chosen.deny),
        profile=flags.profile or chosen.profile,
        me=tuple(chosen.me),
    )
    return Settings(
        scanner,
        fail_on=flags.fail_on or chosen.fail_on,
        fix_severity=flags.fix_severity or chosen.fix_severity,
        config=path,
        profile_set_by="--profile" if flags.profile else _named(path, chosen.profile),
    )


def _named(path: Path | None, profile: Profile | None) -> str | None:
    return f'profile = "{profile}" in {path}' if path is not None and profile else None


def rules_with(folders: Sequence[Path], *, compile_patterns: bool = True) -> list["Rule"]:
    """The bundled rules and those of the folders; a rule id may be defined once."""
    from lint.detection.rules import bundled_rules, load_rules

    rules = list(bundled_rules(compile_patterns=compile_patterns))
    for folder in folders:
        rules += load_rules(folder, compile_patterns=compile_patterns)
    ids = [rule.id for rule in rules]
    duplicate = next((rule_id for rule_id in ids if ids.count(rule_id) > 1), None)
    if duplicate:
        raise DraftlintError(f"rule {duplicate!r} is defined twice")
    return rules


def select_rules(
    rules: Sequence["Rule"], *, select: tuple[str, ...], ignore: tuple[str, ...]
) -> list["Rule"]:
    """select: only these rule ids or entities (empty: all); ignore: not these."""
    known = {rule.id for rule in rules} | {rule.entity for rule in rules} | {"CUSTOM_TERM"}
    unknown = [name for name in (*select, *ignore) if name not in known]
    if unknown:
        raise DraftlintError(f"select/ignore: no rule or entity {unknown[0]!r}")
    return [
        rule
        for rule in rules
        if (not select or rule.id in select or rule.entity in select)
        and rule.id not in ignore
        and rule.entity not in ignore
    ]


def _ids(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _models(values: Sequence[str]) -> dict[str, str]:
    from lint.detection.spacy_models import DEFAULT_MODELS

    models = dict(DEFAULT_MODELS)
    for value in values:
        language, _, name = value.partition("=")
        if language not in models or not name:
            raise DraftlintError(f"--model {value!r}: expected en=MODEL or fr=MODEL")
        models[language] = name
    return models


def _styles(values: Sequence[str]) -> dict[str, "Style"]:
    from lint.fixing.suggestions import Style

    styles = {}
    for value in values:
        entity, _, style = value.partition("=")
        if entity not in ENTITIES or style not in Style.__members__:
            raise DraftlintError(
                f"--replace {value!r}: expected ENTITY=STYLE, STYLE one of {', '.join(Style)}"
            )
        styles[entity] = Style(style)
    return styles
