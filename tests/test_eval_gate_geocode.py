"""Quality gate: rerun eval/geocode.py and fail when a stored score drops by more than 0.01.

The stored scores (eval/scores/geocode.json) cover TR-News, GeoVirus and our own dev set
eval/data/geocode_dev.jsonl; a corpus that the stored file has and the rerun lacks fails too."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / ".." / "shared" / "data"
STORED = REPO / "eval" / "scores" / "geocode.json"
TOLERANCE = 0.01
GATED = ("precision", "recall", "f1", "acc161_matched", "acc161_all")


@pytest.mark.shared
@pytest.mark.model
def test_geocode_scores_do_not_drop(tmp_path):
    assert (DATA / "tr-news" / "TR-News.xml").exists(), f"evaluation data missing under {DATA}"
    out = tmp_path / "geocode.json"
    subprocess.run([sys.executable, str(REPO / "eval" / "geocode.py"), "--data", str(DATA),
                    "--json", str(out)], check=True, cwd=REPO)
    stored = json.loads(STORED.read_text(encoding="utf-8"))["corpora"]
    current = json.loads(out.read_text(encoding="utf-8"))["corpora"]
    assert set(stored) <= set(current), f"corpora not scored: {sorted(set(stored) - set(current))}"
    drops = [
        f"{corpus}/{variant}/{metric}: {current[corpus][variant][metric]} < {old[metric]}"
        for corpus, variants in stored.items()
        for variant, old in variants.items() if isinstance(old, dict)
        for metric in GATED
        if current[corpus][variant][metric] < old[metric] - TOLERANCE
    ]
    assert not drops, "geocoding scores dropped: " + "; ".join(drops)
