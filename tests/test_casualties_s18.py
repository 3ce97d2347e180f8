"""Casualty counts, session 18: one unnamed victim of a beating or a wound told by its place ('beat the night
watchman', 'the driver was shot in the arm'), one person hurt named by role with 'the' ('wounded the manager', 'the
caretaker was beaten'), and a shooting of counted people told with no word of survival as their killing ('shot 23
men', '16 POWs were shot'). Each shape has a sentence it must not fire on."""

from __future__ import annotations

import pytest
from test_casualties import _merged, nlp  # noqa: F401 (nlp is a fixture)


@pytest.mark.model
def test_casualties_s18_one_beaten_or_shot_in_a_limb_is_hurt(nlp):
    got = _merged(nlp, "Armed men broke into a pharmaceutical depot during the night, beat the watchman and made "
                       "off with medicines.")
    assert got["injured"].best == 1 and "fatalities" not in got
    got = _merged(nlp, "Six teachers were taken from a school minibus on Friday and the driver was shot in the arm.")
    assert got["injured"].best == 1 and "fatalities" not in got
    got = _merged(nlp, "A police officer shot a mask vendor in the head at close range during the protest.")
    assert got["injured"].best == 1 and "fatalities" not in got


@pytest.mark.model
def test_casualties_s18_a_beating_with_a_death_or_a_burning_is_no_hurt(nlp):
    got = _merged(nlp, "A mayoral candidate was assassinated at a rally on Friday when a gunman shot her in the head.")
    assert got["fatalities"].best == 1 and "injured" not in got
    got = _merged(nlp, "A student was beaten and set ablaze by a crowd over alleged blasphemy.")
    assert "injured" not in got
    got = _merged(nlp, "Morocco beat Belgium at the World Cup and fans sang in the streets.")
    assert "injured" not in got and "fatalities" not in got


@pytest.mark.model
def test_casualties_s18_one_person_named_with_the(nlp):
    got = _merged(nlp, "Suspected militants threw a grenade at an estate office, where they wounded the manager.")
    assert got["injured"].best == 1
    got = _merged(nlp, "Looters stripped the stalls overnight; the caretaker was beaten and is in hospital.")
    assert got["injured"].best == 1


@pytest.mark.model
def test_casualties_s18_the_group_is_no_one_person(nlp):
    got = _merged(nlp, "Rebels ambushed a convoy and wounded the police in a long firefight.")
    assert "injured" not in got
    got = _merged(nlp, "The gunmen attacked the village and killed the family's cattle.")
    assert "fatalities" not in got


@pytest.mark.model
def test_casualties_s18_a_shooting_told_without_survival_kills(nlp):
    got = _merged(nlp, "Armed men stopped buses on the highway, checked the passengers' identity cards and shot 23 "
                       "men from Punjab.")
    assert got["fatalities"].best == 23
    got = _merged(nlp, "Islamist fighters overran the town, shooting two guards at the district office.")
    assert got["fatalities"].best == 2


@pytest.mark.model
def test_casualties_s18_a_shooting_with_survival_or_rubber_bullets_does_not_kill(nlp):
    got = _merged(nlp, "Police shot three protesters with rubber bullets near the parliament.")
    assert "fatalities" not in got
    got = _merged(nlp, "Gunmen shot a shopkeeper outside his store; he survived and is in hospital.")
    assert "fatalities" not in got
    got = _merged(nlp, "The film crew shot two scenes in the old town before the curfew.")
    assert "fatalities" not in got
    got = _merged(nlp, "A gunman shot union leader Maria Lopez outside her home.")
    assert "fatalities" not in got


@pytest.mark.model
def test_casualties_s18_review_a_win_or_a_police_shooting_is_no_count(nlp):
    """Review, session 18: 'beat' with no harm told is a win; people shot beside an arrest, a raid or a gunfight, or
    shot as suspects, may be alive."""
    got = _merged(nlp, "The opposition candidate beat the incumbent by 12 points.")
    assert "injured" not in got and "fatalities" not in got
    got = _merged(nlp, "Police shot two suspects during the raid and arrested three others.")
    assert "fatalities" not in got
    got = _merged(nlp, "Officers shot two robbery suspects in a gunfight on Tuesday.")
    assert "fatalities" not in got
    got = _merged(nlp, "A mob beat a man accused of theft in the market.")
    assert got["injured"].best == 1
    got = _merged(nlp, "Gunmen beat the driver with rifle butts before releasing him.")
    assert got["injured"].best == 1
