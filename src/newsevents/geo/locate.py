"""Tie an event to a place: the toponym its clause names ("in X", "near X", "the X attack"), else the article's main place."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsevents.geo.nearby import by_neighbour
from newsevents.geo.tables import Admin1Row, CountryRow, read_admin1, read_countries
from newsevents.models import Location, Place

# ADM2: county, the contract has no finer area level; a landmark (BLDG, AIRP) is a point
PRECISION = {"PCLI": "country", "ADM1": "admin1", "ADM2": "admin1", "PPLC": "city", "PPL": "city",
             "BLDG": "exact", "AIRP": "exact"}
_LOCATIVE = re.compile(
    r"\b(?:in|near|outside|at|inside|around|on the outskirts of|(?:village|town|city|region|province|"
    r"district|outskirts|suburbs?) of)(?:\s+(?:the|nearby|neighbouring|neighboring|northern|southern|"
    r"eastern|western|central|downtown|the\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|centre|center|heart)"
    r"\s+of))*\s*$",
    re.IGNORECASE,
)
# "on the Las Vegas Strip", "on Danforth Avenue": a place named as a street or strip is where things happen on it
_ON_STREET = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)
_STREET_NAME = re.compile(r"\s(?:Strip|Street|Avenue|Road|Boulevard)$")
# "the Mandalay Bay hotel", "the Amara cultural centre", "the General Santander police cadet school": a place name
# that opens a venue's name (after "the", up to three more words, then the venue's kind)
_THE = re.compile(r"\bthe\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}$")
_VENUE = re.compile(r"(?:\s+(?!(?:in|on|at|of|the|a|an|and|or|near|to|from|for|by|with|city|town)\b)"
                    r"[\w'\u2019-]+){0,3}?"
                    r"\s+(?:hotel|cent(?:re|er)|school|academy|college|university|"
                    r"hospital|mosque|church|cathedral|synagogue|temple|stadium|arena|mall|club|nightclub|bar|"
                    r"restaurant|cafe|theat(?:re|er)|museum|prison|barracks|base|compound)\b", re.IGNORECASE)
_HARD_BOUNDARY = re.compile(r"[;:\n\u2014\u2013]|\bbut\b|\bwhile\b|\bwhereas\b|,\s*(?:which|who|where|after|"
                            r"before|as|when|since|although)\b", re.IGNORECASE)
_SOFT_BOUNDARY = re.compile(r"\band\b|,", re.IGNORECASE)
_ADJACENT = re.compile(r"^[\s\-]*(?:[a-z]+[\s\-]+){0,2}$")  # "the Grozny attack", "Grozny car-bomb attack"
# the place is what the event verb acted on: "struck Kramatorsk", "attacked the town of Pont-Sonde"
_OBJECT = re.compile(r"^\s+(?:the\s+)?(?:(?:town|city|village|villages|district|province|region|capital)\s+of\s+)?$",
                     re.IGNORECASE)
MAIN_ADMIN1_SHARE = 0.6


@dataclass(frozen=True)
class _Tie:
    """How strongly the text ties one place to the event."""

    place: Place
    locative: bool
    adjacent: bool
    hard: bool
    soft: bool
    distance: int
    venue: bool

    def rank(self) -> tuple:
        tied = self.locative or self.adjacent
        # Among places the clause ties alike, the finer one: "a US drone strike in Baghdad" (the country
        # word before the noun names whose strike as often as where), "the Grozny attack in Chechnya".
        # a point borrowed from the place named beside it (geo.nearby) ranks with the unresolved; a place that
        # only names a venue ("at the Amara cultural centre in Suruc") yields to the town the clause names
        return (self.place.lat is not None and not by_neighbour(self.place), not self.hard, tied,
                tied and not self.soft,
                self.place.feature not in ("RGN", "CONT"), -_fineness(self.place) if tied else 0,
                not (tied and self.venue), -self.distance)


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, CountryRow], dict[tuple[str, str], Admin1Row]]:
    return ({c.iso: c for c in read_countries()},
            {(a.country, a.name): a for a in read_admin1()})


def _tie(place: Place, text: str, sentence: tuple[int, int], anchor: tuple[int, int]) -> _Tie:
    before = text[sentence[0]:place.span[0]][-60:]
    locative = bool(_LOCATIVE.search(before)) or bool(_ON_STREET.search(before) and _STREET_NAME.search(place.text))
    if place.span[0] >= anchor[1]:
        between = text[anchor[1]:place.span[0]]
    else:
        between = text[place.span[1]:anchor[0]] if place.span[1] <= anchor[0] else ""
    adjacent = bool(_ADJACENT.match(between)) if place.span[1] <= anchor[0] else bool(_OBJECT.match(between))
    distance = len(between)
    return _Tie(place, locative, adjacent, bool(_HARD_BOUNDARY.search(between)),
                bool(_SOFT_BOUNDARY.search(between)), distance,
                _venue(place, text))


def _venue(place: Place, text: str) -> bool:
    """Whether the place's name opens a venue's name: "the Amara cultural centre", "the Mandalay Bay hotel"."""
    return bool(_THE.search(text, max(0, place.span[0] - 40), place.span[0]) and _VENUE.match(text, place.span[1]))


def _location(place: Place, how: str, confidence: float) -> Location:
    return Location(
        name=place.name or place.text, geonameid=place.geonameid, lat=place.lat, lon=place.lon,
        country=place.country, admin1=place.admin1, precision=PRECISION.get(place.feature or ""),
        text=place.text, span=place.span, how=how,
        confidence=round(confidence * (0.5 + 0.5 * place.score), 3) if place.lat is not None else 0.2,
    )


def _article_location(places: list[Place], demonyms: Sequence[Place] = ()) -> Location | None:
    """The article's main country (most mentions, a demonym adding a vote to a country the article places
    something in: "Algerian forces stormed the complex ... Britain said it was not told ... in Algeria" is in
    Algeria; "Israeli forces struck Gaza" stays in Gaza), narrowed to one admin1 area when most place mentions
    agree."""
    resolved = [p for p in places if p.lat is not None and p.country and p.feature not in ("RGN", "CONT")
                and not by_neighbour(p)]
    if not resolved:
        return None  # demonyms alone place nothing: "a Colombian novelist", "the Saudi-led coalition"
    mentions = [p.country for p in (*resolved, *demonyms) if p.country]
    votes = Counter(mentions)
    placed = {p.country for p in resolved}  # a demonym adds a vote, but only a country the article places
    country = max(placed, key=lambda c: (votes[c], -mentions.index(c)))  # something in can win; a tie: named first
    inside = [p for p in resolved if p.country == country]
    countries, admin1s = _tables()
    admin1_counts = Counter(p.admin1 for p in inside if p.admin1 and p.feature != "PCLI")
    if admin1_counts:
        name, n = admin1_counts.most_common(1)[0]
        row = admin1s.get((country, name))
        if row and n / len(inside) >= MAIN_ADMIN1_SHARE:
            return Location(name=row.name, geonameid=row.geonameid, lat=row.lat, lon=row.lon,
                            country=country, admin1=row.name, precision="admin1", how="article",
                            confidence=0.35)
    c = countries.get(country)
    return _country_location(c, "article", 0.3) if c else None


def _country_location(c: CountryRow, how: str, confidence: float, place: Place | None = None) -> Location:
    """A country at country precision, with the words of `place` when it stands for them."""
    return Location(name=c.name, geonameid=c.geonameid, lat=c.lat, lon=c.lon, country=c.iso, admin1=None,
                    precision="country", text=place.text if place else None, span=place.span if place else None,
                    how=how, confidence=confidence)


_POSSESSIVE = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+)?$")
_FINENESS = {"exact": 0, "city": 1, "admin1": 2, "country": 3}


def _fineness(place: Place) -> int:
    return _FINENESS.get(PRECISION.get(place.feature or "") or "", len(_FINENESS))


def _possessed(place: Place, inside: list[Place], text: str) -> Place:
    """'in Haiti's Artibonite department', "Nigeria's northeastern Borno state": the finer place the
    chosen one owns (same country, the next words after its possessive) is where the event was."""
    for other in inside:
        if (other.span[0] > place.span[1] and other.country and other.country == place.country
                and _fineness(other) < _fineness(place)
                and _POSSESSIVE.fullmatch(text[place.span[1]:other.span[0]])):
            return other
    return place


class ArticlePlaces:
    """A document's places as each of its events reads them, worked out once per document: those an event may be
    placed at (no origin, no speaker's place, none a later place contradicts, no far side of a border) and the
    article's main location."""

    def __init__(self, places: list[Place], text: str, demonyms: Sequence[Place] = ()) -> None:
        usable = _drop_contradicted([p for p in places if p.role == "place" and not _speaker_place(p, text)], text)
        # "an army outpost near the Burkina Faso border", "a base near the border with Nigeria": the other side
        self.usable = [p for p in usable if not _across_border(p, text)] or usable
        self.demonyms = demonyms

    @functools.cached_property
    def main(self) -> Location | None:
        """The article's main location (`_article_location` of the usable places)."""
        return _article_location(self.usable, self.demonyms)


def event_location(places: list[Place], sentence_span: tuple[int, int],
                   trigger_span: tuple[int, int] | None, text: str, *,
                   demonyms: Sequence[Place] = (), article_places: ArticlePlaces | None = None) -> Location | None:
    """The Location of an event: a place its clause or sentence names, else the article's main place.

    Places whose role is "origin" (where a person comes from) are never used; `demonyms` (nationality words
    resolved to their country) only vote for the article's main country. `article_places`, when given, is
    `ArticlePlaces(places, text, demonyms)`, read once for all the document's events.
    """
    article_places = article_places or ArticlePlaces(places, text, demonyms)
    usable = article_places.usable
    anchor = trigger_span or (sentence_span[0], sentence_span[0])
    inside = [p for p in usable if sentence_span[0] <= p.span[0] and p.span[1] <= sentence_span[1]]
    # "MORELIA, 31 July - Drones dropped explosives ... in a community of Apatzingán municipality": the dateline
    # says where the story was filed; a place the sentence itself names says where the event was
    told = [p for p in inside if not _in_dateline(p, text)]
    inside = told or inside
    # "two injured and airlifted to Raipur", "the wounded were flown to Karachi": where the casualties went (it
    # still votes for the article's place)
    inside = [p for p in inside if not _destination(p, text)]
    if inside:
        best = max((_tie(p, text, sentence_span, anchor) for p in inside), key=_Tie.rank)
        tied = best.locative or best.adjacent
        place = _possessed(best.place, inside, text)
        if not tied and place is best.place:
            article = article_places.main
            # "Somalia's al Shabaab said it carried out the raid": whose, not where; a place of another country
            # than the article's that the clause does not tie to the event ("flew the injured to Darwin",
            # "backed by US-led coalition helicopters") says where else the story goes, not where it happened
            if article is not None and (_owner(place, text) or (place.country and article.country
                                                                  and place.country != article.country)):
                return article
        if _far_from(place, text):
            return _country_of(place)
        if _namesake_abroad(place, usable, demonyms, inside):
            return _article_location([p for p in usable if p is not place], demonyms)
        if tied and not best.hard and trigger_span is not None:
            return _location(place, "clause", 0.85 if not best.soft else 0.75)
        return _location(place, "sentence", 0.65 if tied else 0.5)
    return article_places.main


# a dateline opens a line: "MORELIA, 31 July -", "BOGOTA, Sept 20 (Reuters) -", "KYIV, Ukraine \u2014", after an
# optional note in brackets ("(Translated from Spanish.) "); its first word is in capitals or it carries a date
_DATELINE = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?(?P<line>[A-Z][^\n]{0,60}?)[ \t]+[-\u2013\u2014]+[ \t]")
_DATELINE_CAPS = re.compile(r"[A-Z][A-Z'\u2019.-]{2,}\b")
_MONTH_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
                        r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


def _in_dateline(place: Place, text: str) -> bool:
    """Whether a place lies in the dateline that opens its line ("MORELIA, 31 July - ..."): where the report
    was filed, not what the sentence says happened there. Not a headline-like lead ("Three jawans martyred -
    sources"): the dateline's first word is in capitals, or the dateline carries a date."""
    start = text.rfind("\n", 0, place.span[0]) + 1
    hit = _DATELINE.match(text, start)
    if hit is None or not (hit.start("line") <= place.span[0] and place.span[1] <= hit.end("line")):
        return False
    line = hit.group("line")
    return bool(_DATELINE_CAPS.match(line) or _MONTH_DAY.search(line))


_IN_NEXT = re.compile(
    r"^(?:\s+(?:beach|market|camp|square|street|road|bridge|district|quarter))?"
    r"\s+(?:(?:area|district|neighbou?rhood|suburb|quarter|part|outskirts)\s+of|in|at|near|outside)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$", re.IGNORECASE)
_COMMA = re.compile(r"^,\s+$")
# "the Abbasiya district of Cairo": the kind word inside the inner name, then "of"
_KIND_END = re.compile(r"\s(?:area|district|neighbou?rhood|suburb|quarter)$", re.IGNORECASE)
_OF = re.compile(r"^\s+of\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$", re.IGNORECASE)
# what may follow the outer place of "Town, Area": not a possessive ("in Kyiv, Russia's defence ministry said")
# and not another list item ("in Kabul, Lahore and Delhi")
_NOT_OUTER = re.compile(r"(?:['\u2019]s\b|,?\s+(?:and|or)\b|,\s+[A-Z])")  # matched at the outer place's end
_COUNTRIES = ("PCLI", "PCLD", "PCLS", "PCLF")
_AREAS = (*_COUNTRIES, "ADM1")


def _drop_contradicted(places: list[Place], text: str) -> list[Place]:
    """Drop a place the next words put inside a place of another country: "Lido beach in Mogadishu" read as a
    Lido Beach of New York, "the Karari area of northern Omdurman" as a Karari of India, "the Abbasiya district of
    Cairo" as Israel's Yehud, "Victoria, Seychelles" as a Canadian Victoria. After a bare comma the outer place must
    be a country or first-level area that ends the phrase: "in Kyiv, Russia's defence ministry said" and "in Kabul,
    Lahore and Delhi" drop nothing. The outer place is what the writer anchored the name to; the inner one was
    resolved to a namesake elsewhere."""
    ordered = sorted(places, key=lambda p: p.span)
    drop: set[int] = set()
    for i, (inner, outer) in enumerate(zip(ordered, ordered[1:])):
        if not (inner.country and outer.country and inner.country != outer.country and outer.lat is not None
                and inner.feature not in _COUNTRIES):
            continue
        gap = text[inner.span[1]:outer.span[0]]
        if inner.feature in _AREAS:
            # "a Dogon village near Sangha in central Mali": a first-level area of another country is only
            # contradicted by the country the writer puts it in
            if outer.feature in _COUNTRIES and _IN_NEXT.match(gap):
                drop.add(i)
            continue
        if (_IN_NEXT.match(gap) or (_KIND_END.search(inner.text) and _OF.match(gap))
                or (_COMMA.match(gap) and outer.feature in _AREAS
                                   and not _NOT_OUTER.match(text, outer.span[1]))):
            drop.add(i)
    return [p for p in places if all(p is not ordered[i] for i in drop)]


_OWNER = re.compile(r"['\u2019]s\s")
# carrying the wounded or the dead somewhere: "airlifted to Raipur", "taken by helicopter to Lima", "rushed to
# hospital in Peshawar", "evacuated to Pibor hospital"
_CARRIED_TO = re.compile(r"\b(?:air-?lift(?:ed|ing)?|flown|rushed|evacuat(?:ed|ing)|transferred|shifted|taken|"
                         r"referred|ferried|carried)\s+(?:[\w-]+\s+){0,3}?to\s+(?:(?:the|a)\s+)?"
                         r"(?:(?:[\w-]+\s+){0,2}?hospitals?\s+in\s+(?:the\s+)?)?$", re.IGNORECASE)


def _destination(place: Place, text: str) -> bool:
    """Whether a place is only where casualties were carried ("two injured and airlifted to Raipur", "the
    wounded were flown to Karachi for treatment"): not where the event was. Not "fighters were taken
    prisoner in Raqqa", nor "troops moved to Bosso" (a movement ends where it goes)."""
    return bool(_CARRIED_TO.search(text, max(0, place.span[0] - 70), place.span[0]))


_BORDER_AFTER = re.compile(r"[\s-]+(?:border|frontier)s?\b", re.IGNORECASE)
_BORDER_BEFORE = re.compile(r"\b(?:border|frontier)s?\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def _across_border(place: Place, text: str) -> bool:
    """Whether a country or first-level area only names the far side of a border the event lies near: "near the
    Burkina Faso border", "close to the border with Mali", "Benin's border with Burkina Faso". Not the side that
    owns the border ("along Cameroon's border with Nigeria" is in Cameroon), nor "in Burkina Faso, near the border"."""
    if place.feature not in _AREAS:
        return False
    return bool(_BORDER_AFTER.match(text, place.span[1])
                or _BORDER_BEFORE.search(text, max(0, place.span[0] - 30), place.span[0]))


def _owner(place: Place, text: str) -> bool:
    """Whether a country stands in the possessive ("Somalia's al Shabaab", "Mozambique's defence ministry"): it
    says whose actor acts, not where (a finer place it owns, "Nigeria's Borno state", is `_possessed`)."""
    return place.feature in _COUNTRIES and bool(_OWNER.match(text, place.span[1]))


# "south of Cairo", "150 km north of the capital Bamako", "60 miles east of Mosul": the place is a landmark
# "in the south of Bogota" is inside the place: a bare direction after "the" is a part of it, not a bearing
_BEARING = re.compile(r"\b(?:(?P<n>\d+(?:[.,]\d+)?)\s*(?P<u>km|kilometres|kilometers|miles|mi)\s+)?"
                      r"(?:to\s+the\s+|(?<!the\s))(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
                      r"(?:the\s+(?:\w+\s+)?)?$", re.I)
NEAR_KM = 40.0  # a landmark this close is within a city's reach (`incidents.matching.LinkRules.city_km`)


def _far_from(place: Place, text: str) -> bool:
    """Whether the text places the event at a bearing from the place, further than `NEAR_KM` or at no stated
    distance ("a monastery south of Cairo" is in another province): the place is then only a landmark."""
    hit = _BEARING.search(text[max(0, place.span[0] - 50):place.span[0]])
    if hit is None:
        return False
    if hit.group("n") is None:
        return True
    km = float(hit.group("n").replace(",", "")) * (1.609 if hit.group("u").lower().startswith("mi") else 1.0)
    return km > NEAR_KM


def _country_of(place: Place) -> Location | None:
    """The landmark's country, at country precision: the event lies somewhere in it, away from the landmark."""
    c = _tables()[0].get(place.country or "")
    return _country_location(c, "bearing", 0.3, place) if c else None


SPEECH = r"(?:said|says|say|told|announced|stated|added|warned|condemned|confirmed|denied|vowed|promised|insisted)"
# "officials in Washington said", "the governments in Dublin and London said": a place in the subject of a speech
# verb; "In Washington, officials said": a place that only opens the speaker's clause
_SPEAKER_BEFORE = re.compile(r"\b(?:officials?|governments?|authorities|ministry|ministers?|leaders?|diplomats?|"
                             r"sources|spokes(?:man|woman|person)|lawmakers|analysts)\s+(?:in|from)\s+"
                             r"(?:[A-Z][\w.'\u2019-]*\s+){0,2}?(?:and\s+)?$",
                             re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"^(?:\s+and\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)?\s+(?:also\s+|on\s+\w+\s+)?"
                            + SPEECH + r"\b")
_SPEAKER_OPENS = re.compile(r"(?:^|[.!?\n]\s*)In\s+$")
_SPEAKER_CLAUSE = re.compile(r"^,\s+(?:the\s+)?(?:\w+\s+){0,3}?" + SPEECH + r"\b")


def _speaker_place(place: Place, text: str) -> bool:
    """Whether a place only says where a speaker is: in the subject of a speech verb ("officials in Washington
    said", "the governments in Dublin and London said on Thursday") or opening a sentence whose clause is the
    speech ("In Washington, officials said"); not "fighters in Mosul said to be", nor "in Mosul, killing ten"."""
    before = text[max(0, place.span[0] - 40):place.span[0]]
    after = text[place.span[1]:place.span[1] + 60]
    if _SPEAKER_BEFORE.search(before) and _SPEAKER_AFTER.match(after):
        return True
    return bool(_SPEAKER_OPENS.search(before) and _SPEAKER_CLAUSE.match(after))


NAMESAKE_SCORE = 0.5  # a place resolved below this is a guess among namesakes
NAMESAKE_OTHERS = 2  # distinct sure places of one other country that overrule a surely resolved town


def _namesake_abroad(place: Place, usable: list[Place], demonyms: Sequence[Place],
                     sentence: Sequence[Place] = ()) -> bool:
    """Whether a town is a weakly resolved namesake abroad: resolved below NAMESAKE_SCORE, in a country that no
    other place or nationality word of the article names, while a surer place of the article lies in another
    country ("a snack stall in Koti" of a Hyderabad report read as Kochi, Japan): the event is in the article's
    country. Not a capital ('in the capital' is read by the article's country already)."""
    if (not place.feature or not place.feature.startswith("PPL") or place.feature == "PPLC"
            or not place.country):
        return False
    others = [p for p in (*usable, *demonyms)  # the name's other mentions are no other place
              if p is not place and p.country and (p.geonameid is None or p.geonameid != place.geonameid)]
    if any(p.country == place.country for p in others) or not any(p.score >= NAMESAKE_SCORE for p in others):
        return False
    if place.score < NAMESAKE_SCORE:
        return True
    # a surely resolved town too, when every other place of the article lies in one country that is not its
    # neighbour, named by two places or more, one of them a town or area of the same sentence: "bound for
    # Djibo, chief town of Soum province ... the army post at Arbinda" is not Soum in Senegal (a neighbour's town
    # may be the story: a cross-border raid; one other name may be the namesake: "the Washington market" in Gao;
    # "French jets struck targets in Raqqa. Paris said ..." names the actor's country in other sentences)
    placed = [p for p in others if p in usable]  # "(Translated from French.)" places nothing
    countries = {p.country for p in placed}
    sure = [p for p in placed if p.score >= NAMESAKE_SCORE]
    if (len(countries) != 1 or len({p.geonameid or id(p) for p in sure}) < NAMESAKE_OTHERS
            or not any(p in sentence and p.feature not in _COUNTRIES for p in sure)):
        return False
    row = _tables()[0].get(next(iter(countries)))
    return row is not None and place.country not in row.neighbours
