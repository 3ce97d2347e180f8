"""Evaluate cross-article incident grouping on the hand-written dev set: pairwise and B-cubed P/R/F1.

    python eval/incidents.py                  # structured reports from eval/data/incidents_dev.jsonl
    python eval/incidents.py --write          # ... and store the scores in eval/scores/incidents.json
    python eval/incidents.py --events X.jsonl # pipeline output (documents whose external_id is a report's
                                              # doc_id, and their events) scored against the same gold
    python eval/incidents.py --held2 [--write] # end to end on eval/data/incidents_held2.jsonl (blind, written
                                              # articles): ingest into a temporary SQLite database, then score
                                              # the stored events; --write stores it under "held2"
    python eval/incidents.py --dev2 [--write] # the same end-to-end scoring on eval/data/incidents_dev2.jsonl
                                              # (written articles, open for error analysis); key "dev2"
    python eval/incidents.py --dev3 [--write] # the same on eval/data/incidents_dev3.jsonl (longer reports with
                                              # follow-ups and background events); key "dev3"
    python eval/incidents.py --held3 [--write] # the second blind set (written 2026-11-23 night, demoted to
                                              # tuning on 2026-11-24); key "held3"
    python eval/incidents.py --dev4 [--write] # the same on eval/data/incidents_dev4.jsonl (longer reports,
                                              # written blind to the code on 2026-11-24; tuning); key "dev4"
    python eval/incidents.py --dev5 [--write] # the same on eval/data/incidents_dev5.jsonl (look-alike groups, template-
                                              # built wording: a precision check, not tuned on); key "dev5"
    python eval/incidents.py --held4 [--write] # the third blind set (written 2026-11-24, longer reports; demoted to
                                              # tuning in session 8); key "held4"
    python eval/incidents.py --held5 [--write] # the fourth blind set (written 2026-11-24, session 8); key "held5":
                                              # totals only
    python eval/incidents.py --held6 [--write] # the fifth blind set (session 8: outlets of several kinds, reaction
                                              # leads); key "held6"; tuning since session 9
    python eval/incidents.py --held7 [--write] # the sixth blind set (session 9: outlets of several kinds and
                                              # look-alike groups); key "held7"; tuning since session 10
    python eval/incidents.py --held8 [--write] # the seventh blind set (session 10: wire, local-paper and broadcast
                                              # styles, follow-ups); tuning since session 11
    python eval/incidents.py --held9 [--write] # the eighth blind set (session 11: press releases, NGO statements,
                                              # translated local press, long reads); tuning since session 12
    python eval/incidents.py --held10 [--write] # the ninth blind set (session 12: translated foreign wire copy,
                                              # regional press, digests, transcripts); key "held10"; tuning since session 13
    python eval/incidents.py --held11 [--write] # the tenth blind set (session 13: broadcast scripts, flash updates,
                                              # client alerts, statements, monitoring posts); key "held11"; tuning since its end
    python eval/incidents.py --held12 [--write] # the eleventh blind set (written in session 13: see its .md); key "held12";
                                              # scored blind at the start of session 14, tuning since
    python eval/incidents.py --held13 [--write] # the twelfth blind set (written in session 14: live blogs, timelines,
                                              # verification notes, reportage); key "held13"; tuning since the end of session 14
    python eval/incidents.py --held14 [--write] # the thirteenth blind set (written in session 14: see its .md); key "held14"; scored blind at the start of session 15, tuning since
    python eval/incidents.py --held15 [--write] # the fourteenth blind set (written in session 15: see its .md); key "held15"; scored blind at the end of session 15, tuning since
    python eval/incidents.py --held16 [--write] # the fifteenth blind set (written in session 15: see its .md); key "held16"; scored blind at the start of session 16, tuning since
    python eval/incidents.py --held17 [--write] # the sixteenth blind set (written in session 16: see its .md); key "held17"; scored blind at the end of session 16, tuning since
    python eval/incidents.py --held18 [--write] # the seventeenth blind set (written in session 17: see its .md); key "held18"; scored blind at the end of session 17, tuning since
    python eval/incidents.py --held19 [--write] # the eighteenth blind set (written in session 18: see its .md); key "held19"; scored blind at the end of session 18, tuning since
    python eval/incidents.py --collide [--write] # stress for precision: the tuning sets of COLLIDE_SETS in one
                                              # stream, every incident moved to the same week; key "collide"

Each split ("dev": tuned on; "heldout": never tuned on) is grouped in its own index; "all" groups both
together, so look-alikes across splits are also tested.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.incidents import IncidentIndex
from newsevents.models import ActorRef, Count, Event, EventDate, Location, TextSpan

if TYPE_CHECKING:
    from newsevents.library import Summary

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data" / "incidents_dev.jsonl"
HELD2 = ROOT / "data" / "incidents_held2.jsonl"
DEV2 = ROOT / "data" / "incidents_dev2.jsonl"
DEV3 = ROOT / "data" / "incidents_dev3.jsonl"
HELD3 = ROOT / "data" / "incidents_held3.jsonl"
HELD4 = ROOT / "data" / "incidents_held4.jsonl"
HELD5 = ROOT / "data" / "incidents_held5.jsonl"  # blind: totals only (incidents_held5.md)
HELD6 = ROOT / "data" / "incidents_held6.jsonl"  # blind in session 8 (incidents_held6.md); tuning since session 9
HELD7 = ROOT / "data" / "incidents_held7.jsonl"  # blind in session 9 (incidents_held7.md); tuning since session 10
HELD8 = ROOT / "data" / "incidents_held8.jsonl"  # written blind in session 10; tuning since session 11
HELD9 = ROOT / "data" / "incidents_held9.jsonl"  # written blind in session 11; tuning since session 12
HELD10 = ROOT / "data" / "incidents_held10.jsonl"  # written blind in session 12; tuning since session 13
HELD11 = ROOT / "data" / "incidents_held11.jsonl"  # written blind in session 13; tuning since its end
HELD13 = ROOT / "data" / "incidents_held13.jsonl"  # written blind in session 14; scored blind once at its end, tuning since
HELD15 = ROOT / "data" / "incidents_held15.jsonl"  # written blind in session 15; scored blind once at its end, tuning since
HELD14 = ROOT / "data" / "incidents_held14.jsonl"  # written blind in session 14; scored blind once at the start of session 15, tuning since
HELD16 = ROOT / "data" / "incidents_held16.jsonl"  # written blind in session 15; scored blind once at the start of session 16, tuning since
HELD17 = ROOT / "data" / "incidents_held17.jsonl"  # written blind in session 16; scored blind once at its end, tuning since
HELD18 = ROOT / "data" / "incidents_held18.jsonl"  # written blind in session 17; scored blind once at its end, tuning since
HELD19 = ROOT / "data" / "incidents_held19.jsonl"  # written blind in session 18; scored blind once at its end, tuning since
HELD12 = ROOT / "data" / "incidents_held12.jsonl"  # written blind in session 13; scored blind at the start of session 14, tuning since
DEV4 = ROOT / "data" / "incidents_dev4.jsonl"
DEV5 = ROOT / "data" / "incidents_dev5.jsonl"  # look-alike groups, template-built wording (incidents_dev5.md)
# the written end-to-end sets by name (--dev2 ... --held4, the keys of eval/scores/incidents.json)
END_TO_END = {"dev2": DEV2, "dev3": DEV3, "dev4": DEV4, "dev5": DEV5, "held2": HELD2, "held3": HELD3, "held4": HELD4,
              "held5": HELD5, "held6": HELD6, "held7": HELD7, "held8": HELD8,
              "held9": HELD9, "held10": HELD10, "held11": HELD11, "held12": HELD12, "held13": HELD13, "held14": HELD14, "held15": HELD15, "held16": HELD16, "held17": HELD17, "held18": HELD18, "held19": HELD19}
COLLIDE_SETS = (("dev2", DEV2), ("dev3", DEV3), ("dev4", DEV4), ("held3", HELD3))  # tuning sets only: never a blind one
COLLIDE_DAY = date(2024, 1, 1)
# the fields of a held2 row the pipeline may see (the JSONL reader's names); gold fields stay out
HELD2_INPUT = ("id", "title", "text", "published")
SCORES = ROOT / "scores" / "incidents.json"
SPLITS = ("dev", "heldout", "all")


def load_rows(path: Path = DATA) -> list[dict[str, Any]]:
    """The dev set: one structured report per line, with its gold incident label."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _count(value: dict[str, Any] | None) -> Count | None:
    return Count(value["best"], value["low"], value["high"]) if value else None


