"""Event location, session 11: a weakly resolved namesake abroad yields to the article's country; a speaker's place
is not the event's; an airport named after a person or a small town stands by the big city named beside it; "in the
south of <city>" keeps the city."""

from __future__ import annotations

import pytest

from newsevents.extract.places import run
from newsevents.geo.locate import event_location
from newsevents.models import Place

# name -> (country, admin1, feature, lat, lon, score)
_WHERE = {
    "Hyderabad": ("IN", "Telangana", "PPL", 17.38, 78.46, 0.9), "Koti": ("JP", "Kochi", "PPL", 33.56, 133.53, 0.36),
    "Paris": ("FR", "Ile-de-France", "PPLC", 48.85, 2.35, 0.9), "Delhi": ("IN", "Delhi", "PPLC", 28.65, 77.23, 0.9),
    "Washington": ("US", "District of Columbia", "PPLC", 38.9, -77.04, 0.9),
    "London": ("GB", "England", "PPLC", 51.5, -0.13, 0.9), "Dublin": ("IE", "Leinster", "PPLC", 53.33, -6.25, 0.9),
    "Mosul": ("IQ", "Nineveh", "PPL", 36.34, 43.13, 0.9), "Iraq": ("IQ", None, "PCLI", 33.0, 44.0, 0.9),
}


def _places(text: str, *names: str, where: dict | None = None) -> list[Place]:
    """Places of the given names at their first occurrence in the text, from a table of name -> (country, admin1,
    feature, lat, lon, score) (this module's by default; tests/test_incidents_s14_location.py passes its own)."""
    out = []
    for i, name in enumerate(names):
        start = text.index(name)
        country, admin1, feature, lat, lon, score = (where or _WHERE)[name]
        out.append(Place(doc_id="d", text=name, span=(start, start + len(name)), name=name, geonameid=i + 1, lat=lat,
                         lon=lon, country=country, admin1=admin1, feature=feature, score=score))
    return out


def _locate(text: str, trigger: str, *names: str, sentence_end: int | None = None, where: dict | None = None):
    start = text.index(trigger)
    return event_location(_places(text, *names, where=where), (0, sentence_end or len(text)),
                          (start, start + len(trigger)), text)


def test_a_weak_namesake_abroad_yields_to_the_article_country():
    text = "A bomb exploded at a snack stall in Koti. Police in Hyderabad said two were hurt."
    loc = _locate(text, "exploded", "Koti", "Hyderabad", sentence_end=text.index(".") + 1)
    assert loc.country == "IN"


def test_a_surely_resolved_foreign_city_stays():
    text = "A bomb exploded at a cafe in Paris. Police in Delhi said an Indian was hurt."
    loc = _locate(text, "exploded", "Paris", "Delhi", sentence_end=text.index(".") + 1)
    assert loc.country == "FR"


def test_a_lone_weak_namesake_stays():
    assert _locate("A bomb exploded at a snack stall in Koti.", "exploded", "Koti").country == "JP"


def test_places_in_the_subject_of_a_speech_verb_are_the_speakers():
    text = "The governments in Dublin and London said they would act after the bombing in Omagh."
    assert _locate(text, "bombing", "Dublin", "London") is None


def test_a_place_that_opens_the_speakers_clause_is_the_speakers():
    text = "A car bomb killed ten people in Mosul, Iraq. In Washington, officials said the attack was planned."
    assert _locate(text, "attack", "Mosul", "Iraq", "Washington").country == "IQ"


def test_officials_in_a_place_without_a_speech_verb_keep_it():
    text = "Officials in Mosul were among those killed when a car bomb exploded."
    assert _locate(text, "exploded", "Mosul").name == "Mosul"


def test_in_a_place_then_a_clause_that_is_no_speech_keeps_it():
    text = "In Mosul, a car bomb killed ten people."
    assert _locate(text, "killed", "Mosul").name == "Mosul"


@pytest.fixture(scope="module")
def nlp():
    from newsevents.nlp import load

    return load(with_ruler=False)


@pytest.mark.model
def test_an_airport_named_after_a_person_stands_in_the_city(nlp):  # noqa: F811
    found = run(nlp("ISTANBUL - Three suicide bombers blew themselves up at Ataturk airport on Tuesday."), doc_id="d")
    ataturk = next(p for p in found if p.text == "Ataturk")
    assert abs(ataturk.lon - 28.95) < 0.5  # Istanbul, not the Atatürk of Düzce


@pytest.mark.model
def test_an_airport_of_a_big_city_stays_there(nlp):  # noqa: F811
    found = run(nlp("KABUL - A suicide bomber blew himself up at Kandahar airport on Tuesday, Afghan police said."),
                doc_id="d")
    kandahar = next(p for p in found if p.text == "Kandahar")
    assert abs(kandahar.lon - 65.7) < 0.5


@pytest.mark.model
def test_the_south_of_a_city_names_the_city(nlp):  # noqa: F811
    found = run(nlp("Gunmen ambushed a police patrol on a road in the south of Culiacan on Wednesday, the Sinaloa "
                    "security ministry said."), doc_id="d")
    assert any(p.text == "Culiacan" and p.feature.startswith("PPL") for p in found)


@pytest.mark.model
def test_the_son_of_a_name_is_no_place_cue(nlp):  # noqa: F811
    found = run(nlp("Gunmen shot the son of Culiacan on Wednesday, the Sinaloa security ministry said."), doc_id="d")
    assert not any(p.text == "Culiacan" for p in found)


@pytest.mark.model
def test_names_listed_after_an_origin_are_origins(nlp):  # noqa: F811
    found = run(nlp("The gunman killed 39 people, among them visitors from Saudi Arabia, Lebanon and India."),
                doc_id="d")
    assert {p.text for p in found if p.role == "origin"} >= {"Saudi Arabia", "Lebanon", "India"}


@pytest.mark.model
def test_a_place_after_an_origin_and_other_words_is_a_place(nlp):  # noqa: F811
    found = run(nlp("Two visitors from Saudi Arabia were killed in Lebanon on Sunday."), doc_id="d")
    assert next(p for p in found if p.text == "Lebanon").role == "place"


def test_a_weak_town_beside_a_weaker_foreign_one_stays():
    text = "A bomb exploded in Koti. Fans in Hyderabad were shocked."
    found = _places(text, "Koti", "Hyderabad")
    found[1] = Place(**{**found[1].__dict__, "score": 0.1})
    loc = event_location(found, (0, text.index(".") + 1), (2, 10), text)
    assert loc.country == "JP"
