"""Session 18: the error analysis (`eval/incidents_errors.py`) names "country" only for a pair the linker keeps
apart for its two countries: `matching.link_score` lets two reports placed in two countries link where one names
the other's place (`place_named`) or country (`country_named`), so such a pair is classified by the next rule
that keeps it apart (until session 18 every pair in two countries was "country", 16 of the 83 on the tuning sets
wrongly)."""

from __future__ import annotations

from conftest import load_script

from newsevents.incidents import IncidentIndex
from newsevents.incidents.matching import country_named, place_named
from newsevents.incidents.profile import profile_of

from test_incidents import ev

ARIHA = ("Ariha", 35.81, 36.61, "SY", "Idlib")
GAZIANTEP = ("Gaziantep", 37.06, 37.38, "TR", "Gaziantep")

MARKET = "Government artillery hit a vegetable market in Ariha, Idlib province, on Tuesday morning, killing five."
VIGIL = ("Families from Ariha living in Gaziantep held a condolence gathering on Friday for the five people killed "
         "when artillery shells struck the town's market last Tuesday.")
OTHER = ("Families living in Gaziantep held a condolence gathering on Friday for the five people killed when "
         "artillery shells struck a market last Tuesday.")


def _classify(second: str) -> str:
    errors = load_script("eval/incidents_errors.py")
    a_event = ev("a", MARKET, date="2023-11-07", place=ARIHA, mode="heavy-weapons")
    b_event = ev("b", second, date="2023-11-07", place=GAZIANTEP, mode="heavy-weapons")
    index = IncidentIndex()
    index.add(a_event, "2023-11-07")
    index.add(b_event, "2023-11-10")
    a, b = profile_of(a_event, "2023-11-07"), profile_of(b_event, "2023-11-10")
    return errors.classify(a, b, index)[0]


def test_a_report_abroad_naming_the_place_is_not_a_country_miss() -> None:
    a = profile_of(ev("a", MARKET, date="2023-11-07", place=ARIHA), "2023-11-07")
    b = profile_of(ev("b", VIGIL, date="2023-11-07", place=GAZIANTEP), "2023-11-10")
    assert a.country != b.country and place_named(a, b)
    assert _classify(VIGIL) != "country"


def test_counter_case_a_report_abroad_naming_neither_place_nor_country_is_a_country_miss() -> None:
    a = profile_of(ev("a", MARKET, date="2023-11-07", place=ARIHA), "2023-11-07")
    b = profile_of(ev("b", OTHER, date="2023-11-07", place=GAZIANTEP), "2023-11-10")
    assert not place_named(a, b) and not country_named(a, b)
    assert _classify(OTHER) == "country"
