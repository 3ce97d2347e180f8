"""Session 17: a reaction (an appeal, a march's petition, a council's tribute, a condemnation) whose sentence tells
the attack it answers in other words than `_TELLS_ATTACK` reads (`profile.tells_deaths`: the attackers' act told
actively, counted deaths, an attack named by its act on its target) is a report of that attack (`family_of`), and
links with the attack's own report by date, place and words."""

from __future__ import annotations

import pytest

from newsevents.incidents.profile import family_of, profile_of, tells_deaths

from test_incidents import ev, index_of

GQEBERHA = ("Gqeberha", -33.96, 25.60, "ZA", "Eastern Cape")


@pytest.mark.parametrize("sentence", [
    "Pastors marched through Helenvale on Tuesday, three days after gunmen killed three men in a street there, and "
    "handed the police a petition asking for soldiers to be deployed.",
    "A city councillor asked the police to release images of the 23 May operation, in which three people died.",
    "The division condemns the militia's targeting of the grand market on Saturday with heavy artillery.",
    "The House opened its session with a prayer for the armed forces martyrs who fell on Tuesday at a checkpoint.",
    "The forum asked for an independent inquiry into the deaths of four young men during a police action.",
])
def test_a_reaction_telling_the_attack_is_of_the_violence_family(sentence: str) -> None:
    assert tells_deaths(sentence)
    assert family_of("REQUEST", sentence) == "violence"


@pytest.mark.parametrize("sentence", [
    "The nation mourned the death of the former president, who died in his sleep.",  # one death, no attack
    "Those who died in the 1994 floods were remembered at the ceremony.",  # no count of the dead
    "The mayor asked for more troops.",
    "Rebels signed the agreement in Addis Ababa on Monday.",  # the attackers' word without an attack
])
def test_counter_case_a_reaction_without_an_attack_keeps_its_own_family(sentence: str) -> None:
    assert not tells_deaths(sentence)
    assert family_of("REQUEST", sentence) == "REQUEST"


def test_a_protest_keeps_its_family_whatever_it_tells() -> None:
    """Counter-case: a type of a family (a protest) is never moved to violence by its words."""
    sentence = "Hundreds marched in the town, three days after gunmen killed three men there."
    assert family_of("PROTEST", sentence) == "protest"


def test_the_petition_links_with_the_shooting_report() -> None:
    shooting = ev("s1", "Gunmen shot dead three men in a street in Helenvale, Gqeberha, on Saturday night.",
                  date="2023-08-12", place=GQEBERHA, killed=3, mode="firearms", doc="d1")
    petition = ev("p1", "Pastors marched through Helenvale on Tuesday, three days after gunmen killed three men in "
                  "a street there, and handed the police station a petition asking for soldiers to be deployed.",
                  date="2023-08-12", place=GQEBERHA, etype="REQUEST", mode=None, doc="d2")
    assert profile_of(petition, "2023-08-15").family == "violence"
    index = index_of([(shooting, "2023-08-13"), (petition, "2023-08-15")])
    assert index.incident_of("s1") == index.incident_of("p1")


def test_counter_case_an_appeal_without_the_attack_stays_apart() -> None:
    shooting = ev("s1", "Gunmen shot dead three men in a street in Helenvale, Gqeberha, on Saturday night.",
                  date="2023-08-12", place=GQEBERHA, killed=3, mode="firearms", doc="d1")
    appeal = ev("p1", "Pastors in Helenvale asked the police station for more patrols in the street.",
                date="2023-08-12", place=GQEBERHA, etype="REQUEST", mode=None, doc="d2")
    assert profile_of(appeal, "2023-08-15").family == "REQUEST"
    index = index_of([(shooting, "2023-08-13"), (appeal, "2023-08-15")])
    assert index.incident_of("s1") != index.incident_of("p1")


@pytest.mark.parametrize("sentence", [
    "The government sent aid after 30 people died in floods.",
    "Five children died of cholera in the camp.",
    "Hundreds protested the burning of the Koran.",
    "Youths blocked roads with the burning of tyres.",
    "Villagers mourned the deaths of 12 miners in the collapse.",
    "Two workers died when the scaffolding collapsed.",
    "Rebels stormed out of the peace talks.",
])
def test_deaths_without_an_attack_are_no_attack(sentence: str) -> None:
    """Review of session 17: deaths from floods, disease or a collapse, a burning of things, a walk-out."""
    assert not tells_deaths(sentence)
    assert family_of("DEMAND", sentence) != "violence"
