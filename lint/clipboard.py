"""The system clipboard through pyperclip: read it, write it, watch it."""

import hashlib
import time
from collections.abc import Callable

from lint.errors import DraftlintError
from lint.model import Document

CLIPBOARD = "<clipboard>"
NO_CLIPBOARD = (
    "no clipboard found: install xclip or xsel (X11) or wl-clipboard (Wayland), "
    "and run draftlint inside the desktop session"
)


def read_clipboard() -> Document:
    import pyperclip

    try:
        return Document(CLIPBOARD, pyperclip.paste() or "")
    except pyperclip.PyperclipException:
        raise DraftlintError(NO_CLIPBOARD) from None


def write_clipboard(text: str) -> None:
    import pyperclip

    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException:
        raise DraftlintError(NO_CLIPBOARD) from None


def watch(on_new_content: Callable[[Document], None], *, interval: float = 0.5) -> None:
    """Call on_new_content for each new clipboard content, until interrupted.

    Only a digest of the last content is kept: the watcher holds no history.
    """
    last = None
    while True:
        document = read_clipboard()
        digest = hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).digest()
        if digest != last:
            last = digest
            if document.text.strip():
                on_new_content(document)
                # A fix may have replaced the content: do not report the fixed text as new.
                last = hashlib.sha256(
                    read_clipboard().text.encode("utf-8", "surrogatepass")
                ).digest()
        time.sleep(interval)
