"""Place a name the gazetteer cannot resolve ('the Euphrates near Deir ez-Zor', 'a school in Kuriga, in
Kaduna state', 'fighting in Catatumbo ... fled to Cúcuta') by the town or area named next to it in its
sentence: news names a river's stretch, a village or a small area together with the place it lies by."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from newsevents.models import Place

NEAR_FEATURES = ("PPL", "ADM")  # feature code prefixes of places fine enough to stand for a neighbour
NEAR_SCORE = 0.2  # a neighbour's point is an estimate: the lowest confidence a place gets
NEAR_MAX_CHARS = 80  # 'next to it': at most this many characters between the two names


def _fine(place: Place) -> bool:
    """A resolved town or first- or second-level area (not a country, continent or sea)."""
    return place.lat is not None and (place.feature or "").startswith(NEAR_FEATURES)


def _gap(p: Place, q: Place) -> int:
    """Characters between two names."""
    return max(q.span[0] - p.span[1], p.span[0] - q.span[1], 0)


HOME_MIN_PLACES = 2  # mentions of a country or area before it counts as the article's own


def _majority(keys: list[str | None]) -> str | None:
    """The key that more than half of keys are, at least HOME_MIN_PLACES times; None when none is."""
    if not keys:
        return None
    key, n = Counter(keys).most_common(1)[0]
    return key if key is not None and n >= HOME_MIN_PLACES and 2 * n > len(keys) else None


def _home(places: list[Place]) -> tuple[str | None, str | None]:
    """The article's own country (that of most of its resolved places, countries included) and its
    own first-level area (that of most of its resolved towns and areas in that country); None where
    the article has none."""
    named = [p for p in places if p.lat is not None and p.name is not None]
    country = _majority([p.country for p in named])
    admin1 = _majority([p.admin1 for p in named if _fine(p) and p.country == country]) if country else None
    return country, admin1


HOME_FAR_KM = 500.0  # a neighbour this far from every town or area of the article's own is a stranger to it


def _km(p: Place, q: Place) -> float:
    """Great-circle distance between two places' points."""
    p1, p2 = math.radians(p.lat or 0.0), math.radians(q.lat or 0.0)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians((q.lon or 0.0) - (p.lon or 0.0)) / 2) ** 2)
    return 12_742.0 * math.asin(math.sqrt(h))


def _away(q: Place, home: tuple[str | None, str | None], places: list[Place]) -> bool:
    """Whether a neighbour lies outside the article's own country or first-level area and over
    HOME_FAR_KM from every town or area the article names there (a border town across the river
    from them is no stranger: 'Maungdaw on the Naf River' beside Cox's Bazar)."""
    country, admin1 = home
    if (country is None or q.country == country) and (admin1 is None or q.admin1 == admin1):
        return False
    own = [p for p in places if _fine(p) and p.name is not None and p.country == country
           and (admin1 is None or p.admin1 == admin1)]
    return bool(own) and all(_km(q, p) > HOME_FAR_KM for p in own)


def place_by_neighbours(places: list[Place], sentence_starts: list[int],
                        guessable: list[bool]) -> list[Place]:
    """The places, each unresolved one that may be placed by guess (guessable: written as a place
    name, not as a person's or an organisation's, which the model tagged as such) given the point,
    country and area of the nearest town or area resolved in the same sentence, at most
    NEAR_MAX_CHARS characters away (sentence_starts: the character offset where each sentence
    begins, ascending), with score NEAR_SCORE and no name or GeoNames id of its own. One left
    unresolved when no such place is named next to it ('fled towards Tawila and the Chadian
    border'; 'a rocket attack on the Golan Heights' at the end of a sentence on Beirut).

    Where most of the article's places lie in one country (and most of its towns there in one
    first-level area: `_home`), a neighbour outside it and far from its towns there (`_away`) is
    where something came from or went, not where the name lies ('runners of the Kerio Valley talk
    of the Berlin record' in a report from Kenya; 'wards near Pandikkad ..., a laboratory was sent
    from Pune' in one on Kerala): the nearest neighbour at home is taken instead, else the home
    area itself where the article names it as a place, else none."""
    def sentence(p: Place) -> int:
        return bisect_right(sentence_starts, p.span[0])

    home = _home(places)
    areas = [q for q in places if q.feature == "ADM1" and q.name is not None and home[1] is not None
             and q.admin1 == home[1] and q.country == home[0]]
    out = []
    for p, may in zip(places, guessable):
        near = [q for q in places if _fine(q) and q is not p and sentence(q) == sentence(p)
                and _gap(p, q) <= NEAR_MAX_CHARS]
        if p.lat is not None or p.role != "place" or not may or not near:
            out.append(p)
            continue
        q = min((q for q in near if not _away(q, home, places)), key=lambda q: _gap(p, q), default=None)
        q = q or (areas[0] if areas else None)
        if q is None:
            out.append(p)
            continue
        out.append(replace(p, lat=q.lat, lon=q.lon, country=q.country, admin1=q.admin1, feature=q.feature,
                           score=NEAR_SCORE))
    return out


