"""Configuration: [tool.draftlint] in pyproject.toml or a .draftlint.toml, found from the
checked files upwards; the command line overrides it."""

import os
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from lint.errors import DraftlintError

CONFIG_NAMES = (".draftlint.toml", "pyproject.toml")


class _ConfigSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    select: list[str] = []  # rule ids or entities; empty: every rule
    ignore: list[str] = []
    fail_on: Literal["error", "warning", "info"] = Field("info", alias="fail-on")
    fix_severity: Literal["error", "warning", "info"] = Field("warning", alias="fix-severity")
    lang: Literal["auto", "en", "fr"] = "auto"
    replace: dict[str, str] = {}
    rules: list[str] = []  # extra rule folders, relative to the config file
    allow: list[str] = []  # values fine to publish, as written (case and spaces ignored)
    allow_patterns: list[str] = Field([], alias="allow-patterns")  # regexes, whole value
    deny: list[str] = []  # terms never to publish: CUSTOM_TERM, accents and case ignored
    profile: Literal["post", "cv", "message"] = "post"
    me: list[str] = []  # your own name, e-mail, phone...: expected in your CV


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "info"
    fix_severity: str = "warning"
    lang: str = "auto"
    replace: dict[str, str] = field(default_factory=dict)
    rules: tuple[Path, ...] = ()
    allow: tuple[str, ...] = ()
    allow_patterns: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    profile: str = "post"
    me: tuple[str, ...] = ()


class Found(NamedTuple):
    path: Path | None  # the configuration to use, if any
    ignored: list[str]  # why each file met on the way was not trusted


def find_config(start: Path) -> Found:
    """The nearest .draftlint.toml, or pyproject.toml with [tool.draftlint], upwards.

    The search stops at the repository's root or the home folder: a file above them is not
    the project's. A file another user owns, or that others may write, could allow every
    value or rewrite the draft through a rule's replacement: it is ignored, and said so.
    """
    folder = (start if start.is_dir() else start.parent).resolve()
    home = Path.home().resolve()
    ignored: list[str] = []
    for candidate in [folder, *folder.parents]:
        for name in CONFIG_NAMES:
            path = candidate / name
            if not path.is_file() or (name == "pyproject.toml" and not _has_tool_table(path)):
                continue
            distrust = _distrust(path)
            if distrust is None:
                return Found(path, ignored)
            ignored.append(f"{path}: {distrust}; ignored")
        if candidate == home or (candidate / ".git").exists():
            break
    return Found(None, ignored)


def _distrust(path: Path) -> str | None:
    """Why a configuration file is not to be trusted, or None."""
    status = path.stat()
    if status.st_uid not in (os.geteuid(), 0):
        return "owned by another user"
    if status.st_mode & stat.S_IWOTH:
        return "writable by other users"
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "draftlint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load_config(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise DraftlintError(f"{path}: cannot read: {error.strerror}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DraftlintError(f"{path}: not valid TOML: {error}") from None
    table = data.get("tool", {}).get("draftlint", {}) if path.name == "pyproject.toml" else data
    prefix = "tool.draftlint." if path.name == "pyproject.toml" else ""
    try:
        schema = _ConfigSchema.model_validate(table)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        raise DraftlintError(f"{path}: {prefix}{key}: {first['msg']}") from None
    _check_patterns(path, prefix, schema.allow_patterns)
    return Config(
        path=path,
        select=tuple(schema.select),
        ignore=tuple(schema.ignore),
        fail_on=schema.fail_on,
        fix_severity=schema.fix_severity,
        lang=schema.lang,
        replace=dict(schema.replace),
        rules=tuple(path.parent / folder for folder in schema.rules),
        allow=tuple(schema.allow),
        allow_patterns=tuple(schema.allow_patterns),
        deny=tuple(schema.deny),
        profile=schema.profile,
        me=tuple(schema.me),
    )


def _check_patterns(path: Path, prefix: str, patterns: list[str]) -> None:
    import regex

    for number, pattern in enumerate(patterns):
        try:
            regex.compile(pattern)
        except regex.error as error:
            raise DraftlintError(f"{path}: {prefix}allow-patterns[{number}]: {error}") from None
