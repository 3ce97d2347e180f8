"""Casualty counts, round 13: two objects of one small clause ('left three soldiers and ten militants dead'), a bare
number left dead hung from 'left', survivors with wounds and people still suffocating, 'paid the supreme price', a
couple killing themselves, the attacker among the dead, 'the dead numbered', a toll revised down, 'no civilians hurt',
'burned alive', people told by a participle the parser makes the subject, and 'treated for' in a 'with' clause."""

from __future__ import annotations

import pytest
from test_casualties import _merged, _triple, nlp  # noqa: F401 (nlp is a fixture)

from newsevents.extract import casualties


def _counts(nlp, text):
    return {role: _triple(c) for role, c in _merged(nlp, text).items()}


@pytest.mark.model
def test_casualties_two_objects_of_one_small_clause_are_added(nlp):
    got = _counts(nlp, "Fierce fighting between the army and Kuki militants left three security personnel and ten "
                       "militants dead, the state police said.")
    assert got["fatalities"] == (13, 13, 13)
    # a total and its part in one small clause are not added
    got = _counts(nlp, "The fighting left 13 people dead, including ten militants, the state police said.")
    assert got["fatalities"] == (13, 13, 13)


@pytest.mark.model
def test_casualties_bare_number_left_dead_hangs_from_left(nlp):
    doc = nlp("Demonstrators ransacked supermarkets, and the clashes with police left 16 dead, the government said.")
    found = [rc for rc in casualties.find_counts(doc[:]) if rc.role == "fatalities"]
    assert [(rc.count.best, rc.governor.lemma_) for rc in found] == [(16, "leave")]
    doc = nlp("Police found 16 dead in the house after the raid.")
    found = [rc for rc in casualties.find_counts(doc[:]) if rc.role == "fatalities"]
    assert [(rc.count.best, rc.governor.lemma_) for rc in found] == [(16, "find")]


@pytest.mark.model
def test_casualties_numbered_survivors_with_wounds_are_hurt(nlp):
    got = _counts(nlp, "Eight passengers were shot dead, police said, and two others survived with wounds.")
    assert got["fatalities"] == (8, 8, 8) and got["injured"] == (2, 2, 2)
    got = _counts(nlp, "Eight passengers were shot dead, police said, and two others survived without a scratch.")
    assert "injured" not in got


@pytest.mark.model
def test_casualties_people_still_suffocating_are_hurt_not_dead(nlp):
    got = _counts(nlp, "One man died and 11 others were suffocating when brought to the clinic.")
    assert got["fatalities"] == (1, 1, 1) and got["injured"] == (11, 11, 11)
    got = _counts(nlp, "Eleven people suffocated in the shelter after the chlorine attack.")
    assert got["fatalities"] == (11, 11, 11) and "injured" not in got


@pytest.mark.model
def test_casualties_paid_the_supreme_price_is_dead(nlp):
    assert _counts(nlp, "The army said two soldiers paid the supreme price in the raid.")["fatalities"] == (2, 2, 2)
    assert _counts(nlp, "Three policemen made the ultimate sacrifice, the governor said.")["fatalities"] == (3, 3, 3)
    assert "fatalities" not in _counts(nlp, "Two farmers paid a high price for the drought, officials said.")


@pytest.mark.model
def test_casualties_a_couple_killing_themselves_is_two_dead(nlp):
    got = _counts(nlp, "Police said a married couple detonated a bomb at the gate of the cathedral, killing themselves "
                       "and injuring 20 people.")
    assert got["fatalities"] == (2, 2, 2) and got["injured"] == (20, 20, 20)
    got = _counts(nlp, "Police said a bomber detonated a bomb at the gate of the cathedral, killing himself and "
                       "injuring 20 people.")
    assert got["fatalities"] == (1, 1, 1)


@pytest.mark.model
def test_casualties_attacker_among_the_dead_adds_one(nlp):
    got = _counts(nlp, "A suicide bomber rammed a vehicle into a convoy, killing seven soldiers; the attacker was "
                       "among the dead.")
    assert got["fatalities"] == (8, 8, 8)
    # a victim among the dead is one of those already counted
    got = _counts(nlp, "A suicide bomber rammed a vehicle into a convoy, killing seven soldiers; a colonel was among "
                       "the dead.")
    assert got["fatalities"] == (7, 7, 7)


@pytest.mark.model
def test_casualties_the_dead_numbered(nlp):
    got = _counts(nlp, "A bomber struck the shrine, and the dead numbered at least 88 by the following morning.")
    assert got["fatalities"] == (88, 88, None)
    assert _merged(nlp, "A bomber struck the shrine, and the pilgrims numbered at least 88 by the morning.").get(
        "fatalities") is None


