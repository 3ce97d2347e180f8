"""The event ontology tables: PLOVER types and modes, ACLED sub-types, CAMEO roots."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsevents.extract import ontology
from newsevents.models import EVENT_TYPES, Acled

CODEBOOK = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover" / "PLOVER_structured_codebook.csv"


def test_ontology_has_sixteen_plover_types_each_with_a_cameo_root():
    assert set(ontology.PLOVER_MODES) == set(EVENT_TYPES)
    assert len(ontology.PLOVER_MODES) == 16
    for t in EVENT_TYPES:
        root = ontology.cameo_root(t)
        assert root in ontology.CAMEO_ROOTS and len(root) == 2


def test_ontology_lists_acled_six_types_and_twenty_five_sub_types():
    assert len(ontology.ACLED_TYPES) == 6
    assert len(ontology.ACLED_SUB_TO_TYPE) == 25
    assert ontology.acled("Suicide bomb") == Acled("Explosions/Remote violence", "Suicide bomb")
    with pytest.raises(KeyError):
        ontology.acled("Car chase")


def test_ontology_cameo_root_follows_mode_and_acled_type():
    assert ontology.cameo_root("ASSAULT", "firearms") == "19"
    assert ontology.cameo_root("ASSAULT", "massacre") == "20"
    assert ontology.cameo_root("ASSAULT", "abduct") == "18"
    assert ontology.cameo_root("ASSAULT", "firearms", Acled("Violence against civilians", "Attack")) == "18"
    assert ontology.cameo_root("ACCUSE", "investigate") == "09"
    assert ontology.cameo_root("NOT_A_TYPE") is None


def test_ontology_normalises_the_synthetic_data_mode_spellings():
    assert ontology.normalise_mode("PRIMATIVE") == "primitive"
    assert ontology.normalise_mode("SIEZE") == "seize"
    assert ontology.normalise_mode("") is None
    assert ontology.is_valid("ASSAULT", "suicide-attack")
    assert not ontology.is_valid("PROTEST", "firearms")


@pytest.mark.shared
def test_ontology_modes_match_the_plover_codebook():
    assert CODEBOOK.is_file(), f"missing {CODEBOOK}"
    with CODEBOOK.open(encoding="utf-8") as fh:
        pairs = {(r["event"], r["mode"].strip()) for r in csv.DictReader(fh) if r["mode"].strip()}
    for event, mode in pairs:
        assert ontology.is_valid(event, ontology.normalise_mode(mode)), (event, mode)
