"""Load rules/*.toml into Rule values: schema checks and [[span]] examples."""

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from lint.errors import DraftlintError
from lint.vocabulary import ENTITIES, Entity, Language, Severity

RULE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
EXAMPLE_SPAN = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)
# Matchers are code (lint/recognizers.py MATCHERS); their names are here so that loading
# rules does not import presidio.
MATCHER_NAMES = frozenset({"spacy-person", "known-names"})


def bundled_rules_dir() -> Path:
    # In a wheel the rules ship as lint/rules; in a checkout they sit beside lint/.
    package = Path(__file__).resolve().parent.parent
    packaged = package / "rules"
    return packaged if packaged.is_dir() else package.parent / "rules"


@dataclass(frozen=True, slots=True)
class Example:
    document: str
    spans: list[tuple[int, int]]  # expected (start, end) of each finding


class RulePattern(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    regex: str
    score: float = Field(ge=0, le=1)
    # checks of this pattern's match, on top of the rule's: a label picks its number format
    validators: tuple[str, ...] = ()

    @field_validator("regex")
    @classmethod
    def _compiles(cls, pattern: str, info: ValidationInfo) -> str:
        if info.context and not info.context["compile"]:
            return pattern  # listing rules: compiling 69 patterns would double its time
        import regex

        from lint.detection.patterns import (
            compile_pattern,  # compiled once, here, for the engine too
        )

        try:
            compile_pattern(pattern)
        except regex.error as error:
            raise ValueError(f"{error}") from None
        return pattern


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: rules key caches
class Rule:
    id: str
    path: Path
    entity: Entity
    languages: tuple[Language, ...]
    summary: str
    why: str
    # French texts for the web page in French; None: the English ones are shown
    summary_fr: str | None
    why_fr: str | None
    severity: Severity
    threshold: float
    context: tuple[str, ...]
    not_after: tuple[str, ...]
    label_keeps_invalid: bool
    exclude_words: frozenset[str]
    validators: tuple[str, ...]
    patterns: tuple[RulePattern, ...]
    matcher: str | None
    replacement: dict[str, str]  # by language
    flagged_examples: tuple[Example, ...]
    clean_examples: tuple[Example, ...]


class _ExamplesSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")
    flagged: list[str] = Field(min_length=1)
    clean: list[str] = Field(min_length=1)


class _RuleSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entity: Entity
    languages: list[Language] = Field(default=list(Language), min_length=1)
    summary: str = Field(min_length=1)
    why: str = Field(min_length=1)
    summary_fr: str | None = Field(default=None, min_length=1)
    why_fr: str | None = Field(default=None, min_length=1)
    severity: Severity = Severity.warning
    threshold: float = Field(default=0.5, ge=0, le=1)
    context: list[str] = []
    not_after: list[str] = []
    # a value that fails its checksum right after one of its context words ("IBAN:") is
    # still reported, one severity lower: a typo does not make a bank account public
    label_keeps_invalid: bool = False
    exclude_words: list[str] = []
    validators: list[str] = []
    patterns: list[RulePattern] = []
    matcher: str | None = None
    replacement: dict[Language, str]
    examples: _ExamplesSchema

    @field_validator("entity", mode="before")
    @classmethod
    def _known_entity(cls, entity: object) -> object:
        if not isinstance(entity, str):
            raise PydanticCustomError("string_type", "Input should be a valid string")
        if entity not in ENTITIES:
            raise ValueError(f"{entity!r} is not an entity of the taxonomy")
        return entity


def parse_example(marked: str) -> Example:
    """'Call [[06 12 34 56 78]]' -> Example('Call 06 12 34 56 78', [(5, 19)])."""
    document, spans, last = [], [], 0
    length = 0
    for match in EXAMPLE_SPAN.finditer(marked):
        before = marked[last : match.start()]
        document.append(before)
        length += len(before)
        spans.append((length, length + len(match.group(1))))
        document.append(match.group(1))
        length += len(match.group(1))
        last = match.end()
    document.append(marked[last:])
    text = "".join(document)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced [[ ]] marker in {marked!r}")
    return Example(text, spans)


def _field_path(location: Iterable[int | str]) -> str:
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _check_cross_fields(schema: _RuleSchema, matchers: Iterable[str]) -> None:
    from lint.detection.validators import validator

    unknown = [name for name in schema.validators if validator(name) is None]
    if unknown:
        raise DraftlintError(f"validators: unknown validator {unknown[0]!r}")
    for number, pattern in enumerate(schema.patterns):
        unknown = [name for name in pattern.validators if validator(name) is None]
        if unknown:
            raise DraftlintError(f"patterns[{number}].validators: unknown validator {unknown[0]!r}")
    if schema.matcher is not None and schema.matcher not in set(matchers):
        raise DraftlintError(f"matcher: unknown matcher {schema.matcher!r}")
    if not schema.patterns and schema.matcher is None:
        raise DraftlintError("patterns: a rule needs patterns or a matcher")
    missing = [lang for lang in schema.languages if lang not in schema.replacement]
    if missing:
        raise DraftlintError(f"replacement: no replacement for language {missing[0].value!r}")


def load_rule(path: Path, *, compile_patterns: bool = True) -> Rule:
    """The rule in a file, validated; its patterns compiled unless only listing rules."""
    rule_id = path.stem
    if not RULE_ID.fullmatch(rule_id):
        raise DraftlintError(f"{path}: a rule file is named in lower-case-with-hyphens.toml")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        schema = _RuleSchema.model_validate(raw, context={"compile": compile_patterns})
        _check_cross_fields(schema, MATCHER_NAMES)
        flagged = tuple(parse_example(text) for text in schema.examples.flagged)
        clean = tuple(parse_example(text) for text in schema.examples.clean)
    except OSError as error:
        raise DraftlintError(f"{path}: cannot read: {error.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise DraftlintError(f"{path}: not valid TOML: {error}") from None
    except ValidationError as error:
        first = error.errors()[0]
        raise DraftlintError(f"{path}: {_field_path(first['loc'])}: {first['msg']}") from None
    except DraftlintError as error:
        raise DraftlintError(f"{path}: {error}") from None
    except ValueError as error:
        raise DraftlintError(f"{path}: examples: {error}") from None
    if any(not example.spans for example in flagged):
        raise DraftlintError(f"{path}: examples.flagged: every flagged example marks a [[span]]")
    # The file's fields, its lists frozen: a rule keys the engine's caches.
    fields: dict[str, Any] = {
        name: tuple(value) if isinstance(value, list) else value for name, value in schema
    }
    del fields["examples"]
    fields["exclude_words"] = frozenset(word.casefold() for word in schema.exclude_words)
    return Rule(id=rule_id, path=path, flagged_examples=flagged, clean_examples=clean, **fields)


def load_rules(directory: Path, *, compile_patterns: bool = True) -> list[Rule]:
    if not directory.is_dir():
        raise DraftlintError(f"{directory}: no such rules folder")
    return [
        load_rule(path, compile_patterns=compile_patterns)
        for path in sorted(directory.glob("*.toml"))
    ]


@cache
def bundled_rules(*, compile_patterns: bool = True) -> tuple[Rule, ...]:
    return tuple(load_rules(bundled_rules_dir(), compile_patterns=compile_patterns))
