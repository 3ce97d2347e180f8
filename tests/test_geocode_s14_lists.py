"""Geocoding, session 14: a plural kind word that closes a list of names is each name's kind word
('Fulton and DeKalb counties' are two Georgia counties, not two Illinois towns), and a direction word
before a landform word with a kind tail names one place ('Central Plateau region' is no part of
Nigeria's Plateau State)."""

from __future__ import annotations

from newsevents.extract.places import run
from newsevents.geo.gazetteer import get_gazetteer
from newsevents.geo.resolve import candidates_for


def _by_text(nlp, text: str) -> dict:
    return {p.text: p for p in run(nlp(text), doc_id="t")}


def test_a_plural_kind_word_after_a_list_is_each_names_kind(nlp) -> None:
    places = _by_text(nlp, "Officials in Fulton and DeKalb counties in Georgia have challenged the rule.")
    for name in ("Fulton", "DeKalb"):
        assert places[name].country == "US"
        assert places[name].admin1 == "Georgia"
        assert places[name].feature == "ADM2"


def test_a_list_of_provinces_keeps_its_provinces(nlp) -> None:
    places = _by_text(nlp, "Police in Ondo and Edo states arrested 12 suspects on Monday.")
    assert places["Ondo"].feature == "ADM1" and places["Ondo"].country == "NG"
    assert places["Edo"].feature == "ADM1" and places["Edo"].country == "NG"


def test_a_lone_name_or_a_broken_list_before_a_plural_gets_no_kind_word(nlp) -> None:
    from newsevents.extract.places import _shared_kind_word

    doc = nlp("Saudi Arabia and other Gulf states pledged aid.")
    gulf = next(t.i for t in doc if t.text == "Gulf")
    saudi = next(t.i for t in doc if t.text == "Saudi")

    class M:  # the two fields _shared_kind_word reads
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    assert _shared_kind_word(doc, M(gulf, gulf + 1)) is None  # 'other' before it: no list
    assert _shared_kind_word(doc, M(saudi, saudi + 2)) is None  # the list is broken by 'other'
    doc = nlp("Fulton and DeKalb counties voted.")
    assert _shared_kind_word(doc, M(0, 1)) == "County"
    assert _shared_kind_word(doc, M(2, 3)) == "County"
    doc = nlp("The Baltic states voted.")
    baltic = next(t.i for t in doc if t.text == "Baltic")
    assert _shared_kind_word(doc, M(baltic, baltic + 1)) is None  # one name, no list


def test_a_direction_word_and_a_landform_with_a_tail_name_one_place() -> None:
    gaz = get_gazetteer()
    assert candidates_for("Central Plateau region", gaz) == []
    # counter-cases: the landform's own area with its tail, and a direction word before a real area's name
    assert any(c.country == "NG" and c.feature == "ADM1" for c in candidates_for("Plateau region", gaz))
    assert any(c.country == "PG" for c in candidates_for("Southern Highlands province", gaz))
    assert any(c.country == "SD" for c in candidates_for("Northern Kordofan region", gaz))
