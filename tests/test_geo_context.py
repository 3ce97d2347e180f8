"""Geocoding by what the text says around a name: capital phrases, 'X in Y', which Congo, stray
villages of another country, and Arabic names without their article."""

from __future__ import annotations

import pytest

from newsevents.extract.places import run
from newsevents.geo import get_gazetteer
from newsevents.geo.build import _without_arabic_article
from newsevents.geo.resolve import resolve_names

from test_places import nlp  # noqa: F401  (the module's model fixture, shared)


def _places(nlp, text: str) -> dict[str, object]:
    return {p.text: p for p in run(nlp(text), doc_id="d")}


@pytest.mark.model
@pytest.mark.parametrize("text,phrase,city,country", [
    ("A car bomb exploded in the Somali capital on Tuesday.", "Somali capital", "Mogadishu", "SO"),
    ("Gunmen attacked a hotel in the Afghan capital on Monday.", "Afghan capital", "Kabul", "AF"),
    ("A suicide bomber struck a market in the Iraqi capital, police said.", "Iraqi capital", "Baghdad", "IQ"),
])
def test_demonym_capital_is_the_capital_city_not_a_region(nlp, text, phrase, city, country):
    places = _places(nlp, text)
    assert places[phrase].name == city and places[phrase].country == country
    assert places[phrase].feature == "PPLC"
    assert not any(p.country == "ET" for p in places.values())  # never Ethiopia's Somali region


@pytest.mark.model
def test_the_capital_after_a_country_is_that_countrys_capital(nlp):
    places = _places(nlp, "Protests spread across Kenya on Monday. Police in the capital fired tear gas.")
    assert places["capital"].name == "Nairobi" and places["Kenya"].feature == "PCLI"


@pytest.mark.model
def test_a_countrys_possessive_capital_keeps_the_country(nlp):
    places = _places(nlp, "The attack in Kenya's capital killed three.")
    assert places["Kenya"].feature == "PCLI" and places["capital"].name == "Nairobi"


@pytest.mark.model
def test_capital_phrase_beside_the_named_city_adds_nothing(nlp):
    places = run(nlp("Mogadishu, the Somali capital, was hit by a car bomb."), doc_id="d")
    assert [p.text for p in places] == ["Mogadishu"] and places[0].country == "SO"


@pytest.mark.model
def test_capital_of_something_else_is_not_a_place(nlp):
    places = _places(nlp, "He lives in the capital of Coptic Christianity.")
    assert "capital" not in places


@pytest.mark.model
def test_x_in_y_puts_a_small_place_in_the_named_area(nlp):
    places = _places(nlp, "Prosecutors at the Caglayan courthouse in Istanbul charged 12 suspects.")
    assert places["Caglayan"].admin1 == "Istanbul"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rebels attacked villages in eastern Congo on Sunday.",
    "Militia fighters killed 20 people in Congo's Ituri province, officials said.",
    "Fighting near Goma in northeastern Congo displaced thousands.",
])
def test_bare_congo_is_the_dr_congo(nlp, text):
    assert _places(nlp, text)["Congo"].country == "CD"


@pytest.mark.model
def test_congo_beside_brazzaville_is_the_republic(nlp):
    places = _places(nlp, "Police in Brazzaville said unrest spread in Congo after the vote.")
    assert places["Congo"].country == "CG"


@pytest.mark.model
def test_area_qualified_by_a_country_lies_in_it(nlp):
    places = _places(nlp, "Militants attacked an army post in Soum province, Burkina Faso, killing ten.")
    assert places["Soum province"].country == "BF"


@pytest.mark.model
def test_arabic_name_without_its_article_is_found(nlp):
    places = _places(nlp, "Fighters withdrew from Mayadin in eastern Syria.")
    assert places["Mayadin"].country == "SY" and places["Mayadin"].feature == "PPL"


def test_arabic_article_is_dropped_only_when_a_name_follows():
    assert _without_arabic_article("Al Mayādīn") == ["Mayādīn"]
    assert _without_arabic_article("Ar Raqqah") == ["Raqqah"]
    assert _without_arabic_article("Alexandria") == []
    assert _without_arabic_article("Al Ain") == []  # too short to stand alone


@pytest.mark.model
def test_stray_village_of_an_unnamed_country_gives_way_to_the_articles_country():
    gaz = get_gazetteer()
    out = resolve_names({"Soum": 1, "Burkina Faso": 1, "Djibo": 1}, [], gaz)
    assert out["Soum"].candidate.country == "BF" and out["Soum"].candidate.feature == "PCLI"
    assert out["Soum"].confidence < 0.5


