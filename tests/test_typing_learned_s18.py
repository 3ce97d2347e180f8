"""Session 18: the learned checks' training sets take the demoted events_held17, events_held18 and events_held19
(blind when written, a tuning set since it was scored); events_dev16 and the blind sets stay out of their training
rows."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from conftest import load_script
from newsevents.extract import typing_learned as tl


def test_training_sets_take_the_demoted_sets():
    trainer = load_script("train/train_acled_model.py")
    assert {"held17", "held18", "held19"} <= set(trainer.TRAIN_SETS)
    assert len(set(trainer.TRAIN_SETS)) == len(trainer.TRAIN_SETS)


def test_blind_sets_and_dev16_are_never_training_sets():
    # counter-case: the blind gates and dev16 (kept out: it cost ACLED on TR-News dev and held10 in session 14) must
    # not be among the sets the script trains on
    trainer = load_script("train/train_acled_model.py")
    assert not set(trainer.TRAIN_SETS) & {"held2", "held3", "held4", "dev16"}


@pytest.mark.parametrize("model_dir", [tl.MODEL_DIR, tl.PLOVER_MODEL_DIR])
def test_shipped_checks_never_trained_on_blind_sets_or_dev16(model_dir):
    meta = json.loads((resources.files("newsevents") / "data" / model_dir / "meta.json").read_text(encoding="utf-8"))
    assert not set(meta["trained_on"]) & {"held2", "held3", "held4", "dev16"}
