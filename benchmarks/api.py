"""Event-list latency of the HTTP API over a synthetic database (p50/p95 per typical query).

Builds the database with direct inserts into the schema tables (no NLP), then times requests made
in-process through the ASGI app, so JSON serialisation is included and the network is not.

    python benchmarks/api.py                      # 100,000 events, quick
    python benchmarks/api.py --events 1000000     # the figure in docs/performance-api.md
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from newsevents.models import EVENT_TYPES
from newsevents.store import schema as s
from newsevents.store.database import Store

log = logging.getLogger("benchmarks.api")
COUNTRIES = {  # ISO-2: (lat, lon) around which synthetic events fall
    "SY": (35.0, 38.5),
    "IQ": (33.2, 43.7),
    "AF": (34.5, 66.0),
    "NG": (10.0, 8.0),
    "SO": (5.0, 46.0),
    "YE": (15.5, 47.5),
    "LY": (27.0, 17.0),
    "ML": (17.5, -4.0),
    "RU": (43.3, 45.7),
    "PK": (30.0, 70.0),
    "UA": (48.5, 33.0),
    "CD": (-2.0, 28.0),
    "SD": (14.0, 30.0),
    "ET": (9.0, 40.0),
    "CO": (4.0, -73.0),
    "MX": (23.0, -102.0),
    "PH": (8.0, 124.0),
    "IN": (22.0, 79.0),
    "EG": (30.0, 31.0),
    "TR": (39.0, 35.0),
}
ACTORS = [
    "ISIS",
    "AQ",
    "AL_SHABAAB",
    "BOKO_HARAM",
    "TALIBAN",
    "HTS",
    "CE",
    "CE_DAGESTAN",
    "JNIM",
    "ISWAP",
    "AGENT_MILITANTS",
    "AGENT_POLICE",
    "AGENT_MILITARY",
    "AGENT_SECURITY_FORCES",
    "AGENT_CIVILIANS",
]
ACLED = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Suicide bomb"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    None,
]
EXTRA_INDEXES = [  # proposed for schema.py; applied only with --extra-indexes
    "CREATE INDEX IF NOT EXISTS ix_events_lon_lat ON events (lon, lat)",
    "CREATE INDEX IF NOT EXISTS ix_event_actors_actor_event ON event_actors (actor_id, event_id)",
]


def _event(i: int, rng: random.Random, doc_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    eid = f"ev_{i:012d}"
    etype = rng.choices(EVENT_TYPES, weights=[2, 2, 3, 1, 2, 1, 1, 2, 3, 2, 3, 4, 1, 3, 8, 20])[0]
    day = (
        None if rng.random() < 0.1 else (date(1990, 1, 1) + timedelta(days=rng.randrange(12_500))).isoformat()
    )
    country = rng.choice(list(COUNTRIES))
    located = rng.random() > 0.15
    clat, clon = COUNTRIES[country]
    lat = round(clat + rng.uniform(-3, 3), 4) if located else None
    lon = round(clon + rng.uniform(-3, 3), 4) if located else None
    actors = rng.sample(ACTORS, rng.choice((1, 1, 2)))
    acled = rng.choice(ACLED)
    killed = rng.choice((None, None, 0, 1, 2, 3, 5, 8, 13, 40))
    sentence = f"Synthetic sentence {i} about an {etype.lower()} event in {country}."
    record = {
        "id": eid,
        "doc_id": doc_id,
        "event_type": etype,
        "trigger": {"text": "event", "span": [0, 5]},
        "sentence": {"text": sentence, "span": [0, len(sentence)]},
        "actors": [{"text": a, "span": [0, 1], "actor_id": a, "name": a} for a in actors],
        "recipients": [],
        "acled": {"event_type": acled[0], "sub_event_type": acled[1]} if acled else None,
        "date": {"value": day, "precision": "day"} if day else None,
        "location": {
            "name": "Somewhere",
            "geonameid": None,
            "lat": lat,
            "lon": lon,
            "country": country,
            "admin1": None,
            "precision": "city",
        }
        if located
        else None,
        "fatalities": {"best": killed, "low": killed, "high": killed} if killed is not None else None,
        "certainty": "asserted",
        "confidence": round(rng.random(), 3),
    }
    row = {
        "id": eid,
        "doc_id": doc_id,
        "event_type": etype,
        "mode": None,
        "acled_event_type": acled[0] if acled else None,
        "acled_sub_event_type": acled[1] if acled else None,
        "cameo_root": None,
        "date": day,
        "date_precision": "day" if day else None,
        "country": country if located else None,
        "admin1": None,
        "location": "Somewhere" if located else None,
        "lat": lat,
        "lon": lon,
        "fatalities": killed,
        "injured": None,
        "actor1": "; ".join(actors),
        "actor2": None,
        "certainty": "asserted",
        "confidence": record["confidence"],
        "sentence": sentence,
        "incident_id": None,
        "record": json.dumps(record, separators=(",", ":")),
    }
    return row, [{"event_id": eid, "actor_id": a, "role": "actor", "name": a} for a in actors]


def build(db: str, events: int, seed: int = 7, batch: int = 20_000) -> None:
    """A database of `events` synthetic events (ten per document) written straight into the tables."""
    store = Store(db)
    rng = random.Random(seed)
    started = time.perf_counter()
    with store.engine.begin() as conn:
        for start in range(0, events, batch):
            n = min(batch, events - start)
            docs = [
                {
                    "id": f"doc_{i:012d}",
                    "source": "synthetic",
                    "ingested_at": "2024-01-01T00:00:00",
                    "record": json.dumps({"id": f"doc_{i:012d}", "source": "synthetic", "text": "synthetic"}),
                }
                for i in range(start // 10, (start + n + 9) // 10)
            ]
            conn.execute(insert(s.documents).prefix_with("OR IGNORE"), docs)
            rows, links = [], []
            for i in range(start, start + n):
                row, actor_rows = _event(i, rng, f"doc_{i // 10:012d}")
                rows.append(row)
                links += actor_rows
            conn.execute(insert(s.events), rows)
            conn.execute(insert(s.event_actors), links)
    with store.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    log.info("built %d events in %.1f s", events, time.perf_counter() - started)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure(db: str, runs: int, seed: int = 11) -> list[dict[str, Any]]:
    """p50/p95 in milliseconds for each typical query, `runs` requests each with varied parameters."""
    from fastapi.testclient import TestClient

    from newsevents.api.app import create_app

    client = TestClient(create_app(db))
    rng = random.Random(seed)

    def year_range() -> dict[str, str]:
        y = rng.randrange(1992, 2023)
        return {"date_from": f"{y}-01-01", "date_to": f"{y}-06-30"}

    def bbox() -> dict[str, str]:
        lat, lon = rng.choice(list(COUNTRIES.values()))
        return {"bbox": f"{lon - 2},{lat - 2},{lon + 2},{lat + 2}"}

    def page_50() -> dict[str, str]:
        params: dict[str, Any] = {"limit": 100, "event_type": rng.choice(("ASSAULT", "COERCE", "PROTEST"))}
        for _ in range(49):
            params["cursor"] = client.get("/api/events", params=params).json()["next"]
        return params

    queries = {
        "no filter, first page": lambda: {},
        "no filter, newest first": lambda: {"sort": "-date"},
        "by type": lambda: {"event_type": rng.choice(("ASSAULT", "COERCE", "PROTEST", "THREATEN", "AID"))},
        "by country + date range": lambda: {"country": rng.choice(list(COUNTRIES)), **year_range()},
        "by actor": lambda: {"actor": rng.choice(ACTORS)},
        "by bbox": bbox,
        "keyset page 50 (by type)": page_50,
    }
    results = []
    for name, make in queries.items():
        times = []
        for _ in range(runs):
            params = {"limit": 100, **make()}
            t0 = time.perf_counter()
            response = client.get("/api/events", params=params)
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, response.text
        results.append(
            {
                "query": name,
                "runs": runs,
                "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(_pct(times, 0.95), 1),
                "max_ms": round(max(times), 1),
            }
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/newsevents-bench-api.db")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument(
        "--reuse", action="store_true", help="Time an existing database instead of rebuilding."
    )
    parser.add_argument(
        "--extra-indexes", action="store_true", help="Add the indexes proposed for schema.py."
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    path = Path(args.db)
    if not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        build(args.db, args.events)
    if args.extra_indexes:
        store = Store(args.db)
        with store.engine.begin() as conn:
            for sql in EXTRA_INDEXES:
                conn.execute(text(sql))
            conn.execute(text("ANALYZE"))
    results = measure(args.db, args.runs)
    width = max(len(r["query"]) for r in results)
    log.info("%s  %8s  %8s  %8s", "query".ljust(width), "p50 ms", "p95 ms", "max ms")
    for r in results:
        log.info("%s  %8.1f  %8.1f  %8.1f", r["query"].ljust(width), r["p50_ms"], r["p95_ms"], r["max_ms"])


if __name__ == "__main__":
    main()
