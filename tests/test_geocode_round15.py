"""Geocoding round 15: an unresolved name is not placed at a neighbour far outside the article's own country
or first-level area; a sea's coast that the text gives to a country or area lies at the article's town there
nearest to the sea; a river the text writes as one lies at the town named next to it."""

from __future__ import annotations

from newsevents.extract.places import run
from newsevents.geo.nearby import NEAR_SCORE, place_by_neighbours, place_coasts, place_rivers
from newsevents.models import Place


def _place(text: str, start: int, lat: float | None = None, lon: float | None = None, country: str | None = None,
           admin1: str | None = None, feature: str | None = None) -> Place:
    return Place(doc_id="d", text=text, span=(start, start + len(text)), name=None if lat is None else text,
                 lat=lat, lon=lon, country=country, admin1=admin1, feature=feature, score=0.9)


def _kerala(far_lat: float, far_lon: float, far_admin1: str) -> list[Place]:
    # "Kerala confirmed a case in Malappuram district. Wards near Pandikkad were shut, and a laboratory was
    # sent from Pune." (sentences from 0 and 47)
    return [_place("Kerala", 0, 10.4, 76.4, "IN", "Kerala", "ADM1"),
            _place("Malappuram", 27, 11.07, 76.07, "IN", "Kerala", "PPL"),
            _place("Pandikkad", 59),
            _place("Pune", 103, far_lat, far_lon, "IN", far_admin1, "PPL")]


def test_a_neighbour_far_outside_the_articles_area_does_not_place_a_name() -> None:
    got = place_by_neighbours(_kerala(18.52, 73.86, "Maharashtra"), [0, 47], [True] * 4)
    # not Pune's point, 860 km away: the article's own area, which it names as a place
    assert (got[2].lat, got[2].admin1, got[2].feature, got[2].score) == (10.4, "Kerala", "ADM1", NEAR_SCORE)
    # counter-case: a neighbour inside the article's area places the name as before
    got = place_by_neighbours(_kerala(11.2, 76.3, "Kerala"), [0, 47], [True] * 4)
    assert (got[2].lat, got[2].admin1) == (11.2, "Kerala")


def test_a_foreign_city_next_to_a_valley_does_not_place_it() -> None:
    # "ITEN, Kenya. Runners above the Kerio Valley talk of the Berlin record. They come from Eldoret."
    places = [_place("ITEN", 0, 0.67, 35.51, "KE", "Elgeyo-Marakwet", "PPL"), _place("Kenya", 6, 0.5, 38.0, "KE",
              None, "PCLI"), _place("Kerio Valley", 33), _place("Berlin", 58, 52.52, 13.4, "DE", "Berlin", "PPLC"),
              _place("Eldoret", 89, 0.52, 35.27, "KE", "Uasin Gishu", "PPL")]
    got = place_by_neighbours(places, [0, 13, 72], [True] * 5)
    assert got[2].lat is None  # no Kenyan town in its sentence, and no German one either
    # counter-case: an article with no country of its own keeps the nearest neighbour
    got = place_by_neighbours([places[2], places[3], places[4]], [0, 72], [True] * 3)
    assert got[0].country == "DE"


def test_a_border_town_across_the_river_still_places_it() -> None:
    # "The Arakan Army captured Maungdaw on the Naf River, on the border with Bangladesh. Refugees in
    # Cox's Bazar feared new arrivals." Most places are Bangladeshi, but Maungdaw lies 80 km from Cox's Bazar.
    places = [_place("Maungdaw", 25, 20.82, 92.37, "MM", "Rakhine", "PPL"), _place("Naf River", 45),
              _place("Bangladesh", 74, 24.0, 90.0, "BD", None, "PCLI"),
              _place("Cox's Bazar", 98, 21.43, 92.01, "BD", "Chittagong", "PPL")]
    got = place_by_neighbours(places, [0, 86], [True] * 4)
    assert got[1].country == "MM"
    # counter-case: the same neighbour 1,000 km from the Bangladeshi town is a stranger
    far = [_place("Maungdaw", 25, 16.0, 97.6, "MM", "Mon", "PPL"), places[1], places[2],
           _place("Cox's Bazar", 98, 24.9, 91.9, "BD", "Sylhet", "PPL"), _place("Sylhet", 120, 24.9, 91.87, "BD",
                                                                                 "Sylhet", "PPL")]
    assert place_by_neighbours(far, [0, 86], [True] * 5)[1].lat is None


