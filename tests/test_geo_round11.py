"""Geocoding round 11: towns, camps, lakes, straits and landmarks the GeoNames tables lack or give to
a namesake elsewhere (Tawila, Palma in Mozambique, Muse in Myanmar, Lake Chad), a first-level area
that a small foreign town no longer outranks (Yemen's al-Jawf), 'State of X' as the state, "X, the
Y's second city" as X inside Y, names the model cut short ('Viña del' + 'Mar') or split at a hyphen
('Pul' of 'Pul-i-Khumri'), cues of a place after a mislabelled name ('off Cartagena', 'reached
Kaya', 'march on Sweida', 'the Djugu territory'), nationality words the tables lacked, a
nationality word naming a language, a state's name naming a cartel, and a capitalised direction
word before a village's name ('Northern Alliance')."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.extract.places import (Mention, _completed_name, _locative_before, _names_a_language, _place_cue,
                                        run)
from newsevents.geo import get_gazetteer
from newsevents.geo.gazetteer import Candidate, Demonym
from newsevents.geo.qualifiers import qualifiers
from newsevents.geo.resolve import _lies_in, candidates_for, prior, qualified, resolve_names

from test_places import nlp  # noqa: F401  (the module's model fixture, shared)

VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _doc(words: str, **attrs) -> Doc:
    return Doc(VOCAB, words=words.split(), **attrs)


def _cand(name: str, country: str, feature: str, admin1: str | None = None) -> Candidate:
    return Candidate(hash((name, country, feature)) % 10_000, 1, name, 10.0, 10.0, country, admin1, feature,
                     1000, "name")


def _resolved(out: dict) -> dict[str, tuple[str | None, str | None] | None]:
    return {n: (r.candidate.country, r.candidate.feature) if r.candidate else None for n, r in out.items()}


# ---- towns and areas the tables lacked --------------------------------------------------------

def test_a_town_the_tables_lacked_is_a_candidate(gaz):
    tawila = [c for c in candidates_for("Tawila", gaz) if c.country == "SD"]
    assert tawila and tawila[0].feature == "PPL" and 13.0 < tawila[0].lat < 14.0
    assert max(candidates_for("Muse", gaz), key=prior).country == "MM"  # not Muse, Pennsylvania
    assert [c.country for c in candidates_for("Buuloburde", gaz)] == ["SO"]  # by another spelling


def test_a_small_namesake_needs_its_country_in_the_article(gaz):
    assert _resolved(resolve_names({"Palma": 1}, [Demonym("MZ")], gaz)) == {"Palma": ("MZ", "PPL")}
    assert _resolved(resolve_names({"Palma": 1}, [], gaz)) == {"Palma": ("ES", "PPL")}
    assert _resolved(resolve_names({"Solhan": 1}, [Demonym("BF")], gaz)) == {"Solhan": ("BF", "PPL")}
    assert _resolved(resolve_names({"Solhan": 1}, [], gaz)) == {"Solhan": ("TR", "PPL")}


def test_lakes_and_seas_are_regions_not_the_country_they_name(gaz):
    assert [(c.name, c.feature) for c in candidates_for("Lake Chad", gaz)] == [("Lake Chad", "RGN")]
    assert max(candidates_for("Chad", gaz), key=prior).feature == "PCLI"
    assert [c.feature for c in candidates_for("Sea of Galilee", gaz)] == ["RGN"]
    assert [c.feature for c in candidates_for("Mitiga", gaz)] == ["AIRP"]


def test_nationality_words_the_tables_lacked(gaz):
    assert gaz.demonym("Argentine") == Demonym("AR")
    assert gaz.demonym("Kosovars") == Demonym("XK")
    assert gaz.demonym("Tajik") is None  # a people of Afghanistan too: no country's vote


# ---- a first-level area and a small namesake town abroad -------------------------------------------

def test_a_small_town_abroad_does_not_outrank_a_province(gaz):
    yemen = [c for c in candidates_for("al-Jawf", gaz) if c.country == "YE" and c.feature == "ADM1"]
    assert yemen and yemen[0].match == "name"
    out = resolve_names({"al-Jawf": 1, "Marib": 1}, [Demonym("YE")], gaz)
    assert _resolved(out)["al-Jawf"] == ("YE", "ADM1")
    parish = [c for c in candidates_for("Manchester", gaz) if c.country == "JM"]
    assert parish[0].match == "outgrown"  # a city of half a million still does


def test_state_of_x_is_the_state(gaz):
    assert [(c.country, c.feature) for c in candidates_for("State of Mexico", gaz)] == [("MX", "ADM1")]
    assert [(c.country, c.feature) for c in candidates_for("Province of Quebec", gaz)] == [("CA", "ADM1")]
    assert max(candidates_for("City of Montreal", gaz), key=prior).feature.startswith("PPL")
    assert [c.feature for c in candidates_for("State of Israel", gaz)] == ["PCLI"]


# ---- "X, the Y's second city" --------------------------------------------------------------------

def test_a_town_described_as_the_next_places_town_lies_inside_it():
    doc = _doc("raids in Santiago , the Dominican Republic 's second city , and")
    m, n = Mention("Santiago", 2, 3, "ner"), Mention("Dominican Republic", 5, 7, "ner")
    assert [(q.mention.text, q.by, q.inside) for q in qualifiers(doc, [m, n])] == [
        ("Santiago", "Dominican Republic", True)]
    said = _doc("in Santiago , Chile 's president said")
    m, n = Mention("Santiago", 1, 2, "ner"), Mention("Chile", 3, 4, "ner")
    assert [(q.by, q.inside) for q in qualifiers(said, [m, n])] == [("Chile", False)]


def test_an_inside_qualifier_narrows_a_name_that_could_open_a_list(gaz):
    santiago = qualified("Santiago", candidates_for("Santiago", gaz), "Dominican Republic", gaz, inside=True)
    assert santiago and {c.country for c in santiago} == {"DO"}
    uk = qualified("UK", candidates_for("UK", gaz), "China", gaz, inside=True)  # 'UK students in China'
    assert [c.country for c in uk] == ["GB"]


def test_an_inside_qualifier_keeps_the_areas_of_the_country(gaz):
    hunan = qualified("Hunan", candidates_for("Hunan", gaz), "China", gaz, inside=True)  # "China's Hunan"
    assert {c.country for c in hunan} == {"CN"} and "ADM1" in {c.feature for c in hunan}
    assert max(hunan, key=prior).feature == "ADM1"  # the province, not the village of 800 people
    cs = candidates_for("South-West region", gaz)
    assert [(c.country, c.feature) for c in qualified("South-West region", cs, "Cameroon", gaz, inside=True)] == [
        ("CM", "ADM1")]
    area, country = _cand("Kaduna", "NG", "ADM1", "NG.23"), _cand("Nigeria", "NG", "PCLI")
    assert _lies_in(area, country, inside=True)
    assert not _lies_in(area, country, inside=False)  # 'Kaduna, Nigeria' may be a list
    assert not _lies_in(area, area, inside=True)  # 'Kaduna, in Kaduna state' is the town
    assert _lies_in(_cand("Zaria", "NG", "PPL", "NG.23"), area, inside=False)


@pytest.mark.model
def test_descriptions_place_the_town_end_to_end(nlp):  # noqa: F811
    places = run(nlp("Agents detained hundreds of Haitians in Santiago, the Dominican Republic's second "
                     "city, and drove them to the frontier."), doc_id="t")
    assert [(p.text, p.country) for p in places if p.text == "Santiago"] == [("Santiago", "DO")]
    places = run(nlp("Students were abducted in Buea, capital of Cameroon's South-West region."), doc_id="t")
    assert [(p.country, p.feature) for p in places if p.text == "South-West"] == [("CM", "ADM1")]


# ---- names the model cut short or split --------------------------------------------------------------

def test_a_place_entity_cut_short_is_completed(gaz):
    doc = _doc("fires in Viña del Mar on Friday")
    assert _completed_name(doc, gaz, 2, 4) == 5
    assert _completed_name(_doc("Sistan and Baluchestan province"), gaz, 0, 1) == 3
    assert _completed_name(_doc("fires in Viña del Sol on Friday"), gaz, 2, 4) == 4  # no such name
    assert _completed_name(_doc("in Kabul Police said"), gaz, 1, 2) == 2


@pytest.mark.model
def test_a_hyphenated_name_is_one_place(nlp):  # noqa: F811
    places = run(nlp("A smaller explosion was reported the same week in Pul-i-Khumri, the capital of "
                     "neighbouring Baghlan."), doc_id="t")
    assert ("Pul-i-Khumri", "AF") in [(p.text, p.country) for p in places]
    assert "Pul" not in [p.text for p in places]


# ---- cues that a mislabelled name is a place -------------------------------------------------------

def test_off_as_a_preposition_is_locative():
    assert _locative_before(_doc("four boats off Cartagena", pos=["NUM", "NOUN", "ADP", "PROPN"]), 3)
    assert not _locative_before(_doc("they called off Cartagena", pos=["PRON", "VERB", "PART", "PROPN"]), 3)


def test_an_advance_on_a_place_is_locative():
    march = _doc("fighters gathered to march on Sweida", pos=["NOUN", "VERB", "PART", "VERB", "ADP", "PROPN"])
    assert _locative_before(march, 5)
    assert _locative_before(_doc("a Houthi push on Sirwah"), 4)
    relied = _doc("they relied on Sweida", pos=["PRON", "VERB", "ADP", "PROPN"])
    assert not _locative_before(relied, 3)


def test_reaching_or_fleeing_a_place_is_a_cue():
    pos = ["NOUN", "VERB", "PROPN"]
    reached = _doc("survivors reached Kaya", pos=pos, lemmas=["survivor", "reach", "Kaya"])
    assert _place_cue(reached, 2, 3)
    praised = _doc("survivors praised Kaya", pos=pos, lemmas=["survivor", "praise", "Kaya"])
    assert not _place_cue(praised, 2, 3)


def test_a_place_noun_after_the_name_is_a_cue():
    assert _place_cue(_doc("in Ituri 's Djugu territory ,"), 3, 4)
    assert not _place_cue(_doc("Ituri 's Djugu said ,"), 2, 3)


# ---- a nationality word naming a language, a place name naming an organisation -------------------

def test_a_nationality_word_after_a_verb_of_naming_is_a_language():
    spelled = _doc("Bulo Burte , spelled Buuloburde in Somali , in Hiiraan",
                   lemmas=["Bulo", "Burte", ",", "spell", "Buuloburde", "in", "Somali", ",", "in", "Hiiraan"])
    assert _names_a_language(spelled, 6, 7)
    region = _doc("fighting spread in Somali region", pos=["NOUN", "VERB", "ADP", "PROPN", "NOUN"],
                  lemmas=["fighting", "spread", "in", "Somali", "region"])
    assert not _names_a_language(region, 3, 4)
    troops = _doc("troops were sent in Somali", lemmas=["troop", "be", "send", "in", "Somali"])
    assert not _names_a_language(troops, 4, 5)  # no verb of naming


@pytest.mark.model
def test_an_organisation_named_after_a_state_is_no_place(nlp):  # noqa: F811
    places = run(nlp("Clashes between rival factions of the Sinaloa Cartel have emptied towns in the state."),
                 doc_id="t")
    assert "Sinaloa" not in [p.text for p in places]
    places = run(nlp("Soldiers clashed with gunmen in Sinaloa on Monday."), doc_id="t")
    assert [(p.text, p.country) for p in places] == [("Sinaloa", "MX")]


def test_a_capitalised_direction_word_needs_an_area_or_a_town_after_it(gaz):
    assert candidates_for("Northern Alliance", gaz) == []  # not Alliance, Ohio
    assert candidates_for("Western Union", gaz) == []
    assert [c.name for c in candidates_for("Lower Manhattan", gaz)][:1] == ["Manhattan"]
    assert {"GB", "CA"} <= {c.country for c in candidates_for("Upper Edmonton", gaz)}  # namesakes kept
    assert max(candidates_for("Northern Syria", gaz), key=prior).feature == "PCLI"
