"""Incidents, session 13 round b (precision on look-alikes): two neighbouring towns hit the same day by two
different weapons are two incidents."""

from __future__ import annotations

from newsevents.incidents.matching import LinkRules, places_compatible, weapons_differ
from newsevents.incidents.profile import profile_of

from test_incidents import ev

ARIHA = ("Arīḩā", 35.81, 36.61, "SY", "Idlib")
SARMIN = ("Sarmīn", 35.90, 36.72, "SY", "Idlib")


def test_two_towns_hit_by_two_weapons_are_two_places() -> None:
    rules = LinkRules()
    shells = profile_of(ev("a", "Artillery shells fell on residential streets of Ariha this afternoon, killing 2.",
                           date="2024-09-09", place=ARIHA, mode="heavy-weapons"), "2024-09-09")
    drone = profile_of(ev("b", "A loitering drone struck a vegetable market in Sarmin, killing three civilians.",
                          date="2024-09-09", place=SARMIN, mode="drone"), "2024-09-09")
    assert weapons_differ(shells, drone) and not places_compatible(shells, drone, rules)
    # counter-case: an air strike and a drone strike may be one strike told by two outlets
    air = profile_of(ev("c", "An air strike hit a vegetable market in Sarmin, killing three civilians.",
                        date="2024-09-09", place=SARMIN, mode="aerial"), "2024-09-09")
    raid = profile_of(ev("d", "Warplanes struck Ariha on Monday.", date="2024-09-09", place=ARIHA, mode="drone"),
                      "2024-09-09")
    assert not weapons_differ(air, raid) and places_compatible(air, raid, rules)


def test_an_arrest_is_no_weapon() -> None:
    rules = LinkRules()
    attack = profile_of(ev("a", "Gunmen ambushed a patrol in Ariha on Monday.", date="2024-09-09", place=ARIHA,
                           mode="firearms"), "2024-09-09")
    arrest = profile_of(ev("b", "Police arrested two suspects in Sarmin on Monday.", date="2024-09-09",
                           place=SARMIN, mode="arrest"), "2024-09-09")
    assert not weapons_differ(attack, arrest) and places_compatible(attack, arrest, rules)
    # and one town's reports keep their own rules: a gun attack and a bombing in one town stay comparable
    bomb = profile_of(ev("c", "A bomb exploded in Ariha on Monday.", date="2024-09-09", place=ARIHA,
                         mode="explosives"), "2024-09-09")
    assert weapons_differ(attack, bomb) and places_compatible(attack, bomb, rules)
