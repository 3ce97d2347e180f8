"""The blind end-to-end incident set eval/data/incidents_held2.jsonl is well formed, and
`eval/incidents.py --held2` (ingest the articles into a temporary database, score the stored events
against the gold incidents) runs."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest
from conftest import jsonl_rows, load_script

ROOT = Path(__file__).resolve().parents[1]
HELD2 = ROOT / "eval" / "data" / "incidents_held2.jsonl"
KEYS = {"doc_id", "id", "published", "title", "text", "incident", "incident_date", "country", "illustrative"}
LABEL = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MIN_ROWS = 150
MIN_MULTI = 10


def _rows() -> list[dict]:
    return [row for _, row in jsonl_rows(HELD2)]


def _module():  # type: ignore[no-untyped-def]
    return load_script("eval/incidents.py")


def test_every_row_has_the_fields() -> None:
    for row in _rows():
        doc = row.get("doc_id")
        assert KEYS <= set(row), f"{doc}: missing {sorted(KEYS - set(row))}"
        assert row["id"] == doc, f"{doc}: the reader's id must be the doc_id"
        assert isinstance(row["title"], str) and row["title"].strip(), doc
        assert isinstance(row["text"], str) and len(row["text"]) >= 80, doc
        assert isinstance(row["illustrative"], bool), doc
        assert re.fullmatch(r"[A-Z]{2}", row["country"]), doc
        published, happened = date.fromisoformat(row["published"]), date.fromisoformat(row["incident_date"])
        assert 0 <= (published - happened).days <= 14, f"{doc}: published {published}, incident {happened}"


def test_ids_are_unique_and_labels_sensible() -> None:
    rows = _rows()
    ids = [r["doc_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["text"] for r in rows}) == len(rows), "two reports with the same text"
    by_incident: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        assert LABEL.match(r["incident"]), r["incident"]
        by_incident[r["incident"]].append(r)
    for label, reports in by_incident.items():
        assert 1 <= len(reports) <= 6, f"{label}: {len(reports)} reports"
        # one real incident has one date, one country and one real-or-illustrative flag
        assert len({(r["incident_date"], r["country"], r["illustrative"]) for r in reports}) == 1, label


def test_size_and_shape() -> None:
    rows = _rows()
    sizes = Counter(r["incident"] for r in rows)
    assert len(rows) >= MIN_ROWS
    assert sum(1 for n in sizes.values() if n > 1) >= MIN_MULTI
    assert 40 <= len(sizes) <= 70
    assert len({r["country"] for r in rows}) >= 15
    # look-alikes: some country and week holds more than one incident
    weeks = {(r["country"], date.fromisoformat(r["incident_date"]).isocalendar()[:2], r["incident"])
             for r in rows}
    per_week = Counter((country, week) for country, week, _ in weeks)
    assert sum(1 for n in per_week.values() if n > 1) >= 5


def test_gold_fields_never_reach_the_pipeline() -> None:
    inputs = set(_module().HELD2_INPUT)
    assert "text" in inputs and "published" in inputs
    assert not inputs & {"incident", "incident_date", "country", "illustrative"}


def test_write_keeps_the_other_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = _module()
    scores = tmp_path / "incidents.json"
    scores.write_text(json.dumps({"dev": {"x": 1}, "all": {"y": 2}}), encoding="utf-8")
    monkeypatch.setattr(module, "SCORES", scores)
    module._write_keys({"held2": {"z": 3}})
    expected = {"dev": {"x": 1}, "all": {"y": 2}, "held2": {"z": 3}}
    assert json.loads(scores.read_text(encoding="utf-8")) == expected


def test_held2_scoring_runs_on_a_subset() -> None:
    module = _module()
    rows = module.load_rows(module.HELD2)
    # two incidents on one day in one province: a small subset, and a look-alike pair
    chosen = [r for r in rows if r["incident"] in {"mastung-procession-2023", "hangu-mosque-2023"}]
    assert len(chosen) == 4
    out = module.evaluate_held2(chosen)
    cov = out["coverage"]
    assert cov["documents"] == cov["stored_documents"] == 4
    assert cov["documents_with_events"] >= 1 and cov["events"] >= cov["documents_with_events"]
    assert out["regrouped"]["items"] == out["stored"]["items"] == cov["events"]
    assert out["stored_assault"]["items"] <= cov["events"]
    for kind in ("regrouped", "stored", "stored_assault"):
        scored = out[kind]
        assert scored["gold_incidents"] <= cov["gold_incidents_with_events"] <= 2
        for metric in ("pairwise", "bcubed"):
            for measure in ("precision", "recall", "f1"):
                assert 0.0 <= scored[metric][measure] <= 1.0
