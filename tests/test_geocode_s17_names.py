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
