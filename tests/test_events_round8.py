"""Round 8 of event typing: statements that are not accusations, requests or consultations (figures of speech,
forecasts, demands made by protesters, meetings that end in a deal), threats told as warnings, who fights whom
(gendarmes, vigilantes, bandits), hand-thrown incendiaries, and tolls from two sources for the same victims."""

from __future__ import annotations

import pytest

from test_typing import frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def types_of(nlp, text):
    return {f.event_type for f in frames(nlp, text)}


def acled_of(nlp, text):
    return {f.acled.sub_event_type for f in frames(nlp, text) if f.acled is not None}


def fatalities(nlp, text):
    got = [f.counts["fatalities"] for f in frames(nlp, text) if "fatalities" in f.counts]
    return (got[0].best, got[0].low, got[0].high) if got else None


def test_figures_of_speech_and_forecasts_are_no_violence(nlp):
    assert types_of(nlp, "Oil prices exploded by 30 percent after the pipeline deal collapsed.") == set()
    assert types_of(nlp, "Diplomats expect fighting to resume near the dam once the rains end.") == set()
    # criticism told with violent words is an accusation
    assert types_of(nlp, "The new press law is an attack on democracy, the opposition leader said.") == {"ACCUSE"}
    assert types_of(nlp, "The union said the tax rise was a direct attack on farmers.") == {"ACCUSE"}


def test_what_is_said_about_an_act_is_no_report_of_it(nlp):
    assert "ASSAULT" not in types_of(nlp, "The police chief said allegations of torture in the cells were false.")
    assert "ASSAULT" not in types_of(nlp, "Chad recalled its envoy over remarks on a militia raid.")
    # the act itself, told by a source, is still an attack
    assert "ASSAULT" in types_of(nlp, "Police said gunmen shot dead two traders in Kano on Monday.")


def test_readiness_to_talk_is_agree_and_a_meeting_that_ends_in_a_deal_is_the_deal(nlp):
    assert types_of(nlp, "The rebels said they were willing to hold talks with the junta.") == {"AGREE"}
    assert "CONSULT" not in types_of(nlp, "The two delegations met in Nairobi and agreed to a truce.")
    assert "CONSULT" in types_of(nlp, "Kenya's president arrived in Beijing on Tuesday for a three-day visit.")
    assert "ASSAULT" not in types_of(nlp, "The envoy arrived in Kyiv for talks, his first trip since the war began.")


def test_demands_made_by_protesters_are_part_of_the_protest(nlp):
    assert types_of(nlp, "Nurses went on strike in Lagos on Monday, demanding that the state pay arrears.") \
        == {"PROTEST"}
    assert "PROTEST" in types_of(nlp, "Truckers blocked the main highway into Lima, calling on Congress to cut fuel "
                                      "taxes.")
    assert "PROTEST" not in types_of(nlp, "The government cut mobile internet ahead of the opposition march.")


def test_acts_of_nobody_in_particular_or_still_to_come_are_no_events(nlp):
    assert "COOPERATE" not in types_of(nlp, "The gang said it would kill anyone who cooperated with the army.")
    assert "COOPERATE" not in types_of(nlp, "A militia allied with the government burned the village of Kaya.")
    assert "COOPERATE" not in types_of(nlp, "Insurgents attacked a joint patrol near the border, killing two.")
    assert "RETREAT" not in types_of(nlp, "The rebels said they would keep the road closed until the army withdrew.")
    assert "RETREAT" not in types_of(nlp, "The deal sets a timetable for withdrawing foreign troops.")


def test_warnings_of_force_or_arrest_are_threats(nlp):
    assert types_of(nlp, "Iran warned it would respond with force to any strike on its nuclear sites.") \
        == {"THREATEN"}
    assert [f.mode for f in frames(nlp, "Police told the organisers that every marcher would be arrested if the "
                                        "rally went ahead.")] == ["arrest"]


def test_force_met_is_violence(nlp):
    assert "ASSAULT" in types_of(nlp, "Students marching on parliament were met with tear gas and water cannon.")
    assert "CONSULT" not in types_of(nlp, "Students marching on parliament were met with tear gas and water cannon.")
    assert acled_of(nlp, "Soldiers advancing on the town met fierce resistance from the rebels.") == {"Armed clash"}
    assert "PROTEST" in types_of(nlp, "Riot police fired tear gas at teachers marching on the ministry.")


def test_who_fights_whom(nlp):
    assert acled_of(nlp, "Jihadists attacked a gendarmerie post near Tillaberi overnight.") == {"Armed clash"}
    assert acled_of(nlp, "Bandits killed nine vigilantes in an ambush near Gusau.") == {"Armed clash"}
    assert acled_of(nlp, "A petrol bomb was thrown at the office of a newspaper in Colombo.") == {"Grenade"}
    assert acled_of(nlp, "Rioters hurled petrol bombs at police in Belfast.") == {"Violent demonstration"}
    assert acled_of(nlp, "Five soldiers died in a suicide car bombing at the camp in Gao.") == {"Suicide bomb"}


def test_people_taken_away_or_seized(nlp):
    assert acled_of(nlp, "Armed men took away a journalist from his office in Goma, and his whereabouts are "
                         "unknown.") == {"Abduction/forced disappearance"}
    assert types_of(nlp, "Nobody has claimed the abduction of the nun, who was seized on Friday in Kaduna.") \
        == {"ASSAULT"}
    assert acled_of(nlp, "The two countries signed a protocol on prisoner exchanges on Monday.") == {"Agreement"}


def test_two_sources_for_the_same_dead_give_a_range(nlp):
    # ACLED keeps the lowest figure; UCDP's low and high bound the sources
    assert fatalities(nlp, "Officials said nine people died in the raid on the village, but residents said 15 were "
                           "killed.") == (9, 9, 15)
    assert fatalities(nlp, "Police said four protesters were shot dead; witnesses put the number at seven.") \
        == (4, 4, 7)
    assert fatalities(nlp, "At least 12 people were killed in the bombing, according to police, while medics gave "
                           "a figure of 18.") == (12, 12, 18)
    # each side telling its own losses counts different dead
    assert fatalities(nlp, "Ukraine said 12 of its soldiers were killed in the battle, and Russia said 20 of its "
                           "troops had died.") == (32, 32, 32)


def test_tolls_revised_or_brought_up(nlp):
    assert fatalities(nlp, "Officials revised the toll from the bombing in Baghdad down from 31 to 24.") \
        == (24, 24, 24)
    assert fatalities(nlp, "Rescuers found six more bodies under the rubble of the shelled market, bringing the "
                           "death toll to 27.") == (27, 27, 27)
    assert fatalities(nlp, "No group has claimed the attack on the convoy near Gao.") is None


def test_talking_to_the_press_or_to_victims_and_asking_questions_are_no_diplomacy(nlp):
    assert types_of(nlp, "Officials discussed the raid with reporters in Kabul.") == set()
    assert types_of(nlp, "The prime minister met relatives of the dead miners on Friday.") == set()
    assert types_of(nlp, "Reporters asked the general about the air strikes.") == set()
    assert types_of(nlp, "The envoy discussed the truce with Houthi leaders in Muscat.") == {"CONSULT"}


def test_dangers_pointed_out_are_no_threats(nlp):
    assert types_of(nlp, "The minister warned of thousands of foreign fighters returning from Syria.") == set()
    assert types_of(nlp, "Farmers in a province threatened by drought asked for help.") == {"REQUEST"}