def by_neighbour(place: Place) -> bool:
    """Whether the place's point is its neighbour's (`place_by_neighbours`): a point but no name."""
    return place.lat is not None and place.name is None


WATER_WORDS = {"sea", "ocean", "gulf", "bay"}  # words of a sea's gazetteer name
_COAST = r"(?:coast|coastline|shore|seaboard)"
_COAST_AFTER = re.compile(rf"\s+{_COAST}\b")  # 'the Black Sea coast'
_COAST_END = re.compile(rf"\b{_COAST}$", re.IGNORECASE)  # an entity 'Mediterranean coast'
_OF_OWNER = re.compile(rf"^(?:\s+{_COAST})?\s+of\s+(?:the\s+)?$")  # '... coast of (the) X'
_OWNER_S = re.compile(r"^['’]s\s+(?:the\s+)?$")  # "X's Black Sea coast"
OWNER_GAP_CHARS = 30  # the most characters ' coast of the ' or "'s " can take


def _sea(p: Place) -> bool:
    """A resolved sea or ocean (a region of the gazetteer named like one)."""
    return (p.feature == "RGN" and p.lat is not None and p.name is not None
            and any(w in WATER_WORDS for w in p.name.lower().split()))


def _coast_owner(sea: Place, places: list[Place], text: str) -> Place | None:
    """The country or first-level area whose coast the text says a sea's mention is ('the
    Mediterranean coast of Egypt', "Georgia's Black Sea coast"); None when it says of none."""
    if not (_COAST_END.search(sea.text) or _COAST_AFTER.match(text, sea.span[1])):
        return None
    for q in places:
        if q.feature not in ("PCLI", "ADM1") or q.country is None:
            continue
        if 0 < q.span[0] - sea.span[1] <= OWNER_GAP_CHARS and _OF_OWNER.match(text[sea.span[1]:q.span[0]]):
            return q
        if 0 <= sea.span[0] - q.span[1] <= OWNER_GAP_CHARS and _OWNER_S.match(text[q.span[1]:sea.span[0]]):
            return q
    return None


def place_coasts(places: list[Place], text: str) -> list[Place]:
    """The places, each sea whose coast the text gives to a country or first-level area (`_coast_owner`)
    placed at the article's town in that area nearest to the sea's own point ('the Mediterranean coast of
    Egypt' at Alexandria, not Cairo; 'the port on the Pacific coast of Nariño' at Tumaco), with that
    town's country and area and score NEAR_SCORE: the coast is where the article is, and a sea's middle
    may lie a thousand kilometres off it. A sea without such words ('ships in the Red Sea'), or whose
    area the article names no town of, keeps its own point."""
    out = []
    for p in places:
        owner = _coast_owner(p, places, text) if _sea(p) else None
        towns = [q for q in places if (q.feature or "").startswith("PPL")
                 and q.name is not None and q.lat is not None and q.country == owner.country
                 and (owner.feature != "ADM1" or q.admin1 == owner.admin1)] if owner is not None else []
        if not towns:
            out.append(p)
            continue
        town = min(towns, key=lambda q: _km(p, q))
        out.append(replace(p, lat=town.lat, lon=town.lon, country=town.country, admin1=town.admin1,
                           score=NEAR_SCORE))
    return out


# words before a name that make it a river's: 'on the banks of the Blue Nile', 'south along the Blue Nile',
# 'bridges across the Rio Grande'
_RIVER_BEFORE = re.compile(r"\b(?:banks?\s+of|along|across|upstream\s+(?:on|from)|downstream\s+(?:on|from))"
                           r"\s+the\s+$", re.IGNORECASE)
