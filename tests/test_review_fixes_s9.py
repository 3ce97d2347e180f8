"""Review of the session-9 helpers' rounds (incidents and geocoding): counter-cases the rounds' own tests missed."""

from __future__ import annotations

import pytest

from newsevents.incidents.profile import follows_up
from newsevents.incidents.within import _with_toll_context
from newsevents.models import Event, EventDate, TextSpan


def test_an_attack_report_that_names_a_claim_is_no_follow_up() -> None:
    """"killed on Tuesday in the bombing ..., and Islamic State claimed responsibility" is the attack's own report:
    no 10-day window back (it joined last week's look-alike bombing)."""
    assert not follows_up("Nine people were killed on Tuesday in the bombing of a Shia mosque in Kabul, and Islamic "
                          "State claimed responsibility.", "Tuesday")
    assert not follows_up("Gunmen killed 12 people on Sunday in the attack on Ofay village, survivors said.", "Sunday")


def test_an_arrest_over_a_named_bombing_is_a_follow_up() -> None:
    assert follows_up("Colombian police on Sunday announced the arrest of nine men in connection with the bombing of "
                      "the Andino shopping centre.", "Sunday")


def _event(text: str, sentence: str) -> Event:
    start = text.index(sentence)
    span = TextSpan(sentence, (start, start + len(sentence)))
    return Event(id="e", doc_id="d", event_type="ASSAULT", trigger=span, sentence=span, actors=[], mode=None,
                 date=EventDate("2024-05-10", "day"), location=None, fatalities=None, injured=None)


def test_a_toll_update_after_another_incident_keeps_no_context() -> None:
    text = ("A suicide bomber killed dozens at a wedding hall in Kabul on Saturday. Separately, a roadside bomb killed "
            "two soldiers in Helmand's Sangin district. The toll has risen to 63.")
    event = _event(text, "The toll has risen to 63.")
    assert _with_toll_context(event, text).mentions == event.mentions


def test_a_toll_update_keeps_the_sentence_before_it() -> None:
    text = "A car bomb exploded outside the El Nogal club in Bogota on Friday night. The toll has risen to 32."
    event = _event(text, "The toll has risen to 32.")
    assert [m.text for m in _with_toll_context(event, text).mentions] == [
        "A car bomb exploded outside the El Nogal club in Bogota on Friday night."]


def _places(text: str):  # type: ignore[no-untyped-def]
    from newsevents.library import extract

    return {p.text: p for p in extract(text, published="2024-05-10").places}


@pytest.mark.model
def test_from_x_in_y_is_no_place_inside_another() -> None:
    """"refugees from Aleppo in Istanbul": Aleppo is not a hamlet of Istanbul province."""
    got = _places("Refugees from Aleppo in Istanbul protested on Monday against the new residence rules, police said.")
    assert got["Aleppo"].country == "SY"


@pytest.mark.model
def test_a_landmark_without_a_place_in_its_sentence_keeps_its_town() -> None:
    """"outside the Pahalgam hotel ... New Delhi blamed Pakistan": Pahalgam stays in Kashmir, not at Delhi."""
    got = _places("Militants opened fire on tourists outside the Pahalgam hotel on Tuesday, killing two. New Delhi "
                  "blamed Pakistan for the attack.")
    assert got["Pahalgam"].lat is not None and got["Pahalgam"].lat > 33.0


@pytest.mark.model
def test_a_landmark_beside_its_city_goes_to_the_city() -> None:
    got = _places("A bomb exploded near the Erawan shrine in central Bangkok on Monday evening, killing at least 18 "
                  "people.")
    assert got["Erawan"].lat is not None and abs(got["Erawan"].lat - 13.75) < 0.5
