"""Words of the reports: plain English counts."""


def plural(count: int, singular: str, plural: str | None = None) -> str:
    """ "1 fix", "2 fixes", "0 files"; plural for the words no rule spells."""
    if count == 1:
        return f"{count} {singular}"
    if plural is None:
        sibilant = singular.endswith(("s", "x", "z", "ch", "sh"))
        plural = singular + ("es" if sibilant else "s")
    return f"{count} {plural}"
