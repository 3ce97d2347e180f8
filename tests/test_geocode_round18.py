"""Geocoding round 18: names the model took for a person or an organisation that the text marks a place:
after an attack noun and 'of' ('the shelling of El Fasher') or a share word ('parts of Khan Younis'), before
'camp' or 'crossing' ('fled Zamzam camp'), or a city of BIG_TOWN people or more by its own name in a country
the text names, unless the text uses the name for a person ('Mr Paterson', 'Palma said')."""

from __future__ import annotations

import pytest

from newsevents.extract.places import _big_town, _locative_before, _place_cue, _used_for_a_person, run
from newsevents.geo.gazetteer import Candidate


def _index(doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def test_an_attack_noun_or_a_share_word_before_of_marks_a_place(nlp) -> None:
    doc = nlp("The shelling of Tawila killed 30 people.")
    assert _locative_before(doc, _index(doc, "Tawila"))
    doc = nlp("Families moved to ruined parts of Tawila.")
    assert _locative_before(doc, _index(doc, "Tawila"))
    # counter-cases: a leader or a member 'of' an organisation is no place
    doc = nlp("The leader of Tawila spoke on Monday.")
    assert not _locative_before(doc, _index(doc, "Tawila"))
    doc = nlp("A member of Tawila was arrested.")
    assert not _locative_before(doc, _index(doc, "Tawila"))


def test_camp_or_crossing_after_a_name_is_a_place_cue(nlp) -> None:
    doc = nlp("Thousands more fled Zamzam camp on Sunday.")
    i = _index(doc, "Zamzam")
    assert _place_cue(doc, i, i + 1)
    doc = nlp("Trucks queued at the Masnaa crossing.")
    i = _index(doc, "Masnaa")
    assert _place_cue(doc, i, i + 1)
    # counter-case: the same name with no cue around it
    doc = nlp("Zamzam reported more deaths on Sunday.")
    assert not _place_cue(doc, 0, 1)


def _city(match: str = "name", country: str = "MX", population: int = 400_000) -> Candidate:
    return Candidate(1, 1, "Celaya", 0.0, 0.0, country, None, "PPL", population, match)


def test_a_big_city_by_its_own_name_in_a_named_country() -> None:
    assert _big_town(_city(), "Celaya", {"MX", "US"})
    # counter-cases: a country the text does not name, another spelling, a small town, an acronym
    assert not _big_town(_city(), "Celaya", {"US"})
    assert not _big_town(_city(match="alternate"), "Celaya", {"MX"})
    assert not _big_town(_city(population=40_000), "Celaya", {"MX"})
    assert not _big_town(_city(), "CELAYA", {"MX"})


def test_a_name_the_text_uses_for_a_person(nlp) -> None:
    doc = nlp("The court heard that Mr Paterson was stabbed.")
    i = _index(doc, "Paterson")
    assert _used_for_a_person(doc, i, i + 1)
    doc = nlp("She had a heart of gold, Palma said.")
    i = _index(doc, "Palma")
    assert _used_for_a_person(doc, i, i + 1)
    # counter-case: a city's name in the subject of a sentence about the city
    doc = nlp("Celaya has also seen a wave of shootings.")
    assert not _used_for_a_person(doc, 0, 1)


def test_a_name_listed_after_a_place(nlp) -> None:
    from newsevents.extract.places import Mention, _listed_after_place

    doc = nlp("Cases are climbing in Barishal and Chattogram this week.")
    barishal = Mention("Barishal", 4, 5, "ner")
    assert _listed_after_place(doc, 6, [barishal])
    # counter-cases: no place before 'and'; a comma, not 'and' (a state after a town keeps its own rule)
    assert not _listed_after_place(doc, 6, [])
    doc = nlp("Cases are climbing in Barishal, Chattogram said.")
    assert not _listed_after_place(doc, 6, [barishal])


def _found(nlp, text: str) -> dict[str, str | None]:
    from newsevents.extract.places import run

    return {p.text: p.country for p in run(nlp(text), doc_id="d")}


def test_an_untagged_town_after_a_locative_word_whatever_its_part_of_speech(nlp) -> None:
    # (the model tags 'Dilling' a verb and 'Awash' a noun in these sentences)
    assert _found(nlp, "Aid groups have screened children in camps around Dilling.").get("Dilling") == "SD"
    assert _found(nlp, "Evacuees are staying near Awash town in Ethiopia.").get("Awash") == "ET"
    # counter-case: a capitalised common word opening a sentence is no town
    assert "Reading" not in _found(nlp, "Reading was slow in Khartoum, Sudan.")


@pytest.mark.model
def test_a_big_city_name_after_a_kinship_noun_is_a_person(nlp) -> None:
    """'the son of Culiacan': the name is a person's, though a big city of a country the text names bears it;
    the city named as where something happened stays a place."""
    found = run(nlp("Gunmen shot the son of Culiacan on Wednesday, the Sinaloa security ministry said."), doc_id="d")
    assert not any(p.text == "Culiacan" for p in found)
    found = run(nlp("Gunmen shot two police officers in Culiacan on Wednesday, the Sinaloa security ministry said."),
                doc_id="d")
    assert any(p.text == "Culiacan" for p in found)