RIVER_FAR_KM = 161.0  # a river's town or area this far from the town named next to it is another place
RIVER_WORDS_CHARS = 40  # how far before a name its river words are looked for


def place_rivers(places: list[Place], text: str, sentence_starts: list[int]) -> list[Place]:
    """The places, each name the text writes as a river's ('X River', or after 'the banks of the',
    'along the', 'across the') that resolved to a town or first-level area of its name over
    RIVER_FAR_KM from the nearest town named next to it (in its sentence, at most NEAR_MAX_CHARS
    away; an area's middle is no point on a river) given that town's point, country and area, with
    score NEAR_SCORE: a river is where the article meets it ('walking toward Sennar along the Blue
    Nile' is by Sennar, not at the middle of Blue Nile state; 'bridges across the Rio Grande to
    McAllen' at McAllen, not at a Mexican town called Río Grande). A river's town near its neighbour
    ('the San Lorenzo River' by Santa Cruz) keeps its own point; the name keeps its own name."""
    def sentence(p: Place) -> int:
        return bisect_right(sentence_starts, p.span[0])

    out = []
    for p in places:
        river = _fine(p) and p.name is not None and (
            p.text.lower().endswith(" river")
            or _RIVER_BEFORE.search(text, max(0, p.span[0] - RIVER_WORDS_CHARS), p.span[0]) is not None)
        near = [q for q in places if (q.feature or "").startswith("PPL") and q.lat is not None
                and q is not p and q.name is not None and sentence(q) == sentence(p)
                and _gap(p, q) <= NEAR_MAX_CHARS] if river else []
        if not near:
            out.append(p)
            continue
        q = min(near, key=lambda q: _gap(p, q))
        out.append(p if _km(p, q) <= RIVER_FAR_KM else
                   replace(p, lat=q.lat, lon=q.lon, country=q.country, admin1=q.admin1, feature=q.feature,
                           score=NEAR_SCORE))
    return out


COUNTY_WORDS = ("county", "parish")


# words between a county and a town that move from one to the other: "Harris County deputies drove the suspect to
# Austin", "flew from Cook County to Denver" (the town is somewhere else, not the county's); not a distance ("30
# miles from Chicago", "north of ... from") nor "close to", which say the two are near
_COUNTY_TOWN_APART = re.compile(r"(?<!close\s)(?<!next\s)\bto\b|\b(?:toward|towards|into|via)\b|"
                                r"(?<!miles\s)(?<!km\s)(?<!kilometres\s)(?<!kilometers\s)(?<!away\s)\bfrom\b",
                                re.IGNORECASE)


def place_counties(places: list[Place], sentence_starts: list[int], text: str) -> list[Place]:
    """The places, each US county (feature ADM2, a name ending in 'County' or 'Parish') more than
    RIVER_FAR_KM from the town of its state that the article names next to it given that town's
    point and score NEAR_SCORE: the gazetteer has no county points, so a county stands at a namesake
    town of its state or at the state's middle, often hundreds of kilometres off, while news names a
    county with a town in it ('police in Paris, a town in Lamar County'; 'a Cook County judge in
    Chicago'). The town is the nearest in the text of the state's towns in the county's sentence; a
    county whose sentence names no town of its state keeps its point (a town of the state named
    elsewhere in the article may lie across the state: that fallback cost GeoVirus three hits), nor a town the words
    between them move to or from (`_COUNTY_TOWN_APART`: 'deputies drove the suspect to Austin')."""
    def sentence(p: Place) -> int:
        return bisect_right(sentence_starts, p.span[0])

    out = []
    for p in places:
        county = (p.feature == "ADM2" and p.country == "US" and p.lat is not None and p.name is not None
                  and p.name.split()[-1].lower() in COUNTY_WORDS)
        towns = [q for q in places if (q.feature or "").startswith("PPL") and q.lat is not None
                 and q.name is not None and q.country == p.country and q.admin1 == p.admin1] if county else []
        near = [q for q in towns if sentence(q) == sentence(p) and not _COUNTY_TOWN_APART.search(
            text, min(p.span[1], q.span[1]), max(p.span[0], q.span[0]))]
        if not near:
            out.append(p)
            continue
        q = min(near, key=lambda q: _gap(p, q))
        out.append(p if _km(p, q) <= RIVER_FAR_KM else
                   replace(p, lat=q.lat, lon=q.lon, score=NEAR_SCORE))
    return out
