"""Geocoding round 7: nations before forces, connector names, kind words before 'of', areas the
gazetteer lacks or misspells, and guesses the article does not back."""

from __future__ import annotations

from collections import Counter

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.extract.places import (Mention, _connected_name, _hyphen_word, _names_a_nation,
                                       _with_kind_word, run)
from newsevents.geo.gazetteer import Candidate
from newsevents.geo.names import connector_variants
from newsevents.geo.qualifiers import qualifiers
from newsevents.geo.resolve import Context, _of_kind, _unsupported_guess, candidates_for, resolve_names
from newsevents.geo.tables import Admin1Row

from test_places import nlp  # noqa: F401  (the module's model fixture, shared)


def _qualifiers(doc: Doc, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """(mention, qualifying name) pairs, as the resolver receives them."""
    return [(q.mention, q.by) for q in qualifiers(doc, mentions)]

VOCAB = spacy.blank("en").vocab


def _doc(text: str, pos: list[str] | None = None) -> Doc:
    """A Doc of the words of text; 'Mazar - i - Sharif' is written without spaces round '-'."""
    words = text.split()
    spaces = [i + 1 < len(words) and "-" not in (w, words[i + 1]) for i, w in enumerate(words)]
    return Doc(VOCAB, words=words, spaces=spaces, pos=pos)


def _town(name: str, country: str, admin1: str, population: int = 5_000, match: str = "name") -> Candidate:
    return Candidate(1, 1, name, 10.0, 10.0, country, admin1, "PPL", population, match)


class _NoGazetteer:
    admin1s: dict = {}

    def lookup(self, name: str) -> tuple:
        return ()


# ---- a nationality word before people or forces names the nation -----------------------------

@pytest.mark.parametrize("text, end", [
    ("Somali troops ended a siege", 1), ("Afghan special forces raided a compound", 1),
    ("Kurdish fighters held the town", 1), ("Somali government officials said", 1),
])
def test_a_nationality_before_people_or_forces_names_the_nation(text, end):
    assert _names_a_nation(_doc(text), end)


@pytest.mark.parametrize("text, end", [
    ("fighting in the Somali region", 3), ("the Somali state said", 2), ("Somali", 1),
])
def test_a_nationality_before_an_area_word_does_not(text, end):
    assert not _names_a_nation(_doc(text), end)


@pytest.mark.model
def test_somali_troops_and_the_capital_are_somalia_and_mogadishu(nlp):
    places = {p.text: p for p in run(nlp("Somali troops ended a 30-hour siege of a hotel in the capital, "
                                         "officials said."), doc_id="d")}
    assert "Somali" not in places  # the nation (context), not Ethiopia's Somali region
    assert places["capital"].name == "Mogadishu" and places["capital"].country == "SO"


# ---- Persian and Arabic connector names -------------------------------------------------------

def test_connector_variants_spell_the_connector_each_way():
    variants = {"mazar e sharif", "mazar ye sharif", "mazar yi sharif"}
    assert set(connector_variants("mazar i sharif")) == variants
    assert connector_variants("kabul") == [] and connector_variants("i e") == []
    assert connector_variants("trinidad and tobago") == []


def test_a_hyphenated_connector_name_is_one_toponym():
    doc = _doc("in Mazar - i - Sharif on Friday")
    assert _hyphen_word(doc, 1, 2, _NoGazetteer()) == (1, 6)
    assert _hyphen_word(doc, 5, 6, _NoGazetteer()) == (1, 6)  # the model tagged the last part
    assert _connected_name("Dasht-e-Barchi") and not _connected_name("Kabul-based")


def test_a_hyphenated_word_without_connector_or_gazetteer_name_stays_as_tagged():
    doc = _doc("a Kabul - based group")
    assert _hyphen_word(doc, 1, 2, _NoGazetteer()) == (1, 2)


@pytest.mark.model
def test_connector_spellings_find_the_geonames_entry():
    from newsevents.geo import get_gazetteer

    gaz = get_gazetteer()
    for name in ("Mazar-i-Sharif", "Mazar-e-Sharif", "Pul-i-Khumri"):
        assert any(c.country == "AF" and c.match == "name" for c in gaz.lookup(name)), name


@pytest.mark.model
def test_mazar_i_sharif_is_the_afghan_city_not_a_jordanian_village(nlp):
    (place,) = run(nlp("A bomb tore through a mosque in Mazar-i-Sharif during Friday prayers."), doc_id="d")
    assert place.text == "Mazar-i-Sharif" and place.country == "AF" and place.feature == "PPL"


@pytest.mark.model
def test_a_district_in_a_citys_possessive_lies_in_that_city(nlp):
    places = {p.text: p for p in run(nlp("Families in Kabul's mainly Hazara Dasht-e-Barchi district "
                                         "held funerals for pupils."), doc_id="d")}
    barchi = places["Dasht-e-Barchi"]
    assert barchi.country == "AF" and abs(barchi.lat - 34.5) < 1.0 and abs(barchi.lon - 69.2) < 1.0


def test_a_possessive_qualifies_the_next_toponym():
    doc = _doc("in Kabul 's mainly Hazara Barchi district", pos=["ADP", "PROPN", "PART", "ADV", "PROPN",
                                                                 "PROPN", "NOUN"])
    kabul, barchi = Mention("Kabul", 1, 2, "ner"), Mention("Barchi", 5, 6, "ner")
    assert _qualifiers(doc, [kabul, barchi]) == [(barchi, "Kabul")]
    far = _doc("Kabul 's police said on Friday that Barchi", pos=["PROPN", "PART", "NOUN", "VERB", "ADP",
                                                                  "PROPN", "SCONJ", "PROPN"])
    assert _qualifiers(far, [Mention("Kabul", 0, 1, "ner"), Mention("Barchi", 7, 8, "ner")]) == []


# ---- kind words -----------------------------------------------------------------------------

def test_the_kind_word_before_of_is_the_names_kind():
    doc = _doc("in the southeastern city of Kerman")
    assert _with_kind_word(doc, Mention("Kerman", 5, 6, "ner"), "Kerman") == "Kerman city"
    capital = _doc("the capital city of Kenya")
    assert _with_kind_word(capital, Mention("Kenya", 4, 5, "ner"), "Kenya") == "Kenya"
    after = _doc("in Kabul province")
    assert _with_kind_word(after, Mention("Kabul", 1, 2, "ner"), "Kabul") == "Kabul province"


@pytest.mark.model
def test_the_city_of_kerman_is_the_city(nlp):
    places = {p.text: p for p in run(nlp("The death toll from the bombings in the southeastern city of "
                                         "Kerman rose to 84."), doc_id="d")}
    assert places["Kerman"].feature == "PPL" and places["Kerman"].country == "IR"


def test_an_area_word_takes_the_area_gazetteer_spells_near_the_town():
    class Gaz(_NoGazetteer):
        admin1s = {"MM.10": Admin1Row("MM.10", "Sagain", "Sagain", 1298480, 24.5, 95.3, 1_000_000)}

    (area,) = _of_kind([_town("Sagaing", "MM", "MM.10", 78_000)], "region", Gaz())
    assert area.feature == "ADM1" and area.admin1 == "MM.10"
    (town,) = _of_kind([_town("Sagaing", "MM", "MM.10", 78_000)], "city", Gaz())
    assert town.feature == "PPL"


def test_an_area_word_with_only_an_unrelated_town_marks_it_a_namesake():
    class Gaz(_NoGazetteer):
        admin1s = {"SN.09": Admin1Row("SN.09", "Fatick", "Fatick", 1, 14.3, -16.4, 700_000)}

    (soum,) = _of_kind([_town("Soum", "SN", "SN.09")], "province", Gaz())
    assert soum.match == "namesake" and soum.feature == "PPL"


@pytest.mark.model
def test_sagaing_region_is_the_area(nlp):
    places = {p.text: p for p in run(nlp("An air strike on a village in Myanmar's Sagaing region killed "
                                         "more than 160 civilians."), doc_id="d")}
    assert places["Sagaing"].feature == "ADM1" and places["Sagaing"].country == "MM"


# ---- guesses the article does not back ------------------------------------------------------

def test_a_namesake_village_is_a_guess_unless_the_article_names_its_country():
    soum = _town("Soum", "SN", "SN.09", match="namesake")
    assert _unsupported_guess(soum, Context())
    assert _unsupported_guess(soum, Context(Counter({"ML": 1.0})))
    assert not _unsupported_guess(soum, Context(Counter({"SN": 1.0})))
    big = _town("Kohat", "PK", "PK.03", population=150_000, match="namesake")
    assert not _unsupported_guess(big, Context())


def test_a_fuzzy_match_is_a_guess_when_the_article_points_elsewhere():
    bajur = _town("Al Bajur", "EG", "EG.09", population=63_000, match="fuzzy")
    assert _unsupported_guess(bajur, Context(Counter({"AF": 0.5})))
    assert not _unsupported_guess(bajur, Context())  # nothing else to go by: the nearest spelling
    assert not _unsupported_guess(bajur, Context(Counter({"EG": 1.0})))
    assert not _unsupported_guess(_town("Soum", "SN", "SN.09"), Context(Counter({"ML": 1.0})))


@pytest.mark.model
def test_soum_province_is_not_the_senegalese_village():
    from newsevents.geo import get_gazetteer

    gaz = get_gazetteer()
    out = resolve_names({"Soum province": 1, "Gaskinde": 1}, [], gaz)
    assert out["Soum province"].candidate is None or out["Soum province"].candidate.country != "SN"
    burkina = resolve_names({"Soum province": 1, "Burkina Faso": 2, "Djibo": 1}, [], gaz)
    assert burkina["Soum province"].candidate is None or burkina["Soum province"].candidate.country == "BF"


@pytest.mark.model
def test_bajaur_is_the_pakistani_district(nlp):
    (place,) = run(nlp("Officials said 63 people died in the attack on a convention in Bajaur, near the "
                       "Afghan border."), doc_id="d")
    assert place.country == "PK"


@pytest.mark.model
def test_kind_words_and_connectors_do_not_change_plain_names():
    from newsevents.geo import get_gazetteer

    gaz = get_gazetteer()
    assert {c.feature for c in candidates_for("Kunduz province", gaz)} == {"ADM1"}
    assert all(c.match != "namesake" for c in candidates_for("Kerman province", gaz))


def test_an_area_of_a_toponym_is_qualified_by_it():
    doc = _doc("in the Barchi district of western Kabul")
    barchi, kabul = Mention("Barchi", 2, 3, "ner"), Mention("Kabul", 6, 7, "ner")
    assert _qualifiers(doc, [barchi, kabul]) == [(barchi, "Kabul")]
    hunan = _doc("in the Hunan city of Yueyang")  # the city lies in the area: not the reverse
    assert _qualifiers(hunan, [Mention("Hunan", 2, 3, "ner"), Mention("Yueyang", 5, 6, "ner")]) == []
