"""Session 17 (typing helper): an act told under a denial verb is negated, not told as done ('the army denied that
its jets had bombed the market', 'denied carrying out the attack', 'denied reports that its troops had fired'), so
that the learned checks never add it as an event; a denial of responsibility for an act that happened keeps the act
asserted ('denied responsibility for the bombing'), as does an act the sentence only reports."""

from __future__ import annotations

import pytest

from newsevents.extract.events import certainty

from test_typing import nlp  # noqa: F401  (the module's model fixture, shared)

pytestmark = pytest.mark.model


def cert(nlp, text: str, word: str) -> str:  # noqa: F811
    span = nlp(text)[:]
    return certainty(next(t for t in span if t.text == word), span)[0]


@pytest.mark.parametrize("text, word", [
    ("The ministry denied that it had delivered weapons to the rebels.", "delivered"),
    ("The army denied that its aircraft had bombed the market in Tigray.", "bombed"),
    ("Russia denied delivering missiles to Iran.", "delivering"),
    ("The Taliban denied carrying out the rocket attack on Kabul airport.", "attack"),
    ("The army denied reports that its troops had shelled the village.", "shelled"),
])
def test_an_act_under_a_denial_is_negated(nlp, text, word):  # noqa: F811
    assert cert(nlp, text, word) == "negated"


@pytest.mark.parametrize("text, word", [
    ("The group denied responsibility for the bombing of the market.", "bombing"),
    ("The army said its aircraft had bombed the market.", "bombed"),
    ("The ministry delivered weapons to the rebels, officials said.", "delivered"),
    # review of session 17: a denial of authorship or of a cause, not of the act ('behind', 'involved in', a
    # relative clause): the act happened
    ("The Taliban denied that they were behind the bombing of the market.", "bombing"),
    ("The army denied that its fighters were involved in the killing of the villagers.", "killing"),
    ("Officials denied that the explosion, which killed 12 people, was caused by a drone.", "killed"),
    ("The group denied that it had abducted the students, who were kidnapped on Monday.", "kidnapped"),
])
def test_an_act_not_denied_stays_asserted(nlp, text, word):  # noqa: F811
    assert cert(nlp, text, word) == "asserted"


def test_the_learned_type_check_adds_no_denied_act(nlp):  # noqa: F811
    from test_plover_add_s16 import SURE_AID, plover

    from newsevents.extract import typing_learned as tl

    denied = nlp("The Red Cross denied that it had delivered food to the besieged town on Tuesday.")[:]
    assert tl.added_types(denied, [], plover(SURE_AID)) == []
    told = nlp("The Red Cross said that it had delivered food to the besieged town on Tuesday.")[:]
    assert [f.event_type for f in tl.added_types(told, [], plover(SURE_AID))] == ["AID"]
