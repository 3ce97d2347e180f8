"""The learned ACLED sub-type check (typing_learned): its decision rules on a hand-made model, the shipped model's
files and training sets, its place in the pipeline's events and in the evaluation's predictions."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from newsevents.extract import typing_learned as tl
from newsevents.extract.typing_learned import AcledModel, Candidate

from test_typing import frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def tiny_model(weights: dict[str, dict[str, float]]) -> AcledModel:
    """A model over unigrams only: weights[label][lemma]; 'none' is the third label, with no weights."""
    labels = ("Armed clash", "Attack", tl.NONE)
    vocab = sorted({w for ws in weights.values() for w in ws})
    coef = np.array([[weights.get(label, {}).get(w, 0.0) for w in vocab] for label in labels])
    return AcledModel(labels=labels, vocabulary={f"w={w}": i for i, w in enumerate(vocab)}, coef=coef,
                      intercept=np.zeros(len(labels)), dims=0, version="test")


def test_retypes_the_main_event_only_when_sure_and_different(nlp):
    span = nlp("Fighters clashed with soldiers near the border.")[:]
    sure = tiny_model({"Armed clash": {"clash": 6.0}})
    rules = [Candidate("ASSAULT", False, 0.8, "Attack", 1)]
    d = tl.decide(span, rules, sure)
    assert d is not None and (d.kind, d.index, d.sub_event_type) == ("retype", 0, "Armed clash")
    assert d.probability >= tl.RETYPE_AT
    # the rules already agree: no change
    assert tl.decide(span, [Candidate("ASSAULT", False, 0.8, "Armed clash", 1)], sure) is None
    # unsure (the three labels near even): no change
    assert tl.decide(span, rules, tiny_model({"Armed clash": {"clash": 0.3}})) is None


def test_the_model_saying_no_event_never_removes_one(nlp):
    span = nlp("Fighters clashed with soldiers near the border.")[:]
    none_sure = tiny_model({tl.NONE: {"clash": 9.0}})
    assert tl.decide(span, [Candidate("ASSAULT", False, 0.8, "Attack", 1)], none_sure) is None


def test_the_main_event_is_the_sentences_own_news_first():
    events = [Candidate("ASSAULT", True, 0.9, "Attack"), Candidate("COERCE", False, 0.7, "Arrests"),
              Candidate("ACCUSE", False, 0.9, None)]
    assert tl.main_index(events) == 1  # the arrest, not the attack named in passing
    assert tl.main_index([Candidate("ACCUSE", False, 0.9, None)]) is None
    assert tl.main_index([Candidate("PROTEST", False, 0.6, "Peaceful protest"),
                          Candidate("ASSAULT", False, 0.5, "Attack")]) == 1  # by type priority


def test_adds_the_event_the_rules_missed_at_its_heaviest_word(nlp):
    span = nlp("Gunmen stopped the bus and shot the passengers.")[:]
    model = tiny_model({"Attack": {"shoot": 5.0, "bus": 1.0, "gunman": 2.0}})
    d = tl.decide(span, [], model)
    assert d is not None and d.kind == "add" and d.trigger is not None and d.trigger.lemma_ == "shoot"
    frame = tl.added(d)
    assert (frame.event_type, frame.acled.sub_event_type, frame.extractor) == ("ASSAULT", "Attack", tl.EXTRACTOR)
    assert frame.trigger_span == (d.trigger.idx, d.trigger.idx + len("shot"))
    # not sure enough to add (the bar is higher than for a re-type)
    weak = tiny_model({"Attack": {"shoot": 1.5}})
    p = weak.proba(span)
    assert tl.RETYPE_AT <= p.max() < tl.ADD_AT or p.max() < tl.RETYPE_AT
    assert tl.decide(span, [], weak) is None
    # the word already triggers an event with no ACLED type: that event takes the sub-type instead
    d = tl.decide(span, [Candidate("ACCUSE", False, 0.6, None, d.trigger.i)], model)
    assert d is not None and (d.kind, d.index) == ("retype", 0)


def test_revise_keeps_provenance_and_caps_confidence(nlp):
    text = "Rebels clashed with police in the town."
    base = frames(nlp, text)
    assert base, "the rules find the clash"
    span = nlp(text)[:]
    other = "Attack" if base[0].acled.sub_event_type != "Attack" else "Armed clash"
    model = tiny_model({other: {"clash": 8.0, "rebel": 2.0}})
    out = tl.revise(span, base, model)
    assert out[0].acled.sub_event_type == other
    assert out[0].extractor.endswith("+" + tl.EXTRACTOR) and out[0].confidence <= base[0].confidence
    assert tl.revise(span, base, False) == base


def test_shipped_model_files_and_training_sets():
    base = resources.files("newsevents") / "data" / tl.MODEL_DIR
    meta = json.loads((base / "meta.json").read_text(encoding="utf-8"))
    assert set(meta["labels"]) >= {tl.NONE, "Armed clash", "Suicide bomb", "Peaceful protest", "Arrests"}
    assert set(meta["labels"]) - {tl.NONE} <= set(tl.SUB_TO_PLOVER)
    # never trained on the blind gate sets
    assert not set(meta["trained_on"]) & {"held2", "held3", "held4"}
    model = tl.load()
    assert model is not None and model.dims == 300 and model.coef.shape == (len(model.labels),
                                                                             len(model.vocabulary) + 300)


def test_every_sub_type_maps_to_a_valid_plover_type_and_mode():
    from newsevents.extract import ontology

    for sub, (event_type, mode) in tl.SUB_TO_PLOVER.items():
        assert sub in ontology.ACLED_SUB_TO_TYPE
        assert ontology.is_valid(event_type, mode), (sub, event_type, mode)
    assert set(tl.SUB_TO_PLOVER) == set(ontology.ACLED_SUB_TO_TYPE)


def test_pipeline_events_carry_the_models_sub_type_with_provenance():
    from newsevents.library import extract

    # the rules read "seized ... in an offensive that killed" as an attack; the model reads a town taken by rebels
    text = ("Insurgents seized the district capital after government defences collapsed, in a week-long offensive "
            "that killed at least 90 people, a monitor said.")
    events = extract(text, published="2024-07-20").events
    changed = [e for e in events if tl.EXTRACTOR in e.extractor]
    assert changed, [(e.event_type, e.acled, e.extractor) for e in events]
    assert all(e.acled is not None and 0 < e.confidence <= 1 for e in changed)
    assert any(e.acled.sub_event_type == "Non-state actor overtakes territory" for e in changed)

