"""The learned checks (typing_learned): the ACLED sub-type check's decision rules on a hand-made model, the PLOVER
type check's, the shipped models' files and training sets, their place in the pipeline's events and in the
evaluation's predictions."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from newsevents.extract import typing_learned as tl
from newsevents.extract.typing_learned import AcledModel, Candidate, PloverModel

from test_typing import frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


FITS = {"Armed clash": frozenset({"ASSAULT"}), "Attack": frozenset({"ASSAULT"}),
        "Air/drone strike": frozenset({"ASSAULT"}), "Arrests": frozenset({"COERCE"})}


def tiny_model(weights: dict[str, dict[str, float]]) -> AcledModel:
    """A model over unigrams only: weights[label][lemma]; 'none' is the last label, with no weights."""
    labels = ("Armed clash", "Attack", "Air/drone strike", "Arrests", tl.NONE)
    vocab = sorted({w for ws in weights.values() for w in ws})
    coef = np.array([[weights.get(label, {}).get(w, 0.0) for w in vocab] for label in labels])
    return AcledModel(labels=labels, vocabulary={f"w={w}": i for i, w in enumerate(vocab)}, coef=coef,
                      intercept=np.zeros(len(labels)), dims=0, version="test", types_by_sub=FITS)


def test_retypes_the_main_event_only_when_sure_and_different(nlp):
    span = nlp("A drone struck a convoy near the border.")[:]
    sure = tiny_model({"Air/drone strike": {"drone": 8.0}})
    rules = [Candidate("ASSAULT", False, 0.8, "Attack", 2)]
    d = tl.decide(span, rules, sure)
    assert d is not None and (d.kind, d.index, d.sub_event_type) == ("retype", 0, "Air/drone strike")
    assert d.probability >= tl.RETYPE_AT
    # the rules already agree: no change
    assert tl.decide(span, [Candidate("ASSAULT", False, 0.8, "Air/drone strike", 2)], sure) is None
    # unsure (the labels near even): no change
    assert tl.decide(span, rules, tiny_model({"Air/drone strike": {"drone": 0.3}})) is None
    # the model still gives the rules' sub-type some weight: no change
    assert tl.decide(span, rules, tiny_model({"Air/drone strike": {"drone": 5.0}, "Attack": {"drone": 3.0}})) is None


def test_no_retype_onto_an_event_of_another_kind(nlp):
    span = nlp("Police detained the protest leaders in the capital.")[:]
    model = tiny_model({"Air/drone strike": {"detain": 9.0}})
    assert tl.decide(span, [Candidate("COERCE", False, 0.8, "Arrests", 1)], model) is None  # a strike on an arrest
    model = tiny_model({"Arrests": {"detain": 9.0}})
    d = tl.decide(span, [Candidate("COERCE", False, 0.8, "Other", 1)], model)
    assert d is not None and d.sub_event_type == "Arrests"


def test_battle_or_attack_stays_the_rules_decision(nlp):
    # who fights whom decides it, and the model does not read the actors' sectors
    span = nlp("Gunmen fired on a security patrol in Karak.")[:]
    model = tiny_model({"Attack": {"gunman": 9.0, "fire": 3.0}})
    assert tl.decide(span, [Candidate("ASSAULT", False, 0.8, "Armed clash", 1)], model) is None
    model = tiny_model({"Armed clash": {"gunman": 9.0}})
    assert tl.decide(span, [Candidate("ASSAULT", False, 0.8, "Attack", 1)], model) is None


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


def test_an_added_event_takes_the_toll_no_other_frame_holds(nlp):
    model = tiny_model({"Attack": {"shoot": 5.0, "bus": 3.0, "gunman": 6.0}})
    checks = tl.Checks(acled=model, plover=None)
    span = nlp("Gunmen stopped the bus and shot the passengers; four of them died.")[:]
    (frame,) = tl.revise(span, [], checks)
    assert frame.extractor == tl.EXTRACTOR and frame.counts["fatalities"].best == 4
    # no toll in the sentence: the added event counts nobody
    span = nlp("Gunmen stopped the bus and shot the passengers.")[:]
    (frame,) = tl.revise(span, [], checks)
    assert frame.extractor == tl.EXTRACTOR and frame.counts == {}


def test_adds_the_event_the_rules_missed_at_its_event_word(nlp):
    span = nlp("Gunmen stopped the bus and shot the passengers.")[:]
    model = tiny_model({"Attack": {"shoot": 5.0, "bus": 3.0, "gunman": 6.0}})
    d = tl.decide(span, [], model)
    # 'gunman' weighs most but is an actor, 'bus' is no event word: the trigger is 'shot'
    assert d is not None and d.kind == "add" and d.trigger is not None and d.trigger.lemma_ == "shoot"
    frame = tl.added(d)
    assert (frame.event_type, frame.acled.sub_event_type, frame.extractor) == ("ASSAULT", "Attack", tl.EXTRACTOR)
    assert frame.trigger_span == (d.trigger.idx, d.trigger.idx + len("shot"))
    # not sure enough to add (the bar is higher than for a re-type)
    weak = tiny_model({"Attack": {"shoot": 2.5}})
    assert tl.RETYPE_AT <= weak.proba(span).max() < tl.ADD_AT
    assert tl.decide(span, [], weak) is None


def test_no_event_added_where_the_rules_left_one_uncoded_or_it_did_not_happen(nlp):
    span = nlp("Gunmen stopped the bus and shot the passengers.")[:]
    model = tiny_model({"Attack": {"shoot": 9.0}})
    shot = next(t for t in span if t.lemma_ == "shoot")
    # the rules found an attack and chose to code no ACLED type (a reference back, a hedge): left so
    assert tl.decide(span, [Candidate("ASSAULT", False, 0.6, None, shot.i)], model) is None
    assert tl.decide(span, [Candidate("ASSAULT", False, 0.6, None, 0)], model) is None
    # an event of another type does not stop it, unless it sits on the same word
    assert tl.decide(span, [Candidate("ACCUSE", False, 0.6, None, 0)], model) is not None
    assert tl.decide(span, [Candidate("ACCUSE", False, 0.6, None, shot.i)], model) is None
    # denied, planned or feared acts are not added
    for text in ("The gunmen did not shoot the passengers.", "The gunmen planned to shoot the passengers.",
                 "The gunmen may shoot the passengers."):
        assert tl.decide(nlp(text)[:], [], model) is None, text


def test_revise_keeps_provenance_and_caps_confidence(nlp):
    text = "A drone struck a convoy near the border, killing four soldiers."
    base = frames(nlp, text)
    assert base and base[0].event_type == "ASSAULT"
    span = nlp(text)[:]
    other = "Attack" if base[0].acled.sub_event_type == "Air/drone strike" else "Air/drone strike"
    model = tiny_model({other: {"drone": 9.0, "convoy": 3.0}})
    out = tl.revise(span, base, tl.Checks(model, None))
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



@pytest.mark.parametrize("text", [
    "The rebels never signed a peace deal with the government.",
    "Militants intended to bomb the church with a car bomb.",
    "Houthis detained and disappeared UN staff in Sanaa; the UN demanded their release.",
    "A man is dead as a result of a crash on Thursday morning in Laurel County.",
])
def test_pipeline_model_changes_nothing_it_should_not(text):
    from newsevents.library import extract

    for e in extract(text, published="2024-07-20").events:
        if tl.EXTRACTOR in e.extractor:  # a change the model made must fit the event it is on
            assert e.event_type in tl.load().types_by_sub[e.acled.sub_event_type], (text, e.event_type, e.acled)
            assert e.certainty in ("asserted", "claimed", "alleged"), (text, e.certainty)


def tiny_plover(weights: dict[str, dict[str, float]], bias: float = 0.0) -> PloverModel:
    """A PLOVER check over unigrams only: weights[type][lemma], every type's intercept `bias`."""
    labels = ("ASSAULT", "COERCE", "PROTEST", "REQUEST", "ACCUSE")
    vocab = sorted({w for ws in weights.values() for w in ws}) or ["x"]
    coef = np.array([[weights.get(t, {}).get(w, 0.0) for w in vocab] for t in labels])
    return PloverModel(labels=labels, vocabulary={f"w={w}": i for i, w in enumerate(vocab)}, coef=coef,
                       intercept=np.full(len(labels), bias), dims=0, version="test")


