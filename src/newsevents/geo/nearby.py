"""Place a name the gazetteer cannot resolve ('the Euphrates near Deir ez-Zor', 'a school in Kuriga, in
Kaduna state', 'fighting in Catatumbo ... fled to Cúcuta') by the town or area named next to it in its
sentence: news names a river's stretch, a village or a small area together with the place it lies by."""

from __future__ import annotations

from bisect import bisect_right
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


def place_by_neighbours(places: list[Place], sentence_starts: list[int],
                        guessable: list[bool]) -> list[Place]:
    """The places, each unresolved one that may be placed by guess (guessable: written as a place
    name, not as a person's or an organisation's, which the model tagged as such) given the point,
    country and area of the nearest town or area resolved in the same sentence, at most
    NEAR_MAX_CHARS characters away (sentence_starts: the character offset where each sentence
    begins, ascending), with score NEAR_SCORE and no name or GeoNames id of its own. One left
    unresolved when no such place is named next to it ('fled towards Tawila and the Chadian
    border'; 'a rocket attack on the Golan Heights' at the end of a sentence on Beirut)."""
    def sentence(p: Place) -> int:
        return bisect_right(sentence_starts, p.span[0])

    out = []
    for p, may in zip(places, guessable):
        near = [q for q in places if _fine(q) and q is not p and sentence(q) == sentence(p)
                and _gap(p, q) <= NEAR_MAX_CHARS]
        if p.lat is not None or p.role != "place" or not may or not near:
            out.append(p)
            continue
        q = min(near, key=lambda q: _gap(p, q))
        out.append(replace(p, lat=q.lat, lon=q.lon, country=q.country, admin1=q.admin1, feature=q.feature,
                           score=NEAR_SCORE))
    return out


def by_neighbour(place: Place) -> bool:
    """Whether the place's point is its neighbour's (`place_by_neighbours`): a point but no name."""
    return place.lat is not None and place.name is None