def event_of(row: dict[str, Any]) -> Event:
    """The Event an extractor would give for one report (structured fields plus the sentence)."""
    sentence = TextSpan(row["sentence"], (0, len(row["sentence"])))
    date = row.get("date")
    loc = row.get("location")
    return Event(
        id=row["id"],
        doc_id=row["doc_id"],
        event_type=row["event_type"],
        trigger=sentence,
        sentence=sentence,
        actors=[ActorRef(a, (0, 0), a, a) for a in row.get("actors", [])],
        mode=row.get("mode"),
        date=EventDate(date["value"], date["precision"]) if date else None,
        location=Location(
            loc["name"], loc.get("geonameid"), loc["lat"], loc["lon"], loc["country"], loc.get("admin1"),
            loc["precision"],
        ) if loc else None,
        fatalities=_count(row.get("fatalities")),
        injured=_count(row.get("injured")),
    )


def _pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {(a, b) for g in groups for i, a in enumerate(sorted(g)) for b in sorted(g)[i + 1 :]}


def _prf(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_partition(predicted: list[list[str]], gold: dict[str, str]) -> dict[str, Any]:
    """Pairwise and B-cubed precision/recall/F1 of a predicted partition of items against gold labels."""
    items = [x for g in predicted for x in g]
    gold_groups: dict[str, list[str]] = defaultdict(list)
    for x in items:
        gold_groups[gold[x]].append(x)
    pred_of = {x: i for i, g in enumerate(predicted) for x in g}
    pred_size = [len(g) for g in predicted]
    gp, pp = _pairs(list(gold_groups.values())), _pairs(predicted)
    both = len(gp & pp)
    pair = _prf(both / len(pp) if pp else 1.0, both / len(gp) if gp else 1.0)
    b_p = b_r = 0.0
    for x in items:
        same = sum(1 for y in gold_groups[gold[x]] if pred_of[y] == pred_of[x])
        b_p += same / pred_size[pred_of[x]]
        b_r += same / len(gold_groups[gold[x]])
    bcubed = _prf(b_p / len(items), b_r / len(items)) if items else _prf(0.0, 0.0)
    return {
        "items": len(items), "gold_incidents": len(gold_groups), "predicted_incidents": len(predicted),
        "pairwise": pair, "bcubed": bcubed,
    }


def _group(events: list[Event], published: dict[str, str | None],
           titles: dict[str, str | None] | None = None) -> list[list[str]]:
    index = IncidentIndex()
    heads = titles or {}
    for e in events:
        index.add(e, published.get(e.doc_id), heads.get(e.doc_id))
    return index.groups()


def evaluate(rows: list[dict[str, Any]] | None = None, shuffles: int = 5) -> dict[str, Any]:
    """Scores per split, plus whether shuffled arrival orders gave the same partition."""
    rows = rows if rows is not None else load_rows()
    out: dict[str, Any] = {}
    for split in SPLITS:
        chosen = [r for r in rows if split == "all" or r["split"] == split]
        events = [event_of(r) for r in chosen]
        published = {r["doc_id"]: r.get("published") for r in chosen}
        gold = {r["id"]: r["incident"] for r in chosen}
        groups = _group(events, published)
        rng = random.Random(7)
        stable = True
        for _ in range(shuffles):
            rng.shuffle(events)
            stable &= _group(events, published) == groups
        out[split] = score_partition(groups, gold) | {"order_independent": stable}
    return out


def evaluate_pipeline(path: Path, rows: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Score the grouping of pipeline output: events are labelled by their document's gold incident."""
    rows = rows if rows is not None else load_rows()
    label = {r["doc_id"]: r["incident"] for r in rows}
    docs: dict[str, str] = {}
    published: dict[str, str | None] = {}
    events: list[Event] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            if rec.get("kind") == "document" and rec.get("external_id") in label:
                docs[rec["id"]] = rec["external_id"]
                published[rec["id"]] = (rec.get("published") or {}).get("value")
            elif rec.get("kind") == "event":
                events.append(Event.from_dict(rec))
    events = [e for e in events if e.doc_id in docs]
    gold = {e.id: label[docs[e.doc_id]] for e in events}
    return {"pipeline": score_partition(_group(events, published), gold)}


def _stored_partition(events: list[Event]) -> list[list[str]]:
    """The incidents the database gave on ingest; an event without an incident id is its own group."""
    groups: dict[str, list[str]] = defaultdict(list)
    for e in events:
        groups[e.incident_id or f"event:{e.id}"].append(e.id)
    return sorted(sorted(g) for g in groups.values())


def ingest_reports(
    rows: list[dict[str, Any]],
) -> tuple[Summary, dict[str, str], list[Event], dict[str, str], dict[str, str | None], dict[str, str | None]]:
    """Ingest written reports into a temporary database, passing the pipeline only the `HELD2_INPUT` fields
    (never the gold). Returns the run's summary, stored document id -> the report's doc_id, the stored events
    of those reports, event id -> its report's gold incident, and stored document id -> published day and
    -> title."""
    from newsevents.library import ingest, open_db

    label = {r["doc_id"]: r["incident"] for r in rows}
    with tempfile.TemporaryDirectory(prefix="incidents-e2e-") as tmp:
        source = Path(tmp) / "reports.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for r in rows:
                record = {k: r[k] for k in HELD2_INPUT if r.get(k) is not None} | {"id": r["doc_id"]}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        db_path = Path(tmp) / "reports.db"
        summary = ingest([source], str(db_path))
        db = open_db(str(db_path))
        documents = db.documents(limit=10**6)
        stored_events = list(db.events(limit=10**6))
        db.store.engine.dispose()
    external = {d.id: d.external_id for d in documents if d.external_id in label}
    published = {d.id: d.published.value if d.published else None for d in documents}
    titles = {d.id: d.title for d in documents}
    events = [e for e in stored_events if e.doc_id in external]
    return summary, external, events, {e.id: label[external[e.doc_id]] for e in events}, published, titles


VIOLENCE = frozenset({"ASSAULT", "COERCE"})


def lead_event(events: list[Event]) -> Event:
    """The event a report is about: its first act of violence in text order (headline and lead first), else
    its first event. The written sets tell one incident per report; a report's other events (an appeal, a
    condemnation, roads closed) are its context. Text order is the order of the words (sentence, then trigger);
    until session 9 the events of one sentence went by the order of their ids."""
    ordered = sorted(events, key=lambda e: (e.sentence.span[0], e.trigger.span[0] if e.trigger else 0, e.id))
    return next((e for e in ordered if e.event_type in VIOLENCE), ordered[0])


def lead_events(events: list[Event]) -> dict[str, Event]:
    """Stored document id -> the `lead_event` of its events (documents without events are left out)."""
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_doc[e.doc_id].append(e)
    return {doc: lead_event(evs) for doc, evs in by_doc.items()}


def report_partition(events: list[Event], external: dict[str, str], incident_of: dict[str, str]) -> list[list[str]]:
    """Every stored report (external ids, `external`: stored document id -> external id) grouped by the incident
    of its lead event; a report that gave no event is a group of its own (a report the pipeline missed is one
    nobody can find among the incident's sources)."""
    leads = lead_events(events)
    groups: dict[str, list[str]] = defaultdict(list)
    for doc, ext in external.items():
        lead = leads.get(doc)
        if lead is None:
            groups[f"report:{ext}"].append(ext)
            continue
        groups[incident_of.get(lead.id) or f"event:{lead.id}"].append(ext)
    return sorted(sorted(g) for g in groups.values())


def evaluate_held2(rows: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """End to end on written articles: ingest them, then score the stored events against the gold incidents.

    Each event is labelled by its document's gold incident. "regrouped" groups the stored events with a
    fresh IncidentIndex (as --events does); "stored" is the partition the database's own incident ids give;
    "stored_assault" is that partition restricted to ASSAULT events (the violence itself, without the
    accusations, appeals or protests some reports also tell). "reports" scores the reports themselves, the
    unit the sets are written in: each report is filed under the stored incident of its `lead_event` (a report
    without an event stands alone). For the event scores, documents that gave no event are not scored items;
    "coverage" counts them.
    """
    rows = rows if rows is not None else load_rows(HELD2)
    summary, external, events, gold, published, titles = ingest_reports(rows)
    label = {r["doc_id"]: r["incident"] for r in rows}
    with_events = {external[e.doc_id] for e in events}
    assaults = [e for e in events if e.event_type == "ASSAULT"]
    coverage = {
        "documents": len(rows), "stored_documents": len(external), "documents_with_events": len(with_events),
        "events": len(events), "gold_incidents": len(set(label.values())),
        "gold_incidents_with_events": len({label[d] for d in with_events}),
        "errors": dict(summary.errors),
    }
    return {
        "regrouped": score_partition(_group(events, published, titles), gold),
        "stored": score_partition(_stored_partition(events), gold),
        "stored_assault": score_partition(_stored_partition(assaults), gold),
        "reports": score_partition(
            report_partition(events, external, {e.id: e.incident_id for e in events if e.incident_id}),
            {ext: label[ext] for ext in external.values()},
        ),
        "coverage": coverage,
    }


def _moved(value: str, days: int) -> str:
    return (date.fromisoformat(value[:10]) - timedelta(days=days)).isoformat()


def _moved_event(event: Event, days: int) -> Event:
    """The event with its date moved `days` earlier (its precision and its period of days kept)."""
    when = event.date
    if when is None or when.value is None:
        return event
    period = (_moved(when.days[0], days), _moved(when.days[1], days)) if when.days else None
    return replace(event, date=replace(when, value=_moved(when.value, days), days=period))


def evaluate_collide() -> dict[str, Any]:
    """Precision under pressure: the reports of the tuning sets in one stream, each gold incident moved so that
    its first report is published on `COLLIDE_DAY` (its reports keep their distance in days). Incidents of one
    country or city that the sets keep years apart (three Mogadishu hotel sieges, two Kramatorsk strikes) then
    fall in the same week, as look-alikes do in a busy conflict's news. Scored by report, as `evaluate_held2`."""
    events: list[Event] = []
    external: dict[str, str] = {}
    published: dict[str, str | None] = {}
    titles: dict[str, str | None] = {}
    label: dict[str, str] = {}
    for name, path in COLLIDE_SETS:
        rows = load_rows(path)
        first: dict[str, str] = {}
        for r in rows:
            first[r["incident"]] = min(first.get(r["incident"], r["published"][:10]), r["published"][:10])
        offset = {r["doc_id"]: (date.fromisoformat(first[r["incident"]]) - COLLIDE_DAY).days for r in rows}
        _, ext, found, _, pub, heads = ingest_reports(rows)
        label.update({f"{name}:{r['doc_id']}": f"{name}:{r['incident']}" for r in rows})
        external.update({doc: f"{name}:{report}" for doc, report in ext.items()})
        titles.update(heads)
        published.update({doc: _moved(day, offset[ext[doc]]) if day else None for doc, day in pub.items()
                          if doc in ext})
        events += [_moved_event(e, offset[ext[e.doc_id]]) for e in found]
    index = IncidentIndex()
    for e in events:
        index.add(e, published.get(e.doc_id), titles.get(e.doc_id))
    reports = score_partition(report_partition(events, external, index.assignments()),
                              {ext: label[ext] for ext in external.values()})
    return {"reports": reports, "sets": [name for name, _ in COLLIDE_SETS], "day": COLLIDE_DAY.isoformat()}


def _emit(name: str, found: dict[str, Any], write: bool) -> int:
    """Print one end-to-end score as JSON, and store it under `name` with --write."""
    json.dump(found, sys.stdout, indent=2)
    sys.stdout.write("\n")
    if write:
        _write_keys({name: found})
    return 0


def _write_keys(scores: dict[str, Any]) -> None:
    """Store these keys of eval/scores/incidents.json, leaving the others (e.g. "held2") as they are."""
    stored = json.loads(SCORES.read_text(encoding="utf-8")) if SCORES.exists() else {}
    stored.update(scores)
    SCORES.parent.mkdir(parents=True, exist_ok=True)
    SCORES.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the scores in eval/scores/incidents.json")
    parser.add_argument("--events", type=Path, help="score pipeline output instead of the structured reports")
    for name, path in END_TO_END.items():  # which are blind and which tuning: the module docstring
        parser.add_argument(f"--{name}", action="store_true",
                            help=f"ingest eval/data/{path.name} end to end and score the stored events")
    parser.add_argument("--collide", action="store_true",
                        help="the tuning sets in one stream, every incident moved to the same week")
    args = parser.parse_args(argv)
    if args.collide:
        return _emit("collide", evaluate_collide(), args.write)
    for name, path in END_TO_END.items():
        if getattr(args, name):
            return _emit(name, evaluate_held2(load_rows(path)), args.write)
    scores = evaluate_pipeline(args.events) if args.events else evaluate()
    json.dump(scores, sys.stdout, indent=2)
    sys.stdout.write("\n")
    if args.write and not args.events:
        _write_keys(scores)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
