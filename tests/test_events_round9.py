"""Round 9 of event typing: the first act of violence of a report found and typed right. Strikes by aircraft, drones
and missiles are air or missile strikes, an armed attacker's act at a rally is no riot, and an attack named in
passing inside a non-violent event ('arrested over last week's bombing', 'blamed for the killing of 40') is an
incident of its own, typed, with its mode and its victims; feared, serial and generic attacks are not."""

from __future__ import annotations

import pytest

from newsevents.extract import events as ev_events
from test_typing import acled_sub, frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def types_of(nlp, text):
    return {f.event_type for f in frames(nlp, text)}


def assault(nlp, text):
    """The only ASSAULT frame of the text."""
    found = [f for f in frames(nlp, text) if f.event_type == "ASSAULT"]
    assert len(found) == 1, [(f.trigger.text, f.event_type) for f in frames(nlp, text)]
    return found[0]


def test_strikes_by_aircraft_drones_and_missiles_are_attacks(nlp):
    f = assault(nlp, "Israeli jets struck what the army called a weapons depot near Damascus on Sunday.")
    assert f.mode == "aerial" and f.acled.sub_event_type == "Air/drone strike"
    assert assault(nlp, "A fuel depot in Bryansk was struck by Ukrainian drones overnight.").mode == "drone"
    assert assault(nlp, "Russian drones hit a power station near Kharkiv on Friday.").mode == "drone"
    # workers who strike, and lightning, are no attack
    assert types_of(nlp, "Dock workers struck on Monday over unpaid wages.") == {"PROTEST"}
    assert "ASSAULT" not in types_of(nlp, "Lightning struck the church tower during the storm.")


def test_an_armed_attackers_act_at_a_rally_is_no_riot(nlp):
    f = assault(nlp, "A gunman shot the mayor at an election rally in Guerrero on Sunday.")
    assert f.mode == "firearms" and f.acled.sub_event_type == "Attack"
    assert "PROTEST" not in types_of(nlp, "A gunman shot the mayor at an election rally in Guerrero on Sunday.")


def test_an_attack_named_as_the_cause_of_an_arrest_is_an_incident(nlp):
    text = "Police detained four men on Tuesday over Saturday's bombing of a bus station in Quetta."
    assert types_of(nlp, text) == {"COERCE", "ASSAULT"}
    f = assault(nlp, text)
    assert f.mentioned and f.mode == "explosives"
    assert acled_sub(nlp, text) == "Arrests"  # the sentence's own news stays the arrest


def test_an_attack_blamed_on_a_group_keeps_its_victims_and_is_alleged(nlp):
    text = "The governor blamed herders for the killing of 40 villagers in Benue on Sunday."
    f = assault(nlp, text)
    assert f.counts["fatalities"].best == 40
    assert ev_events.certainty(f.trigger, f.trigger.sent)[0] == "alleged"
    f = assault(nlp, "Police blamed separatist rebels for a bomb that hurt six soldiers in Narathiwat.")
    assert f.mode == "explosives" and f.counts["injured"].best == 6


def test_a_visit_after_a_named_attack_tells_the_attack_too(nlp):
    text = "The president visited the cathedral on Monday, a day after the twin bombings."
    assert {"CONSULT", "ASSAULT"} <= types_of(nlp, text)
    assert assault(nlp, text).mode == "explosives"


def test_feared_serial_and_generic_attacks_are_no_incident(nlp):
    assert "ASSAULT" not in types_of(nlp, "Villagers fled amid fears of an attack on the town.")
    assert "ASSAULT" not in types_of(nlp, "The army sent troops to the north after a spate of attacks.")
    assert "ASSAULT" not in types_of(nlp, "Insurers raised premiums after attacks on shipping.")
    assert "ASSAULT" not in types_of(nlp, "He gave no motive for the attack.")
    assert "ASSAULT" not in types_of(nlp, "The army declined to comment on reports that jets had bombed a market.")


def test_a_toll_raised_by_later_deaths_belongs_to_the_attack(nlp):
    f = assault(nlp, "Four wounded soldiers died on Monday, raising the toll from Thursday's ambush near Gao to 21.")
    assert f.trigger.text == "ambush" and f.counts["fatalities"].best == 21


def test_an_act_named_by_a_noun_counts_its_victims(nlp):
    assert assault(nlp, "The abduction of 52 students from a school in Kaduna shocked Nigeria.").counts[
        "kidnapped"].best == 52


def test_an_attack_named_in_passing_takes_no_actor_from_the_arrest_but_the_one_blamed():
    from newsevents.library import extract

    def attack(text):
        (found,) = [e for e in extract(text, published="2024-07-20").events if e.event_type == "ASSAULT"]
        return found

    arrested = attack("Police arrested three suspects on Monday over last week's bombing of a market in Maiduguri.")
    assert arrested.actors == []  # the police arrested; they did not bomb
    blamed = attack("The army blamed Boko Haram for Sunday's attack on a mosque in Konduga.")
    assert [a.text for a in blamed.actors] == ["Boko Haram"] and blamed.certainty == "alleged"


def test_deaths_after_an_attack_are_its_outcome_and_a_later_toll_joins_the_deaths(nlp):
    f = assault(nlp, "Eight people died after a double suicide bombing at a mosque in Maiduguri on Friday.")
    assert f.counts["fatalities"].best == 8 and not f.mentioned
    f = assault(nlp, "The death toll rose to nine after a wounded policeman died in hospital.")
    assert f.counts["fatalities"].best == 9
    # another act after the attack is an incident apart
    fs = [f for f in frames(nlp, "Angry crowds killed four of the gunmen after the blasts, witnesses said.")
          if f.event_type == "ASSAULT"]
    assert len(fs) == 2 and [f.mentioned for f in fs].count(True) == 1


def test_a_claimed_attack_keeps_its_claimant(nlp):
    from newsevents.library import extract

    events = extract("Islamic State claimed responsibility on Tuesday for the twin bombings in Kampala.",
                     published="2021-11-17").events
    (attack,) = [e for e in events if e.event_type == "ASSAULT"]
    assert "Islamic State" in [a.text for a in attack.actors]


def test_shots_and_attacks_on_the_pitch_are_no_violence(nlp):
    assert "ASSAULT" not in types_of(nlp, "The striker shot his side into the cup final with a late header.")
    assert "ASSAULT" not in types_of(nlp, "The champions launched a relentless attack after the break.")
    assert "ASSAULT" in types_of(nlp, "The player attacked a linesman after the match.")
    assert "ASSAULT" in types_of(nlp, "A team of gunmen shot dead three guards at the mine.")


def test_a_person_named_by_an_abstract_post_is_a_victim_and_a_bomber_who_kills_is_a_man(nlp):
    assert assault(nlp, "Gunmen shot dead an election official in Tumaco on Friday.").counts["fatalities"].best == 1
    f = assault(nlp, "The bomber struck as worshippers left the mosque in Quetta.")
    assert f.mode == "explosives" and f.acled.sub_event_type != "Air/drone strike"
    assert assault(nlp, "Two rival militias clashed in Tripoli overnight, killing 32 people.").acled.sub_event_type \
        == "Armed clash"
