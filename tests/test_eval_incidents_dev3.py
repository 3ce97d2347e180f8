"""The second written end-to-end incident tuning set eval/data/incidents_dev3.jsonl is well formed."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from conftest import jsonl_rows

ROOT = Path(__file__).resolve().parents[1]
DEV3 = ROOT / "eval" / "data" / "incidents_dev3.jsonl"
KEYS = {"doc_id", "id", "published", "title", "text", "incident", "incident_date", "country", "illustrative"}


def test_rows_labels_and_look_alikes() -> None:
    rows = [row for _, row in jsonl_rows(DEV3)]
    assert len({r["doc_id"] for r in rows}) == len(rows) >= 120
    by_incident: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        assert set(r) == KEYS and r["id"] == r["doc_id"] and r["illustrative"] is True, r.get("doc_id")
        assert re.fullmatch(r"[A-Z]{2}", r["country"]) and r["title"].strip() and len(r["text"]) >= 60, r["doc_id"]
        lag = (date.fromisoformat(r["published"]) - date.fromisoformat(r["incident_date"])).days
        assert 0 <= lag <= 6, r["doc_id"]
        by_incident[r["incident"]].append(r)
    assert len(by_incident) >= 45
    for label, reports in by_incident.items():
        assert len({(r["incident_date"], r["country"]) for r in reports}) == 1, label
    # look-alikes: distinct incidents in one country within a week of each other
    days = sorted((r[0]["country"], date.fromisoformat(r[0]["incident_date"])) for r in by_incident.values())
    close = sum(1 for (c1, d1), (c2, d2) in zip(days, days[1:]) if c1 == c2 and (d2 - d1).days <= 7)
    assert close >= 4


@pytest.mark.model
def test_error_analysis_of_the_lead_events_of_dev3() -> None:
    """`eval/incidents_errors.py --set dev3 --leads` pairs one event per report (its lead event) and names a cause
    for every missed pair."""
    import contextlib
    import io
    import json

    from conftest import load_script

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert load_script("eval/incidents_errors.py").main(["--set", "dev3", "--leads", "--json"]) == 0
    summary = json.loads(out.getvalue())
    reports = [row for _, row in jsonl_rows(DEV3)]
    assert summary["events"] <= len(reports)  # at most one per report
    assert summary["missed"] == sum(row["pairs"] for row in summary["causes"].values())
    assert summary["grouped_together"] + summary["missed"] == summary["cross_document_pairs"]
