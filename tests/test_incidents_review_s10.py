"""Review of the session-10 incident rounds: one name folded is one name, the cut of a sentence's places is
found in the text it is applied to, hyphenated names match their parts, and a capital standing for its government
or the seat of a speaker is no place of the event."""

from __future__ import annotations

from newsevents.incidents.matching import place_named
from newsevents.incidents.profile import place_keys, place_mentions, profile_of

from test_incidents import ev

SAN_JOSE_CR = ("San José", 9.93, -84.08, "CR", "San José")
SAN_JOSE_US = ("San Jose", 37.34, -121.89, "US", "California")


def test_the_same_name_folded_in_two_countries_is_no_named_link() -> None:
    a = profile_of(ev("a", "A gunman killed four people at a bar in San Jose on Friday.", date="2024-03-01",
                      place=SAN_JOSE_CR, mode="firearms"), "2024-03-02")
    b = profile_of(ev("b", "A gunman killed four people at a bar in San Jose on Friday.", date="2024-03-01",
                      place=SAN_JOSE_US, mode="firearms"), "2024-03-02")
    assert a.place_keys == b.place_keys and not place_named(a, b)


def test_the_cut_is_found_in_the_folded_text() -> None:
    """Folding writes '…' as '...', so an offset found in the raw text would cut the folded one too early."""
    text = "Gunmen … … … … killed 5 people in Kabul, south of Herat."
    named = set(place_mentions(text))
    assert set(place_keys("Kabul")) <= named and not set(place_keys("Herat")) & named


def test_hyphenated_and_apostrophe_names_match_their_gazetteer_parts() -> None:
    assert set(place_keys("Port-au-Prince")) <= set(place_mentions("gangs attacked a police station in Port-au-Prince"))
    assert set(place_keys("Ma'arrat al-Nu'man")) <= set(place_mentions("an air strike hit a market in Ma'arrat al-Nu'man"))
    assert not set(place_keys("Port-au-Prince")) & set(place_mentions("gangs attacked a police station in Les Cayes"))


def test_a_capital_standing_for_its_government_or_a_speakers_seat_is_no_place_of_the_event() -> None:
    named = set(place_mentions("a suicide bomber killed 12 people at a mosque in Peshawar, and Islamabad blamed Kabul"))
    assert set(place_keys("Peshawar")) <= named
    assert not set(place_keys("Kabul")) & named and not set(place_keys("Islamabad")) & named
    assert not set(place_keys("Kaduna")) & set(place_mentions("gunmen killed 20 villagers in Zamfara, officials in "
                                                               "Kaduna said"))
    assert set(place_keys("Kaduna")) <= set(place_mentions("gunmen killed 20 villagers in Kaduna, officials said"))
