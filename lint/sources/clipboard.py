"""The system clipboard through pyperclip: read it, write it, watch it."""

import contextlib
import hashlib
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

from lint.errors import DraftlintError, NotTextError
from lint.model import Document

CLIPBOARD = "<clipboard>"
NO_CLIPBOARD = (
    "no clipboard found: install xclip or xsel (X11) or wl-clipboard (Wayland), "
    "and run draftlint inside the desktop session"
)
NO_TEXT = "the clipboard holds no text (an image or a file?); copy the draft's text"


def read_clipboard() -> Document:
    import pyperclip

    try:
        return Document(CLIPBOARD, pyperclip.paste() or "")
    except pyperclip.PyperclipException:
        raise DraftlintError(NO_CLIPBOARD) from None
    except UnicodeDecodeError:
        # xclip hands over whatever the only target is: the bytes of a copied screenshot.
        raise NotTextError(NO_TEXT) from None


def write_clipboard(text: str) -> None:
    import pyperclip

    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException:
        raise DraftlintError(NO_CLIPBOARD) from None


PASTE_TIMEOUT = 3.0  # seconds to wait for the clipboard's owner to hand over its content


def _read_with_timeout() -> Document | None:
    """The clipboard, or None if its owner did not answer in time.

    xclip and xsel wait for ever when the application that owned the clipboard quits in
    the middle of the hand-over; the watcher kills such a helper and looks again later.
    """
    read: list[Document] = []
    failed: list[DraftlintError] = []

    def paste() -> None:
        try:
            read.append(read_clipboard())
        except DraftlintError as error:
            failed.append(error)

    worker = threading.Thread(target=paste, daemon=True)
    worker.start()
    worker.join(PASTE_TIMEOUT)
    if worker.is_alive():
        _kill_stuck_helpers()
        worker.join(PASTE_TIMEOUT)
        return None
    if failed:
        raise failed[0]
    return read[0] if read else None


def _kill_stuck_helpers() -> None:
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            name = (entry / "comm").read_text().strip()
            if int(fields[1]) == os.getpid() and name in ("xclip", "xsel", "wl-paste"):
                os.kill(int(entry.name), signal.SIGKILL)


NOT_TEXT = b"not text"  # the last content's "digest" when it was an image


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def watch(
    on_new_content: Callable[[Document], str | None],
    *,
    on_note: Callable[[str], None],
    interval: float = 0.5,
) -> None:
    """Call on_new_content for each new clipboard content, until interrupted.

    on_new_content returns the text it put on the clipboard instead, if it did (a fix), so
    that the watcher does not report it as new. Only a digest of the last content is kept:
    the watcher holds no history. Content that is not text (a screenshot) gets one note
    through on_note, and the watch goes on.
    """
    last: bytes | None = None
    while True:
        try:
            document = _read_with_timeout()
        except NotTextError as error:
            if last != NOT_TEXT:
                last = NOT_TEXT
                on_note(str(error))
            time.sleep(interval)
            continue
        if document is None:
            time.sleep(interval)
            continue
        digest = _digest(document.text)
        if digest != last:
            last = digest
            if document.text.strip():
                replaced_by = on_new_content(document)
                if replaced_by is not None:
                    last = _digest(replaced_by)
        time.sleep(interval)
