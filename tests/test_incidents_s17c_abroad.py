"""Session 17c: two reports placed in two countries may be one incident when one's sentence names the other's
country by name or demonym (`profile.named_countries`, `matching.country_named`): a report placed where people
abroad mourn or raise money ("Ethiopians in Washington held a vigil"), or where a foreign government speaks. Not
for two neighbours (`profile._neighbours`): the two sides of a border war name each other every day."""

from __future__ import annotations

import pytest

from newsevents.incidents.profile import named_countries, profile_of

from test_incidents import ev, index_of

WASHINGTON = ("Washington", 38.90, -77.04, "US", "Washington, D.C.")
MERAWI = ("Merawi", 11.41, 37.16, "ET", "Amhara")
GAZIANTEP = ("Gaziantep", 37.06, 37.38, "TR", "Gaziantep")
SOTK = ("Sotk", 40.21, 45.91, "AM", "Gegharkunik")
KALBAJAR = ("Kalbajar", 40.10, 46.04, "AZ", "Kalbajar")


@pytest.mark.parametrize("sentence, codes", [
    ("Ethiopians in Washington held a candlelight vigil.", ("ET",)),
    ("The Dogon association in Montreuil prayed for a sergeant of the Malian army.", ("ML",)),
    ("Cattle were stolen in South Sudan.", ("SS",)),  # the longest name: not Sudan too
    ("Nigerien and Nigerian troops patrolled.", ("NE", "NG")),
    ("Nigeria's army said.", ("NG",)),
])
def test_named_countries(sentence: str, codes: tuple[str, ...]) -> None:
    assert named_countries(sentence) == codes


def test_counter_case_no_country_named() -> None:
    assert named_countries("Relatives in the city gathered on Sunday to raise money.") == ()
    assert named_countries("a nigerian-born poet") == ()  # a lower-case word is no name


STRIKE = ev("e1", "A drone strike hit a market in Merawi, West Gojjam, on Tuesday, killing eight people.",
            date="2023-09-19", place=MERAWI, killed=8, mode="air-strike", doc="d1")


def test_a_diaspora_report_placed_abroad_links_with_the_strike() -> None:
    vigil = ev("v1", "Ethiopians in Washington held a candlelight vigil for the eight people killed in last "
               "Tuesday's drone strike in a West Gojjam town.", date="2023-09-19", place=WASHINGTON, killed=8,
               mode="air-strike", doc="d2")
    assert profile_of(vigil, "2023-09-24").abroad == ("ET",)
    index = index_of([(STRIKE, "2023-09-19"), (vigil, "2023-09-24")])
    assert index.incident_of("e1") == index.incident_of("v1")
    index = index_of([(vigil, "2023-09-24"), (STRIKE, "2023-09-19")])  # either order
    assert index.incident_of("e1") == index.incident_of("v1")


def test_counter_case_a_report_abroad_naming_no_country_stays_apart() -> None:
    vigil = ev("v1", "Families in Washington held a candlelight vigil for the eight people killed in last "
               "Tuesday's drone strike in a town.", date="2023-09-19", place=WASHINGTON, killed=8,
               mode="air-strike", doc="d2")
    assert profile_of(vigil, "2023-09-24").abroad == ()
    index = index_of([(STRIKE, "2023-09-19"), (vigil, "2023-09-24")])
    assert index.incident_of("e1") != index.incident_of("v1")


def test_counter_case_two_sides_of_a_border_naming_each_other_stay_apart() -> None:
    sotk = ev("a1", "Azerbaijani units opened fire towards Sotk on Wednesday; a shell hit a house and wounded a man.",
              date="2023-01-11", place=SOTK, mode="shelling", doc="d1")
    kalbajar = ev("b1", "Armenian units fired at positions in Kalbajar on Wednesday; a serviceman was wounded.",
                  date="2023-01-11", place=KALBAJAR, mode="shelling", doc="d2")
    assert profile_of(sotk, "2023-01-11").abroad == ()  # Azerbaijan borders Armenia
    index = index_of([(sotk, "2023-01-11"), (kalbajar, "2023-01-11")])
    assert index.incident_of("a1") != index.incident_of("b1")
