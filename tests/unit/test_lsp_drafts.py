"""Each file's settings in a server session: found as check finds them, read again when
the configuration changes, one entry a configuration however often it is edited."""

import os
from pathlib import Path

from lsprotocol import types

from lint.lsp.drafts import SettingsCache, is_draft
from lint.lsp.watch import changed_configs, watched_files


def test_an_edited_configuration_is_read_again_and_replaces_its_entry(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    config = tmp_path / ".draftlint.toml"
    draft = tmp_path / "post.md"
    warnings: list[str] = []
    cache = SettingsCache(warnings.append)
    for round_number in range(5):
        config.write_text(f'allow = ["value {round_number}"]\n', encoding="utf-8")
        os.utime(config, (1_000_000 + round_number, 1_000_000 + round_number))
        settings = cache.settings_for(draft)
        assert list(settings.scanner.allow) == [f"value {round_number}"]
    assert len(cache.known) == 1
    assert warnings == []


def test_a_draft_without_configuration_gets_the_defaults(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    settings = SettingsCache(lambda _: None).settings_for(tmp_path / "post.md")
    assert list(settings.scanner.allow) == []


def test_drafts_are_markdown_text_and_html_and_never_word_or_pdf() -> None:
    assert is_draft(Path("a.md"), "markdown")
    assert is_draft(Path("a.anything"), "plaintext")
    assert not is_draft(Path("a.py"), "python")
    assert is_draft(Path("page.htm"), None)
    assert not is_draft(Path("cv.docx"), None)
    assert not is_draft(Path("cv.pdf"), None)


def test_the_watched_files_are_the_configurations_and_the_editable_drafts() -> None:
    (registration,) = watched_files().registrations
    options = registration.register_options
    assert isinstance(options, types.DidChangeWatchedFilesRegistrationOptions)
    globs = [watcher.glob_pattern for watcher in options.watchers]
    assert "**/.draftlint.toml" in globs
    assert "**/pyproject.toml" in globs
    assert "**/*.md" in globs
    assert "**/*.docx" not in globs


def test_a_change_to_a_configuration_is_told_from_a_change_to_a_draft() -> None:
    def event(uri: str) -> types.FileEvent:
        return types.FileEvent(uri=uri, type=types.FileChangeType.Changed)

    assert changed_configs([event("file:///work/notes/post.md"), event("file:///w/pyproject.toml")])
    assert changed_configs([event("file:///w/My%20Drafts/.draftlint.toml")])
    assert not changed_configs([event("file:///work/notes/post.md")])
    assert not changed_configs([event("file:///work/draftlint.toml.md")])
