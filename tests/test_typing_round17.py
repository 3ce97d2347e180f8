"""Round 17 of event typing and casualties (session 13), error classes shared by the tuning sets: a toll in a sentence
whose only events are a protest, a riot or a fight for a place (given to that event), a toll left over for an event
added to the sentence later (`casualties_carry.unclaimed`), people a mob sets ablaze (killed), and a fight that names
no weapon (gunfire, PLOVER firearms)."""

from __future__ import annotations

import pytest

from test_casualties import _merged, _triple
from test_typing import nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def _gathered(nlp, text):  # type: ignore[no-untyped-def]
    from newsevents.extract.casualties_carry import gather
    from newsevents.extract.typing import analyse

    sent = nlp(text)[:]
    return gather(sent, analyse(sent))


def _modes(nlp, text):  # type: ignore[no-untyped-def]
    from newsevents.extract.typing import analyse

    return {m for f in analyse(nlp(text)[:]) if f.event_type == "ASSAULT" for m in f.modes}


def test_people_set_ablaze_are_killed(nlp):
    got = _merged(nlp, "Angry youths in Enugu set ablaze three suspected robbers who had been caught by vigilantes.")
    assert _triple(got["fatalities"]) == (3, 3, 3)
    got = _merged(nlp, "Angry youths in Enugu set ablaze three police stations after the arrest of their leader.")
    assert "fatalities" not in got


def test_one_person_set_on_fire_is_killed(nlp):
    got = _merged(nlp, "A mob in Kano attacked and set ablaze a man accused of blasphemy near the market.")
    assert _triple(got["fatalities"]) == (1, 1, 1)
    got = _merged(nlp, "A mob in Kano attacked and set ablaze a truck loaded with rice near the market.")
    assert "fatalities" not in got


def test_a_protest_sentence_with_no_attack_keeps_its_injured(nlp):
    frames = _gathered(nlp, "Students protesting the fee rise marched on the ministry in Patna; twelve of them "
                            "sustained injuries.")
    assert any(f.event_type == "PROTEST" and f.counts.get("injured") and f.counts["injured"].best == 12
               for f in frames)
    frames = _gathered(nlp, "Opposition leaders accused the governor of covering up the deaths of twelve miners.")
    assert not any("fatalities" in f.counts for f in frames)


def test_a_toll_no_frame_holds_is_left_for_an_added_event(nlp):
    from newsevents.extract.casualties_carry import unclaimed
    from newsevents.extract.typing import analyse

    sent = nlp("Witnesses said the militia released toxic smoke near the camp, and three children died of "
               "suffocation.")[:]
    frames = [f for f in analyse(sent) if not f.counts]
    assert unclaimed(sent, frames)["fatalities"].best == 3
    sent = nlp("Gunmen killed three children near the camp on Sunday, witnesses said.")[:]
    assert unclaimed(sent, analyse(sent)) == {}


def test_a_fight_that_names_no_weapon_is_gunfire(nlp):
    assert "firearms" in _modes(nlp, "Rebels and government troops clashed near Kidal on Sunday, killing six "
                                     "fighters.")
    got = _modes(nlp, "Rebels and government troops clashed with mortars near Kidal on Sunday, killing six fighters.")
    assert "heavy-weapons" in got and "firearms" not in got


def test_a_fight_between_unarmed_sides_is_not_gunfire(nlp):
    assert "firearms" not in _modes(nlp, "Herders and farmers clashed near Jos on Sunday, killing six people.")


def test_the_dead_put_at_a_figure_are_counted(nlp):
    got = _merged(nlp, "Army officers put the dead at about 30 after the battle for the river crossing.")
    assert _triple(got["fatalities"]) == (30, None, None)
    got = _merged(nlp, "Officials said the dead, put by the army at 43, included children.")
    assert got["fatalities"].best == 43
    got = _merged(nlp, "Medics put the wounded on a bus at noon after the battle for the river crossing.")
    assert "injured" not in got


def test_own_losses_and_enemy_dead_told_by_one_side_are_added(nlp):
    got = _merged(nlp, "The army said it had lost four of its soldiers and killed nine militants in the raid.")
    assert got["fatalities"].best == 13
    got = _merged(nlp, "The army said it lost three of its soldiers, two of whom were killed by a sniper.")
    assert got["fatalities"].best == 3



def test_a_passer_by_is_one_person(nlp):
    got = _merged(nlp, "One patrolman died and a passer-by was wounded when the device went off.")
    assert _triple(got["injured"]) == (1, 1, 1)
    got = _merged(nlp, "One patrolman died when the device went off near a bus stopped by the road.")
    assert "injured" not in got


def test_people_burned_by_a_crowd_are_a_primitive_killing(nlp):
    got = _modes(nlp, "Vigilantes burned a suspected thief alive in a Lagos market on Tuesday, witnesses said.")
    assert "primitive" in got and "destroy" not in got
    got = _modes(nlp, "Residents stoned and burned 13 suspected gang members who had been stopped at a checkpoint.")
    assert "primitive" in got


def test_buildings_burned_by_a_crowd_are_destruction(nlp):
    got = _modes(nlp, "A crowd set ablaze two police stations and a court in the town, witnesses said.")
    assert "destroy" in got and "primitive" not in got


def test_people_shot_while_marching_are_the_dead_not_a_crowd(nlp):
    got = _merged(nlp, "Police shot dead 13 people marching against the smelter.")
    assert _triple(got["fatalities"]) == (13, 13, 13) and "size" not in got
    got = _merged(nlp, "Police escorted 13 people marching against the smelter.")
    assert "fatalities" not in got


def test_an_ambush_that_names_no_weapon_is_gunfire(nlp):
    assert "firearms" in _modes(nlp, "Insurgents ambushed a police convoy in Balochistan, killing six officers.")
    got = _modes(nlp, "Insurgents ambushed a police convoy with a roadside bomb in Balochistan, killing six officers.")
    assert "firearms" not in got and "explosives" in got
