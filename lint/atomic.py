"""Every file draftlint writes: a fresh temporary file beside the target, then a rename.

A fresh name (mkstemp, O_EXCL) never follows a planted symlink; the rename replaces a link
of the target's name instead of writing through it. Until the rename the old file is whole,
and a full disk or any other OSError is one DraftlintError line, the temporary file removed.
"""

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from lint.errors import DraftlintError


def write_bytes(
    path: Path,
    data: bytes,
    *,
    mode: int = 0o644,
    what: str = "cannot write",
    before_replace: Callable[[], None] | None = None,
    owner: tuple[int, int] | None = None,
) -> None:
    """Write data to path atomically; mode is the file's permission bits once it is in place.

    before_replace runs just before the rename and may raise DraftlintError to call it off
    (the file changed meanwhile); owner (uid, gid) is given back to a file root rewrites.
    """
    import tempfile

    path = Path(path)
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise DraftlintError(f"{path}: {what}: {error.strerror or error}") from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if owner is not None:
            os.chown(temporary, *owner)
        # mkstemp's owner-only mode until the file is complete and in place.
        os.chmod(temporary, mode)
        if before_replace is not None:
            before_replace()
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise DraftlintError(f"{path}: {what}: {error.strerror or error}") from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(temporary: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temporary)


def write_text(path: Path, text: str, *, mode: int = 0o644, what: str = "cannot write") -> None:
    write_bytes(path, text.encode("utf-8"), mode=mode, what=what)
