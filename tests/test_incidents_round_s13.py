"""Incidents, session 13 (recall round): one key for a name's transliterations, a name in brackets, and a digest's
place label opening the text."""

from __future__ import annotations

from newsevents.incidents.matching import LinkRules, place_named, places_compatible, shares_name
from newsevents.incidents.profile import name_key, name_keys, place_keys, place_mentions, profile_of, skeleton

from test_incidents import ev

TARTUS = ("Ţarţūs", 34.89, 35.89, "SY", "Tartus")
DAMASCUS = ("Damascus", 33.51, 36.29, "SY", "Dimashq")
ANANTNAG = ("Anantnag", 33.73, 75.15, "IN", "Jammu and Kashmir")
GUJARAT = ("Gujarat", 22.5, 71.5, "IN", "Gujarat")
ISLAMABAD = ("Islamabad", 33.72, 73.06, "PK", "Islamabad")


def test_transliterations_of_a_name_share_one_skeleton() -> None:
    assert skeleton("tartous") == skeleton("tartus")
    assert skeleton("nal'chik") == skeleton("naltchik") == skeleton("nalchik")
    assert skeleton("kismaayo") == skeleton("kismayo")
    assert skeleton("kostyantynivka") == skeleton("kostiantynivka")
    assert skeleton("markadah") == skeleton("markada")
    assert name_key("dibbis") == name_key("dibis")
    # counter-cases: names that differ in more than a transliteration's letters stay apart
    assert skeleton("konduga") != skeleton("kondugu")
    assert name_key("mandera") != name_key("mendi")
    assert skeleton("kano") != skeleton("kanoh")  # a final "h" after "o" is kept ("Kanoh")


def test_a_sentence_names_a_place_in_another_spelling() -> None:
    rules = LinkRules()
    # the French copy's "Tartous", placed at Damascus by its sentence's other name, names the Arabic copy's Ţarţūs
    french = profile_of(ev("a", "The port of Tartous, a bastion of the Damascus government, was struck on Monday by "
                                "an attack on its bus station.", date="2016-05-23", place=DAMASCUS), "2016-05-24")
    arabic = profile_of(ev("b", "A car bomb exploded at the bus station on Monday morning.", date="2016-05-23",
                           place=TARTUS), "2016-05-23")
    assert place_keys("Ţarţūs")[0] in place_mentions("The port of Tartous was struck.")
    assert place_named(french, arabic) and places_compatible(french, arabic, rules)
    # counter-case: a sentence naming another town of the region does not name Ţarţūs
    other = profile_of(ev("c", "The port of Baniyas, a bastion of the Damascus government, was struck on Monday.",
                          date="2016-05-23", place=DAMASCUS), "2016-05-24")
    assert not place_named(other, arabic) and not places_compatible(other, arabic, rules)


def test_a_name_in_brackets_is_a_name() -> None:
    sentence = "Militants fired on a bus in Islamabad (Anantnag) district on Monday night, killing seven pilgrims."
    assert place_keys("Anantnag")[0] in place_mentions(sentence)
    assert name_key("anantnag") in name_keys(sentence)
    urdu = profile_of(ev("a", sentence, date="2017-07-10", place=ISLAMABAD), "2017-07-11")
    local = profile_of(ev("b", "The bus came under fire near Botengo on Monday night.", date="2017-07-10",
                          place=ANANTNAG), "2017-07-11")
    assert place_named(urdu, local) and places_compatible(urdu, local, LinkRules())
    # counter-case: an agency's name in the brackets of a capitalised dateline
    assert name_key("reuters") not in name_keys("KABUL (Reuters) - A bomb exploded in a market on Monday.")


def test_a_digest_place_label_names_the_place() -> None:
    rules = LinkRules()
    digest = profile_of(ev("a", "Anantnag: an eighth pilgrim hurt in Monday's militant attack on a Gujarat bus died in "
                                "hospital.", date="2017-07-10", place=GUJARAT, place_precision="admin1"), "2017-07-13")
    local = profile_of(ev("b", "The bus came under fire near Botengo on Monday night.", date="2017-07-10",
                          place=ANANTNAG), "2017-07-11")
    assert place_named(digest, local) and places_compatible(digest, local, rules)
    # counter-cases: a label of several words is a speaker, not a place; a sentence not opening with a label
    assert place_keys("Inter")[0] not in place_mentions("Inter Services Public Relations: terrorists attacked a post.")
    plain = profile_of(ev("c", "An eighth pilgrim hurt in Monday's militant attack on a Gujarat bus died in hospital.",
                          date="2017-07-10", place=GUJARAT, place_precision="admin1"), "2017-07-13")
    assert not place_named(plain, local) and not places_compatible(plain, local, rules)


def test_reports_without_a_place_share_a_name_in_two_spellings() -> None:
    a = profile_of(ev("a", "A roadside bomb on Thursday killed an army lieutenant near Dibbis.", date="2021-04-15",
                      place=None), "2021-04-17")
    b = profile_of(ev("b", "An explosive device struck an army patrol in Dibis district on Thursday.",
                      date="2021-04-15", place=None), "2021-04-15")
    assert shares_name(a, b)
    # counter-case: another district's name
    c = profile_of(ev("c", "An explosive device struck an army patrol in Daquq district on Thursday.",
                      date="2021-04-15", place=None), "2021-04-15")
    assert not shares_name(a, c)


def test_a_bracket_name_fills_its_brackets_and_opens_no_dateline() -> None:
    """Review of round s13: a wire's name in a mixed-case dateline, or a note in brackets, is no name; a place's
    other name filling the brackets still is."""
    assert name_key("xinhua") not in name_keys("Mogadishu (Xinhua) -- A car bomb exploded near a hotel on Monday.")
    assert name_key("reuters") not in name_keys("Kabul (Reuters) - A bomb exploded in a market on Monday.")
    assert name_key("translated") not in name_keys("Gunmen killed five people in the market (Translated from Urdu.)")
    assert name_key("update") not in name_keys("Gunmen killed five people in the market (Update 2).")
    # positive cases: the bracketed other name of a place, of one or two words
    assert name_key("medina") in name_keys("A car bomb struck the Asasey (Medina) hotel on Monday.")
    assert place_keys("Anantnag")[0] in place_mentions("Militants fired on a bus in Islamabad (Anantnag) district.")
    assert name_key("qala") in name_keys("A bomb went off in the district (Qala Nau) on Monday.")


def test_an_opening_label_of_news_is_no_place() -> None:
    """Review of round s13: "Update:", "Breaking:", "Police:", "Live Updates:" open items that are no place's."""
    for label, place in (("Update", "Update"), ("Breaking", "Breaking"), ("Police", "Police"),
                         ("Live Updates", "Live"), ("Analysis", "Analysis")):
        assert place_keys(place)[0] not in place_mentions(f"{label}: three people were killed in a blast.")
    # positive case: a place's label
    assert place_keys("Segou")[0] in place_mentions("Segou: three people were killed in a blast.")