def test_a_coast_of_a_country_lies_at_its_town_nearest_the_sea(nlp) -> None:
    doc = nlp("Police in Alexandria arrested 14 people. Prosecutors in Cairo ordered an inquiry into building "
              "along the Mediterranean coast of Egypt.")
    (coast,) = [p for p in run(doc, doc_id="d") if p.text.startswith("Mediterranean")]
    assert (round(coast.lat, 1), round(coast.lon, 1), coast.country, coast.score) == (31.2, 29.9, "EG", NEAR_SCORE)
    doc = nlp("Smaller rallies took place in Gori and in Batumi on Georgia's Black Sea coast.")
    (sea,) = [p for p in run(doc, doc_id="d") if p.text == "Black Sea"]
    assert (round(sea.lat), round(sea.lon), sea.country) == (42, 42, "GE")


def test_a_sea_without_a_coast_of_an_area_keeps_its_point(nlp) -> None:
    doc = nlp("Police in Alexandria said ships in the Mediterranean Sea were searched.")
    (sea,) = [p for p in run(doc, doc_id="d") if p.text.startswith("Mediterranean")]
    assert sea.country is None and sea.score > NEAR_SCORE
    doc = nlp("Tourists from Cairo flocked to the Black Sea coast of Turkey in July.")  # no Turkish town named
    (sea,) = [p for p in run(doc, doc_id="d") if p.text == "Black Sea"]
    assert sea.country is None


def test_coast_owner_is_read_after_of_or_before_a_possessive() -> None:
    text = "fishing off the Pacific coast of Nariño near Tumaco"
    sea = Place(doc_id="d", text="Pacific coast", span=(16, 29), name="Pacific Ocean", lat=0.0, lon=-160.0,
                feature="RGN", score=1.0)
    owner = _place("Nariño", 33, 1.66, -77.88, "CO", "Nariño", "ADM1")
    town = _place("Tumaco", 45, 1.79, -78.79, "CO", "Nariño", "PPL")
    got = place_coasts([sea, owner, town], text)
    assert (got[0].lat, got[0].country) == (1.79, "CO")
    # counter-case: 'the Pacific coast near Nariño' gives the coast to no area
    text = "fishing off the Pacific coast near Nariño at Tumaco"
    owner = _place("Nariño", 35, 1.66, -77.88, "CO", "Nariño", "ADM1")
    town = _place("Tumaco", 45, 1.79, -78.79, "CO", "Nariño", "PPL")
    assert place_coasts([sea, owner, town], text)[0].lat == 0.0


def test_a_river_along_a_town_lies_at_that_town(nlp) -> None:
    doc = nlp("Thousands fled Wad Madani after paramilitaries entered the city, walking south toward Sennar along "
              "the Blue Nile.")
    (river,) = [p for p in run(doc, doc_id="d") if p.text == "Blue Nile"]
    assert (round(river.lat, 1), river.country, river.score) == (13.6, "SD", NEAR_SCORE)  # at Sennar
    # counter-case: the state written as such keeps its own point
    doc = nlp("Thousands fled Wad Madani toward Sennar and the Blue Nile state.")
    (state,) = [p for p in run(doc, doc_id="d") if p.text.startswith("Blue Nile")]
    assert state.feature == "ADM1" and state.score > NEAR_SCORE


def test_a_rivers_town_near_its_neighbour_keeps_its_point() -> None:
    text = "Bridges across the Rio Grande to McAllen were shut."
    river = _place("Rio Grande", 19, 26.38, -98.82, "MX", "Tamaulipas", "PPL")
    town = _place("McAllen", 33, 26.2, -98.23, "US", "Texas", "PPL")
    assert place_rivers([river, town], text, [0])[0].lat == 26.38  # 60 km from McAllen: its own point stands
    far = _place("Rio Grande", 19, 23.83, -103.03, "MX", "Zacatecas", "PPL")
    assert place_rivers([far, town], text, [0])[0].lat == 26.2  # a namesake 500 km away: McAllen's point
    # counter-case: no river words before the name
    plain = "Bridges in the Rio Grande to McAllen were shut."
    assert place_rivers([_place("Rio Grande", 15, 23.83, -103.03, "MX", "Zacatecas", "PPL"),
                         _place("McAllen", 29, 26.2, -98.23, "US", "Texas", "PPL")], plain, [0])[0].lat == 23.83
