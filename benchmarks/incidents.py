"""Benchmark the incident index on synthetic report streams: time and peak memory at each size.

    python benchmarks/incidents.py --sizes 10000,100000,1000000
    python benchmarks/incidents.py --sizes 100000 --score   # also B-cubed against the generator's incidents
    python benchmarks/incidents.py --sizes 1000000 --batch 100  # also report changes every 100 events

Each size runs in its own process so that its peak memory (ru_maxrss) is its own. The stream (`stream`):
1,000 reports a day (about 400 incidents a day worldwide), so a longer stream
covers more days, as a growing index does; 100 countries of 300 towns; each incident is told by 1-5
reports whose date, place, casualty figures and wording vary in precision and detail. Reports arrive
shuffled within a one-week window. `--per-day` sets a denser or sparser stream. `--batch N` also asks the
index for its changes (`take_changes`: reassigned reports and reconciled incidents) every N events, as the
store does after each batch of documents, and times that separately (`changes_s`). `partition` is a digest of
the partition (`partition_hash`): a change meant to leave the grouping alone must leave it as it was.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import random
import resource
import subprocess
import sys
import time
from bisect import bisect
from collections.abc import Iterator, Sequence
from itertools import accumulate
from pathlib import Path
from typing import TypeVar

from newsevents.incidents import IncidentIndex
from newsevents.models import ActorRef, Count, Event, EventDate, Location, TextSpan

T = TypeVar("T")

COUNTRIES = 100
TOWNS = 300
ADMIN1S = 12
PER_DAY = 1000  # reports a day, all countries together
DAY0 = dt.date(2024, 1, 1).toordinal()
SITES = (
    "market checkpoint convoy school mosque church hotel camp village base patrol station bus road bridge "
    "border prison hospital office compound wedding funeral farm mine port airport barracks outpost "
    "motorcycle vehicle truck drone grenade machete ambush siege overnight dawn residents witnesses governor "
    "ministry district province northern southern eastern western central capital outskirts suburb crowded "
    "busy remote fuel tanks shops houses"
).split()
GENERIC = "attack militants gunmen bomb explosion soldiers police shelling rocket airstrike shooting".split()
DETAILS = 3000  # size of the vocabulary of incident-specific words (Zipf-distributed)
MODES = ("firearms", "explosives", "suicide-attack", "aerial", "heavy-weapons", "abduct")
TYPES = ("ASSAULT",) * 8 + ("COERCE", "PROTEST")
_SYLLABLES = [c + v for c in "bdfghklmnprstvz" for v in "aeiou"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randrange(2, 4))).capitalize()


def _towns(rng: random.Random) -> list[list[tuple[str, float, float, str]]]:
    out = []
    for c in range(COUNTRIES):
        lat0, lon0 = rng.uniform(-30, 50), rng.uniform(-100, 120)
        out.append([
            (_name(rng), lat0 + rng.uniform(-4, 4), lon0 + rng.uniform(-4, 4), f"Region{c}-{t % ADMIN1S}")
            for t in range(TOWNS)
        ])
    return out


def stream(n: int, seed: int = 1, per_day: int = PER_DAY) -> Iterator[tuple[Event, str]]:
    """n synthetic (event, published) pairs at `per_day` reports a day; one incident's reports within a week.

    Countries, towns, sites, actors and detail words are Zipf-distributed (the busiest country has ~19% of
    the incidents). Mix of a report's date: day 85%, month 10%, year 1%, none 4% (the week before
    publication); of its place: exact 20%, city 60%, admin1 12%, country 6%, none 2%. So 68% of reports are
    precise (day and point place) and 32% vague, against 14% vague in the hand-labelled eval set.
    A report's doc_id ends in "-i<incident number>", the true incident, so a partition can be scored.
    """
    rng = random.Random(seed)
    towns = _towns(rng)
    # Cumulative weights, computed once: `choices` with `weights=` would rebuild them on every call (the
    # 3,000-word detail table made that most of the generator's cost); the draws are the same.
    cweights = list(accumulate(1 / (c + 1) for c in range(COUNTRIES)))
    tweights = list(accumulate(1 / (t + 1) ** 0.8 for t in range(TOWNS)))
    sweights = list(accumulate(1 / (s + 10) for s in range(len(SITES))))
    dweights = list(accumulate(1 / (d + 20) for d in range(DETAILS)))
    aweights = list(accumulate([1, .5, .3, .2, .2, .1, .1, .1]))
    countries, actor_ranks = range(COUNTRIES), range(8)
    details = [_name(rng).lower() for _ in range(DETAILS)]
    # The draws below are those of `choices`, `choice` and `randrange` written out (same values, same order,
    # without a Python call each), and date texts are made once per day: the generator's own cost counts in
    # the benchmark's wall time.
    random_, below = rng.random, rng._randbelow

    def pick(population: Sequence[T], cum: list[float]) -> T:
        return population[bisect(cum, random_() * cum[-1], 0, len(population) - 1)]

    texts: dict[int, tuple[str, str, str]] = {}

    def date_texts(day: int) -> tuple[str, str, str]:
        if day not in texts:
            d = dt.date.fromordinal(day)
            texts[day] = (d.isoformat(), f"{d:%Y-%m}", f"{d:%Y}")
        return texts[day]

    made = 0
    pending: list[tuple[float, Event, str]] = []
    incident = 0
    kills, extra, reports = (0, 1, 2, 3, 5, 8, 12, 20), (0, 0, 1, 2), (1, 1, 2, 2, 3, 3, 4, 5)
    while made < n:
        incident += 1
        c = pick(countries, cweights)
        name, lat, lon, admin1 = pick(towns[c], tweights)
        day = DAY0 + int(made / per_day)
        etype, mode = TYPES[below(len(TYPES))], MODES[below(len(MODES))]
        killed = kills[below(8)]
        words = rng.sample(GENERIC, 2) + [pick(SITES, sweights) for _ in range(2)] + [pick(details, dweights) for _ in range(4)]
        victims = ("civilians", "civilians", f"police{c}", f"army{c}")
        actors = [f"group{c}-{pick(actor_ranks, aweights)}", victims[below(4)]]
        country = f"C{c}"
        day_iso, month_iso, year_iso = date_texts(day)
        for _ in range(min(reports[below(8)], n - made)):
            made += 1
            published = day + below(4)
            p = random_()
            date = (
                EventDate(day_iso, "day") if p < 0.85
                else EventDate(month_iso, "month") if p < 0.95
                else EventDate(year_iso, "year") if p < 0.96 else None
            )
            q = random_()
            location = (
                Location(name, None, lat + rng.uniform(-0.05, 0.05), lon, country, admin1, "exact") if q < 0.2
                else Location(name, None, lat, lon, country, admin1, "city") if q < 0.8
                else Location(admin1, None, lat, lon, country, admin1, "admin1") if q < 0.92
                else Location(f"Country{c}", None, None, None, country, None, "country") if q < 0.98 else None
            )
            told = rng.sample(words, 5) + [pick(details, dweights) for _ in range(3)]  # 5 of the incident's, 3 its own
            text = " ".join(told) + (f" in {name}" if location and random_() < 0.7 else "")
            sentence = TextSpan(text, (0, len(text)))
            event = Event(
                id=f"e{made:08d}", doc_id=f"d{made:08d}-i{incident}", event_type=etype, trigger=sentence, sentence=sentence,
                actors=[ActorRef(a, (0, 0), a, a) for a in actors[: below(3)]],
                mode=mode if random_() < 0.8 else None, date=date, location=location,
                fatalities=Count(killed + extra[below(4)], None, None) if random_() < 0.8 else None,
            )
            pending.append((published + random_() * 3, event, date_texts(published)[0]))
        if len(pending) > 2000 or made >= n:
            pending.sort(key=lambda t: t[0])
            keep = pending[len(pending) // 2 :] if made < n else []
            for _, event, published_iso in pending[: len(pending) - len(keep)]:
                yield event, published_iso
            pending = keep


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def synthetic_scores(index: IncidentIndex) -> dict[str, float]:
    """B-cubed and pairwise scores of the index's partition against the generator's own incidents (the number
    after "-i" in each doc_id), with `eval/incidents.py:score_partition`."""
    spec = importlib.util.spec_from_file_location("_incidents_eval", Path(__file__).resolve().parents[1] / "eval" / "incidents.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold = {p.event_id: p.doc_id.rsplit("-i", 1)[1] for p in index._profiles}
    scores = module.score_partition(index.groups(), gold)
    return {f"{metric}_{measure}": scores[metric][measure] for metric in ("bcubed", "pairwise") for measure in ("precision", "recall", "f1")}


def partition_hash(index: IncidentIndex) -> str:
    """A digest of the index's partition (`groups`: sorted groups of sorted event ids): two runs that group
    alike give the same digest, so a change meant to leave the grouping alone can be checked at any size."""
    digest = hashlib.sha256()
    for group in index.groups():
        digest.update(" ".join(group).encode("utf-8") + b"\n")
    return digest.hexdigest()[:16]


def run_one(n: int, per_day: int = PER_DAY, score: bool = False, batch: int = 0) -> dict[str, float | int | str]:
    """Index n synthetic reports; return timings (wall and CPU), counts, peak memory of this process and the
    partition's digest (`partition_hash`; with `score`, also the synthetic scores; both computed after the
    timings and the memory are taken; with `batch`, the changes are taken every `batch` events)."""
    t0, c0 = time.perf_counter(), _cpu_s()
    index = IncidentIndex()
    made = reassigned = rewritten = 0
    in_add = in_changes = 0.0
    clock = time.perf_counter
    for event, published in stream(n, per_day=per_day):
        start = clock()
        index.add(event, published)
        made += 1
        if batch and (made % batch == 0 or made == n):
            changes = index.take_changes()
            reassigned += len(changes.assigned)
            rewritten += len(changes.incidents)
            in_changes += clock() - start
        else:
            in_add += clock() - start
    t1 = time.perf_counter()
    incidents = multi = 0
    for incident in index.iter_incidents():  # one at a time, as an export would write them
        incidents += 1
        multi += incident.sources > 1
    t2, c2 = time.perf_counter(), _cpu_s()
    out: dict[str, float | int | str] = {
        "events": made,
        "per_day": per_day,
        "incidents": incidents,
        "multi_report_incidents": multi,
        "pairs_scored": index.pairs_scored,
        "add_s": round(in_add, 1),  # wall time inside IncidentIndex.add
        "stream_s": round(t1 - t0, 1),  # add_s plus building the synthetic Event objects
        "incidents_s": round(t2 - t1, 1),
        "total_s": round(t2 - t0, 1),
        "cpu_s": round(c2 - c0, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if batch:  # add plus take_changes, for the events that closed a batch
        out |= {"batch": batch, "changes_s": round(in_changes, 1), "reassigned": reassigned, "incidents_rewritten": rewritten}
    out["partition"] = partition_hash(index)
    if score:
        out |= synthetic_scores(index)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated stream sizes")
    parser.add_argument("--per-day", type=int, default=PER_DAY, help="reports a day in the synthetic stream")
    parser.add_argument("--score", action="store_true",
                        help="also score the partition against the generator's incidents (B-cubed, pairwise)")
    parser.add_argument("--batch", type=int, default=0,
                        help="also take the index's changes every N events, as the store does per batch")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        sys.stdout.write(json.dumps(run_one(args.one, args.per_day, args.score, args.batch)) + "\n")
        return 0
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--per-day", str(args.per_day), "--batch", str(args.batch),
             *(["--score"] if args.score else [])],
            capture_output=True, text=True, check=True,
        )
        sys.stdout.write(child.stdout)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