@pytest.mark.model
def test_casualties_toll_revised_down_replaces_the_first_figure(nlp):
    got = _counts(nlp, "Gunmen killed 160 villagers, according to the government, which later revised the toll down "
                       "to 157.")
    assert got["fatalities"] == (157, 157, 157)
    assert _counts(nlp, "The ministry revised the death toll to 40.")["fatalities"] == (40, 40, 40)
    got = _counts(nlp, "Gunmen killed 160 villagers, and the government later raised its aid budget to 157 million.")
    assert got["fatalities"] == (160, 160, 160)


@pytest.mark.model
def test_casualties_no_civilians_hurt_is_zero(nlp):
    got = _counts(nlp, "The command says three militants killed, no civilians hurt.")
    assert got["fatalities"] == (3, 3, 3) and got["injured"] == (0, 0, 0)
    assert _counts(nlp, "No soldiers were killed in the ambush, the army said.")["fatalities"] == (0, 0, 0)
    # who did it, not who was hurt
    assert "fatalities" not in _counts(nlp, "No soldiers killed the prisoners, the army said.")


@pytest.mark.model
def test_casualties_burned_alive_is_dead(nlp):
    got = _counts(nlp, "A crowd stoned and burned alive thirteen suspected gang members pulled from a police vehicle.")
    assert got["fatalities"] == (13, 13, 13)
    got = _counts(nlp, "A crowd burned three police vehicles and beat two officers.")
    assert "fatalities" not in got


@pytest.mark.model
def test_casualties_people_doing_something_were_killed(nlp):
    got = _counts(nlp, "Rockets struck the town of Majdal Shams, where twelve children and teenagers playing on a "
                       "football pitch were killed.")
    assert got["fatalities"] == (12, 12, 12)
    assert _merged(nlp, "Twelve children playing on a football pitch were photographed by reporters.") == {}


@pytest.mark.model
def test_casualties_treated_for_in_a_with_clause_is_hurt(nlp):
    got = _counts(nlp, "Police broke up the march with tear gas, with ten people treated for inhalation, an observer "
                       "said.")
    assert got["injured"] == (10, 10, 10) and "size" not in got
    assert "injured" not in _counts(nlp, "Officials said 40 people treated the wounded at the scene.")


@pytest.mark.model
def test_casualties_a_colleague_wounded_is_one_hurt(nlp):
    got = _counts(nlp, "Police said a journalist was shot dead as he left the station, and a colleague travelling with "
                       "him was wounded.")
    assert got["fatalities"] == (1, 1, 1) and got["injured"] == (1, 1, 1)
    got = _counts(nlp, "Police said a journalist was shot dead as he left the station, and a colleague travelling with "
                       "him was questioned.")
    assert "injured" not in got


@pytest.mark.model
def test_casualties_a_person_named_after_a_count_and_and_adds_one(nlp):
    assert _counts(nlp, "Ten policemen and the driver were killed when the bomb went off.")["fatalities"] == (
        11, 11, 11)
    assert _counts(nlp, "The bomb killed ten soldiers and the driver.")["fatalities"] == (11, 11, 11)
    # the person is the subject of another verb
    assert _counts(nlp, "Gunmen killed ten soldiers and the attacker fled.")["fatalities"] == (10, 10, 10)
    assert _counts(nlp, "Ten soldiers were killed and the driver fled.")["fatalities"] == (10, 10, 10)


# --- review of round 13 (session 10) -------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The blast killed 12 people, and the bomber was among the dead.",
    "At least 15 people died; the gunman was among those killed.",
])
def test_an_attacker_among_people_counted_in_general_is_one_of_them(text: str) -> None:
    """Counter-case to the attacker rule: 'people' takes in the attacker; no one is added."""
    from newsevents.extract import casualties
    from newsevents.nlp import load

    doc = load(with_ruler=True)(text)
    merged = casualties.merge(casualties.find_counts(doc[:]))
    assert merged["fatalities"].best == (12 if "12" in text else 15)


@pytest.mark.model
@pytest.mark.parametrize("text, want", [
    ("Officials later revised the death toll down to 157 and the injury toll up to 300.",
     {"fatalities": 157, "injured": 300}),
    ("Officials raised the death toll to 19 and the number of injured to 40.", {"fatalities": 19, "injured": 40}),
    ("The toll rose to 30.", {"fatalities": 30}),
])
def test_each_updated_toll_keeps_the_role_its_noun_names(text: str, want: dict) -> None:
    from newsevents.extract import casualties
    from newsevents.nlp import load

    doc = load(with_ruler=True)(text)
    merged = casualties.merge(casualties.find_counts(doc[:]))
    assert {k: v.best for k, v in merged.items() if k in ("fatalities", "injured")} == want
