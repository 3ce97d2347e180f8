"""Geocoding, session 16 (tuner): the centre points of countries and first-level areas whose shipped
consensus point lay within 161 km of neither reference convention (GeoNames' own point of the feature and
the encyclopedia's), set by hand in `extras.CENTRE_POINTS` to a point within reach of both where one exists."""

from __future__ import annotations

import math

from newsevents.extract.places import run
from newsevents.geo import extras
from newsevents.geo.gazetteer import get_gazetteer
from newsevents.geo.resolve import candidates_for
from newsevents.geo.tables import read_admin1, read_countries


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def test_a_hand_set_country_point_reaches_both_conventions() -> None:
    gaz = get_gazetteer()
    niger = gaz.countries["NE"]
    geonames, encyclopedia = (17.61, 8.08), (16.0, 8.0)  # 179 km apart: the shipped point reached only one
    assert _km((niger.lat, niger.lon), geonames) <= 161 and _km((niger.lat, niger.lon), encyclopedia) <= 161
    shipped = {c.iso: c for c in read_countries()}["NE"]
    assert _km((shipped.lat, shipped.lon), geonames) > 161  # the table's own point is left as it was
    # the name index carries the same point as the in-memory table
    cand = next(c for c in candidates_for("Niger", gaz) if c.feature == "PCLI")
    assert (cand.lat, cand.lon) == (niger.lat, niger.lon)


def test_a_hand_set_admin1_point_is_used_and_others_are_untouched() -> None:
    gaz = get_gazetteer()
    ontario = gaz.admin1s["CA.08"]
    assert (ontario.lat, ontario.lon) == extras.CENTRE_POINTS["CA.08"]
    # counter-cases: a country and an area without a hand-set point keep the shipped tables' points
    shipped_c = {c.iso: c for c in read_countries()}
    shipped_a = {a.key: a for a in read_admin1()}
    assert "FR" not in extras.CENTRE_POINTS and gaz.countries["FR"] == shipped_c["FR"]
    assert "CA.10" not in extras.CENTRE_POINTS and gaz.admin1s["CA.10"] == shipped_a["CA.10"]


def test_every_hand_set_point_stays_near_the_shipped_one_or_inside_its_country() -> None:
    """A guard against typos: a hand-set point lies within 1,100 km of the shipped table's point (Canada's
    GeoNames point, the farthest, is 1,049 km from the middle of the country)."""
    shipped = {c.iso: (c.lat, c.lon) for c in read_countries()}
    shipped.update({a.key: (a.lat, a.lon) for a in read_admin1()})
    for key, point in extras.CENTRE_POINTS.items():
        assert key in shipped, key
        assert _km(point, shipped[key]) <= 1100, key


def test_a_country_mention_takes_the_hand_set_point(nlp) -> None:
    places = {p.text: p for p in run(nlp("Gunmen killed 12 soldiers in Niger on Tuesday, the defence "
                                         "ministry said."), doc_id="t")}
    assert places["Niger"].country == "NE"
    assert _km((places["Niger"].lat, places["Niger"].lon), (17.61, 8.08)) <= 161
    # counter-case: a country with no hand-set point resolves to the shipped table's point
    places = {p.text: p for p in run(nlp("Gunmen killed 12 soldiers in Mali on Tuesday, the defence "
                                         "ministry said."), doc_id="t")}
    mali = {c.iso: c for c in read_countries()}["ML"]
    assert (places["Mali"].lat, places["Mali"].lon) == (mali.lat, mali.lon)


def _by_text(nlp, text: str) -> dict:
    return {p.text: p for p in run(nlp(text), doc_id="t")}


def test_a_dateline_before_a_dash_may_spell_a_big_city_its_own_way(nlp) -> None:
    places = _by_text(nlp, "HARGEISA — Somaliland's electoral commission said the vote would go ahead.")
    assert places["HARGEISA"].country == "SO"  # GeoNames spells it Hargeysa
    places = _by_text(nlp, "MEKELLE — A split inside the Tigray People's Liberation Front deepened on Monday.")
    assert places["MEKELLE"].country == "ET"  # Mek'ele
    # counter-case: a speaker's label before a colon is no dateline ('Càller' is Cagliari's Catalan name)
    places = _by_text(nlp, "We have Abdul on the line from Bawku. CALLER: Thank you. The curfew has held.")
    assert "CALLER" not in places


def test_a_town_spelt_another_way_after_a_locative_word_in_a_named_country(nlp) -> None:
    places = _by_text(nlp, "Road access to Kadugli and Dilling in South Kordofan remains cut, and fighting "
                           "was reported near Babanusa.")
    assert places["Babanusa"].country == "SD"  # GeoNames: Babanūsah
    places = _by_text(nlp, "Two villages in Poonch district in India remained without power.")
    assert places["Poonch"].country == "IN"  # Pūnch
    # counter-case: with no place of the town's country named, a variant spelling alone is no cue
    places = _by_text(nlp, "Fighting was reported near Babanusa on Sunday.")
    assert "Babanusa" not in places


def test_a_name_written_as_a_rivers_takes_the_town_beside_it(nlp) -> None:
    places = _by_text(nlp, "Several thousand people waded across the Moei into Mae Sot as Karen rebels "
                           "attacked, Thai officials said.")
    assert places["Moei"].country == "TH"  # the river where the text meets it: at Mae Sot
    places = _by_text(nlp, "The Shabelle burst its banks at Beledweyne in Somalia on Monday.")
    assert places["Shabelle"].country == "SO"
    places = _by_text(nlp, "Officials reopened the main bridge over the Ibar in Mitrovica to cars.")
    assert "Ibar" in places
    # counter-cases: a name before a noun or 'of', an acronym, a capitalised name after another verb
    places = _by_text(nlp, "The senator walked across the Senate floor in Washington to vote.")
    assert "Senate" not in places
    places = _by_text(nlp, "Waiting lists grew across the NHS in England last year.")
    assert "NHS" not in places
    places = _by_text(nlp, "Officials met the Amara delegation in Kabul on Monday.")
    assert "Amara" not in places
