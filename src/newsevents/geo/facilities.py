"""Names that news uses for facilities and organisations ('Victoria station', 'the Westfield centre',
'the Los Lobos gang') or as descriptors of another place ('the Riviera city of Nice'): read off the
words around a toponym, for the resolver (`resolve._facility_place`, `resolve._descriptor_place`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.geo.gazetteer import Gazetteer
from newsevents.geo.names import normalize

# nouns of buildings and city streets that bear a name of their own or another town's rather than
# their town's ('the Erawan shrine', 'the Pulse nightclub', 'Bath Street'): a namesake village far
# from the city the article names is not where they are (not 'road': 'the Bakhmut road' leads there)
LANDMARK_NOUNS = {"shrine", "temple", "mosque", "church", "cathedral", "synagogue", "museum", "hotel",
                  "mall", "nightclub", "club", "restaurant", "cafe", "café", "street", "avenue", "boulevard"}
# nouns that, right after a name or as its last word, make it a facility's or an organisation's
# name ('Victoria station', 'the Westfield centre', 'St Ann's Square', 'the Los Lobos gang');
# 'District' only capitalised ('the Oregon District'), since 'Baramulla district' is the district
# (not 'airport': an airport bears the name of the place it serves, 'Bali airport', 'Kabul airport')
FACILITY_NOUNS = {"station", "square", "centre", "center", "arena", "stadium", "road", "bridge", "market",
                  "plaza", "gang", "cartel"} | LANDMARK_NOUNS
FACILITY_MODIFIERS = {"railway", "train", "bus", "metro", "subway", "underground", "shopping", "football",
                      "police", "street"}  # 'the Westfield shopping centre'
DESCRIBED_KINDS = {"city", "town", "village", "port", "resort"}  # 'the Riviera city of Nice'
FACILITY_CITY_POPULATION = 100_000
POSSESSIVES = ("'s", "\u2019s")


def _known(gaz: Gazetteer, text: str) -> bool:
    return bool(normalize(text)) and bool(gaz.lookup(text))


def _facility_word(tok: Token) -> bool:
    """A facility noun, or 'District' capitalised (the Oregon District of Dayton)."""
    return tok.lower_ in FACILITY_NOUNS or tok.text == "District"


def names_a_facility(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """The toponym at doc[start:end] opens a facility's or an organisation's name: its own last word
    is a facility noun and the gazetteer does not know the whole name ('St Ann's Square', but not
    Israel's 'Southern District'), or one follows it, after at most one modifier ('Kramatorsk
    railway station'), or after a possessive only capitalised ('St Ann's Square', not 'Kabul's
    market'), or before 'and' and another name that one follows ('St Peter and St Paul church'). Not
    after 'a'/'an', where the place says where the facility is ('a Texas mall')."""
    last = doc[end - 1]
    if end - start > 1 and last.text[:1].isupper() and _facility_word(last):
        return not _known(gaz, doc[start:end].text)
    if start > 0 and doc[start - 1].lower_ in ("a", "an"):
        return False
    i = end
    if i + 1 < len(doc) and doc[i].lower_ in POSSESSIVES:
        return doc[i + 1].text[:1].isupper() and _facility_word(doc[i + 1])
    if i + 1 < len(doc) and doc[i].lower_ in FACILITY_MODIFIERS and _facility_word(doc[i + 1]):
        return True
    if i < len(doc) and doc[i].lower_ == "and":
        return _opens_facility_after_and(doc, i + 1)
    return i < len(doc) and _facility_word(doc[i])


def _opens_facility_after_and(doc: Doc, i: int) -> bool:
    """'St Peter and St Paul church': after 'and', a capitalised name of at most three words, then a
    facility noun, makes the first name part of the facility's name too (not 'Paris and London hotels')."""
    for j in range(i, min(i + 3, len(doc) - 1)):
        if not doc[j].text[:1].isupper():
            return False
        if _facility_word(doc[j + 1]):
            return True
    return False


def names_a_landmark(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """The toponym at doc[start:end] opens a building's or a street's name that a landmark noun
    ends, right after it or after one modifier ('the Erawan shrine', 'the Pulse nightclub', 'Bath
    Street'; not 'the Bokkos market', which bears its town's name, nor 'the Bakhmut road'), or an airport's
    ('Ataturk airport' of Istanbul: one named after a person or a small town stands by the big city it serves)."""
    if end < len(doc) and doc[end].lower_ == "airport":
        return True
    if not names_a_facility(doc, start, end, gaz):
        return False
    if end - start > 1 and doc[end - 1].lower_ in LANDMARK_NOUNS:
        return True
    if end < len(doc) and doc[end].lower_ in LANDMARK_NOUNS:
        return True
    return (end + 1 < len(doc) and doc[end].lower_ in FACILITY_MODIFIERS
            and doc[end + 1].lower_ in LANDMARK_NOUNS)  # 'the Westfield shopping mall'


def describes(doc: Doc, end: int) -> bool:
    """'the Riviera city of Nice', 'the Kashmir town of Uri': the toponym ending at end describes
    the place named after 'of'."""
    return end + 1 < len(doc) and doc[end].lower_ in DESCRIBED_KINDS and doc[end + 1].lower_ == "of"


def city_of_facility(doc: Doc, start: int, end: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """'London Bridge', 'the Manchester Arena', 'Kabul Airport' (a FAC entity at doc[start:end]):
    the token range of the city of at least FACILITY_CITY_POPULATION people that the facility is
    named by, its name the city's and a facility noun; None for any other facility. The city is a
    toponym, and one the resolver reads as a facility's name (`names_a_facility`)."""
    if end - start < 2 or doc[end - 1].lower_ not in FACILITY_NOUNS | {"airport"}:
        return None
    text = doc[start:end - 1].text
    if normalize(text) and any(c.feature.startswith("PPL") and c.match == "name"
                               and c.population >= FACILITY_CITY_POPULATION for c in gaz.lookup(text)):
        return start, end - 1
    return None
