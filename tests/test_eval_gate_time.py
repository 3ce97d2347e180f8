"""Quality gate: the time-expression scores on TR-News must not drop more than 0.01 below the stored ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
STORED = ROOT / "eval" / "scores" / "time.json"
GATED = ("detection_recall", "detection_precision", "value_accuracy", "value_accuracy_end_to_end")
TOLERANCE = 0.01


def _eval_module():  # type: ignore[no-untyped-def]
    return load_script("eval/time.py")


@pytest.mark.shared
def test_time_scores_do_not_drop():
    assert (DATA / "tr-news" / "TR-News.xml").exists(), f"TR-News is missing under {DATA}; the gate cannot run"
    stored = json.loads(STORED.read_text(encoding="utf-8"))
    scores = _eval_module().evaluate(DATA)
    assert scores["gold_expressions"] >= 150
    drops = {k: (scores[k], stored[k]) for k in GATED if scores[k] < stored[k] - TOLERANCE}
    assert not drops, f"time scores dropped (now, stored): {drops}"
