"""Quality gate: the relation scores may not drop more than 0.01 below eval/scores/relations.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.01


@pytest.mark.model
def test_relation_scores_do_not_drop() -> None:
    stored = json.loads((ROOT / "eval" / "scores" / "relations.json").read_text(encoding="utf-8"))
    mod = load_script("eval/relations.py")
    from newsevents.nlp import load

    nlp = load(with_ruler=True)
    for split in mod.SPLITS:  # dev, heldout (by hash of relations_dev.jsonl), dev2, dev3, held2
        now = mod.evaluate(nlp, mod.rows_for(split))
        for key in ("macro_f1", "type_accuracy"):
            assert now[key] >= stored[split][key] - TOLERANCE, (split, key, now[key], stored[split][key])
