"""Round 16 of event typing and casualties (session 12), casualty error classes shared by the tuning sets: harm told
as a bodily symptom ("developed burns", "people with breathing problems", "treated for poisoning"), a single person
conjoined with a count of people named by their role ("two rebels and a gendarme"), and a person the sentence has
already named who then dies ("the official died in hospital", "and he died")."""

from __future__ import annotations

import pytest

from test_casualties import _merged, _triple
from test_typing import nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def test_people_who_developed_bodily_harm_are_injured(nlp):
    got = _merged(nlp, "About 40 villagers developed burns and breathing problems after the shelling, medics said.")
    assert _triple(got["injured"]) == (40, None, None)
    got = _merged(nlp, "About 40 villagers developed a plan to rebuild the school after the shelling.")
    assert "injured" not in got


def test_people_with_a_bodily_harm_are_injured(nlp):
    got = _merged(nlp, "Doctors at the clinic reported nine people with breathing problems after the strike.")
    assert _triple(got["injured"]) == (9, 9, 9)
    got = _merged(nlp, "Witnesses reported nine people with rifles near the checkpoint after the strike.")
    assert "injured" not in got


def test_people_treated_for_something_are_injured(nlp):
    got = _merged(nlp, "Fourteen soldiers treated for gas poisoning after the attack on the trench.")
    assert _triple(got["injured"]) == (14, 14, 14)
    got = _merged(nlp, "Fourteen men treated as suspects after the attack were released on Monday.")
    assert "injured" not in got


def test_single_person_conjoined_with_a_count_of_fighters_adds_one(nlp):
    got = _merged(nlp, "Three insurgents and a gendarme were killed in the exchange of fire, officials said.")
    assert _triple(got["fatalities"]) == (4, 4, 4)
    got = _merged(nlp, "Three insurgents and a truck were destroyed in the exchange of fire, officials said.")
    assert "fatalities" not in got


def test_named_victim_who_then_died_is_one_dead(nlp):
    got = _merged(nlp, "A mob attacked a village chief with sticks on Friday; the chief died in hospital.")
    assert _triple(got["fatalities"]) == (1, 1, 1)
    got = _merged(nlp, "Gunmen shot the journalist Maria Lopez outside her home, and she died on the way to hospital.")
    assert _triple(got["fatalities"]) == (1, 1, 1)
    # a death the sentence already counts is not a second one, nor is a person never named before
    got = _merged(nlp, "Gunmen killed two guards at the gate, and the guards died before help came.")
    assert _triple(got["fatalities"]) == (2, 2, 2)
    got = _merged(nlp, "The chief died in hospital on Friday.")
    assert "fatalities" not in got
