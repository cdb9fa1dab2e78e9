"""The editor's open files as Documents, each checked with its own workspace settings."""

from collections.abc import Callable, Sequence
from pathlib import Path

from lint.errors import DraftlintError
from lint.model import Document
from lint.settings import Settings, resolve_settings

HTML_SUFFIXES = (".html", ".htm")
LANGUAGES = {"markdown", "plaintext", "html", "text"}


def is_draft(path: Path, language_id: str | None) -> bool:
    """Markdown, plain text and HTML; a draft's suffix counts when the client names none."""
    from lint.sources.files import DRAFT_SUFFIXES

    if language_id:
        return language_id in LANGUAGES
    suffix = path.suffix.lower()
    return suffix in DRAFT_SUFFIXES and suffix not in (".docx", ".pdf")


def document_of(path: Path, text: str) -> Document:
    """The editor's text as check() reads it: an HTML page by what it publishes."""
    if path.suffix.lower() in HTML_SUFFIXES:
        from lint.sources.html import read_html

        return read_html(str(path), text)
    return Document(str(path), text)


class SettingsCache:
    """Each file's settings: its nearest configuration, as `draftlint check` finds it.

    Resolved again only when that configuration file or a file of its rule folders changes,
    so that a keystroke does not reload rule files; the warm engine itself is shared
    (lint.detection.engine caches it)."""

    def __init__(self, on_warning: Callable[[str], None]) -> None:
        self.on_warning = on_warning
        # One entry a configuration file (None: no file), with the modification times it was
        # read at: an edited configuration replaces its entry rather than adding one.
        self.known: dict[Path | None, tuple[Stamp, Settings]] = {}

    def settings_for(self, path: Path) -> Settings:
        from lint.config import find_config

        found = find_config(path.parent if path.parent.is_dir() else Path.cwd())
        for reason in found.ignored:
            self.on_warning(reason)
        modified = found.path.stat().st_mtime if found.path else 0.0
        known = self.known.get(found.path)
        if known is None or known[0] != (modified, rule_files(known[1])):
            settings = resolve_settings(
                found.path,
                isolated=found.path is None,
                start=path.parent,
                on_warning=self.on_warning,
            )
            self.known[found.path] = known = ((modified, rule_files(settings)), settings)
        return known[1]


Stamp = tuple[float, tuple[tuple[str, float], ...]]


def rule_files(settings: Settings) -> tuple[tuple[str, float], ...]:
    """The rule files of the settings' own rule folders, with their modification times: a
    rule edited, added or removed there makes other settings."""
    from lint.detection.rules import bundled_rules_dir

    bundled = bundled_rules_dir().resolve()
    folders = {rule.path.parent.resolve() for rule in settings.scanner.rules or ()} - {bundled}
    try:
        return tuple(
            (str(file), file.stat().st_mtime)
            for folder in sorted(folders)
            for file in sorted(folder.glob("*.toml"))
        )
    except OSError:  # a file gone while listed: read the settings again
        return (("", -1.0),)


def workspace_drafts(folders: Sequence[Path]) -> list[Path]:
    """The drafts in the folders an editor can show as text (no Word file, no PDF), as
    `draftlint check FOLDER` walks them: hidden files and folders left out."""
    from lint.sources.files import expand

    found = expand(str(folder) for folder in folders if folder.is_dir())
    return [Path(p) for p in found if Path(p).suffix.lower() not in (".docx", ".pdf")]


def read_draft(path: Path) -> str:
    """A draft on disk that no editor has open, decoded as `check` decodes it (a BOM, else
    UTF-8, else the legacy encoding that fits), with check's cap on its size."""
    from lint.sources.files import check_size, decode

    try:
        check_size(str(path), path.stat().st_size)
        return decode(path.read_bytes(), str(path)).text
    except OSError as error:
        raise DraftlintError(f"{path}: cannot read: {error}") from None
