"""Geocoding round 13: a city that is most of its namesake area ('Saint-Louis', 'Santa Cruz'), 'the
Cincinnati suburb of West Chester', rivers named like a country or a town ('the Senegal river', 'along
the Niger', 'the Congo River', 'the Dnipro river'), a big namesake city in the country the article names
('London' in a report naming Canada and never Britain), and area spellings GeoNames lacks ('Gezira')."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.extract.places import run
from newsevents.geo import get_gazetteer
from newsevents.geo.gazetteer import Candidate
from newsevents.geo.qualifiers import qualifiers
from newsevents.geo.resolve import Context, _home_namesake, candidates_for, prior, resolve_names

from test_places import nlp  # noqa: F401  (the module's model fixture, shared)

VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _best(name: str, gaz) -> Candidate:
    return max(candidates_for(name, gaz), key=prior)


class _M:
    """A toponym's words (`places.Mention`'s shape)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end


def _town(name: str, country: str, population: int, feature: str = "PPL") -> Candidate:
    return Candidate(hash((name, country)) % 10_000, 1, name, 0.0, 0.0, country, f"{country}.01", feature,
                     population, "name")


# ---- a city that is most of its namesake area ---------------------------------------------------------

def test_a_city_holding_most_of_its_areas_people_is_the_bare_names_reading(gaz):
    best = _best("Saint-Louis", gaz)
    assert (best.country, best.feature) == ("SN", "PPL")  # the city, not the region's middle
    best = _best("Santa Cruz", gaz)  # GeoNames names the city 'Santa Cruz de la Sierra'
    assert (best.country, best.feature, best.match) == ("BO", "PPL", "alias")
    # counter-cases: a seat that is a smaller part of its area leaves the area first
    assert _best("Quebec", gaz).feature == "ADM1"
    assert _best("New York", gaz).feature == "ADM1"
    # with its kind word the area stays ('Saint-Louis region')
    assert max(candidates_for("Saint-Louis region", gaz), key=prior).feature == "ADM1"


# ---- 'the Cincinnati suburb of West Chester' ----------------------------------------------------------

def test_the_city_suburb_of_x_puts_x_by_the_city():
    doc = Doc(VOCAB, words="from the Cincinnati suburb of West Chester , he said".split())
    cincinnati, chester = _M("Cincinnati", 2, 3), _M("West Chester", 5, 7)
    (q,) = qualifiers(doc, [cincinnati, chester])
    assert (q.mention.text, q.by, q.inside, q.part) == ("West Chester", "Cincinnati", True, False)
    # counter-case: 'a suburb of' with no town before it, and 'the X district of Y' (X lies in Y)
    doc = Doc(VOCAB, words="a suburb of Houston , Texas".split())
    assert all(q.by != "Houston" for q in qualifiers(doc, [_M("Houston", 3, 4), _M("Texas", 5, 6)]))
    doc = Doc(VOCAB, words="the Mansoura district of Aden".split())
    (q,) = qualifiers(doc, [_M("Mansoura", 1, 2), _M("Aden", 4, 5)])
    assert (q.mention.text, q.by, q.part) == ("Mansoura", "Aden", False)


def test_a_suburb_end_to_end(nlp):  # noqa: F811
    places = run(nlp("Munir Abdulkader, 22, from the Cincinnati suburb of West Chester, pleaded guilty."),
                 doc_id="t")
    assert {p.text: p.admin1 for p in places}["West Chester"] == "Ohio"  # not West Chester, Pennsylvania
    # counter-case: a bigger town of the country is no suburb of a smaller one (the words reversed)
    places = run(nlp("Shelling hit the Douma suburb of Damascus on Sunday."), doc_id="t")
    assert {p.text: p.name for p in places}["Damascus"] == "Damascus"


# ---- rivers named like a country or a town ------------------------------------------------------------

def test_a_river_is_not_the_country_named_like_it(gaz):
    assert all(c.feature != "PCLI" for c in candidates_for("Senegal River", gaz))
    assert all(c.feature != "PCLI" for c in candidates_for("Congo River", gaz))
    # counter-cases: the country's own name, and a lake that is a region of its own
    assert _best("Senegal", gaz).feature == "PCLI"
    assert [c.feature for c in candidates_for("Lake Chad", gaz)] == ["RGN"]


