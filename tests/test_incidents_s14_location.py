"""Event location feeding the incident index, session 14: a dateline yields to the place the sentence names; the far
side of a border is no event place; nor is where the wounded were carried; a first-level area of another country
yields to the country the writer puts it in; a sure namesake abroad yields when two places or more of one other
(not neighbouring) country say where the article is. Each rule with a counter-case it must not fire on."""

from __future__ import annotations

from newsevents.geo.locate import event_location
from newsevents.models import Place
from test_event_location_s11 import _locate as s11_locate
from test_event_location_s11 import _places as s11_places

# name -> (country, admin1, feature, lat, lon, score)
_WHERE = {
    "MORELIA": ("MX", "Michoacán", "PPL", 19.70, -101.18, 0.97),
    "Apatzingán": ("MX", "Michoacán", "PPL", 19.09, -102.35, 1.0),
    "KYIV": ("UA", "Kyiv City", "PPLC", 50.45, 30.52, 0.8),
    "Savanes": ("TG", "Savanes", "ADM1", 10.5, 0.4, 0.9),
    "Burkina Faso": ("BF", None, "PCLI", 12.5, -1.5, 1.0),
    "Mali": ("ML", None, "PCLI", 17.0, -4.0, 0.9),
    "Cameroon": ("CM", None, "PCLI", 6.0, 12.0, 0.9),
    "Nigeria": ("NG", None, "PCLI", 9.0, 8.0, 0.9),
    "Raipur": ("IN", "Chhattisgarh", "PPL", 21.23, 81.63, 1.0),
    "Bijapur": ("IN", "Chhattisgarh", "PPL", 18.79, 80.82, 1.0),
    "Chhattisgarh": ("IN", "Chhattisgarh", "ADM1", 21.0, 82.0, 0.9),
    "Sangha": ("CG", "Sangha", "ADM1", 1.5, 16.0, 0.97),
    "Soum": ("SN", "Fatick", "PPL", 14.2, -16.3, 1.0),
    "Djibo": ("BF", "Sahel", "PPL", 14.1, -1.63, 1.0),
    "Arbinda": ("BF", "Sahel", "PPL", 14.23, -0.87, 1.0),
    "Gao": ("ML", "Gao", "PPL", 16.27, -0.04, 1.0),
    "Washington": ("US", "District of Columbia", "PPLC", 38.9, -77.04, 0.9),
    "Ouagadougou": ("BF", "Centre", "PPLC", 12.37, -1.53, 1.0),
    "Bamako": ("ML", "Bamako", "PPLC", 12.65, -8.0, 1.0),
}


def _places(text: str, *names: str) -> list[Place]:
    return s11_places(text, *names, where=_WHERE)


def _locate(text: str, trigger: str, *names: str, sentence_end: int | None = None):
    return s11_locate(text, trigger, *names, sentence_end=sentence_end, where=_WHERE)


# -- a dateline is where the story was filed


def test_a_dateline_yields_to_the_place_the_sentence_names():
    text = ("(Translated from Spanish.) MORELIA, 31 July - Drones dropped explosives on houses in a community of "
            "Apatzingán municipality, Michoacán, on Monday.")
    assert _locate(text, "dropped", "MORELIA", "Apatzingán").name == "Apatzingán"


def test_a_dateline_alone_still_places_the_event():
    text = "KYIV, May 9 - A Russian missile struck a five-storey apartment building on Tuesday morning."
    assert _locate(text, "struck", "KYIV").name == "KYIV"


def test_a_capital_word_ending_in_a_dash_inside_a_sentence_is_no_dateline():
    # counter-case: the first word is no capitals dateline and no date follows: a lead, not a dateline
    text = "Gunmen attacked Raipur - the state capital - and later Bijapur, police said."
    assert _locate(text, "attacked", "Raipur", "Bijapur").name == "Raipur"


# -- the far side of a border


def test_the_country_across_the_border_is_no_event_place():
    text = ("Savanes region, Kpendjal prefecture: assault on an army outpost near the Burkina Faso border by some "
            "40 motorcyclists.")
    loc = _locate(text, "assault", "Savanes", "Burkina Faso")
    assert loc.country == "TG"


def test_the_border_with_a_country_is_no_event_place():
    text = "Savanes: gunmen attacked a base close to the border with Burkina Faso on Tuesday."
    assert _locate(text, "attacked", "Savanes", "Burkina Faso").country == "TG"


def test_the_country_that_owns_the_border_stays():
    # counter-case: "Cameroon's border with Nigeria" runs along Cameroon; only Nigeria is the far side
    text = "Fighters raided villages along Cameroon's border with Nigeria on Sunday."
    assert _locate(text, "raided", "Cameroon", "Nigeria").country == "CM"


# -- where the casualties were carried


def test_where_the_wounded_were_airlifted_is_no_event_place():
    text = ("Three jawans were killed in an IED blast in Bijapur on Tuesday. Three jawans martyred, two injured and "
            "airlifted to Raipur.")
    second = text.index("Three jawans martyred")
    start = text.index("martyred")
    loc = event_location(_places(text, "Bijapur", "Raipur"), (second, len(text)), (start, start + 8), text)
    assert loc.name != "Raipur" and loc.country == "IN"


def test_an_attack_on_a_place_reached_by_to_stays():
    # counter-case: "on the road to Raipur" is not a carrying verb
    text = "Maoists ambushed a patrol on the road to Raipur on Tuesday."
    assert _locate(text, "ambushed", "Raipur").name == "Raipur"


# -- an area of another country, a namesake abroad


def test_an_area_of_another_country_yields_to_the_country_it_is_put_in():
    text = "At least 95 people were killed in an attack on Sobane Da, a Dogon village near Sangha in central Mali."
    assert _locate(text, "attack", "Sangha", "Mali").country == "ML"


def test_an_area_not_put_in_another_country_stays():
    # counter-case: nothing puts Sangha inside another country
    text = "At least 9 people were killed in an attack on a village near Sangha on Sunday."
    assert _locate(text, "attack", "Sangha").country == "CG"


def test_a_sure_namesake_abroad_yields_to_two_places_of_one_other_country():
    text = ("A supply convoy bound for Djibo, chief town of Soum province, fell into an ambush on Wednesday. "
            "The next day, the army post at Arbinda was attacked.")
    loc = _locate(text, "ambush", "Djibo", "Soum", "Arbinda", sentence_end=text.index(".") + 1)
    assert loc.country == "BF"


def test_a_sure_place_stays_against_one_other_name():
    # counter-case: one other name (a market named after a city) does not overrule a sure town
    text = "In Gao, a grenade thrown into the Washington market this Monday afternoon killed two traders."
    assert _locate(text, "grenade", "Gao", "Washington").country == "ML"


def test_a_sure_place_stays_against_a_neighbour():
    # counter-case: a neighbour's town may be the story (a cross-border raid)
    text = "Gunmen killed ten people in Gao on Monday. The raiders came from Djibo and Arbinda, residents said."
    assert _locate(text, "killed", "Gao", "Djibo", "Arbinda", sentence_end=text.index(".") + 1).country == "ML"


def test_a_sure_place_stays_when_the_other_country_is_only_named_in_other_sentences():
    # counter-case: the other country's places do not stand beside the name in its own sentence ("French jets
    # struck targets in Raqqa. Paris said ...")
    text = "Gunmen attacked a village near Soum on Sunday. The army sent troops from Djibo and Arbinda."
    assert _locate(text, "attacked", "Soum", "Djibo", "Arbinda", sentence_end=text.index(".") + 1).country == "SN"
