"""Toponyms of a document: detection, resolution by context, origin role, and event location."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.extract.places import event_location, run
from newsevents.models import Place

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "seeds"


def _place(text: str, start: int, **kw) -> Place:
    return Place(doc_id="d", text=text, span=(start, start + len(text)), **kw)


def test_event_location_prefers_in_x_in_the_trigger_clause():
    text = "Militants stole cars in the village of Shalazhi and attacked police in nearby Grozny."
    shalazhi = _place("Shalazhi", text.index("Shalazhi"), name="Shalazhi", lat=43.09, lon=45.36,
                      country="RU", admin1="Chechnya", feature="PPL", score=1.0)
    grozny = _place("Grozny", text.index("Grozny"), name="Grozny", lat=43.31, lon=45.69,
                    country="RU", admin1="Chechnya", feature="PPL", score=1.0)
    trigger = (text.index("attacked"), text.index("attacked") + 8)
    loc = event_location([shalazhi, grozny], (0, len(text)), trigger, text)
    assert loc.name == "Grozny" and loc.how == "clause" and loc.precision == "city"


def test_event_location_the_x_attack():
    text = "Russia condemned the Grozny attack on Friday."
    russia = _place("Russia", 0, name="Russia", lat=60.0, lon=100.0, country="RU", feature="PCLI", score=1.0)
    grozny = _place("Grozny", text.index("Grozny"), name="Grozny", lat=43.31, lon=45.69,
                    country="RU", admin1="Chechnya", feature="PPL", score=1.0)
    trigger = (text.index("attack"), text.index("attack") + 6)
    assert event_location([russia, grozny], (0, len(text)), trigger, text).name == "Grozny"


def test_event_location_never_uses_an_origin_place_and_falls_back_to_the_article():
    text = "A man from Georgia opened fire. Police in Chechnya said Chechnya was calm."
    georgia = _place("Georgia", text.index("Georgia"), name="Georgia", lat=42.0, lon=43.5,
                     country="GE", feature="PCLI", score=1.0, role="origin")
    chech = [_place("Chechnya", i, name="Chechnya", lat=43.2, lon=45.7, country="RU",
                    admin1="Chechnya", feature="ADM1", score=1.0)
             for i in (text.index("Chechnya"), text.rindex("Chechnya"))]
    first = (0, text.index(".") + 1)
    loc = event_location([georgia, *chech], first, (text.index("opened"), text.index("opened") + 6), text)
    assert loc.how == "article" and loc.country == "RU" and loc.precision == "admin1"


def test_event_location_none_without_any_place():
    assert event_location([], (0, 10), None, "Shots rang") is None


@pytest.fixture(scope="module")
def nlp():
    from newsevents.nlp import load

    return load(with_ruler=False)


@pytest.mark.model
def test_georgia_is_the_country_near_chechen_and_tbilisi(nlp):
    doc = nlp("Abu Omar al-Shishani, an ethnic Chechen from Georgia, fought in Syria. "
              "Police in Tbilisi said he grew up in Georgia.")
    georgia = [p for p in run(doc, doc_id="d") if p.text == "Georgia"]
    assert georgia and all(p.country == "GE" and p.feature == "PCLI" for p in georgia)


@pytest.mark.model
def test_georgia_is_the_us_state_near_atlanta(nlp):
    doc = nlp("Two people were shot in Atlanta on Sunday. Police in Georgia are looking for a suspect.")
    (georgia,) = [p for p in run(doc, doc_id="d") if p.text == "Georgia"]
    assert georgia.country == "US" and georgia.feature == "ADM1"


@pytest.mark.model
def test_origin_role_for_an_ethnic_chechen_from_georgia(nlp):
    doc = nlp("Abu Omar al-Shishani, an ethnic Chechen from Georgia, is a top commander.")
    (georgia,) = [p for p in run(doc, doc_id="d") if p.text == "Georgia"]
    assert georgia.role == "origin"


@pytest.mark.model
@pytest.mark.shared
def test_seed_shalazhi_grozny_dagestan_resolved(nlp):
    text = (SEEDS / "003_e67104e3034b70ac.txt").read_text(encoding="utf-8")
    places = run(nlp(text), doc_id="seed")
    by_text = {p.text: p for p in places if p.role == "place"}
    assert by_text["Shalazhi"].country == "RU" and by_text["Shalazhi"].admin1 == "Chechnya"
    assert by_text["Grozny"].admin1 == "Chechnya" and by_text["Grozny"].feature.startswith("PPL")
    assert by_text["Dagestan"].feature == "ADM1" and by_text["Dagestan"].country == "RU"
    assert all(p.country == "GE" for p in places if p.text == "Georgia")


@pytest.mark.model
def test_dagestan_found_when_the_model_calls_it_norp(nlp):
    doc = nlp("Violence shifted to the nearby Dagestan region.")
    assert any(p.text == "Dagestan" and p.admin1 == "Dagestan" for p in run(doc, doc_id="d"))


@pytest.mark.model
def test_unresolved_toponym_is_kept_with_null_coordinates(nlp):
    doc = nlp("Fighting broke out in Bortvakhistan province on Monday, officials in Syria said.")
    places = run(doc, doc_id="d")
    unknown = [p for p in places if p.text == "Bortvakhistan"]
    assert unknown and unknown[0].lat is None and unknown[0].geonameid is None
    assert any(p.country == "SY" for p in places)


@pytest.mark.model
def test_demonyms_are_not_emitted_as_places(nlp):
    doc = nlp("Syrian and Russian jets struck the town of Idlib.")
    texts = {p.text for p in run(doc, doc_id="d")}
    assert "Syrian" not in texts and "Russian" not in texts and "Idlib" in texts


@pytest.mark.model
def test_x_comma_admin1_qualifier_picks_the_place_inside_it(nlp):
    doc = nlp("The fire broke out in Paris, Texas, on Sunday, officials said.")
    paris = [p for p in run(doc, doc_id="q") if p.text == "Paris"]
    assert paris and paris[0].country == "US" and paris[0].admin1 == "Texas"


@pytest.mark.model
def test_dateline_place_in_capitals_is_a_toponym(nlp):
    doc = nlp("BEIJING -- At least 141 people are missing after a landslide, authorities said.")
    beijing = [p for p in run(doc, doc_id="d") if p.text == "BEIJING"]
    assert beijing and beijing[0].country == "CN"
    doc = nlp("The AP reported on Monday -- NASA said so.")
    assert not any(p.text in ("AP", "NASA") for p in run(doc, doc_id="d"))


@pytest.mark.model
def test_place_at_the_end_of_an_organisation_name(nlp):
    doc = nlp("The Innocence Project of Texas filed a motion on Tuesday.")
    texas = [p for p in run(doc, doc_id="d") if p.text == "Texas"]
    assert texas and texas[0].feature == "ADM1" and texas[0].country == "US"


@pytest.mark.model
def test_disease_named_after_a_place_is_not_a_toponym(nlp):
    doc = nlp("Cases of West Nile virus rose in Texas, and Rift Valley fever spread in Kenya.")
    texts = {p.text for p in run(doc, doc_id="d")}
    assert "West Nile" not in texts and "Rift Valley" not in texts
    assert {"Texas", "Kenya"} <= texts


@pytest.mark.model
def test_seas_and_oceans_are_regions_not_same_named_towns(nlp):
    doc = nlp("The boat sank in the Mediterranean after crossing from Libya; another was lost in the Pacific.")
    got = {p.text: p for p in run(doc, doc_id="d")}
    assert got["Mediterranean"].feature == "RGN" and got["Mediterranean"].country is None
    assert got["Pacific"].feature == "RGN"


@pytest.mark.model
def test_a_persons_given_name_is_not_a_toponym_but_in_x_still_is(nlp):
    doc = nlp("Nine-year-old Georgia Stevens is a figure skater. Georgia began skating at four. "
              "Georgia skates in Red Deer, Alberta. Her family moved from Calgary.")
    texts = [p.text for p in run(doc, doc_id="d")]
    assert "Georgia" not in texts and "Alberta" in texts
    doc = nlp("Georgia Stevens said the team will travel to Georgia next year.")
    assert [p.country for p in run(doc, doc_id="d") if p.text == "Georgia"]



def test_spellings_that_differ_in_case_are_one_name():
    from newsevents.extract.places import Mention, _spellings

    got = _spellings([Mention("HOLLIDAY", 0, 1, "gazetteer"), Mention("Holliday", 9, 10, "ner"),
                      Mention("Paris", 12, 13, "ner"), Mention("PARIS", 20, 21, "ner")])
    assert got == {"HOLLIDAY": "Holliday", "Holliday": "Holliday", "Paris": "Paris", "PARIS": "Paris"}


@pytest.mark.model
def test_dateline_qualifier_carries_to_the_same_name_in_the_text(nlp):
    doc = nlp("HOLLIDAY, Mo. — A man was hurt in a crash on Friday. The crash happened two miles "
              "south of Holliday, the Missouri State Highway Patrol said.")
    got = [p for p in run(doc, doc_id="h") if p.text.casefold() == "holliday"]
    assert len(got) == 2 and {p.admin1 for p in got} == {"Missouri"}


@pytest.mark.model
def test_us_county_opening_an_organisation_name_is_a_toponym(nlp):
    doc = nlp("The suspect was lodged in the Laurel County Detention Center on Tuesday, and the "
              "Black Hawk County Sheriff's Office searched his home.")
    got = {p.text: p for p in run(doc, doc_id="c")}
    assert got["Laurel County"].admin1 == "Kentucky"
    assert got["Black Hawk County"].admin1 == "Iowa"


@pytest.mark.model
def test_an_indefinite_article_is_not_part_of_the_place_name(nlp):
    doc = nlp("BANTAM — A Danbury stonework mason was arraigned in Bantam Superior Court Tuesday.")
    got = [p for p in run(doc, doc_id="a") if "Danbury" in p.text]
    assert got and got[0].text == "Danbury" and got[0].admin1 == "Connecticut"
