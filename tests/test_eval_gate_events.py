"""Quality gate: event typing scores must not drop more than 0.01 below the stored ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
STORED = ROOT / "eval" / "scores" / "events.json"
TOLERANCE = 0.01
GATED = {
    "synthetic_heldout": ("plover_macro_f1",),
    "tr_news_dev": ("plover_weighted_f1", "acled_sub_weighted_f1", "casualty_exact", "mode_recall"),
    # the blind set (eval/data/events_held2.md): never tuned on; the gate only stops regressions
    "tr_news_held2": ("plover_weighted_f1", "acled_sub_weighted_f1", "acled_sub_weighted_f1_given_event"),
    # written conflict-news snippets (eval/data/events_dev2.jsonl), every ACLED sub-type and casualty phrasings
    "snippets_dev2": ("plover_weighted_f1", "plover_macro_f1", "acled_sub_weighted_f1", "casualty_exact",
                      "mode_recall"),
    # second written snippet set (eval/data/events_dev3.jsonl), weighted to the weakest sub-types and casualty phrasings
    "snippets_dev3": ("plover_weighted_f1", "plover_macro_f1", "acled_sub_weighted_f1", "casualty_exact",
                      "mode_recall"),
    # fourth written snippet set (eval/data/events_dev4.jsonl), weighted to the non-violent PLOVER types
    "snippets_dev4": ("plover_weighted_f1", "plover_macro_f1", "acled_sub_weighted_f1", "casualty_exact",
                      "mode_recall"),
    # fifth written snippet set (eval/data/events_dev5.jsonl): follow-up reports, deaths without a violent verb,
    # non-violent words inside violent news
    "snippets_dev5": ("plover_weighted_f1", "plover_macro_f1", "acled_sub_weighted_f1", "casualty_exact",
                      "mode_recall"),
    # sixth written snippet set (eval/data/events_dev6.jsonl): look-alikes of accusations, requests and talks, who
    # fights whom, and tolls from two sources
    "snippets_dev6": ("plover_weighted_f1", "plover_macro_f1", "acled_sub_weighted_f1", "casualty_exact",
                      "mode_recall"),
}
# the blind conflict-news set (eval/data/events_held3.md): gated once its scores are stored
GATED_BLIND = ("plover_weighted_f1", "plover_macro_f1", "acled_sub_weighted_f1", "acled_sub_weighted_f1_given_event",
               "casualty_exact")
# each dev set split by docid: rules are tuned on "tune" only, so "held" is the honest figure
GATED_HALVES = ("plover_weighted_f1", "acled_sub_weighted_f1", "casualty_exact")
DEV_SETS = ("tr_news_dev", "snippets_dev2", "snippets_dev3", "snippets_dev4", "snippets_dev5", "snippets_dev6")


def _eval_module():  # type: ignore[no-untyped-def]
    return load_script("eval/events.py")


@pytest.mark.shared
@pytest.mark.model
def test_event_scores_do_not_drop():
    assert (DATA / "ngec-synthetic").is_dir(), f"the synthetic stories are missing under {DATA}; the gate cannot run"
    stored = json.loads(STORED.read_text(encoding="utf-8"))
    mod = _eval_module()
    scores = mod.evaluate(DATA)
    assert scores["tr_news_dev"]["n"] >= 150
    assert scores["snippets_dev2"]["n"] >= 200
    assert scores["snippets_dev3"]["n"] >= 200
    assert scores["snippets_dev4"]["n"] >= 200
    assert scores["snippets_dev5"]["n"] >= 150
    assert scores["snippets_dev6"]["n"] >= 200
    drops = {
        f"{part}.{key}": (scores[part][key], stored[part][key])
        for part, keys in GATED.items() for key in keys
        if scores[part][key] < stored[part][key] - TOLERANCE
    }
    for _, blind, _, _ in mod.WHOLE:  # the sets scored whole: blind, demoted blind, and dev sets without halves
        if blind in stored:
            assert blind in scores, f"the file of {blind} is gone but its scores are stored"
            drops.update({
                f"{blind}.{key}": (scores[blind][key], stored[blind][key])
                for key in GATED_BLIND if scores[blind][key] < stored[blind][key] - TOLERANCE
            })
    for part in DEV_SETS:
        for half in ("half_tune", "half_held"):
            for key in GATED_HALVES:
                now, before = scores[part][half][key], stored[part][half][key]
                if now < before - TOLERANCE:
                    drops[f"{part}.{half}.{key}"] = (now, before)
    assert not drops, f"event scores dropped (now, stored): {drops}"
