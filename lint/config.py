"""Configuration: [tool.draftlint] in pyproject.toml or a .draftlint.toml, found from the
checked files upwards; the command line overrides it."""

import os
import stat
import tomllib
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from lint.errors import DraftlintError
from lint.vocabulary import LanguageSetting, Profile, Severity

CONFIG_NAMES = (".draftlint.toml", "pyproject.toml")


class Config(BaseModel):
    """The configuration file's settings, validated: the value itself, frozen."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)
    select: list[str] = []  # rule ids or entities; empty: every rule
    ignore: list[str] = []
    fail_on: Severity = Field(Severity.info, alias="fail-on")
    fix_severity: Severity = Field(Severity.warning, alias="fix-severity")
    lang: LanguageSetting = LanguageSetting.auto
    replace: dict[str, str] = {}
    rules: list[str] = []  # extra rule folders, relative to the config file
    allow: list[str] = []  # values fine to publish, as written (case and spaces ignored)
    allow_patterns: list[str] = Field([], alias="allow-patterns")  # regexes, whole value
    deny: list[str] = []  # terms never to publish: CUSTOM_TERM, accents and case ignored
    profile: Profile | None = None  # None: each draft's, from its shape
    me: list[str] = []  # your own name, e-mail, phone...: expected in your CV


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
        config = Config.model_validate(table)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        raise DraftlintError(f"{path}: {prefix}{key}: {first['msg']}") from None
    _check_patterns(path, prefix, config.allow_patterns)
    return config


def _check_patterns(path: Path, prefix: str, patterns: list[str]) -> None:
    import regex

    for number, pattern in enumerate(patterns):
        try:
            regex.compile(pattern)
        except regex.error as error:
            raise DraftlintError(f"{path}: {prefix}allow-patterns[{number}]: {error}") from None
