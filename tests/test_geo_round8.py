"""Geocoding round 8: a person's home town written ', of X', kind words in the plural ('the
villages of X'), an area of a named country over a namesake village, and English names of areas
that GeoNames spells otherwise."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsevents.extract.places import _is_origin, _locative_before, _residence_of, run
from newsevents.geo.gazetteer import Candidate
from newsevents.geo.resolve import Context, _area_over_village

from test_places import nlp  # noqa: F401  (the module's model fixture, shared)

VOCAB = spacy.blank("en").vocab


def _doc(text: str, person: tuple[int, int] | None = None) -> Doc:
    """A Doc of the words of text, with an optional PERSON entity over the token range person."""
    doc = Doc(VOCAB, words=text.split())
    if person:
        doc.ents = [Span(doc, *person, label="PERSON")]
    return doc


# ---- ', of X': where a person lives -----------------------------------------------------------

@pytest.mark.parametrize("text, start, person", [
    ("Wesley Brookes , 18 , of Regina has been charged", 6, (0, 2)),
    ("police arrested Kimberly Hacker , of McKee", 6, (2, 4)),
])
def test_comma_of_after_a_name_or_age_is_a_home_town(text, start, person):
    doc = _doc(text, person)
    assert _residence_of(doc, start - 1)
    assert _locative_before(doc, start)
    assert _is_origin(doc, start)  # a home town, never the event's place by itself


@pytest.mark.parametrize("text, start", [
    ("the University of Regina said", 3),  # 'of' without a comma: an organisation's name
    ("the capital , of course , Regina", 6),  # no 'of' right before the name
    ("the government , of which Regina is", 4),  # ', of' after a common noun
])
def test_other_ofs_are_not(text, start):
    doc = _doc(text)
    assert not _locative_before(doc, start)
    assert not _is_origin(doc, start)


@pytest.mark.model
def test_home_town_after_an_age_is_found_and_is_an_origin(nlp):
    doc = nlp("A teenager is facing an attempted murder charge. Wesley Brookes, 18, of Regina "
              "has been charged, Saskatchewan police said.")
    places = {p.text: p for p in run(doc, doc_id="t")}
    assert "Regina" in places
    assert places["Regina"].country == "CA"


@pytest.mark.parametrize("text, start", [
    ("shelling the villages of Zabadani", 4), ("fighting in the towns of Madaya", 5),
    ("a curfew in the provinces of Daraa", 6),
])
def test_a_plural_kind_word_before_of_cues_a_place(text, start):
    assert _locative_before(_doc(text), start)


# ---- the area of a named country over a namesake village ----------------------------------------

def _cand(name: str, country: str, feature: str, population: int, admin1: str | None = None) -> Candidate:
    return Candidate(hash((name, country, feature)) % 10_000, 1, name, 10.0, 10.0, country, admin1,
                     feature, population, "name")


STATE = _cand("Queensland", "AU", "ADM1", 5_000_000, "AU.04")
HAMLET = _cand("Queensland", "CA", "PPL", 4_585, "CA.01")


def test_an_area_of_a_named_country_beats_a_namesake_village():
    ctx = Context()
    ctx.add("CA", "CA.01", 9.0)  # an Alberta paper: many Alberta places
    ctx.add("AU", None, 1.0)  # ... and 'Australia' once
    assert _area_over_village(HAMLET, [STATE, HAMLET], ctx) is STATE


def test_the_village_stays_when_the_area_country_is_not_named():
    ctx = Context()
    ctx.add("CA", "CA.01", 9.0)
    assert _area_over_village(HAMLET, [STATE, HAMLET], ctx) is HAMLET


def test_a_town_stays_whatever_the_context():
    town = _cand("Victoria", "CA", "PPL", 300_000, "CA.02")
    state = _cand("Victoria", "AU", "ADM1", 6_000_000, "AU.07")
    ctx = Context()
    ctx.add("CA", "CA.02", 3.0)
    ctx.add("AU", None, 1.0)
    assert _area_over_village(town, [state, town], ctx) is town


# ---- English names of first-level areas that GeoNames spells otherwise ---------------------------

@pytest.mark.model
@pytest.mark.parametrize("name, key", [
    ("Salahuddin", "IQ.18"), ("Ningxia", "CN.21"), ("Free State", "ZA.03"), ("Lazio", "IT.07"),
    ("Orissa", "IN.21"), ("Yakutia", "RU.63"),
])
def test_english_area_names_resolve_to_the_area(name, key):
    from newsevents.geo import get_gazetteer
    from newsevents.geo.resolve import candidates_for

    found = [c for c in candidates_for(name, get_gazetteer()) if c.feature == "ADM1"]
    assert [c.admin1 for c in found] == [key]
    assert found[0].match == "alias"


@pytest.mark.model
def test_the_headline_names_the_country_a_short_report_leaves_out() -> None:
    """"Kenyan forces battle mall attackers": the body's "Westgate mall" is no hamlet in Alberta, and the body
    alone ("Kenyan troops" once) is too little to say so."""
    from newsevents.extract import places
    from newsevents.geo import get_gazetteer
    from newsevents.nlp import load

    text = ("Kenyan troops exchanged heavy gunfire with militants still holed up inside the Westgate mall on Sunday "
            "as the toll rose to 68.")
    doc = load()(text)
    bare = {p.text: p.country for p in places.run(doc, doc_id="d")}
    headed = {p.text: p.country for p in places.run(doc, doc_id="d",
                                                     headline="Kenyan forces battle mall attackers")}
    assert bare["Westgate"] != "KE" and headed["Westgate"] == "KE"
    assert [d.country for d in places.headline_countries(get_gazetteer(), "Islamic State Claims Seizure Of "
                                                                          "Mozambique Town")] == ["MZ"]
