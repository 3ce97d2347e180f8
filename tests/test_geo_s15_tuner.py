"""Geocoding, session 15 (tuner): place cues the model's labels miss (a position word, a compass word or
the rim of a place before 'of', 'as far as', a verb of attacking, holding or leaving, a list after a place
found by the gazetteer), a provincial capital that bears its province's name, and a country's own name
voting fully for its country."""

from __future__ import annotations

from newsevents.extract.places import run
from newsevents.geo.gazetteer import get_gazetteer
from newsevents.geo.resolve import candidates_for, resolve_names


def _by_text(nlp, text: str) -> dict:
    return {p.text: p for p in run(nlp(text), doc_id="t")}


def test_a_position_word_after_a_noun_is_a_place_cue(nlp) -> None:
    places = _by_text(nlp, "M23 rebels took positions in the hills above Sake, the last town on the road "
                           "to Goma in Congo.")
    assert places["Sake"].country == "CD"
    places = _by_text(nlp, "Two dams above Derna gave way in Libya.")
    assert places["Derna"].country == "LY"
    # counter-case: after a verb or adverb the word ranks a person, not a place
    places = _by_text(nlp, "The senator ranked above Clinton in the Texas poll.")
    assert "Clinton" not in places
    places = _by_text(nlp, "The senator polled well above Clinton in the Texas primary.")
    assert "Clinton" not in places


def test_a_compass_word_or_a_places_rim_before_of_is_a_place_cue(nlp) -> None:
    places = _by_text(nlp, "A fissure opened north of Grindavík on the Reykjanes peninsula in Iceland, "
                           "the Met Office said.")
    assert places["Grindavík"].country == "IS"
    places = _by_text(nlp, "Fire burned south through pine forest to the edge of Penteli, on Athens's "
                           "northern rim, in Greece.")
    assert places["Penteli"].country == "GR"
    places = _by_text(nlp, "Troops are fighting for the ruins of Chasiv Yar in Ukraine, officials said.")
    assert places["Chasiv Yar"].country == "UA"
    places = _by_text(nlp, "Afar police in Ethiopia escorted the lorries as far as Abala.")
    assert places["Abala"].country == "ET"


def test_the_new_locative_cues_fire_only_in_their_frames(nlp) -> None:
    from newsevents.extract.places import _locative_before

    def cue(text: str, name: str) -> bool:
        doc = nlp(text)
        return _locative_before(doc, next(t.i for t in doc if t.text == name))

    assert cue("The quake struck 40 km north of Grindavik on Saturday.", "Grindavik")
    assert cue("Smoke reached the edge of Penteli overnight.", "Penteli")
    assert cue("Villagers fled the Tajik enclave of Vorukh overnight.", "Vorukh")
    assert cue("Police escorted the lorries as far as Abala.", "Abala")
    # counter-cases: a person's title before 'of', a rim noun with no article, 'as' without 'as far'
    assert not cue("The spokesman of Grindavik said nothing.", "Grindavik")
    assert not cue("He wrote an essay on edge of Penteli.", "Penteli")
    assert not cue("Police knew him as Abala.", "Abala")


def test_a_verb_of_attack_before_an_untagged_name_is_a_place_cue(nlp) -> None:
    places = _by_text(nlp, "Gangs attacked Mirebalais, a town in Haiti, burning the prison.")
    assert places["Mirebalais"].country == "HT"
    places = _by_text(nlp, "Engineers in Sindh breached the embankment of Manchar Lake to spare Sehwan, in "
                           "Pakistan.")
    assert places["Sehwan"].country == "PK"
    # counter-cases: a person the model tags after a verb that takes people as often as places
    assert "Clinton" not in _by_text(nlp, "Republicans in Texas attacked Clinton over the emails.")
    assert "Clinton" not in _by_text(nlp, "Voters in Texas left Clinton for the rival candidate.")


def test_a_name_listed_after_a_found_place_of_its_country_is_a_place(nlp) -> None:
    places = _by_text(nlp, "Aid reached Gaza on Monday and has been distributed mainly in Khan Younis and "
                           "Deir al-Balah.")
    assert places["Deir al-Balah"].country == "PS"
    # counter-case: the name before 'and' was found in another country than the name after it
    places = _by_text(nlp, "The FBI in Washington looked into links between Bush and Steele.")
    assert "Steele" not in places


def test_a_provincial_capital_that_bears_its_provinces_name_is_the_city_when_bare(nlp) -> None:
    gaz = get_gazetteer()
    assert {c.feature for c in candidates_for("Agadez", gaz)} == {"PPL"}
    assert {c.feature for c in candidates_for("Sumy", gaz)} == {"PPL"}
    places = _by_text(nlp, "Jihadists ambushed an army convoy near Agadez in Niger.")
    assert places["Agadez"].feature == "PPL"
    # counter-cases: the province with its kind word, a seat that is a small part of its area, and a
    # seat GeoNames names only by an alternate name
    assert any(c.feature == "ADM1" for c in candidates_for("Agadez", gaz, bare=False))
    assert any(c.feature == "ADM1" for c in candidates_for("Guanajuato", gaz))
    assert any(c.feature == "ADM1" and c.country == "US" for c in candidates_for("New York", gaz))


def test_a_country_named_by_its_own_name_votes_fully_for_its_country() -> None:
    gaz = get_gazetteer()
    res = resolve_names({"Lebanon": 1, "Akkar": 1, "Tripoli": 1}, [], gaz)
    assert res["Tripoli"].candidate.country == "LB"
    # counter-cases: with no Lebanese place beside it Tripoli is Libya's capital; and a name that is
    # also a first-level area ('Georgia') keeps its share, so 'Atlanta' does not go to the Caucasus
    res = resolve_names({"Tripoli": 1, "Misrata": 1}, [], gaz)
    assert res["Tripoli"].candidate.country == "LY"
    res = resolve_names({"Georgia": 1, "Atlanta": 1}, [], gaz)
    assert res["Atlanta"].candidate.country == "US"


def test_a_towns_name_the_model_tagged_a_date_or_time_is_a_place_after_a_cue(nlp) -> None:
    places = _by_text(nlp, "Armed groups operate in the mountains of northern Cauca, whose governor in "
                           "Popayán called for more troops.")
    assert places["Popayán"].country == "CO"
    places = _by_text(nlp, "Coastguard boats returned 312 migrants to Tripoli after intercepting two wooden "
                           "boats that had left Zuwara before dawn.")
    assert places["Zuwara"].country == "LY" and places["Zuwara"].span[1] - places["Zuwara"].span[0] == 6
    # counter-cases: months and days stay dates, after a locative word too ('March' is also an English town)
    places = _by_text(nlp, "Flooding is expected in March across England, officials in March said.")
    assert "March" not in places
    places = _by_text(nlp, "The talks in Paris on Monday ended in May with a deal.")
    assert set(places) == {"Paris"}
