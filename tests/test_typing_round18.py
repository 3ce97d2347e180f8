"""Round 18 of casualties (session 13), error classes shared by the tuning sets: a 'no one was injured' told of an
attack that names no death (nobody killed either), and people the parser makes the subject of a later verb though
a verb of harm stands right before them (the harmed, not a crowd)."""

from __future__ import annotations

import pytest

from test_casualties import _merged
from test_typing import nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def test_no_injuries_and_no_death_named_is_no_one_killed(nlp):
    got = _merged(nlp, "Mortar rounds fired by militants landed near the base in Mogadishu, causing no injuries.")
    assert got["fatalities"].best == 0 and got["injured"].best == 0
    got = _merged(nlp, "Gunmen hurled a grenade at the police station in Imphal; no one was injured, police said.")
    assert got["fatalities"].best == 0 and got["injured"].best == 0


def test_no_injuries_beside_a_death_leaves_the_dead_alone(nlp):
    got = _merged(nlp, "Gunmen killed two guards at the bank in Kano; no one else was injured.")
    assert got["fatalities"].best == 2 and got["injured"].best == 0
    got = _merged(nlp, "A bomb exploded near the market in Maiduguri, killing a trader; no one else was injured.")
    assert "fatalities" not in got or got["fatalities"].best != 0


def test_victims_after_a_verb_of_harm_misparsed_as_subjects(nlp):
    got = _merged(nlp, "Aircraft dropped sarin on the town in April 2017, killing more than 80 people, UN investigators "
                       "later concluded.")
    assert got["fatalities"].best == 80 and "size" not in got
    got = _merged(nlp, "A hand grenade was flung inside a coffee shop in Zawiya, wounding three young men, a medical "
                       "source at the city hospital said.")
    assert got["injured"].best == 3 and "size" not in got
    got = _merged(nlp, "Security forces shot dead at least nine people as tens of thousands marched against military "
                       "rule, a doctors' committee said.")
    assert got["fatalities"].best == 9


def test_reported_killed_with_an_active_reported(nlp):
    got = _merged(nlp, "TICKER: Gunfight between security forces and militants in Kulgam enters second day; two "
                       "militants reported killed.")
    assert got["fatalities"].best == 2 and "size" not in got


def test_a_crowd_that_marched_is_still_a_crowd(nlp):
    got = _merged(nlp, "After the shooting, 300 people marched to the police station in Nanterre.")
    assert got["size"].best == 300 and "fatalities" not in got
    got = _merged(nlp, "Thousands of students protested outside the parliament, police reported.")
    assert "fatalities" not in got and "injured" not in got


def _types(nlp, text):  # type: ignore[no-untyped-def]
    from newsevents.extract.typing import analyse

    return {f.event_type for f in analyse(nlp(text)[:])}


def test_talks_agreed_or_refused_are_not_talks_held(nlp):
    assert _types(nlp, "Ethiopia and Eritrea agreed to meet in Nairobi to discuss border tensions.") == {"AGREE"}
    assert _types(nlp, "The rebels agreed to hold talks with the government in Doha next week.") == {"AGREE"}
    assert "CONSULT" not in _types(nlp, "The opposition leader refused to meet the UN envoy in Kinshasa.")
    # counter-cases: talks held, and talks held beside an agreement
    assert _types(nlp, "The foreign ministers of Ethiopia and Eritrea met in Nairobi to discuss border tensions.") == {
        "CONSULT"}
    assert "CONSULT" in _types(nlp, "The two sides held talks in Doha and agreed to a ceasefire.")
