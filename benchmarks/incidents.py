"""Benchmark the incident index on synthetic report streams: time and peak memory at each size.

    python benchmarks/incidents.py --sizes 10000,100000,1000000

Each size runs in its own process so that its peak memory (ru_maxrss) is its own. The stream: incidents
spread over one year and 40 countries (one country holds a third of them, like a war), 200 towns per
country; each incident is told by 1-5 reports whose date, place, casualty figures and wording vary in
precision and detail the way the eval set's do. Reports arrive shuffled within a one-week window.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator

from newsevents.incidents import IncidentIndex
from newsevents.models import ActorRef, Count, Event, EventDate, Location, TextSpan

COUNTRIES = 40
TOWNS = 200
ADMIN1S = 12
DAY0 = dt.date(2024, 1, 1).toordinal()
WORDS = (
    "market checkpoint convoy school mosque church hotel camp village base patrol station bus road bridge "
    "border prison hospital office compound wedding funeral farm mine port airport barracks outpost "
    "motorcycle vehicle truck drone rocket grenade machete gunfire ambush siege raid overnight dawn "
    "residents witnesses governor ministry hospital spokesman district province northern southern eastern "
    "western central capital town outskirts suburb crowded busy remote fuel tanks shops houses"
).split()
MODES = ("firearms", "explosives", "suicide-attack", "aerial", "heavy-weapons", "abduct")
TYPES = ("ASSAULT",) * 8 + ("COERCE", "PROTEST")


def _towns(rng: random.Random) -> list[list[tuple[str, float, float, str]]]:
    out = []
    for c in range(COUNTRIES):
        lat0, lon0 = rng.uniform(-30, 50), rng.uniform(-100, 120)
        out.append([
            (f"Town{c}-{t}", lat0 + rng.uniform(-4, 4), lon0 + rng.uniform(-4, 4), f"Region{c}-{t % ADMIN1S}")
            for t in range(TOWNS)
        ])
    return out


def stream(n: int, seed: int = 1) -> Iterator[tuple[Event, str]]:
    """n synthetic (event, published) pairs; reports of one incident arrive within about a week."""
    rng = random.Random(seed)
    towns = _towns(rng)
    made = 0
    pending: list[tuple[int, Event, str]] = []
    incident = 0
    while made < n:
        incident += 1
        c = 0 if rng.random() < 0.33 else rng.randrange(1, COUNTRIES)
        name, lat, lon, admin1 = rng.choice(towns[c])
        day = DAY0 + min(364, int(incident * 365 / max(1, n / 2.5)))
        etype, mode = rng.choice(TYPES), rng.choice(MODES)
        killed = rng.choice((0, 1, 2, 3, 5, 8, 12, 20))
        words = rng.sample(WORDS, 8)
        actors = [f"group{c}-{rng.randrange(6)}", f"target{rng.randrange(5)}"]
        for r in range(min(rng.choice((1, 1, 2, 2, 3, 3, 4, 5)), n - made)):
            made += 1
            published = day + rng.randrange(0, 4)
            p = rng.random()
            date = (
                EventDate(dt.date.fromordinal(day).isoformat(), "day") if p < 0.85
                else EventDate(f"{dt.date.fromordinal(day):%Y-%m}", "month") if p < 0.95
                else EventDate(f"{dt.date.fromordinal(day):%Y}", "year") if p < 0.96 else None
            )
            q = rng.random()
            location = (
                Location(name, None, lat + rng.uniform(-0.05, 0.05), lon, f"C{c}", admin1, "exact") if q < 0.2
                else Location(name, None, lat, lon, f"C{c}", admin1, "city") if q < 0.8
                else Location(admin1, None, lat, lon, f"C{c}", admin1, "admin1") if q < 0.92
                else Location(f"Country{c}", None, None, None, f"C{c}", None, "country") if q < 0.98 else None
            )
            text = " ".join(rng.sample(words, 5) + rng.sample(WORDS, 3)) + f" in {name}"
            sentence = TextSpan(text, (0, len(text)))
            event = Event(
                id=f"e{made:08d}", doc_id=f"d{made:08d}", event_type=etype, trigger=sentence, sentence=sentence,
                actors=[ActorRef(a, (0, 0), a, a) for a in actors[: rng.randrange(0, 3)]],
                mode=mode if rng.random() < 0.8 else None, date=date, location=location,
                fatalities=Count(killed + rng.choice((0, 0, 1, 2)), None, None) if rng.random() < 0.8 else None,
            )
            pending.append((published + rng.random() * 3, event, dt.date.fromordinal(published).isoformat()))
        if len(pending) > 2000 or made >= n:
            pending.sort(key=lambda t: t[0])
            keep = pending[len(pending) // 2 :] if made < n else []
            for _, event, published_iso in pending[: len(pending) - len(keep)]:
                yield event, published_iso
            pending = keep


def run_one(n: int) -> dict[str, float | int]:
    """Index n synthetic reports; return timings, counts and peak memory of this process."""
    t0 = time.perf_counter()
    index = IncidentIndex()
    made = 0
    for event, published in stream(n):
        index.add(event, published)
        made += 1
    t1 = time.perf_counter()
    incidents = index.incidents()
    t2 = time.perf_counter()
    return {
        "events": made,
        "incidents": len(incidents),
        "multi_report_incidents": sum(1 for i in incidents if i.sources > 1),
        "pairs_scored": index.pairs_scored,
        "add_s": round(t1 - t0, 1),  # includes building the synthetic Event objects
        "incidents_s": round(t2 - t1, 1),
        "total_s": round(t2 - t0, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated stream sizes")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        sys.stdout.write(json.dumps(run_one(args.one)) + "\n")
        return 0
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True
        )
        sys.stdout.write(child.stdout)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