def _frame(nlp, text: str, event_type: str, word: str, with_acled: bool = False):  # type: ignore[no-untyped-def]
    from newsevents.extract import ontology
    from newsevents.extract.typing import EventFrame

    tok = next(t for t in nlp(text) if t.text == word)
    return EventFrame(trigger=tok, trigger_span=(tok.idx, tok.idx + len(tok)), event_type=event_type, mode=None,
                      modes=(), acled=ontology.acled("Arrests") if with_acled else None, cameo_root=None, counts={},
                      target_sector=None, confidence=0.7, extractor="test")


TEXT = "The detention of protesters who called for calm in the capital angered the opposition."


def test_plover_check_drops_an_unlikely_type_beside_others_only(nlp):
    span = nlp(TEXT)[:]
    model = tiny_plover({"COERCE": {"detention": 9.0}, "PROTEST": {"protester": 9.0}}, bias=-8.0)
    assert model.proba(span)["REQUEST"] < tl.DROP_BELOW < model.proba(span)["PROTEST"]
    coerce, request = _frame(nlp, TEXT, "COERCE", "detention"), _frame(nlp, TEXT, "REQUEST", "called")
    assert tl.unlikely_types(span, [coerce, request], model) == {"REQUEST"}
    assert tl.revise(span, [coerce, request], tl.Checks(None, model)) == [coerce]
    # the sentence's only type is never dropped, however unlikely
    assert tl.unlikely_types(span, [request], model) == set()
    # a type the model finds likely enough stays
    protest = _frame(nlp, TEXT, "PROTEST", "protesters")
    assert tl.unlikely_types(span, [coerce, protest], model) == set()


