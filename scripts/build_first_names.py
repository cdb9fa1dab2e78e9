"""Build lint/detection/data/first_names.txt from names-dataset (philipperemy/name-dataset, MIT).

    pip install --target /tmp/ndlib names-dataset pycountry
    PYTHONPATH=/tmp/ndlib python scripts/build_first_names.py

The dataset (730k first names from 106 countries) is too large to load at run time (55 MB,
seconds and a gigabyte to load), so draftlint ships the most frequent first names of the
countries whose people write and are named in English and French drafts, minus the
names that are also common words ("Will", "June", "Grace" would flag ordinary text).
"""

import sys
from pathlib import Path

from names_dataset import NameDataset

COUNTRIES = [
    "FR",
    "BE",
    "CH",
    "LU",
    "CA",
    "GB",
    "IE",
    "US",
    "ES",
    "PT",
    "IT",
    "DE",
    "NL",
    "PL",
    "MA",
    "DZ",
    "TN",
    "EG",
    "NG",
    "GH",
    "CM",
    "IN",
    "CN",
    "TR",
    "RU",
    "BR",
    "MX",
    "AR",
]
PER_COUNTRY = 500  # the most frequent names of each country, both genders: the tail is noisy
# Names that are also everyday words of English or French text.
WORDS = {
    "will",
    "june",
    "may",
    "april",
    "august",
    "grace",
    "hope",
    "joy",
    "faith",
    "precious",
    "rose",
    "summer",
    "autumn",
    "dawn",
    "eve",
    "holly",
    "ivy",
    "lily",
    "daisy",
    "violet",
    "pearl",
    "ruby",
    "amber",
    "crystal",
    "star",
    "sky",
    "rain",
    "storm",
    "river",
    "forest",
    "victoria",
    "florence",
    "paris",
    "london",
    "china",
    "india",
    "georgia",
    "virginia",
    "dallas",
    "austin",
    "jordan",
    "chad",
    "lincoln",
    "madison",
    "mercedes",
    "bill",
    "mark",
    "frank",
    "rich",
    "guy",
    "max",
    "art",
    "bob",
    "jack",
    "pat",
    "sue",
    "ray",
    "dean",
    "drew",
    "rod",
    "sol",
    "don",
    "dominique",
    "claude",
    "pierre",
    "bonne",
    "belle",
    "blanche",
    "france",
    "marin",
    "patience",
    "prudence",
    "constance",
    "vendredi",
    "noël",
    "noel",
    "sunny",
    "happy",
    "lucky",
    "king",
    "prince",
    "princess",
    "angel",
    "baby",
    "sweet",
    "young",
    "long",
    "white",
    "black",
    "brown",
    "green",
    "gray",
    "grey",
    "page",
    "case",
    "mercy",
    "honor",
    "honour",
    "justice",
    "liberty",
    "miracle",
    "blessing",
    "gift",
    "marie",
    "data",
    "team",
    "manager",
    "service",
    "support",
    "google",
    "apple",
    "amazon",
}


def main(target: Path) -> None:
    dataset = NameDataset()
    names: set[str] = set()
    for country in COUNTRIES:
        top = dataset.get_top_names(n=PER_COUNTRY, country_alpha2=country)
        for by_gender in top.get(country, {}).values():
            names.update(by_gender)
    kept = sorted(
        name for name in names if name.isalpha() and len(name) > 2 and name.casefold() not in WORDS
    )
    target.write_text(
        f"# The most frequent first names of {len(COUNTRIES)} countries, from names-dataset"
        " (MIT).\n# Rebuilt by scripts/build_first_names.py; one name a line.\n"
        + "\n".join(kept)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(kept)} first names -> {target}")


if __name__ == "__main__":
    main(
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).parent.parent / "lint" / "detection" / "data" / "first_names.txt"
    )
