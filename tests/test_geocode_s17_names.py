"""Geocoding, session 17: a place entity the model cut from a longer place name ('Novi' of 'Novi Sad',
'SUDAN' of a 'PORT SUDAN' dateline, 'San Antonio' of 'San Antonio del Táchira') takes the whole name
when the longer words are a place's own name or alias; words that make no name stay out ('Sudan
Monday', 'Paris Sunday')."""

from __future__ import annotations

from newsevents.extract.places import run


def _by_text(nlp, text: str) -> dict:
    return {p.text: p for p in run(nlp(text), doc_id="t")}


def test_a_name_cut_before_its_last_word_takes_it(nlp) -> None:
    places = _by_text(nlp, "Four months after the station canopy fell in Novi Sad and killed sixteen people, "
                           "students are still marching.")
    assert "Novi" not in places
    assert places["Novi Sad"].country == "RS"


def test_a_dateline_cut_after_its_first_word_takes_it(nlp) -> None:
    places = _by_text(nlp, "PORT SUDAN — Drones struck the airport and a power station on Monday.")
    assert "SUDAN" not in places
    assert places["PORT SUDAN"].country == "SD" and places["PORT SUDAN"].feature != "PCLI"


def test_a_name_with_a_lower_case_link_word(nlp) -> None:
    places = _by_text(nlp, "We took the overnight bus to San Antonio del Táchira and walked over the bridge.")
    place = places["San Antonio del Táchira"]
    assert place.country == "VE" and abs(place.lat - 7.81) < 0.5


def test_words_that_make_no_name_stay_out(nlp) -> None:
    places = _by_text(nlp, "Police in Sudan Monday arrested ten men. He flew from Paris Sunday to Lagos.")
    assert places["Sudan"].feature == "PCLI"
    assert places["Paris"].country == "FR"
    assert not any(" " in text for text in places)


def test_a_town_of_the_named_country_over_a_country_by_another_name(nlp) -> None:
    places = _by_text(nlp, "TRINIDAD, Bolivia — Cattle ranchers say three weeks of blockades on the highway "
                           "have cost them their herds.")
    assert places["TRINIDAD"].country == "BO" and places["TRINIDAD"].feature == "PPL"
    places = _by_text(nlp, "Now in exile, the poet lives in Granada, Spain, and writes every day.")
    assert places["Granada"].country == "ES"


def test_a_country_by_its_own_name_still_opens_a_list(nlp) -> None:
    places = _by_text(nlp, "Flights to Colombia, Mexico and Peru were cut on Monday.")
    assert places["Colombia"].country == "CO" and places["Colombia"].feature == "PCLI"
    places = _by_text(nlp, "Carnival crowds filled the streets of Trinidad on Monday night.")
    assert places["Trinidad"].country == "TT"


def test_a_county_stands_at_the_town_of_its_state_named_beside_it(nlp) -> None:
    places = _by_text(nlp, "A tornado tore roofs from homes in Paris, Texas, late Tuesday, the Lamar County "
                           "sheriff said.")
    county, town = places["Lamar County"], places["Paris"]
    assert county.feature == "ADM2" and county.admin1 == "Texas"
    assert abs(county.lat - town.lat) < 0.01 and abs(county.lon - town.lon) < 0.01
    places = _by_text(nlp, "A Cook County judge in Chicago ordered a new trial on Monday.")
    assert abs(places["Cook County"].lat - places["Chicago"].lat) < 0.01


def test_a_county_keeps_its_point_without_a_town_of_its_state_in_its_sentence(nlp) -> None:
    places = _by_text(nlp, "Cases were reported in Lubbock and across the state line in Lea County, "
                           "New Mexico.")
    assert places["Lea County"].admin1 == "New Mexico"
    assert abs(places["Lea County"].lat - places["Lubbock"].lat) > 0.5
    places = _by_text(nlp, "Paris, Texas, was quiet on Monday. The Lamar County sheriff said storms were coming.")
    assert abs(places["Lamar County"].lat - places["Paris"].lat) > 0.5


def test_a_county_does_not_move_to_a_town_it_is_taken_to(nlp) -> None:
    """Review of session 17: 'drove the suspect to Austin' says Austin is elsewhere, not Harris County's town."""
    places = _by_text(nlp, "Harris County deputies drove the suspect to Austin on Monday.")
    assert abs(places["Harris County"].lat - places["Austin"].lat) > 0.3
