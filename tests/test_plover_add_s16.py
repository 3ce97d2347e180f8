"""The PLOVER check's added types (typing_learned.added_types): a non-violent type the rules missed is added at the
sentence's event word when the check is sure of it, and never where the type is already there, for violence, for
an act denied, or where no event word is free."""

from __future__ import annotations

import numpy as np
import pytest

from newsevents.extract import typing_learned as tl
from newsevents.extract.typing_learned import PloverModel

from test_typing import nlp  # noqa: F401  (the module's model fixture, shared)

pytestmark = pytest.mark.model

LABELS = ("ASSAULT", "AID", "SANCTION", "COERCE")


def plover(weights: dict[str, dict[str, float]], bias: float = -6.0) -> PloverModel:
    vocab = sorted({w for ws in weights.values() for w in ws}) or ["x"]
    coef = np.array([[weights.get(t, {}).get(w, 0.0) for w in vocab] for t in LABELS])
    return PloverModel(labels=LABELS, vocabulary={f"w={w}": i for i, w in enumerate(vocab)}, coef=coef,
                       intercept=np.full(len(LABELS), bias), dims=0, version="test")


AID_TEXT = "The Red Cross delivered food and medicine to the besieged town on Tuesday."
SURE_AID = {"AID": {"deliver": 12.0, "medicine": 1.0}}


def _frame(tok, event_type: str):  # type: ignore[no-untyped-def]
    from newsevents.extract.typing import EventFrame

    return EventFrame(trigger=tok, trigger_span=(tok.idx, tok.idx + len(tok)), event_type=event_type, mode=None,
                      modes=(), acled=None, cameo_root=None, counts={}, target_sector=None, confidence=0.7,
                      extractor="test")


def test_adds_a_sure_type_the_rules_missed_at_its_event_word(nlp):
    span = nlp(AID_TEXT)[:]
    model = plover(SURE_AID)
    assert model.proba(span)["AID"] >= tl.ADD_TYPE_AT
    added = tl.added_types(span, [], model)
    assert [(f.event_type, f.trigger.text, f.extractor) for f in added] == [("AID", "delivered", tl.PLOVER_EXTRACTOR)]
    assert added[0].confidence >= tl.ADD_TYPE_AT and added[0].acled is None and added[0].mode is None
    assert tl.revise(span, [], tl.Checks(None, model))[-1].event_type == "AID"  # revise adds it after the rules' frames


def test_no_type_added_below_the_threshold_or_already_there(nlp):
    span = nlp(AID_TEXT)[:]
    assert tl.added_types(span, [], plover({"AID": {"deliver": 5.5}})) == []  # p about 0.38: unsure
    doc = span.doc
    there = _frame(next(t for t in doc if t.text == "delivered"), "AID")
    assert tl.added_types(span, [there], plover(SURE_AID)) == []
    # another frame on the same word: the word is taken, no second event on it
    other = _frame(next(t for t in doc if t.text == "delivered"), "COERCE")
    assert tl.added_types(span, [other], plover(SURE_AID)) == []


def test_violence_is_never_added_by_the_type_check(nlp):
    span = nlp("Gunmen attacked a convoy near the border on Tuesday.")[:]
    assert tl.added_types(span, [], plover({"ASSAULT": {"attack": 12.0}})) == []


def test_a_denied_or_planned_act_is_not_added(nlp):
    for text in ("The Red Cross did not deliver food to the besieged town on Tuesday.",
                 "The Red Cross may deliver food to the besieged town next week, officials said.",
                 "The Red Cross plans to deliver food to the besieged town."):
        span = nlp(text)[:]
        assert tl.added_types(span, [], plover(SURE_AID)) == [], text


def test_nothing_added_without_an_event_word(nlp):
    span = nlp("Food and medicine for the besieged town, the Red Cross said on Tuesday.")[:]
    assert tl.added_types(span, [], plover({"AID": {"medicine": 12.0, "food": 2.0}})) == []