def test_a_river_takes_its_neighbours_point(nlp):  # noqa: F811
    places = run(nlp("Homes were swallowed in Saint-Louis, where the mouth of the Senegal river has "
                     "shifted."), doc_id="t")
    senegal = {p.text: p for p in places}["Senegal"]
    assert (senegal.feature, senegal.admin1) == ("PPL", "Saint-Louis")  # the city beside it, not the country
    places = run(nlp("Farmers along the Niger near Mopti say the river has burst its banks."), doc_id="t")
    assert {p.text: p.country for p in places}["Niger"] == "ML"
    # counter-cases: the country, named without 'the' and without 'river', or before a hyphen
    places = run(nlp("Niger said troops killed 20 militants near Mopti."), doc_id="t")
    assert {p.text: p.feature for p in places}["Niger"] == "PCLI"
    places = run(nlp("Gunmen crossed the Niger-Nigeria border near Maradi."), doc_id="t")
    assert {p.text: p.feature for p in places}["Niger"] == "PCLI"


def test_a_rivers_namesake_town_only_in_an_area_the_article_names(gaz):
    # the city of Dnipro lies up the river, in another oblast than Kherson
    out = resolve_names({"Dnipro River": 1, "Kherson Oblast": 1, "Oleshky": 1}, [], gaz)
    assert out["Dnipro River"].candidate is None
    # counter-case: the San Lorenzo River by Santa Cruz, California, is at its town
    out = resolve_names({"San Lorenzo River": 1, "Santa Cruz": 1, "California": 2}, [], gaz,
                        qualifiers={"Santa Cruz": "California"})
    c = out["San Lorenzo River"].candidate
    assert c is not None and (c.country, c.admin1) == ("US", "US.CA")
    # a mountain keeps its town wherever the country is backed ('Mount Sinjar')
    out = resolve_names({"Mount Sinjar": 1, "Mosul": 1, "Iraq": 1}, [], gaz)
    assert out["Mount Sinjar"].candidate is not None


# ---- a big namesake city in the article's country -------------------------------------------------------

def test_a_namesake_city_in_the_named_country_over_one_in_an_unnamed_country():
    london = _town("London", "GB", 8_961_989, "PPLC")
    ontario = _town("London", "CA", 422_324)
    scored = [(3.98, london), (2.96, ontario)]
    ctx = Context()
    ctx.add("CA", None, 1.8)
    ctx.add("SY", None, 2.5)
    assert _home_namesake(london, scored, ctx) is ontario
    # counter-cases: Britain named once; Canada named only once; no namesake city of that size
    ctx.add("GB", None, 0.5)
    assert _home_namesake(london, scored, ctx) is london
    once = Context()
    once.add("CA", None, 1.0)
    assert _home_namesake(london, scored, once) is london
    small = [(3.98, london), (1.5, _town("London", "CA", 20_000))]
    assert _home_namesake(london, small, ctx) is london


def test_a_namesake_city_end_to_end(gaz):
    out = resolve_names({"London": 4, "Canada": 3, "Aleppo": 1, "Syria": 1}, [], gaz)
    assert out["London"].candidate.country == "CA"
    out = resolve_names({"London": 4, "Canada": 3, "Britain": 1}, [], gaz)
    assert out["London"].candidate.country == "GB"


# ---- area spellings -----------------------------------------------------------------------------------

def test_area_spellings_news_uses(gaz):
    assert (_best("Gezira", gaz).country, _best("Gezira", gaz).feature) == ("SD", "ADM1")
    assert _best("Delta State", gaz).country == "NG"
    assert (_best("Maguindanao", gaz).country, _best("Maguindanao", gaz).feature) == ("PH", "RGN")
    assert _best("Karen State", gaz).admin1 == "MM.05"  # GeoNames: Kayin
    # counter-case: the people's name alone is no state ('Karen fighters')
    assert all(c.admin1 != "MM.05" or c.feature != "ADM1" for c in candidates_for("Karen", gaz))


# ---- 'X, <nouns> in Y' is another clause ----------------------------------------------------------------

def test_a_comma_then_nouns_then_in_starts_another_clause(nlp):  # noqa: F811
    doc = nlp("Taliban fighters overran two checkpoints near Kunduz, officials in Kabul said.")
    named = [_M(e.text, e.start, e.end) for e in doc.ents if e.text in ("Kunduz", "Kabul")]
    assert [m.text for m in named] == ["Kunduz", "Kabul"] and qualifiers(doc, named) == []
    assert {p.text: p.admin1 for p in run(doc, doc_id="t")}["Kunduz"] == "Kunduz"  # not Kabul's province
    # counter-cases: a comma right before 'in', and nouns naming what stands there, place X inside Y
    doc = Doc(VOCAB, words="pupils taken from Kuriga , in Kaduna state".split())
    (q,) = qualifiers(doc, [_M("Kuriga", 3, 4), _M("Kaduna", 6, 7)])
    assert (q.mention.text, q.by, q.inside) == ("Kuriga", "Kaduna", True)