def test_plover_check_keeps_coded_counted_and_own_clause_events(nlp):
    import dataclasses

    from newsevents.models import Count

    span = nlp(TEXT)[:]
    model = tiny_plover({}, bias=-8.0)  # every type unlikely
    coded = _frame(nlp, TEXT, "COERCE", "detention", with_acled=True)
    request = _frame(nlp, TEXT, "REQUEST", "called")
    assert tl.unlikely_types(span, [coded, request], model) == {"REQUEST"}
    counted = dataclasses.replace(request, counts={"fatalities": Count(best=2, low=2, high=2, text="two")})
    assert tl.unlikely_types(span, [coded, counted], model) == set()
    # a clause with its own doer tells its own act: kept ('who' is no doer of its own)
    own = "Police detained the protesters, and the mayor called for calm."
    frames = [_frame(nlp, own, "COERCE", "detained", with_acled=True), _frame(nlp, own, "REQUEST", "called")]
    assert tl.unlikely_types(nlp(own)[:], frames, model) == set()


def test_revise_takes_only_checks_none_or_false(nlp):
    span = nlp(TEXT)[:]
    with pytest.raises(TypeError):
        tl.revise(span, [], tiny_model({}))  # a bare model (the older form) is refused, not replaced by the shipped one


def test_shipped_plover_model_files():
    from newsevents.extract import ontology

    base = resources.files("newsevents") / "data" / tl.PLOVER_MODEL_DIR
    meta = json.loads((base / "meta.json").read_text(encoding="utf-8"))
    assert not set(meta["trained_on"]) & {"held2", "held3", "held4"}
    model = tl.load_plover()
    assert model is not None and set(model.labels) <= set(ontology.PLOVER_TYPES) and len(model.labels) == 16
    assert model.coef.shape == (16, len(model.vocabulary) + model.dims)


@pytest.mark.parametrize("text,types", [
    ("Ethiopian drones struck a market in Amhara, and the regional militia vowed revenge.", {"ASSAULT", "THREATEN"}),
    ("Boko Haram fighters abducted 15 farmers near Maiduguri, and the Borno governor met with military commanders "
     "to plan a rescue.", {"ASSAULT", "CONSULT"}),
])
def test_plover_check_keeps_a_second_act_told_in_its_own_clause(text, types):
    from newsevents.library import extract

    assert types <= {e.event_type for e in extract(text, published="2024-07-20").events}


def test_events_keep_their_own_participants_when_a_frame_is_dropped(monkeypatch):
    from newsevents.library import extract

    text = "Washington warned Tehran as militias fired rockets at a US base in Syria."
    monkeypatch.setattr(tl, "revise", lambda span, frames, checks=None: [f for f in frames if f.event_type != "THREATEN"])
    events = extract(text, published="2024-07-20").events
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert "militia" in {a.name for a in attack.actors} and "United States" not in {a.name for a in attack.actors}


def test_a_missing_model_loads_as_none_with_a_warning(caplog):
    from newsevents.extract import model_files

    with caplog.at_level("WARNING"):
        assert model_files.load("no_such_model", tl.plover_from_arrays, "PLOVER model", "rules only") is None
    assert "PLOVER model not found" in caplog.text and "rules only" in caplog.text
