"""An event placed at a bearing from a landmark ("a monastery south of Cairo") is not placed at the landmark."""

from __future__ import annotations

import pytest

from newsevents.geo.locate import event_location
from newsevents.models import Place


def _place(text: str, name: str, start: int) -> Place:
    return Place(doc_id="d", text=name, span=(start, start + len(name)), name=name, geonameid=1, lat=30.0, lon=31.2,
                 country="EG", admin1="Cairo", feature="PPLC", score=0.9)


@pytest.mark.parametrize("text,precision", [
    ("Gunmen killed 29 pilgrims travelling to a monastery south of Cairo on Friday.", "country"),
    ("Militants attacked an army post 150 km north of Cairo on Monday.", "country"),
    ("Militants attacked an army post 60 miles north of Cairo on Monday.", "country"),
    ("A bomb exploded 10 km east of Cairo on Monday.", "city"),
    ("A bomb exploded in Cairo on Monday.", "city"),
])
def test_a_landmark_at_a_bearing_gives_only_its_country(text: str, precision: str) -> None:
    start = text.index("Cairo")
    trigger = next(text.index(w) for w in ("killed", "attacked", "exploded") if w in text)
    location = event_location([_place(text, "Cairo", start)], (0, len(text)), (trigger, trigger + 6), text)
    assert location is not None and location.precision == precision
    assert location.country == "EG"


def _country(text: str, name: str, iso: str, role: str = "place") -> Place:
    start = text.index(name)
    return Place(doc_id="d", text=name, span=(start, start + len(name)), name=name, geonameid=hash(iso) % 1000,
                 lat=10.0, lon=10.0, country=iso, admin1=None, feature="PCLI", score=1.0, role=role)


def test_demonyms_vote_for_the_main_country_of_an_event_without_a_place() -> None:
    """"Algerian forces stormed the complex ... Britain said it was not told ... in Algeria": the sentence names no
    place, the article names Britain and Algeria once each and "Algerian" three times."""
    text = ("Algerian forces stormed the gas complex on Thursday. Britain said it had not been told. "
            "Algerian officials said Algerian workers in Algeria were freed.")
    places = [_country(text, "Britain", "GB"), _country(text, "Algeria ", "DZ")]  # the name, not "Algerian"
    algerian = [Place(doc_id="d", text="Algerian", span=(i, i + 8), name="Algeria", geonameid=2, lat=28.0, lon=2.0,
                      country="DZ", admin1=None, feature="PCLI", score=0.5, extractor="places.demonym")
                for i in (0, text.index("Algerian officials"), text.index("Algerian workers"))]
    stormed = text.index("stormed")
    sentence = (0, text.index(".") + 1)
    assert event_location(places, sentence, (stormed, stormed + 7), text).country == "GB"  # a tie: named first
    assert event_location(places, sentence, (stormed, stormed + 7), text, demonyms=algerian).country == "DZ"
    # demonyms alone place nothing ("a Colombian novelist", "the Saudi-led coalition")
    assert event_location([], sentence, (stormed, stormed + 7), text, demonyms=algerian) is None


def test_a_country_in_the_possessive_says_whose_actor_not_where() -> None:
    """"Somalia's al Shabaab said it carried out the raid": the raid is placed by the article (Kenya), not in
    Somalia; a finer place the country owns ("Nigeria's Borno state") still places the event."""
    text = "Gunmen raided Mpeketoni in Kenya. Somalia's al Shabaab said it carried out the raid on the town."
    places = [_country(text, "Kenya", "KE"), _country(text, "Somalia", "SO")]
    places.insert(0, Place(doc_id="d", text="Mpeketoni", span=(14, 23), name="Mpeketoni", geonameid=7, lat=-2.4,
                           lon=40.7, country="KE", admin1="Lamu", feature="PPL", score=0.9))
    raid = text.index("raid on")
    second = (text.index("Somalia"), len(text))
    assert event_location(places, second, (raid, raid + 4), text).country == "KE"
    text2 = "Nigeria's Borno state saw a raid on Monday."
    owned = [_country(text2, "Nigeria", "NG"),
             Place(doc_id="d", text="Borno", span=(10, 15), name="Borno", geonameid=8, lat=11.5, lon=13.0,
                   country="NG", admin1="Borno", feature="ADM1", score=0.9)]
    at = text2.index("raid")
    assert event_location(owned, (0, len(text2)), (at, at + 4), text2).name == "Borno"


def test_demonyms_of_a_country_the_article_places_nothing_in_do_not_move_the_event() -> None:
    """"Israeli forces struck Gaza ... the Israeli military said ... Israeli officials": the strikes stay in Gaza."""
    text = ("Israeli forces carried out strikes on Gaza overnight. The Israeli military said militants were hit. "
            "Israeli officials said more strikes would follow. At least 20 people were killed.")
    gaza = _country(text, "Gaza", "PS")
    israeli = [Place(doc_id="d", text="Israeli", span=(i, i + 7), name="Israel", geonameid=3, lat=31.5, lon=34.8,
                     country="IL", admin1=None, feature="PCLI", score=0.5, extractor="places.demonym")
               for i in (0, text.index("Israeli military"), text.index("Israeli officials"))]
    killed = text.index("killed")
    sentence = (text.index("At least"), len(text))
    assert event_location([gaza], sentence, (killed, killed + 6), text, demonyms=israeli).country == "PS"
