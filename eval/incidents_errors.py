"""Error analysis of cross-article incident grouping, end to end on the written dev2 set: why reports stay
apart.

    python eval/incidents_errors.py                    # table of causes for missed same-incident pairs
    python eval/incidents_errors.py --examples 3       # ... plus three pairs per cause
    python eval/incidents_errors.py --types ASSAULT    # only pairs of two events of these types
    python eval/incidents_errors.py --incidents 8      # only the reports of the first 8 gold incidents
    python eval/incidents_errors.py --json             # the counts as JSON (no examples)
    python eval/incidents_errors.py --set dev3 --leads # the second set, only the reports' lead events

Runs on the written tuning sets eval/data/incidents_dev2.jsonl (default), incidents_dev3.jsonl,
incidents_dev4.jsonl, incidents_held3.jsonl and incidents_held4.jsonl (`--set dev3|dev4|held3|held4`; held3
and held4 were blind, then demoted to tuning when the next blind set was written); the blind sets
(incidents_held2.jsonl and the newest) have no error listing on purpose; held5 and held6 were demoted to tuning at
the start of session 9 (`--set held5|held6`), held7 at the start of session 10 (`--set held7`),
held8 at the start of session 11 (`--set held8`), held9 at the start of session 12 (`--set held9`), held10 at the start of session 13 (`--set held10`), held11 at its end (`--set held11`), held12 at the start of session 14 (`--set held12`), held13 at its end (`--set held13`), held14 at the start of session 15 (`--set held14`), held15 at its end (`--set held15`), held16 at the start of session 16 (`--set held16`), held17 at its end (`--set held17`), held18 at the end of session 17 (`--set held18`), held19 at the end of session 18 (`--set held19`).
`--leads` keeps only pairs of the reports' lead events (`eval/incidents.py::lead_event`), the pairs the
report-level score depends on. The reports (id, title, text,
published only) are ingested with the default pipeline into a temporary SQLite database, as `eval/incidents.py
--dev2` does; the stored events are grouped again with a fresh `IncidentIndex` (the "regrouped" partition of
that script). Every event is labelled with its document's gold incident. For every pair of events from different
documents with the same gold incident that the index put in different incidents, the first condition that kept
them apart is named, asked of the index's own rules (`incidents.matching`, `incidents.blocking` through the
index's candidate search):

    no date             one report has neither an event date nor a publication date
    type family         the two event types are in different families (`Profile.family`)
    date window         the date intervals are more than `LinkRules.date_gap_days` apart
    country             both are placed, in different countries, neither naming the other's place or country
    evidence keys       one report is vague and they share fewer than `keys_needed` evidence keys
    place               `places_compatible` fails (distance limit by precision, or admin1 mismatch)
    score               `link_score` is under `matching.link_threshold` (the score is shown)
    blocking            linkable, but neither report's candidate search finds the other
    vague, other link   linked, but a vague report followed a better-scoring link elsewhere
    clustering          linked precise reports left apart by the every-pair test of the greedy clustering

A pair is counted once, under its first cause in that order. Per cause the table also counts the distinct
events in its pairs that had no date of their own (dated only by their publication week), a date no finer
than a month ("month+"), no place, or a place no finer than an admin1 region or a country ("region+").
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.incidents import IncidentIndex
from newsevents.incidents.matching import (
    compatible,
    country_named,
    date_gap,
    haversine_km,
    keys_needed,
    link_score,
    link_threshold,
    place_named,
    places_compatible,
    score,
)
from newsevents.incidents.matching import _date_score, _place_score  # noqa: PLC2701 (the score's parts)
from newsevents.incidents.profile import (
    ADMIN1,
    DAY,
    NOWHERE,
    PUBLISHED,
    Profile,
    profile_of,
    shared_evidence,
    signature_similarity,
)
from newsevents.models import Event

CAUSES = (
    "no date", "type family", "date window", "country", "evidence keys", "place", "score", "blocking",
    "vague, other link", "clustering",
)
PLACE_NAMES = ("exact", "city", "admin1", "country", "none")
TUNING_SETS = ("dev2", "dev3", "dev4", "held3", "held4", "held5", "held6", "held7", "held8", "held9", "held10", "held11", "held12", "held13", "held14", "held15", "held16", "held17", "held18", "held19")  # the sets whose errors may be read (never held2)


def _incidents_module():  # type: ignore[no-untyped-def]
    """eval/incidents.py, imported from beside this script (as eval/geocode_errors.py does with geocode.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    return importlib.import_module("incidents")


@dataclass
class Pair:
    """One missed same-incident pair and why it was missed."""

    cause: str
    incident: str
    a: Profile
    b: Profile
    detail: str


def _describe_place(p: Profile) -> str:
    if p.lprec == NOWHERE:
        return "no place"
    return f"{p.place or '?'} ({PLACE_NAMES[p.lprec]}, {p.country}{', ' + p.admin1 if p.admin1 else ''})"


def _describe_date(p: Profile) -> str:
    if p.start is None:
        return "no date"
    if p.dprec == PUBLISHED:
        return f"undated (week before {p.published})"
    return f"{p.date_value} ({p.date_precision})"


def _score_parts(a: Profile, b: Profile) -> str:
    """The parts of `matching.score` (each 0..1 before its weight), to see which one fell short."""
    actor = (f"{len(a.actors & b.actors) / len(a.actors | b.actors):.2f}" if a.actors and b.actors
             else "n/a")
    return (f"date {_date_score(a, b):.2f}, place {_place_score(a, b):.2f}, "
            f"text {signature_similarity(a.sig, b.sig):.2f}, actors {actor}")


def classify(a: Profile, b: Profile, index: IncidentIndex) -> tuple[str, str]:
    """The first rule of the index that keeps `a` and `b` apart, and a short detail (score, gap, km)."""
    rules = index.rules
    if a.start is None or b.start is None:
        return "no date", ""
    if a.family != b.family:
        return "type family", f"{a.event_type} vs {b.event_type}"
    gap = date_gap(a, b)
    if gap is None or gap > rules.date_gap_days:
        return "date window", f"gap {gap} days"
    if a.country != b.country and a.lprec != NOWHERE and b.lprec != NOWHERE and not place_named(a, b) \
            and not country_named(a, b):  # as `link_score`: one naming the other's place or country may link
        return "country", f"{a.country} vs {b.country}"
    if (a.vague or b.vague) and shared_evidence(a.keys, b.keys) < keys_needed(a, b, rules):
        return "evidence keys", f"{shared_evidence(a.keys, b.keys)} shared"
    if not places_compatible(a, b, rules):
        km = (f"{haversine_km(a.lat, a.lon, b.lat, b.lon):.0f} km"
              if None not in (a.lat, a.lon, b.lat, b.lon) else "no coordinates")
        return "place", f"{PLACE_NAMES[a.lprec]} vs {PLACE_NAMES[b.lprec]}, {km}"
    value = link_score(a, b, rules)
    assert value is not None and compatible(a, b, rules), "link_score and the hard limits disagree"
    assert abs(value - score(a, b, rules)) < 1e-9
    need = link_threshold(a, b, rules)
    if value < need:
        return "score", f"{value:.3f} < {need} ({_score_parts(a, b)})"
    slot_a, slot_b = index._slot[a.event_id], index._slot[b.event_id]
    if slot_b not in index._candidates(a) and slot_a not in index._candidates(b):
        return "blocking", f"score {value:.3f}"
    if a.vague or b.vague:
        return "vague, other link", f"score {value:.3f}"
    return "clustering", f"score {value:.3f}"


def analyse(events: list[Event], gold: dict[str, str], published: dict[str, str | None],
            types: set[str] | None = None,
            titles: dict[str, str | None] | None = None,
            only: set[str] | None = None) -> tuple[list[Pair], dict[str, Any]]:
    """Group the events with a fresh index and classify every missed same-incident cross-document pair
    (`titles`: stored document id -> headline, as the store passes them; `only`: the event ids to pair, all if
    None)."""
    heads = titles or {}
    index = IncidentIndex()
    for e in events:
        index.add(e, published.get(e.doc_id), heads.get(e.doc_id))
    group_of = {x: i for i, g in enumerate(index.groups()) for x in g}
    profiles = {e.id: profile_of(e, published.get(e.doc_id), heads.get(e.doc_id)) for e in events}
    by_gold: dict[str, list[str]] = defaultdict(list)
    for e in sorted(events, key=lambda e: e.id):
        if (types is None or e.event_type in types) and (only is None or e.id in only):
            by_gold[gold[e.id]].append(e.id)
    pairs: list[Pair] = []
    together = 0
    for ids in by_gold.values():
        for i, x in enumerate(ids):
            for y in ids[i + 1:]:
                a, b = profiles[x], profiles[y]
                if a.doc_id == b.doc_id:
                    continue
                if group_of[x] == group_of[y]:
                    together += 1
                    continue
                cause, detail = classify(a, b, index)
                pairs.append(Pair(cause, gold[x], a, b, detail))
    summary = {
        "events": sum(len(v) for v in by_gold.values()), "gold_incidents": len(by_gold),
        "cross_document_pairs": together + len(pairs), "grouped_together": together, "missed": len(pairs),
        "causes": _cause_table(pairs),
    }
    return pairs, summary


def _cause_table(pairs: list[Pair]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for cause in CAUSES:
        chosen = [p for p in pairs if p.cause == cause]
        if not chosen:
            continue
        members = {p.a.event_id: p.a for p in chosen} | {p.b.event_id: p.b for p in chosen}
        table[cause] = {
            "pairs": len(chosen),
            "incidents": len({p.incident for p in chosen}),
            "events": len(members),
            "events_no_date": sum(1 for m in members.values() if m.start is None or m.dprec == PUBLISHED),
            "events_no_place": sum(1 for m in members.values() if m.lprec == NOWHERE),
            "events_coarse_date": sum(
                1 for m in members.values() if m.start is not None and DAY < m.dprec < PUBLISHED
            ),
            "events_coarse_place": sum(1 for m in members.values() if ADMIN1 <= m.lprec < NOWHERE),
        }
    return table


def _print_table(summary: dict[str, Any]) -> None:
    print(f"events {summary['events']} in {summary['gold_incidents']} gold incidents; "
          f"cross-document same-incident pairs {summary['cross_document_pairs']}: "
          f"grouped together {summary['grouped_together']}, missed {summary['missed']}")
    print(f"{'cause':<20} {'pairs':>6} {'incid.':>6} {'events':>6} {'no date':>8} {'month+':>7} "
          f"{'no place':>8} {'region+':>8}")
    for cause, row in summary["causes"].items():
        print(f"{cause:<20} {row['pairs']:>6} {row['incidents']:>6} {row['events']:>6} "
              f"{row['events_no_date']:>8} {row['events_coarse_date']:>7} {row['events_no_place']:>8} "
              f"{row['events_coarse_place']:>8}")
    print("(per cause: distinct gold incidents and events in its pairs; of those events, how many have no "
          "date of their own,\n a date no finer than a month, no place, a place no finer than a region or "
          "country)")


def _print_examples(pairs: list[Pair], sentences: dict[str, str], per_cause: int) -> None:
    for cause in CAUSES:
        chosen = [p for p in pairs if p.cause == cause][:per_cause]
        if not chosen:
            continue
        print(f"\n== {cause} ==")
        for p in chosen:
            print(f"-- {p.incident}: {p.detail}")
            for x in (p.a, p.b):
                where = f"{_describe_date(x)}; {_describe_place(x)}"
                print(f"   [{x.event_type}] {where}; published {x.published}")
                print(f"      {sentences[x.event_id]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="print N pairs per cause")
    parser.add_argument("--types", help="comma-separated event types; only pairs of two such events")
    parser.add_argument("--incidents", type=int, metavar="K",
                        help="only the reports of the first K gold incidents (sorted by label)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--set", choices=TUNING_SETS, default="dev2", help="which written tuning set")
    parser.add_argument("--leads", action="store_true",
                        help="only pairs of lead events (what the report-level score counts: eval/incidents.py)")
    args = parser.parse_args(argv)
    module = _incidents_module()
    rows = module.load_rows(module.END_TO_END[args.set])
    if args.incidents is not None:
        keep = set(sorted({r["incident"] for r in rows})[: args.incidents])
        rows = [r for r in rows if r["incident"] in keep]
    _, _, events, gold, published, titles = module.ingest_reports(rows)
    types = {t.strip() for t in args.types.split(",")} if args.types else None
    only = {lead.id for lead in module.lead_events(events).values()} if args.leads else None
    pairs, summary = analyse(events, gold, published, types, titles, only)
    if args.json:
        json.dump(summary, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    _print_table(summary)
    if args.examples:
        _print_examples(pairs, {e.id: e.sentence.text for e in events}, args.examples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
