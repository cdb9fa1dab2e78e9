"""Mask a sensitive value for reports that may be stored: 06 ** ** ** 78, j***@example.org."""

import re


def mask_value(value: str, entity: str, *, hide_domain: bool = False) -> str:
    """hide_domain: j***@g***.com, a mask that no rule reads as an address or a handle."""
    if entity == "EMAIL_ADDRESS" and "@" in value:
        local, domain = value.rsplit("@", 1)
        if hide_domain:
            name, _, suffix = domain.rpartition(".")
            domain = f"{name[:1]}***.{suffix}" if name else domain
        return f"{local[:1]}***@{domain}"
    alphanumerics = [i for i, char in enumerate(value) if char.isalnum()]
    if len(alphanumerics) >= 8 and sum(value[i].isdigit() for i in alphanumerics) * 2 >= len(
        alphanumerics
    ):
        # Numbers keep their first and last two characters and their layout.
        hidden = set(alphanumerics[2:-2])
        return "".join("*" if i in hidden else char for i, char in enumerate(value))
    # Names and short values keep each word's initial.
    return re.sub(r"(\w)\w*", lambda word: word.group(1) + "***", value)
