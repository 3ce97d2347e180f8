"""Incidents, session 10: a report whose place was read as a namesake abroad or in another region links with the
reports of the place its sentence names."""

from __future__ import annotations

from newsevents.incidents import IncidentIndex
from newsevents.incidents.matching import LinkRules, place_named, places_compatible
from newsevents.incidents.profile import place_keys, place_mentions, profile_of

from test_incidents import ev

LAS_VEGAS = ("Las Vegas", 36.17, -115.14, "US", "Nevada")
MANDALAY = ("Mandalay", 21.97, 96.08, "MM", "Mandalay")
BOGOTA = ("Bogotá", 4.61, -74.08, "CO", "Bogota D.C.")
SANTANDER = ("Santander", 7.0, -73.25, "CO", "Santander")
ISABELA_PH = ("Isabela", 6.70, 121.97, "PH", "Basilan")
ISABELA_PR = ("Isabela", 18.50, -67.02, "US", "Puerto Rico")


def _index(*events) -> IncidentIndex:  # type: ignore[no-untyped-def]
    index = IncidentIndex()
    for e in events:
        index.add(e, "2017-10-02")
    return index


def test_place_keys_fold_accents_and_drop_qualifiers() -> None:
    assert place_keys("Bogotá") == place_mentions("a car bomb in Bogota")
    assert place_keys("Halle (Saale)") == place_mentions("a shooting in Halle")
    assert place_keys("Mexico City") == ()  # country words and "city" alone tell nothing


def test_names_after_another_incident_or_a_reference_point_or_in_a_business_name_are_no_mention() -> None:
    assert place_mentions("a bishop was stabbed in Wakeley") == place_keys("Wakeley")
    assert place_keys("Bondi") and not set(place_keys("Bondi")) & set(
        place_mentions("a bishop was stabbed in Wakeley, two days after a stabbing at Bondi"))
    assert not set(place_keys("Barcelona")) & set(place_mentions("a car hit pedestrians in Cambrils, south of Barcelona"))
    assert not set(place_keys("Kabul")) & set(place_mentions("a bomber struck a branch of New Kabul Bank in Kandahar"))
    assert set(place_keys("Kabul")) <= set(place_mentions("a bomber struck a branch of a bank in Kabul"))


def test_a_report_placed_at_a_namesake_abroad_links_with_the_place_its_sentence_names() -> None:
    rules = LinkRules()
    told = ev("a", "A gunman firing from the Mandalay Bay hotel killed at least 50 people at a festival on the Las Vegas "
              "Strip late on Sunday.", date="2017-10-01", place=MANDALAY, mode="firearms")
    local = ev("b", "Las Vegas police said the gunman fired on a hotel security guard before he turned his weapons on "
               "the festival crowd on Sunday night.", date="2017-10-01", place=LAS_VEGAS, mode="firearms")
    a, b = profile_of(told, "2017-10-02"), profile_of(local, "2017-10-02")
    assert place_named(a, b) and places_compatible(a, b, rules)
    assert len(_index(told, local).groups()) == 1
    # counter-case: the same report naming no place of the other's stays apart from it
    plain = ev("c", "A gunman firing from the Mandalay Bay hotel killed at least 50 people at a festival late on "
               "Sunday.", date="2017-10-01", place=MANDALAY, mode="firearms")
    c = profile_of(plain, "2017-10-02")
    assert not place_named(c, b) and not places_compatible(c, b, rules)
    assert len(_index(plain, local).groups()) == 2


def test_a_landmark_read_as_a_region_links_with_the_city_its_sentence_names() -> None:
    rules = LinkRules()
    school = profile_of(ev("a", "A car bomb exploded inside the General Santander police cadet school in the south of "
                           "Bogota on Thursday.", date="2019-01-17", place=SANTANDER, place_precision="admin1"),
                        "2019-01-17")
    city = profile_of(ev("b", "The car bomb at the police academy killed 20 cadets, the prosecutor in the capital "
                         "said.", date="2019-01-17", place=BOGOTA), "2019-01-18")
    assert places_compatible(school, city, rules)
    elsewhere = profile_of(ev("c", "A car bomb exploded inside a police station in Bucaramanga on Thursday.",
                              date="2019-01-17", place=SANTANDER, place_precision="admin1"), "2019-01-17")
    assert not places_compatible(elsewhere, city, rules)


def test_two_towns_of_one_name_in_two_countries_are_not_linked_by_the_name() -> None:
    a = profile_of(ev("a", "A bomb struck the public market in Isabela City on Monday.", date="2019-07-15",
                      place=ISABELA_PH), "2019-07-15")
    b = profile_of(ev("b", "A bomb struck the ferry terminal in Isabela City on Monday.", date="2019-07-15",
                      place=ISABELA_PR), "2019-07-15")
    assert not place_named(a, b) and not places_compatible(a, b, LinkRules())
