"""What the words between two toponyms say about where the first lies ('Paris, Texas', 'Raqqa in
Syria', "Kabul's Dasht-e-Barchi district", 'the city's Sabon Gari district'): read off the text
for the resolver (`resolve.qualified`)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Generic, Protocol, TypeVar

from spacy.tokens import Doc

POSSESSIVES = ("'s", "\u2019s")
# area nouns of 'the X district of Y' (not 'city' or 'town': 'the Hunan city of Yueyang' is the reverse)
PART_NOUNS = {"district", "suburb", "suburbs", "neighbourhood", "neighborhood", "quarter", "area", "county",
              "municipality", "province", "region", "governorate", "state"}
# nouns for a part of a town: 'the Mansoura district', 'the city's Sabon Gari district'
TOWN_PART_NOUNS = {"district", "suburb", "neighbourhood", "neighborhood", "quarter", "township"}
DIRECTION_ADJECTIVES = {"northern", "southern", "eastern", "western", "central", "northeastern",
                        "northwestern", "southeastern", "southwestern", "north", "south", "east", "west"}
SETTLEMENT_NOUNS = {"city", "town"}  # 'the city's X district' names a part of the last-named town


class Named(Protocol):
    """A toponym's words in the text (`places.Mention`)."""

    text: str
    start: int  # token index
    end: int


M = TypeVar("M", bound=Named)


@dataclass(frozen=True)
class Qualifier(Generic[M]):
    """The name `by` qualifies `mention`. inside: the text places the mention inside `by` ('in',
    'of', a possessive: "the city's"), not in a list ('Toronto, Quebec and Alberta' may be one).
    part: the mention is a part of a town ('the Mansoura district'), by the last place named before it."""

    mention: M
    by: str
    inside: bool = False
    part: bool = False


# the most words any pattern below allows between two toponyms ('_described_in': nine, plus 'the'
# and direction words before the second name)
MAX_GAP = 14


def qualifiers(doc: Doc, mentions: list[M]) -> list[Qualifier[M]]:
    """'Paris, Texas', 'London, Ontario', 'Raqqa in Syria', 'Kuriga, in Kaduna state': a toponym
    followed by a comma (or 'in') and another toponym; "El Baraf in Somalia's Middle Shabelle
    region" is qualified by the area, not the country; "Kabul's Dasht-e-Barchi district",
    "Myanmar's Sagaing region": a toponym after another one's possessive; "Santiago, the Dominican
    Republic's second city": a toponym described as a town of the next one; 'the Cincinnati suburb
    of West Chester': a toponym inside the town named before it; a town's part ('the
    Mansoura district') otherwise by the last place named before it in its sentence ('the city's
    Sabon Gari district': the last place named before it). The resolver narrows the first (in the
    possessive, the second) to the admin1 area or country the other names. In text order."""
    out: list[Qualifier[M]] = []
    taken: set[int] = set()
    for i, (m, n) in enumerate(pairwise(mentions)):
        if n.start - m.end > MAX_GAP:
            continue  # every pattern below has a few words between the two names; spare the scan
        if _suburb_of(doc, m, n):
            out.append(Qualifier(n, m.text, inside=True))
        elif n.start == m.end + 1 and doc[m.end].text == "," and not _possessive_kind(doc, n):
            out.append(Qualifier(m, n.text))
        elif (_in_x(doc, m, n) and not _from(doc, m, n)) or _area_of(doc, m, n) or _described_in(doc, m, n) \
                or _whose_town(doc, m, n):
            after = mentions[i + 2] if i + 2 < len(mentions) else None
            by = after.text if after is not None and _possessor(doc, n, after) else n.text
            out.append(Qualifier(m, by, inside=True))
        elif _possessor(doc, m, n):
            out.append(Qualifier(n, m.text, inside=True))
        else:
            continue
        taken.add(out[-1].mention.start)
    for i, m in enumerate(mentions):
        town = _town_of_part(doc, mentions[:i], m) if i and m.start not in taken else None
        if town is not None:
            out.append(Qualifier(m, town.text, inside=_of_the_town(doc, m), part=True))
    return sorted(out, key=lambda q: q.mention.start)


def _town_of_part(doc: Doc, before: list[M], m: M) -> M | None:
    """The place a town's part ('the Mansoura district') lies in: after 'the city's', the last place
    named before it; else the last one named before it in its sentence. None when the mention is
    not 'the' or a possessive, the name and a part noun ('a Houston suburb', 'the Houston suburb
    of Alvin' name the town, not its part)."""
    if m.end >= len(doc) or doc[m.end].lower_ not in TOWN_PART_NOUNS or not doc[m.end].is_lower:
        return None
    if m.start == 0 or doc[m.start - 1].lower_ != "the" and doc[m.start - 1].text not in POSSESSIVES:
        return None  # 'a Houston suburb' is a suburb of Houston
    if m.end + 1 < len(doc) and doc[m.end + 1].lower_ == "of":
        return None  # 'the Houston suburb of Alvin'

    if _of_the_town(doc, m):
        return before[-1]
    sentence = doc[m.start].sent.start if doc.has_annotation("SENT_START") else 0
    return before[-1] if before[-1].start >= sentence else None


SUBURB_NOUNS = {"suburb", "suburbs", "exurb"}


def _suburb_of(doc: Doc, m: Named, n: Named) -> bool:
    """'the Cincinnati suburb of West Chester', 'the Damascus suburb of Douma': the second toponym
    lies in or by the first, a town (`resolve._in_town`: the reverse of 'the Dasht-e-Barchi
    district of Kabul', since news names a suburb after its city this way); not 'a suburb of
    Houston' (no toponym before)."""
    between = [t.lower_ for t in doc[m.end:n.start]]
    return (len(between) == 2 and between[0] in SUBURB_NOUNS and between[1] == "of"
            and m.start > 0 and doc[m.start - 1].lower_ == "the")


