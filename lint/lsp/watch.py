"""The files a server watches outside the editor: configuration files, whose change
changes every draft's settings, and drafts checked from disk, which may be changed or
deleted."""

from collections.abc import Sequence
from pathlib import PurePosixPath
from urllib.parse import unquote, urlparse

from lsprotocol import types

from lint.config import CONFIG_NAMES

REGISTRATION = "draftlint-watched-files"


def watched_files() -> types.RegistrationParams:
    """workspace/didChangeWatchedFiles for the configuration files and the drafts."""
    from lint.sources.files import DRAFT_SUFFIXES

    globs = [f"**/{name}" for name in CONFIG_NAMES]
    editable = sorted(DRAFT_SUFFIXES - {".docx", ".pdf"})
    globs += [f"**/*{suffix}" for suffix in editable]
    return types.RegistrationParams(
        registrations=[
            types.Registration(
                id=REGISTRATION,
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(
                    watchers=[types.FileSystemWatcher(glob_pattern=glob) for glob in globs]
                ),
            )
        ]
    )


def changed_configs(changes: Sequence[types.FileEvent]) -> bool:
    """Whether any of the changes is to a file named as a configuration file is."""
    return any(
        PurePosixPath(unquote(urlparse(change.uri).path)).name in CONFIG_NAMES for change in changes
    )