@pytest.mark.model
def test_lone_village_without_a_dominant_country_is_kept():
    gaz = get_gazetteer()
    assert resolve_names({"Soum": 1}, [], gaz)["Soum"].candidate.country == "SN"


@pytest.mark.model
def test_burkina_alone_names_burkina_faso():
    assert any(c.country == "BF" and c.feature == "PCLI" for c in get_gazetteer().lookup("Burkina"))


@pytest.mark.model
def test_possessive_capital_in_apposition_to_the_city_adds_nothing(nlp):
    places = run(nlp("A car bomb exploded near a market in Mogadishu, Somalia's capital."), doc_id="d")
    assert "capital" not in {p.text for p in places}


@pytest.mark.model
def test_the_capital_after_its_city_in_the_same_sentence_adds_nothing(nlp):
    text = "Police in Kingston, Jamaica said gang violence in the capital's west had killed six."
    assert "capital" not in _places(nlp, text)


@pytest.mark.model
def test_white_house_is_the_building_not_the_tennessee_town(nlp):
    places = _places(nlp, "Officials at the White House said talks would resume.")
    assert places["White House"].admin1 == "Washington, D.C." and places["White House"].feature == "BLDG"


@pytest.mark.model
def test_heathrow_is_the_london_airport_in_a_british_article(nlp):
    places = _places(nlp, "Fog in southern England cancelled flights at Heathrow on Sunday.")
    assert places["Heathrow"].country == "GB" and places["Heathrow"].feature == "AIRP"


def test_a_landmark_is_located_as_an_exact_point():
    from newsevents.geo.locate import event_location
    from newsevents.models import Place

    text = "Protesters gathered outside the Kremlin on Sunday."
    kremlin = Place(doc_id="d", text="Kremlin", span=(text.index("Kremlin"), text.index("Kremlin") + 7),
                    name="Kremlin", lat=55.75, lon=37.62, country="RU", admin1="Moscow", feature="BLDG",
                    score=1.0)
    trigger = (text.index("gathered"), text.index("gathered") + 8)
    assert event_location([kremlin], (0, len(text)), trigger, text).precision == "exact"


@pytest.mark.model
def test_x_in_a_directional_y_still_qualifies(nlp):
    places = _places(nlp, "Jihadists killed 12 civilians in Soum province in northern Burkina Faso.")
    assert places["Soum province"].country == "BF"


@pytest.mark.model
def test_one_mention_of_the_country_is_enough_against_a_stray_village():
    out = resolve_names({"Soum": 1, "Burkina Faso": 1}, [], get_gazetteer())
    assert out["Soum"].candidate.country == "BF"


@pytest.mark.model
def test_a_village_in_a_neighbouring_country_is_not_stray():
    gaz = get_gazetteer()
    (village,) = [c for c in gaz.lookup("Soum") if c.country == "SN"]
    senegal_neighbour = next(iter(gaz.countries["SN"].neighbours))
    name = gaz.countries[senegal_neighbour].name
    out = resolve_names({"Soum": 1, name: 2}, [], gaz)
    assert out["Soum"].candidate.id == village.id


@pytest.mark.model
def test_congo_is_an_alias_of_dr_congo_and_a_shared_name_of_the_republic():
    matches = {c.country: c.match for c in get_gazetteer().lookup("Congo") if c.feature == "PCLI"}
    assert matches == {"CD": "alias", "CG": "shared"}


@pytest.mark.model
@pytest.mark.parametrize("text,name,country", [
    ("A man stabbed three passengers at Lyon's Part-Dieu station, prosecutors said.", "Lyon", "FR"),
    ("Two rockets hit near Kabul's international airport on Sunday.", "Kabul", "AF"),
])
def test_a_place_in_the_possessive_opening_an_organisation_is_a_place(nlp, text, name, country):
    """spaCy tags "Lyon's Part-Dieu" as an ORG: the possessive place that opens it says where it is."""
    places = _places(nlp, text)
    assert name in places and places[name].country == country


@pytest.mark.model
@pytest.mark.parametrize("text,where,precision", [
    ("Gang members attacked the town of Pont-Sonde in Haiti's Artibonite department on Thursday.",
     "Artibonite", "admin1"),
    ("Gunmen killed 12 people in Nigeria's northeastern Borno state on Monday.", "Borno", "admin1"),
    ("A bomb exploded in Kabul on Monday, Afghanistan's interior ministry said.", "Kabul", "city"),
])
def test_an_event_in_a_countrys_region_is_placed_in_the_region(text, where, precision):
    """'in Haiti's Artibonite department': the event is in Artibonite, not anywhere in Haiti."""
    from newsevents.library import extract

    events = extract(text, published="2024-10-04").events
    assert events and events[0].location is not None
    assert (events[0].location.name, events[0].location.precision) == (where, precision)
