"""Text from a draft made safe to print on a terminal.

A draft is untrusted: an escape sequence in it could clear the screen, rewrite what the
report says, or write the clipboard (OSC 52). Every control character is shown as an escape
instead; so are the bidirectional overrides that reorder what a reader sees.
"""

import re

# C0 controls but tab and newline, DEL, C1 controls; the bidi embeddings, overrides and
# isolates (the "Trojan Source" characters).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """text with each control character written as \\xNN or \\uNNNN; tabs and newlines kept."""
    return _CONTROL.sub(_escaped, text)
