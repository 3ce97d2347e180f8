"""Session 18 (typing rules helper), error classes shared by the tuning sets (held16, held17, held18 and earlier):
arrests made when the police ended a protest (an encampment cleared, activists removed, an unauthorised march
stopped) are ACLED's Protest with intervention and tell the protest (PLOVER PROTEST beside COERCE), not Arrests;
bombs dropped from the air (a state's forces or aircraft bombing, guided bombs, bombs that fell) are an Air/drone
strike, not a Remote explosive."""

from __future__ import annotations

import pytest

from test_typing import frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def subs(nlp, text):  # noqa: F811
    return {f.acled.sub_event_type for f in frames(nlp, text) if f.acled}


def kinds(nlp, text):  # noqa: F811
    return {f.event_type for f in frames(nlp, text)}


@pytest.mark.parametrize("text", [
    "Police cleared a student encampment at the university on Tuesday, arresting more than 80 people.",
    "Officers removed activists chained to the gates of the factory and detained six of them.",
    "An unauthorised rally in the capital was broken up; 30 participants were detained.",
    "Police carried climate activists off the motorway after they glued themselves to it and arrested nine.",
])
def test_arrests_ending_a_protest_are_an_intervention_in_it(nlp, text):  # noqa: F811
    got = subs(nlp, text)
    assert "Protest with intervention" in got and "Arrests" not in got
    assert {"PROTEST", "COERCE"} <= kinds(nlp, text)


@pytest.mark.parametrize("text", [
    "Police cleared the road and arrested two suspected smugglers.",
    "Police have arrested eleven opposition activists accused of organising an unsanctioned meeting.",
    "Police arrested three men suspected of robbing a bank in the city centre.",
])
def test_arrests_without_a_protest_ended_stay_arrests(nlp, text):  # noqa: F811
    got = subs(nlp, text)
    assert "Arrests" in got and "Protest with intervention" not in got
    assert "PROTEST" not in kinds(nlp, text)


@pytest.mark.parametrize("text", [
    "The military bombed a village in the north of the country on Sunday, killing 20 people.",
    "Government planes bombed a camp near the border, killing dozens.",
    "A laser-guided bomb hit a school bus in the market town, killing 40 children.",
    "NATO bombs fell on the refugee convoy and killed 70 people.",
])
def test_bombs_dropped_from_the_air_are_an_air_strike(nlp, text):  # noqa: F811
    got = subs(nlp, text)
    assert "Air/drone strike" in got and "Remote explosive/landmine/IED" not in got


@pytest.mark.parametrize("text", [
    "Militants bombed a bus station in the city, killing 12 people.",
    "A bomb hidden in a cart exploded at the market, killing five people.",
    "A roadside bomb hit a police patrol near the town, killing three officers.",
])
def test_planted_bombs_stay_remote_explosives(nlp, text):  # noqa: F811
    got = subs(nlp, text)
    assert "Remote explosive/landmine/IED" in got and "Air/drone strike" not in got


@pytest.mark.parametrize("text", [
    "Police detained 16 activists after breaking into a house outside the university.",
    "Police carried out raids on Tuesday and arrested four activists of the party.",
])
def test_breaking_in_or_carrying_out_raids_ends_no_protest(nlp, text):  # noqa: F811
    assert "Protest with intervention" not in subs(nlp, text)


@pytest.mark.parametrize("text", [
    "In March, police stopped a truck at a checkpoint and arrested two smugglers.",
    "Police stopped a car carrying three activists at a checkpoint and arrested them.",
    "Police cleared the road and arrested two activists.",
])
def test_a_month_or_activists_not_cleared_end_no_protest(nlp, text):  # noqa: F811
    # (review: 'March' the month is no march; activists are a protest scene only as what the police cleared)
    assert "Protest with intervention" not in subs(nlp, text)


@pytest.mark.parametrize("text", [
    "The Irish Republican Army bombed a pub in Birmingham in 1974, killing 21 people.",
    "The Arakan Army bombed a bridge on the highway on Monday.",
])
def test_armies_named_in_a_group_bomb_on_the_ground(nlp, text):  # noqa: F811
    # (review: 'army' inside a group's name is no state's air force)
    assert "Air/drone strike" not in subs(nlp, text)
