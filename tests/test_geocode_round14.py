"""Geocoding round 14: a place name inside a venue's name yields to the town the clause names; "on the X Strip" and
"in the south of X" tie the event to X; "the X district of Y" is inside Y; a bracketed GeoNames name is the place's
own name; a neighbour's village is stray in an article naming a region of the other country; race words are
no places; "St Peter and St Paul church" is one facility, a saint's name no small namesake town; "the X district of
Y" with the noun inside the name lies in Y."""

from __future__ import annotations

from collections import Counter

import pytest

from newsevents.geo import get_gazetteer
from newsevents.geo.locate import event_location
from newsevents.extract.places import run
from newsevents.geo.facilities import names_a_facility
from newsevents.geo.gazetteer import Candidate
from newsevents.geo.resolve import Context, _facility_place, candidates_for, resolve_names
from newsevents.models import Place

# name -> (country, admin1, feature, lat, lon)
_WHERE = {
    "Mandalay": ("MM", "Mandalay", "PPL", 21.97, 96.08), "Las Vegas Strip": ("US", "Nevada", "PPL", 36.17, -115.14),
    "Amara": ("IQ", "Maysan", "PPL", 31.84, 47.14), "Suruc": ("TR", "Sanliurfa", "PPL", 36.98, 38.42),
    "Santander": ("CO", "Santander", "ADM1", 7.0, -73.25), "Bogota": ("CO", "Bogota D.C.", "PPLC", 4.61, -74.08),
    "Kabul": ("AF", "Kabul", "PPLC", 34.53, 69.17), "Herat": ("AF", "Herat", "PPL", 34.35, 62.2),
    "Afghanistan": ("AF", None, "PCLI", 33.0, 66.0), "Strasbourg": ("FR", "Grand Est", "PPL", 48.58, 7.75),
    "France": ("FR", None, "PCLI", 46.0, 2.0), "Cairo": ("EG", "Cairo", "PPLC", 30.06, 31.25),
    "Abbasiya district": ("IL", "Central District", "PPL", 32.03, 34.88),
    "Kyiv": ("UA", "Kyiv City", "PPLC", 50.45, 30.52), "Kharkiv": ("UA", "Kharkiv", "PPL", 49.98, 36.25),
    "Israel": ("IL", None, "PCLI", 31.5, 34.75), "Manchester": ("GB", "England", "PPL", 53.48, -2.24),
    "Ariana": ("TN", "Ariana", "ADM1", 36.86, 10.19), "Celaya": ("MX", "Guanajuato", "PPL", 20.52, -100.81),
    "Las Insurgentes": ("MX", "Guanajuato", "PPL", 20.5, -100.8),
}


def _places(text: str, *names: str) -> list[Place]:
    out = []
    for i, name in enumerate(names):
        start = text.index(name)
        country, admin1, feature, lat, lon = _WHERE[name]
        out.append(Place(doc_id="d", text=name, span=(start, start + len(name)), name=name, geonameid=i + 1, lat=lat,
                         lon=lon, country=country, admin1=admin1, feature=feature, score=0.9))
    return out


def _locate(text: str, trigger: str, *names: str):
    start = text.index(trigger)
    return event_location(_places(text, *names), (0, len(text)), (start, start + len(trigger)), text)


def test_a_place_on_the_strip_ties_the_event() -> None:
    text = ("A gunman firing from the 32nd floor of the Mandalay Bay hotel killed at least 50 people at a music "
            "festival on the Las Vegas Strip, police said.")
    assert _locate(text, "killed", "Mandalay", "Las Vegas Strip").name == "Las Vegas Strip"
    # counter-case: "on" before a place that is no street or strip ties nothing ("sanctions on Israel")
    text = "The Kyiv government imposed sanctions on Israel over the attack."
    assert _locate(text, "imposed", "Kyiv", "Israel").name == "Kyiv"


def test_a_venue_name_yields_to_the_town_of_the_clause() -> None:
    text = "The bomber who killed 32 people at the Amara cultural centre in Suruc was a Turkish man."
    assert _locate(text, "killed", "Amara", "Suruc").name == "Suruc"
    # counter-case: a city name that opens a place's description, not a venue, keeps the nearer city
    text = "The bomber who killed 32 people at the Kabul checkpoint in Herat was arrested."
    assert _locate(text, "killed", "Kabul", "Herat").name == "Kabul"
    # counter-case: a venue name alone still places the event ("near the Strasbourg Christmas market")
    text = "A gunman attacked shoppers near the Strasbourg Christmas market in France on Tuesday."
    assert _locate(text, "attacked", "Strasbourg", "France").name == "Strasbourg"
    # counter-case: a venue the clause does not tie to the event keeps the nearer place ("in the foyer of the
    # Manchester Arena as fans were leaving an Ariana Grande show")
    text = "A bomber detonated a device in the foyer of the Manchester Arena as fans were leaving an Ariana show."
    assert _locate(text, "detonated", "Manchester", "Ariana").name == "Manchester"
    # counter-case: a venue word after a bare name is no venue's name ("in Celaya after two bar shootings")
    text = "Gunmen killed five people in Celaya after two bar shootings in Las Insurgentes."
    assert _locate(text, "killed", "Celaya", "Las Insurgentes").name == "Celaya"


