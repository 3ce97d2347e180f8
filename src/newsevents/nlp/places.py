"""First-level region names (from the bundled GeoNames admin1 table) as case-sensitive GPE patterns."""

from __future__ import annotations

import csv
import functools
import re
from importlib import resources

# Capitalised words that are admin1 names somewhere but ordinary words in English news.
_COMMON = {
    "central", "eastern", "western", "northern", "southern", "north", "south", "east", "west", "capital",
    "centre", "center", "coast", "lakes", "islands", "north east", "north west", "south east", "south west",
    "upper", "lower", "river", "plateau", "mountain", "highland", "lagoons", "savanes", "littoral", "national",
    "federal", "mayo", "wells", "sport", "delta", "moscow", "volta", "kent", "orange", "amazonas", "paris",
}
_SUFFIXES = re.compile(
    r"\s+(Republic|Oblast|Oblast'|Kray|Krai|Province|Region|Governorate|State|Department|District|Prefecture"
    r"|Territory|County|Autonomous Okrug|Autonomous Region|Muhafazat|Wilayah)$"
)


def _variants(name: str) -> set[str]:
    base = _SUFFIXES.sub("", name).strip()
    out = {name, base}
    for n in list(out):  # noqa: PERF101 (a copy: the loop adds to the set)
        if re.search(r"iya\b", n):  # GeoNames' Russian transliteration: Ingushetiya -> Ingushetia
            out.add(re.sub(r"iya\b", "ia", n))
    return {n for n in out if len(n) >= 5 and n.lower() not in _COMMON and n[0].isupper()}


@functools.lru_cache(maxsize=1)
def region_names() -> list[str]:
    """Admin1 names and their common variants, longest first."""
    path = resources.files("newsevents") / "data" / "geonames" / "admin1.tsv"
    names: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for field in ("name", "asciiname"):
                names |= _variants(row[field])
    return sorted(names, key=lambda n: (-len(n), n))
