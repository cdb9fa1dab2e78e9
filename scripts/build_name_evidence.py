"""Build lint/detection/data/name_evidence.tsv: how much a capitalised word is a name,
and how much it is an ordinary word, from two well-kept datasets.

    pip install --target /tmp/ndlib names-dataset wordfreq regex
    PYTHONPATH=/tmp/ndlib python scripts/build_name_evidence.py

names-dataset (philipperemy/name-dataset, MIT) ranks 730k first names and 980k last names
in each of 106 countries; wordfreq (rspeer/wordfreq, Apache-2.0 code, CC-BY-SA data) gives
a word's frequency in English and French text on the Zipf scale. Both are far too large to
load at run time (110 MB of wheels, seconds to load), so this script keeps, for every word
in Latin script that is a name ranked in the top 2,000 of some country or a word of
Zipf frequency 2.5 or more in English or French (3 or more in Spanish, German, Italian,
Portuguese or Dutch): its best rank bucket as a first name and as a last name, its Zipf
frequency in English and in French, and its highest in the other five. One line a word,
tab-separated:

    key, first-name bucket, last-name bucket, zipf en, zipf fr, zipf es/de/it/pt/nl (x10)

Buckets: 1 = ranked in the top 100 of some country, 2 = top 500, 3 = top 2,000, 0 = none.
"""

import sys
from pathlib import Path

import regex
from names_dataset import NameDataset
from wordfreq import top_n_list, zipf_frequency

TOP_RANK = 2000
MIN_ZIPF = 2.5
# Drafts in English and French name schools, firms and greetings in other languages
# ("Hochschule", "Ingeniería de Caminos", "Viele Grüße"): their commoner words count too.
OTHER_LANGUAGES = ("es", "de", "it", "pt", "nl")
MIN_OTHER_ZIPF = 3.0
_LATIN_WORD = regex.compile(r"\p{Latin}(?:[\p{Latin}'’\-]*\p{Latin})?")


def _bucket(ranks: dict[str, int | None]) -> int:
    best = min((rank for rank in ranks.values() if rank), default=None)
    if best is None or best > TOP_RANK:
        return 0
    return 1 if best <= 100 else 2 if best <= 500 else 3


def _name_buckets(names: dict[str, dict]) -> dict[str, int]:
    buckets: dict[str, int] = {}
    for name, info in names.items():
        if not _LATIN_WORD.fullmatch(name):
            continue
        bucket = _bucket(info.get("rank") or {})
        key = name.casefold()
        if bucket and (key not in buckets or bucket < buckets[key]):
            buckets[key] = bucket
    return buckets


def main(target: Path) -> None:
    dataset = NameDataset()
    first = _name_buckets(dataset.first_names)
    last = _name_buckets(dataset.last_names)
    words = {
        word
        for language in ("en", "fr")
        for word in top_n_list(language, 200_000)
        if _LATIN_WORD.fullmatch(word) and zipf_frequency(word, language) >= MIN_ZIPF
    } | {
        word
        for language in OTHER_LANGUAGES
        for word in top_n_list(language, 100_000)
        if _LATIN_WORD.fullmatch(word) and zipf_frequency(word, language) >= MIN_OTHER_ZIPF
    }
    lines = []
    for key in sorted(first.keys() | last.keys() | words):
        en, fr = zipf_frequency(key, "en"), zipf_frequency(key, "fr")
        other = max(zipf_frequency(key, language) for language in OTHER_LANGUAGES)
        lines.append(
            f"{key}\t{first.get(key, 0)}\t{last.get(key, 0)}"
            f"\t{round(en * 10)}\t{round(fr * 10)}\t{round(other * 10)}"
        )
    header = (
        "# Name and word evidence from names-dataset (MIT) and wordfreq (CC-BY-SA data).\n"
        "# Rebuilt by scripts/build_name_evidence.py:"
        " key, first-name bucket, last-name bucket, zipf x10 in en, fr, es/de/it/pt/nl.\n"
    )
    # Sorted, so that draftlint finds a word by bisection in the text as read, without
    # splitting 250,000 lines at every start.
    target.write_text(header + "\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(f"{len(lines)} words -> {target} ({target.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).parent.parent / "lint" / "detection" / "data" / "name_evidence.tsv"
    )
