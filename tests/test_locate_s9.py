"""Event places, session 9: a name the next words put inside a place of another country is a namesake resolved
abroad, and a place of another country than the article's that the clause does not tie to the event is context."""

from __future__ import annotations

import pytest

from newsevents.geo.locate import event_location
from newsevents.models import Place


def _at(text: str, name: str, country: str, feature: str = "PPL", admin1: str | None = None, nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Place(doc_id="d", text=name, span=(start, start + len(name)), name=name, geonameid=abs(hash(name)) % 10**6,
                 lat=1.0, lon=2.0, country=country, admin1=admin1, feature=feature, score=0.9)


def _locate(text: str, places: list[Place], trigger: str) -> str | None:
    t = text.index(trigger)
    sentence_end = text.index(".") + 1
    location = event_location(places, (0, sentence_end), (t, t + len(trigger)), text)
    return location.name if location else None


def test_a_namesake_inside_a_place_of_another_country_gives_way_to_that_place() -> None:
    text = "Militants set off a bomb at Lido beach in Mogadishu on Friday. Somalia mourned."
    places = [_at(text, "Lido", "US", admin1="New York"), _at(text, "Mogadishu", "SO", "PPLC"),
              _at(text, "Somalia", "SO", "PCLI")]
    assert _locate(text, places, "set off") == "Mogadishu"


def test_an_area_of_a_city_resolved_abroad_gives_way_to_the_city() -> None:
    text = "A drone hit a clinic in the Karari area of northern Omdurman on Friday, killing five."
    places = [_at(text, "Karari", "IN", admin1="Uttar Pradesh"), _at(text, "Omdurman", "SD")]
    assert _locate(text, places, "hit") == "Omdurman"


def test_a_district_inside_its_own_city_stays() -> None:
    """Counter-case: the inner place is of the same country, so it is the finer place of the event."""
    text = "A bomb exploded in the Shahr-e Naw district of Kabul on Monday."
    places = [_at(text, "Shahr-e Naw", "AF"), _at(text, "Kabul", "AF", "PPLC")]
    assert _locate(text, places, "exploded") == "Shahr-e Naw"


def test_a_country_before_a_town_is_not_dropped() -> None:
    """Counter-case: only towns are taken for misresolved namesakes, never a country ("fled Syria, Gaziantep
    officials said"): the event tied to the first Syria keeps it."""
    from newsevents.geo.locate import _drop_contradicted

    text = "Refugees who were attacked in Syria, Gaziantep officials said, fled north."
    places = [_at(text, "Syria", "SY", "PCLI"), _at(text, "Gaziantep", "TR")]
    assert _drop_contradicted(places, text) == places
    assert _locate(text, places, "attacked") == "Syria"


def test_a_town_comma_country_drops_the_namesake() -> None:
    text = "Police said a bomb exploded in Victoria, Seychelles, on Monday."
    places = [_at(text, "Victoria", "CA", admin1="British Columbia"), _at(text, "Seychelles", "SC", "PCLI")]
    assert _locate(text, places, "exploded") == "Seychelles"


@pytest.mark.parametrize("text,town,other,iso", [
    ("A missile struck an apartment block in Kyiv, Russia's defence ministry said.", "Kyiv", "Russia", "RU"),
    ("An airstrike killed 12 people in Rafah, Israel's military said.", "Rafah", "Israel", "IL"),
])
def test_a_comma_before_a_possessive_country_drops_nothing(text: str, town: str, other: str, iso: str) -> None:
    """Counter-case (review of session 9): "in Kyiv, Russia's defence ministry said" keeps Kyiv."""
    places = [_at(text, town, "UA" if town == "Kyiv" else "PS"), _at(text, other, iso, "PCLI")]
    trigger = "struck" if "struck" in text else "killed"
    assert _locate(text, places, trigger) == town


def test_a_list_of_towns_drops_nothing() -> None:
    from newsevents.geo.locate import _drop_contradicted

    text = "Bombs exploded in Kabul, Lahore and Delhi on the same day."
    places = [_at(text, "Kabul", "AF", "PPLC"), _at(text, "Lahore", "PK"), _at(text, "Delhi", "IN")]
    assert _drop_contradicted(places, text) == places


def test_an_untied_place_of_another_country_is_context() -> None:
    text = ("The wounded from the bombing were flown to Darwin on Sunday. Police in Bali said the Kuta blasts killed "
            "dozens. Kuta was sealed off.")
    places = [_at(text, "Darwin", "AU"), _at(text, "Bali", "ID", "ADM1", admin1="Bali"),
              _at(text, "Kuta", "ID", admin1="Bali"), _at(text, "Kuta", "ID", admin1="Bali", nth=1)]
    assert _locate(text, places, "bombing") != "Darwin"


def test_a_tied_place_of_another_country_stays() -> None:
    """Counter-case: the clause ties the place to the event ("struck targets in Raqqa"), so another country is fine."""
    text = ("French jets struck targets in Raqqa on Sunday. Paris said the strikes answered the attacks in Paris. "
            "France is on alert.")
    places = [_at(text, "Raqqa", "SY"), _at(text, "Paris", "FR", "PPLC"), _at(text, "Paris", "FR", "PPLC", nth=1),
              _at(text, "France", "FR", "PCLI")]
    assert _locate(text, places, "struck") == "Raqqa"