def test_in_the_south_of_a_city_is_inside_it() -> None:
    text = ("A car bomb exploded inside the General Santander police cadet school in the south of Bogota on "
            "Thursday.")
    location = _locate(text, "exploded", "Santander", "Bogota")
    assert location.name == "Bogota" and location.precision == "city"
    # counter-case: a bare bearing is still outside ("an army post south of Cairo" gives only the country)
    text = "Militants attacked an army post south of Cairo on Monday."
    assert _locate(text, "attacked", "Cairo").precision == "country"


def test_the_district_of_a_city_is_inside_it() -> None:
    text = "The bomber carried out the attack on the church in the Abbasiya district of Cairo, which killed 25."
    assert _locate(text, "attack", "Abbasiya district", "Cairo").country == "EG"
    # counter-case: without "of" the next city does not contain the district
    text = "The attack on the church in the Abbasiya district on Sunday killed 25, Cairo police said."
    assert _locate(text, "attack", "Abbasiya district", "Cairo").country == "IL"


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def test_a_bracketed_geonames_name_is_the_places_own_name(gaz) -> None:
    halle = [c for c in candidates_for("Halle", gaz) if c.name == "Halle (Saale)"]
    assert halle and halle[0].match == "name"
    # counter-case: an alternate name that is not the bracketed name stays an alternate ('Frankfort' for Frankfurt)
    assert all(c.match == "alternate" for c in candidates_for("Frankfurt", gaz) if c.name == "Frankfort")


def test_a_neighbours_village_is_stray_when_the_article_names_a_region_of_its_country(gaz) -> None:
    out = resolve_names({"Sinde": 1, "Mali": 1, "Bandiagara": 1}, [], gaz)
    assert out["Sinde"].candidate.country == "ML" and out["Sinde"].candidate.feature == "PCLI"
    # counter-case: the neighbouring country named without any place inside it keeps the village
    out = resolve_names({"Sinde": 1, "Mali": 2}, [], gaz)
    assert out["Sinde"].candidate.country == "CI"
    # counter-case: a border town beside the places named across the border keeps its country
    out = resolve_names({"Spin Boldak": 1, "Pakistan": 1, "Chaman": 1, "Quetta": 1}, [], gaz)
    assert out["Spin Boldak"].candidate.country == "AF"


@pytest.fixture(scope="module")
def nlp():
    from newsevents.nlp import load

    return load(with_ruler=False)


@pytest.mark.model
def test_a_race_word_is_no_place(nlp) -> None:
    doc = nlp("Officials said eleven of the 13 people shot were Black. The store was the only grocery in the area.")
    assert not run(doc, doc_id="d")
    # counter-case: the colour word inside a longer name is still a place
    doc = nlp("Russian warships sailed into the Black Sea on Monday.")
    assert [p.text for p in run(doc, doc_id="d")] == ["Black Sea"]


def _candidate(name: str, country: str, population: int) -> Candidate:
    return Candidate(id=1, geonameid=1, name=name, lat=0.0, lon=0.0, country=country, admin1=None, feature="PPL",
                     population=population, match="name")


def test_a_saints_name_on_a_facility_is_no_small_namesake_town() -> None:
    canada = Context(Counter({"CA": 1.0}), Counter())
    assert not _facility_place(_candidate("St. Paul", "CA", 5_800), canada, saint=True)
    # counter-cases: a supported small town that is no saint's name, and a saint-named city big enough
    assert _facility_place(_candidate("Kramatorsk", "CA", 5_800), canada)
    assert _facility_place(_candidate("Saint Petersburg", "RU", 5_000_000), Context(), saint=True)


@pytest.mark.model
def test_the_first_of_two_names_of_one_facility_names_it_too(nlp, gaz) -> None:
    doc = nlp("The attack on St Peter and St Paul church killed 25.")
    peter = next(i for i, t in enumerate(doc) if t.text == "Peter")
    assert names_a_facility(doc, peter - 1, peter + 1, gaz)
    # counter-case: two towns and a plural noun ("Paris and London hotels") is no one facility's name
    doc = nlp("Bookings at Paris and London hotels fell.")
    paris = next(i for i, t in enumerate(doc) if t.text == "Paris")
    assert not names_a_facility(doc, paris, paris + 1, gaz)


@pytest.mark.model
def test_a_district_name_with_its_noun_lies_in_the_town_after_of(nlp) -> None:
    doc = nlp("Police said the bomber struck a church in the Abbasiya district of Cairo on Sunday.")
    (abbasiya,) = [p for p in run(doc, doc_id="d") if p.text.startswith("Abbasiya")]
    assert abbasiya.country == "EG"
    # counter-case: without 'of Cairo' nothing puts the district in Egypt
    doc = nlp("Police said crowds gathered in the Abbasiya district on Sunday.")
    assert all(p.country != "EG" for p in run(doc, doc_id="d") if p.text.startswith("Abbasiya"))
