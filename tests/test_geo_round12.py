"""Geocoding round 12: a building's name after a namesake village far from the article's city ('the
Erawan shrine' beside 'Bangkok police'), a beach or street the text puts inside a city ('Lido beach
in Mogadishu', 'La Rambla in Barcelona'), and a town's head that names no country ('the City of
Turkey'); lakes, the Sahara, the Sulu archipelago and the two Golden Triangles as regions."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.extract.places import run
from newsevents.geo import get_gazetteer
from newsevents.geo.facilities import names_a_facility, names_a_landmark
from newsevents.geo.gazetteer import Candidate, Demonym
from newsevents.geo.resolve import _city_of_landmark, candidates_for, prior, qualified, resolve_names

from test_places import nlp  # noqa: F401  (the module's model fixture, shared)

VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _doc(words: str) -> Doc:
    return Doc(VOCAB, words=words.split())


def _town(name: str, country: str, lat: float, lon: float, population: int, feature: str = "PPL") -> Candidate:
    return Candidate(hash((name, country)) % 10_000, 1, name, lat, lon, country, f"{country}.01", feature,
                     population, "name")


# ---- a building's name -------------------------------------------------------------------------------

def test_a_landmark_noun_after_the_name_is_a_buildings_name(gaz):
    assert names_a_landmark(_doc("near the Erawan shrine on Monday"), 2, 3, gaz)
    assert names_a_landmark(_doc("at the Pulse nightclub"), 2, 3, gaz)
    assert names_a_facility(_doc("at the Bokkos market"), 2, 3, gaz)
    assert not names_a_landmark(_doc("at the Bokkos market"), 2, 3, gaz)  # a market bears its town's name
    assert not names_a_landmark(_doc("a bomb in Erawan on Monday"), 3, 4, gaz)
    assert names_a_landmark(_doc("shops on Bath Street were closed"), 2, 3, gaz)
    assert not names_a_landmark(_doc("shelling on the Bakhmut road"), 3, 4, gaz)  # a road leads there


def test_a_landmarks_village_far_from_the_articles_city_gives_way_to_the_city():
    erawan = _town("Erawan", "TH", 17.30, 101.95, 15_000)
    bangkok = _town("Bangkok", "TH", 13.75, 100.50, 5_100_000, "PPLC")
    assert _city_of_landmark(erawan, [bangkok]) == bangkok
    near = _town("Bang Pa-in", "TH", 14.23, 100.58, 15_000)  # about 55 km from Bangkok: the village stays
    assert _city_of_landmark(near, [bangkok]) is None
    assert _city_of_landmark(erawan, [_town("Yangon", "MM", 16.8, 96.15, 4_400_000)]) is None  # another country
    assert _city_of_landmark(erawan, [_town("Loei", "TH", 17.49, 101.72, 22_000)]) is None  # no big city
    assert _city_of_landmark(_town("Kramatorsk", "UA", 48.72, 37.56, 150_000),
                             [_town("Kyiv", "UA", 50.45, 30.52, 2_900_000)]) is None  # a city of its own


@pytest.mark.model
def test_a_landmark_end_to_end(nlp):  # noqa: F811
    places = run(nlp("A bomb exploded near the Erawan shrine in Bangkok on Monday evening, killing 20 people. "
                     "Police said the attack targeted tourists."), doc_id="t")
    assert round({p.text: p.lat for p in places}["Erawan"]) == 14  # Bangkok's point, not Loei's (17)
    # the city only in another sentence: not trusted since the review of session 9 ("outside the Pahalgam hotel.
    # New Delhi blamed Pakistan" moved Pahalgam to Delhi)
    places = run(nlp("A bomb exploded near the Erawan shrine on Monday evening, killing 20 people. "
                     "Bangkok police said the attack targeted tourists."), doc_id="t")
    assert round({p.text: p.lat for p in places}["Erawan"]) == 17
    places = run(nlp("Troops clashed near Erawan on Monday. Bangkok said the army had retaken the town."),
                 doc_id="t")
    assert round({p.text: p.lat for p in places}["Erawan"]) == 17  # a town, not a building


# ---- a beach or street inside a city -----------------------------------------------------------------

def test_a_village_name_the_text_puts_inside_a_city_takes_the_citys_point(gaz):
    lido = qualified("Lido beach", candidates_for("Lido beach", gaz), "Mogadishu", gaz, inside=True)
    assert [(c.country, c.feature) for c in lido] == [("SO", "PPLC")]  # Mogadishu's point
    rambla = qualified("La Rambla", candidates_for("La Rambla", gaz), "Barcelona", gaz, inside=True)
    assert [round(c.lat) for c in rambla] == [41]  # Barcelona, not La Rambla in Andalusia
    # a list, not a place inside the city ('Lido Beach, Mogadishu' may be one)
    assert qualified("Lido beach", candidates_for("Lido beach", gaz), "Mogadishu", gaz) == candidates_for(
        "Lido beach", gaz)
    # a city of its own is no part of the next one ('refugees from Chicago in Houston')
    chicago = candidates_for("Chicago", gaz)
    assert qualified("Chicago", chicago, "Houston", gaz, inside=True) == chicago


# ---- a town's head -------------------------------------------------------------------------------------

def test_a_towns_head_names_no_country(gaz):
    assert all(c.feature.startswith("PPL") for c in candidates_for("City of Turkey", gaz))
    assert max(candidates_for("City of Toronto", gaz), key=lambda c: c.population).country == "CA"
    assert [c.feature for c in candidates_for("Republic of Turkey", gaz)][:1] == ["PCLI"]


# ---- lakes, an archipelago and a name two regions share ---------------------------------------------

def test_lakes_and_an_archipelago_are_regions_not_a_namesake_town(gaz):
    assert [(c.feature, c.country) for c in candidates_for("Lake Victoria", gaz)] == [("RGN", None)]
    assert [c.name for c in candidates_for("Lake Nyasa", gaz)] == ["Lake Malawi"]
    assert [(c.feature, c.country) for c in candidates_for("Lake Lanao", gaz)] == [("RGN", "PH")]
    assert max(candidates_for("Sulu archipelago", gaz), key=prior).country == "PH"
    assert max(candidates_for("Victoria", gaz), key=prior).name != "Lake Victoria"  # the bare name
    # a lake is not the state, nor the far town, it is named after
    assert [(c.feature, round(c.lat)) for c in candidates_for("Lake Ontario", gaz)] == [("RGN", 44)]
    assert max(candidates_for("Ontario", gaz), key=prior).feature == "ADM1"
    assert [c.country for c in candidates_for("Lake Mead", gaz)] == ["US"] and round(
        candidates_for("Lake Mead", gaz)[0].lat) == 36  # not Mead, Washington
    assert max(candidates_for("Sahara", gaz), key=prior).feature == "RGN"  # not a Yemeni village
    assert max(candidates_for("Western Sahara", gaz), key=prior).feature == "PCLI"


def test_the_articles_country_picks_one_of_two_regions_of_a_name(gaz):
    def where(country: str) -> tuple[str | None, str]:
        c = resolve_names({"Golden Triangle": 1}, [Demonym(country)], gaz)["Golden Triangle"].candidate
        return c.country, c.feature

    assert where("MX") == ("MX", "RGN")
    assert where("LA") == ("TH", "RGN")  # where Laos, Myanmar and Thailand meet