def _of_the_town(doc: Doc, m: Named) -> bool:
    """"the city's Sabon Gari district": the text says whose part the mention is."""
    j = m.start - 1
    return (j >= 2 and doc[j].text in POSSESSIVES and doc[j - 1].lower_ in SETTLEMENT_NOUNS
            and doc[j - 2].lower_ == "the")


def _area_of(doc: Doc, m: Named, n: Named) -> bool:
    """'the Dasht-e-Barchi district of western Kabul', 'the Somali region of Ethiopia': a toponym,
    an area noun, 'of' and the toponym the area lies in; the area noun may end the toponym itself
    ('the Abbasiya district of Cairo', where the model took the noun into the name)."""
    between = list(doc[m.end:n.start])
    while between and (between[-1].lower_ == "the" or between[-1].lower_ in DIRECTION_ADJECTIVES):
        between.pop()
    if len(between) == 1 and between[0].lower_ == "of" and m.end - m.start > 1:
        last = doc[m.end - 1]
        return last.is_lower and last.lower_ in PART_NOUNS
    return len(between) == 2 and between[0].lower_ in PART_NOUNS and between[1].lower_ == "of"


def _possessor(doc: Doc, m: Named, n: Named) -> bool:
    """"Kabul's mainly Hazara Dasht-e-Barchi district": m in the possessive, then at most three
    words that describe n (adverbs, adjectives, group names), then n."""
    if m.end >= len(doc) or doc[m.end].text not in POSSESSIVES:
        return False
    between = doc[m.end + 1:n.start]
    return len(between) <= 3 and all(t.pos_ in ("ADV", "ADJ", "PROPN") and t.ent_type_ not in ("GPE", "LOC")
                                      for t in between)


# nouns for what a place is in an apposition that says where it lies ('Moura, a town in central Mali')
KIND_NOUNS = {"town", "village", "city", "district", "suburb", "settlement", "port", "hamlet", "community",
              "area", "region", "province", "county", "municipality", "camp"}


def _described_in(doc: Doc, m: Named, n: Named) -> bool:
    """'Moura, a cattle-market town in central Mali', 'Solhan, a village in northern Burkina
    Faso': a toponym, a comma, 'a'/'an', at most five words ending in a kind noun, 'in' and
    the toponym it lies in."""
    between = list(doc[m.end:n.start])
    while between and (between[-1].lower_ == "the" or between[-1].lower_ in DIRECTION_ADJECTIVES):
        between.pop()
    if len(between) < 4 or between[0].text != "," or between[1].lower_ not in ("a", "an"):
        return False
    return (between[-1].lower_ == "in" and between[-2].lower_ in KIND_NOUNS and len(between) <= 9
            and all(t.ent_type_ not in ("GPE", "LOC") for t in between))


# nouns for a town in an apposition that names whose town it is ("Santiago, the Dominican Republic's
# second city", "Kaya, Burkina Faso's main northern town")
TOWN_NOUNS = {"city", "town", "port", "capital", "village", "hub", "stronghold"}


def _possessive_kind(doc: Doc, n: Named) -> bool:
    """n in the possessive, then at most three words ending in a town noun ("the Dominican
    Republic's second city")."""
    if n.end >= len(doc) or doc[n.end].text not in POSSESSIVES:
        return False
    return any(t.lower_ in TOWN_NOUNS for t in doc[n.end + 1:n.end + 4])


def _whose_town(doc: Doc, m: Named, n: Named) -> bool:
    """"Santiago, the Dominican Republic's second city", "Kaya, Burkina Faso's main northern
    town": a toponym, a comma (and 'the'), and a toponym whose town the first one is. Not
    "Santiago, Chile's president said" (no town noun)."""
    between = [t.lower_ for t in doc[m.end:n.start]]
    return between in ([","], [",", "the"]) and _possessive_kind(doc, n)


def _in_x(doc: Doc, m: Named, n: Named) -> bool:
    """'Raqqa in Syria', 'the Caglayan courthouse in Istanbul', 'Kuriga, in Kaduna state': a
    toponym, at most two common nouns naming what stands there (or a comma and nothing else), then
    'in' and the next toponym, which says where the first lies."""
    between = list(doc[m.end:n.start])
    while between and (between[-1].lower_ == "the" or between[-1].lower_ in DIRECTION_ADJECTIVES):
        between.pop()  # 'Soum province in northern Burkina Faso'
    if between[:1] and between[0].text == ",":
        between = between[1:]
        if len(between) != 1:
            return False  # 'near Kunduz, officials in Kabul said': another clause, not where Kunduz lies
    if not 1 <= len(between) <= 3 or between[-1].lower_ != "in":
        return False
    return all(t.pos_ == "NOUN" and t.is_lower for t in between[:-1])


_AREA_WORDS = frozenset({"state", "province", "region", "district", "county", "governorate", "department",
                         "territory", "oblast", "prefecture", "municipality"})


def _from(doc: Doc, m: Named, n: Named) -> bool:
    """'refugees from Aleppo in Istanbul', 'survivors from Solhan in Ouagadougou': where people come from, then where
    they are now; the first place is not inside the second. Not 'pupils taken from Kankara, in Katsina state' or
    'villagers from Kankara in Katsina state' (a comma, or an area word after the second place: where the first
    lies)."""
    if m.start == 0 or doc[m.start - 1].lower_ != "from" or (m.end < len(doc) and doc[m.end].text == ","):
        return False
    return not (n.end < len(doc) and doc[n.end].lower_ in _AREA_WORDS)
