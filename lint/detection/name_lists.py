"""Word lists shipped in the wheel, built offline by scripts/: first names, place names,
CJK surnames."""

from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"


@cache
def first_names() -> frozenset[str]:
    """The most frequent first names of many countries (from names-dataset), as written."""
    return _lines(_DATA / "first_names.txt")


@cache
def place_names() -> frozenset[str]:
    """Cities of 50,000 people or more, countries and their subdivisions, case-folded."""
    return _lines(_DATA / "place_names.txt")


@cache
def cjk_surnames() -> frozenset[str]:
    """Surnames that open a name in Chinese, Japanese or Korean script ("王", "佐藤", "김")."""
    return _lines(_DATA / "cjk_surnames.txt")


@cache
def place_countries() -> dict[str, str]:
    """Places of the countries whose phone numbers are written without a trunk 0 (Lisboa,
    Espagne, Dakar), case-folded, with their country's ISO code."""
    rows = (line.split("\t") for line in _lines(_DATA / "place_countries.txt"))
    return {name: country for name, country in rows}


def _lines(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
