"""Geocoding round 16: the units of local government that humanitarian and local news name places by
('department', 'woreda', 'upazila'); a place name with a possessive inside ("Cox's Bazar"); an area's name
and kind word the model took for a person ('Rakhine State'); the kind word of 'the X region of Y' is X's;
a saint's name written 'St' that GeoNames gives only villages by alternate names ('St Lucia') is also the
country or area its 'Saint' spelling names; a town of the article's country outranks a first-level area of a
country nothing else in the article names ('the Paraná' beside Rosario and Argentina)."""

from __future__ import annotations

from collections import Counter

from newsevents.extract.places import _area_with_kind, _feature_after, run
from newsevents.geo import get_gazetteer
from newsevents.geo.gazetteer import Candidate
from newsevents.geo.resolve import Context, _home_namesake, candidates_for


def _found(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.country, p.feature) for p in run(nlp(text), doc_id="d")}


def test_a_unit_of_local_government_after_a_name_marks_a_place(nlp) -> None:
    doc = nlp("Aid reached families in the Dulecha woreda and the Ukhia upazila.")
    assert _feature_after(doc, 6) and _feature_after(doc, 10)  # 'woreda', 'upazila'
    # counter-case: a capitalised 'Department' heads an institution's name
    doc = nlp("The Justice Department said on Monday it would appeal.")
    assert not _feature_after(doc, 2)
    assert _found(nlp, "The Justice Department said on Monday it would appeal.") == {}


def test_a_department_tagged_an_organisation_is_a_place_of_the_articles_country(nlp) -> None:
    doc = nlp("Thousands have left Ouallam department in the Tillabéri region of Niger.")
    gaz = get_gazetteer()
    got = _found(nlp, "Thousands have left Ouallam department in the Tillabéri region of Niger.")
    assert got.get("Ouallam department") == ("NE", "PPL")
    # counter-case: a town of a country the text's places do not name is no such place
    assert not _area_with_kind(doc, gaz, 3, 5, set())
    assert _area_with_kind(doc, gaz, 3, 5, {"NE"})
    # nor is a facility's noun an area's ('Kabul airport' keeps its own rules)
    assert not _area_with_kind(nlp("Kabul airport reopened."), gaz, 0, 2, {"AF"})


def test_a_place_name_with_a_possessive_inside(nlp) -> None:
    assert _found(nlp, "Flooding hit Cox's Bazar on Monday.") == {"Cox's Bazar": ("BD", "PPL")}
    # cut by the model at the possessive ("King's" + "Lynn")
    assert _found(nlp, "Traffic was heavy near King's Lynn on Sunday.") == {"King's Lynn": ("GB", "PPL")}
    # counter-case: a firm's thing names the place after the possessive
    assert _found(nlp, "Maersk's Rotterdam terminal closed.") == {"Rotterdam": ("NL", "PPL")}


def test_an_area_and_its_kind_word_tagged_a_person(nlp) -> None:
    # (the test pipeline's entity ruler tags 'Rakhine' a place by itself: the rule is tried on the words)
    gaz = get_gazetteer()
    assert _area_with_kind(nlp("Rakhine State said"), gaz, 0, 2, set())
    # counter-case: a US state's name before 'State' is a university's
    assert not _area_with_kind(nlp("Kansas State said"), gaz, 0, 2, set())


def test_the_kind_word_of_an_area_named_before_of_is_that_areas(nlp) -> None:
    got = _found(nlp, "Thousands have fled the Tillabéri region of Niger.")
    assert got.get("Niger") == ("NE", "PCLI")  # the country, not Nigeria's Niger State
    # counter-cases: a town's kind word names the town after 'of'; with no name before it, the kind word is
    # the name's own
    assert _found(nlp, "Protesters gathered in the Hunan city of Yueyang.").get("Yueyang") == ("CN", "PPL")
    assert _found(nlp, "Troops massed in the region of Kherson.").get("Kherson") == ("UA", "ADM1")


def test_a_saints_name_is_also_the_country_of_its_other_spelling(nlp) -> None:
    gaz = get_gazetteer()
    assert any(c.country == "LC" and c.feature == "PCLI" for c in candidates_for("St Lucia", gaz))
    got = _found(nlp, "Rain stopped play in Bridgetown, Barbados, and the teams fly to St Lucia on Thursday.")
    assert got.get("St Lucia") == ("LC", "PCLI")
    # counter-cases: no town of the other spelling is added ('St Andrews' keeps its towns), and a name the
    # gazetteer knows by its own spelling keeps its candidates ('St Moritz')
    assert all(c.feature == "PPL" for c in candidates_for("St Andrews", gaz))
    assert [c.country for c in candidates_for("St Moritz", gaz)] == ["CH"]


def _parana(cid: int, country: str, feature: str, population: int) -> Candidate:
    return Candidate(cid, cid, "Paraná", 0.0, 0.0, country, None, feature, population, "name")


def test_a_home_town_outranks_a_foreign_first_level_area() -> None:
    state, city = _parana(1, "BR", "ADM1", 11_000_000), _parana(2, "AR", "PPL", 247_000)
    argentina = Context(Counter({"AR": 3.0}))
    assert _home_namesake(state, [(3.0, state), (2.2, city)], argentina) is city
    # counter-cases: a village is no such town; a mention of the area's country keeps the area
    village = _parana(3, "AR", "PPL", 4_000)
    assert _home_namesake(state, [(3.0, state), (1.3, village)], argentina) is state
    named = Context(Counter({"AR": 3.0, "BR": 0.5}))
    assert _home_namesake(state, [(3.0, state), (2.2, city)], named) is state


def test_a_town_by_another_spelling_after_a_locative_word_in_a_named_country(nlp) -> None:
    got = _found(nlp, "A curfew was announced in Miranshah, the main town of North Waziristan, Pakistan.")
    assert got.get("Miranshah") == ("PK", "PPL")
    # counter-case: with no place of its country in the text, a village's other spelling is no cue
    assert "Miranshah" not in _found(nlp, "A curfew was announced in Miranshah on Monday night.")
