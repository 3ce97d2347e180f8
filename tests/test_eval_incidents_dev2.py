"""The written end-to-end incident dev set eval/data/incidents_dev2.jsonl is well formed, `eval/incidents.py
--dev2` scores it, and the error analysis `eval/incidents_errors.py` runs and names the right causes."""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from conftest import jsonl_rows, load_script

from newsevents.models import Event, EventDate, Location, TextSpan

ROOT = Path(__file__).resolve().parents[1]
DEV2 = ROOT / "eval" / "data" / "incidents_dev2.jsonl"
KEYS = {"doc_id", "id", "published", "title", "text", "incident", "incident_date", "country", "illustrative"}
LABEL = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _rows() -> list[dict]:
    return [row for _, row in jsonl_rows(DEV2)]


def test_every_row_has_the_fields() -> None:
    for row in _rows():
        doc = row.get("doc_id")
        assert set(row) == KEYS, f"{doc}: fields {sorted(set(row) ^ KEYS)} differ"
        assert row["id"] == doc, f"{doc}: the reader's id must be the doc_id"
        assert isinstance(row["title"], str) and row["title"].strip(), doc
        assert isinstance(row["text"], str) and len(row["text"]) >= 60, doc
        assert 2 <= len(re.findall(r"[.!?](\s|$)", row["text"])) <= 5, f"{doc}: 2-5 sentences"
        assert isinstance(row["illustrative"], bool), doc
        assert re.fullmatch(r"[A-Z]{2}", row["country"]), doc
        published, happened = date.fromisoformat(row["published"]), date.fromisoformat(row["incident_date"])
        assert 0 <= (published - happened).days <= 14, f"{doc}: published {published}, incident {happened}"


def test_ids_labels_and_size() -> None:
    rows = _rows()
    ids = [r["doc_id"] for r in rows]
    assert len(ids) == len(set(ids)) >= 90
    assert len({r["text"] for r in rows}) == len(rows), "two reports with the same text"
    by_incident: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        assert LABEL.match(r["incident"]), r["incident"]
        by_incident[r["incident"]].append(r)
    assert 30 <= len(by_incident) <= 45
    for label, reports in by_incident.items():
        assert 1 <= len(reports) <= 5, label
        assert len({(r["incident_date"], r["country"], r["illustrative"]) for r in reports}) == 1, label
    assert sum(1 for reports in by_incident.values() if len(reports) > 1) >= 25
    assert len({r["country"] for r in rows}) >= 15
    assert sum(1 for r in rows if r["published"] > r["incident_date"]) >= 30, "few reports published later"
    # look-alikes: several country-weeks hold more than one incident
    weeks = Counter((r["country"], date.fromisoformat(r["incident_date"]).isocalendar()[:2])
                    for r in {r["incident"]: r for r in rows}.values())
    assert sum(1 for n in weeks.values() if n > 1) >= 4


def test_dev2_scoring_runs_on_a_subset() -> None:
    module = load_script("eval/incidents.py")
    rows = module.load_rows(module.DEV2)
    keep = {"yala-bomb-2024", "narathiwat-shooting-2024"}  # two incidents on one day in one region
    out = module.evaluate_held2([r for r in rows if r["incident"] in keep])
    assert out["coverage"]["documents"] == 4
    assert out["coverage"]["gold_incidents"] == 2
    for part in ("regrouped", "stored"):
        assert 0.0 <= out[part]["bcubed"]["f1"] <= 1.0
        assert out[part]["items"] == out["coverage"]["events"]


def test_errors_script_runs_on_a_subset() -> None:
    module = load_script("eval/incidents_errors.py")
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert module.main(["--incidents", "6", "--json"]) == 0
    summary = json.loads(buffer.getvalue())
    assert summary["gold_incidents"] <= 6
    assert summary["grouped_together"] + summary["missed"] == summary["cross_document_pairs"]
    assert set(summary["causes"]) <= set(module.CAUSES)
    assert sum(row["pairs"] for row in summary["causes"].values()) == summary["missed"]
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert module.main(["--incidents", "6", "--examples", "1"]) == 0
    assert "cross-document same-incident pairs" in buffer.getvalue()


def _event(eid: str, doc: str, etype: str, day: str, place: tuple[str, float, float]) -> Event:
    sentence = TextSpan(f"Gunmen attacked a market in {place[0]}.", (0, 10))
    return Event(
        id=eid, doc_id=doc, event_type=etype, trigger=sentence, sentence=sentence, actors=[], mode=None,
        date=EventDate(day, "day"),
        location=Location(place[0], None, place[1], place[2], "NG", "Borno", "city"),
        fatalities=None, injured=None,
    )


def test_causes_follow_the_index_rules() -> None:
    module = load_script("eval/incidents_errors.py")
    town, far = ("Maiduguri", 11.85, 13.16), ("Damboa", 11.15, 12.76)
    events = [
        _event("e1", "d1", "ASSAULT", "2023-03-04", town),
        _event("e2", "d2", "PROTEST", "2023-03-04", town),  # another type family
        _event("e3", "d3", "ASSAULT", "2023-03-10", town),  # six days later
        _event("e4", "d4", "ASSAULT", "2023-03-04", far),  # a town 90 km away
        _event("e5", "d5", "ASSAULT", "2023-03-04", town),  # the same report again: grouped with e1
    ]
    gold = dict.fromkeys(("e1", "e2", "e3", "e4", "e5"), "one")
    published = {f"d{i}": "2023-03-10" for i in range(1, 6)}
    pairs, summary = module.analyse(events, gold, published)
    causes = {(p.a.event_id, p.b.event_id): p.cause for p in pairs}
    assert causes[("e1", "e2")] == "type family"
    assert causes[("e1", "e3")] == "date window"
    assert causes[("e1", "e4")] == "place"
    assert ("e1", "e5") not in causes
    assert summary["grouped_together"] == 1
    assert summary["missed"] == len(pairs) == 9
