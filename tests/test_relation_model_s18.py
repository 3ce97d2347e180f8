"""Session 18: the learned relation back-off trains on the demoted blind sets; never on a set still blind."""

from __future__ import annotations

from conftest import load_script


def test_the_back_off_trains_on_the_demoted_sets_and_never_on_a_blind_one() -> None:
    mod = load_script("eval/relations_learned.py")
    ev = load_script("eval/relations.py")
    trained = set(mod.TUNING_SETS)
    assert {"dev17", "dev20", *(f"held{i}" for i in range(8, 19))} <= trained
    assert not trained & {"heldout", "held2", "held3", "held4", "held19"}  # CI gates and the next blind set
    assert trained <= set(ev.TUNING)  # only sets whose errors may be read
