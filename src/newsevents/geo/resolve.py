"""Rank the gazetteer candidates of a document's toponyms using feature class, population and context."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from newsevents.geo.gazetteer import Candidate, Demonym, Gazetteer
from newsevents.geo.names import normalize

# Prior of each feature class: for an ambiguous name prefer a country, then a region, then admin1,
# then a city (cities score by population instead: 0.5 per power of ten, -0.5, +1 for a capital).
# A landmark (extras.LANDMARKS: a seat of government, a named airport) ranks like an admin1 area:
# above the namesake village (White House, Tennessee), below what its article's context picks.
FEATURE_PRIOR = {"PCLI": 4.0, "CONT": 3.8, "RGN": 3.5, "ADM1": 3.0, "BLDG": 3.0, "AIRP": 3.0, "ADM2": 2.5}
CITY_OFFSET = -0.5
CAPITAL_BONUS = 1.0
# 'shared': a short name two countries share, of the country news less often means by it ('Congo')
# 'namesake': a town that bears the name of an area the text names by its kind ('Soum province')
# while the gazetteer knows no area of that name; it may lie in that area, or anywhere
# 'outgrown': a first-level area with fewer people than a namesake city (_city_over_its_area)
# 'feature': the place a natural feature's name bears, 'Sinjar' of 'Mount Sinjar' (_named_feature);
# 'river': the town a river's name bears ('San Lorenzo River')
MATCH_PENALTY = {"name": 0.0, "alias": 0.0, "abbreviation": 0.0, "alternate": 1.0, "shared": 0.3,
                 "namesake": 0.5, "outgrown": 1.0, "feature": 0.5, "river": 0.5}
COUNTRY_WEIGHT = 2.0  # times the share of the document's other places in the candidate's country
# when other places of the document lie in the candidate (an admin1) or in (or are) a city
# candidate's admin1; times that area's votes over those of the document's most named area
ADMIN1_WEIGHT = 1.5
CITY_ADMIN1_WEIGHT = 1.0
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                   "central", "far", "upper", "lower", "northeast", "northwest", "southeast", "southwest",
                   "northeastern", "northwestern", "southeastern", "southwestern"}
GENERIC_TAILS = {"province", "region", "state", "county", "district", "governorate", "oblast",
                 "prefecture", "city", "town", "village", "area", "territory", "department", "borough",
                 "township", "municipality", "commune", "woreda", "upazila", "taluka", "tehsil", "canton"}
COUNTY_WORDS = {"county", "parish", "borough"}
# a generic tail that says which kind of place the name is: 'Washington state' and 'Kabul province'
# are the areas, 'Ghazni city' the town, whichever the name alone would rank first
AREA_TAILS = {"province", "state", "region", "governorate", "oblast", "prefecture"}
AREA_FEATURES = ("ADM1", "RGN")
TOWN_TAILS = {"city", "town", "village"}
GENERIC_HEAD = re.compile(r"^(?:the\s+)?(?:city|town|village|county|province|municipality|district|"
                          r"borough|state|region|township|commune|governorate|prefecture|emirate)\s+of\s+",
                          re.IGNORECASE)
COMPOUND_SUFFIX = re.compile(r"-(?:led|backed|based|born|funded|made|owned|controlled|held|run|bound|"
                             r"allied|aligned|supported|sponsored|brokered|occupied)$", re.IGNORECASE)
SUBNAME_MIN_POPULATION = 100_000
# generic landform and feature nouns: a name part that is only one of these is not a place name
LANDFORM_WORDS = {"valley", "river", "lake", "mountain", "mountains", "island", "islands", "bay", "gulf",
                  "sea", "coast", "park", "square", "street", "road", "bridge", "hill", "hills", "plain",
                  "plains", "desert", "forest", "delta", "basin", "gorge", "strait", "peninsula", "canyon",
                  "falls", "harbour", "harbor", "beach", "port", "airport", "station", "creek", "springs",
                  "point", "heights", "ridge", "rock", "cape", "head", "north", "south", "east", "west",
                  "central", "upper", "lower", "new", "old", "great", "little", "saint", "st", "plateau",
                  "highlands", "lowlands"}
# saint words and articles that open a compound place name and never stand for it alone: 'San Ignacio de Moxos'
# is not San, Mali; 'El Fasher' not a town called El
NAME_OPENERS = {"san", "santa", "santo", "sao", "sainte", "ste", "el", "la", "le", "les", "los", "las", "al"}
NEIGHBOUR_WEIGHT = 0.5  # times the share of the document's places in neighbouring countries
OUTLET_WEIGHT = 0.7  # when the candidate lies in the outlet's country
CONTEXT_SMOOTHING = 1.0  # pseudo-votes for "elsewhere": a lone weak vote cannot claim a full share


@dataclass(frozen=True)
class Resolution:
    """The chosen candidate of a name (None when the gazetteer has none) and its confidence."""

    candidate: Candidate | None
    confidence: float
    alternatives: int = 0


@dataclass
class Context:
    """What the rest of the document says about where it is: countries and admin1 areas, weighted."""

    countries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)
    outlet_country: str | None = None

    def add(self, country: str | None, admin1: str | None, weight: float,
            admin1_weight: float | None = None) -> None:
        if country:
            self.countries[country] += weight
        if admin1:
            self.admin1s[admin1] += weight if admin1_weight is None else admin1_weight

    def without(self, country: str | None, admin1: str | None, weight: float,
                admin1_weight: float | None = None) -> "Context":
        """A copy without one name's own contribution (a name must not vote for itself)."""
        ctx = Context(Counter(self.countries), Counter(self.admin1s), self.outlet_country)
        ctx.add(country, admin1, -weight, None if admin1_weight is None else -admin1_weight)
        return ctx


def prior(c: Candidate) -> float:
    """Score of a candidate before context."""
    if c.feature in FEATURE_PRIOR:
        base = FEATURE_PRIOR[c.feature]
    else:
        base = 0.5 * math.log10(max(c.population, 1)) + CITY_OFFSET
        base += CAPITAL_BONUS if c.feature == "PPLC" else 0.0
    if c.match == "fuzzy":
        return base - 0.5 - (100.0 - c.similarity) / 10.0
    return base - MATCH_PENALTY.get(c.match, 0.0)


def contextual(c: Candidate, ctx: Context, gaz: Gazetteer, itself: float = 0.0) -> float:
    """Prior plus agreement with the document's other places, its demonyms and the outlet's country.

    itself is the admin1 vote of the document's other names that resolved to this very candidate
    ("Mexico City" for the candidate Mexico City of "Mexico"): a place does not lie inside its
    own admin1 area as evidence for itself."""
    score = prior(c)
    total = sum(v for v in ctx.countries.values() if v > 0) + CONTEXT_SMOOTHING
    if total > 0 and c.country:
        score += COUNTRY_WEIGHT * max(ctx.countries.get(c.country, 0.0), 0.0) / total
        row = gaz.countries.get(c.country)
        if row:
            near = sum(max(ctx.countries.get(n, 0.0), 0.0) for n in row.neighbours)
            score += NEIGHBOUR_WEIGHT * near / total
    here = ctx.admin1s.get(c.admin1 or "", 0.0) - itself
    if c.admin1 and here > 0.05:
        # relative to the document's most named area: a county name in an article about Missouri
        # that also names Indiana twice goes to Missouri, not to whichever state came first
        top = max(ctx.admin1s.values())
        score += (ADMIN1_WEIGHT if c.feature == "ADM1" else CITY_ADMIN1_WEIGHT) * min(1.0, here / top)
    if ctx.outlet_country and c.country == ctx.outlet_country:
        score += OUTLET_WEIGHT
    return score


def _confidence(scores: list[float]) -> float:
    """Softmax probability of the best score; 1.0 for a single candidate."""
    top = max(scores)
    return 1.0 / sum(math.exp(s - top) for s in scores)


def _country_confidence(scored: list[tuple[float, Candidate]], best: Candidate) -> float:
    """Softmax mass of the candidates in the best one's country: how sure the name is about its
    country ('Gaza Strip' the region or the admin1 area: either way Palestine). This, not the
    confidence in one entry, weighs the name's vote for the article's country."""
    top = max(s for s, _ in scored)
    total = sum(math.exp(s - top) for s, _ in scored)
    if best.country is None:
        return math.exp(max(s for s, c in scored if c is best) - top) / total
    return sum(math.exp(s - top) for s, c in scored if c.country == best.country) / total


def _country_vote(scored: list[tuple[float, Candidate]], best: Candidate) -> float:
    """How surely a name votes for its best candidate's country: `_country_confidence`, except that a
    country named by its own name or alias whose other candidates are all populated places votes fully
    ('Lebanon' is the country, whatever the dozen US towns of that name add up to: they must not leave
    'Tripoli' beside 'Lebanon' and 'Akkar' to Libya). A name that is also a first-level area or region
    ('Georgia', 'Niger') keeps its softmax share."""
    if best.feature == "PCLI" and best.match in ("name", "alias") and all(
            c is best or c.feature.startswith("PPL") for _, c in scored):
        return 1.0
    return _country_confidence(scored, best)


def _admin1_confidence(scored: list[tuple[float, Candidate]], best: Candidate) -> float:
    """Softmax mass of the candidates in the best one's admin1 area: how sure the name is about its
    first-level area. A county name that six states share is sure of its country, not its state,
    and must not vote for whichever state its tied candidates happened to list first."""
    if best.admin1 is None:
        return _country_confidence(scored, best)
    top = max(s for s, _ in scored)
    total = sum(math.exp(s - top) for s, _ in scored)
    return sum(math.exp(s - top) for s, c in scored if c.admin1 == best.admin1) / total


def county_candidates(name: str, gaz: Gazetteer) -> list[Candidate]:
    """A US county ('Metcalfe County', 'Orleans Parish'): one candidate for each state that has a
    county of that name, so that the article's other places pick the state. Its point is the
    biggest place of the county's base name inside the state, else the state's point (the
    gazetteer has no county points). Every candidate matched the county list by its full name,
    so none is ranked down because its town only carries the base name as an alternate name."""
    states = gaz.us_county_states(name)
    if not states:
        return []
    base = " ".join(name.split()[:-1])
    towns: dict[str, Candidate] = {}
    for c in gaz.lookup(base):
        if c.admin1 in states and c.feature in ("PPL", "PPLC"):
            if c.admin1 not in towns or c.population > towns[c.admin1].population:
                towns[c.admin1] = c
    out: list[Candidate] = []
    for key in states:
        town = towns.get(key)
        row = gaz.admin1s.get(key)
        if town:
            out.append(replace(town, feature="ADM2", name=name, match="name", similarity=100.0))
        elif row:
            out.append(Candidate(-row.geonameid, None, name, row.lat, row.lon, "US", key, "ADM2",
                                 0, "name", 100.0))
    return out


def _country_over_its_namesake(cs: list[Candidate]) -> list[Candidate]:
    """Drop the first-level areas that share a country's name inside that country ('Taiwan' the
    province, 'México' the state beside Mexico): the name means the country, and keeping the
    area lets any place of the article inside it pull the name down to the area."""
    countries = {c.country for c in cs if c.feature == "PCLI" and c.match in ("name", "alias")}
    if not countries:
        return cs
    return [c for c in cs if not (c.feature == "ADM1" and c.country in countries)]


def candidates_for(name: str, gaz: Gazetteer, *, bare: bool = True) -> list[Candidate]:
    """Exact, alias and alternate-name candidates ('south Sudan', with its direction word in lower
    case, is Sudan); a US county by its state; then, when there are none, the name as GeoNames may
    spell it ('St.' for 'Saint'), without what news wraps around a place name (a generic tail,
    then a direction word, then a generic head, a '-led' suffix, a missing abbreviation dot), then
    the place that opens or ends a longer name; fuzzy ones last. bare: the name stands without a
    kind word, so a city of a million people outranks the first-level area of its name."""
    words = name.split()
    if len(words) > 1 and words[0].islower() and words[0] in DIRECTION_WORDS:
        return candidates_for(" ".join(words[1:]), gaz)  # 'south Sudan': the south of Sudan
    if len(words) > 1 and words[-1].lower() in COUNTY_WORDS:
        found = county_candidates(name, gaz)
        if found:
            return found
    found = _not_a_town_for_an_acronym(name, [_own_name(c, name) for c in gaz.lookup(name)])
    found += _generic_areas(name, gaz)
    saint = _saint_spelling(name)
    if found and saint and all(c.match == "alternate" for c in found):
        found += _areas_spelled_otherwise(found, gaz.lookup(saint))
    if _feature_part(words) is not None:  # 'Senegal River', an alternate name of the country: the river
        found = [c for c in found if c.feature != "PCLI"]
    if found:
        found = _country_over_its_namesake(found)
        return _city_over_its_area(found) if bare else found
    if saint:
        found = list(gaz.lookup(saint))  # 'St. Marc' is GeoNames' 'Saint-Marc'
    if (not found and len(words) > 1 and words[-1].lower() in GENERIC_TAILS  # 'Far North Region'
            and normalize(" ".join(words[:-1])) not in LANDFORM_WORDS):  # not 'Bay Area' as Somalia's Bay
        found = _of_kind(candidates_for(" ".join(words[:-1]), gaz, bare=False), words[-1].lower(), gaz)
    rest = " ".join(words[1:])
    if (not found and len(words) > 1 and words[0].lower() in DIRECTION_WORDS
            and normalize(_without_tail(rest)) not in LANDFORM_WORDS):
        # not 'Central Plateau' as a town called Plateau, nor 'Central Plateau region' as Nigeria's Plateau
        # State: a direction word and a landform word name one place;
        # 'Northern Syria', 'Lower Manhattan', 'Upper Edmonton'; not 'Western Wall' as Wall, South
        # Dakota, nor 'Northern Alliance' as Alliance, Ohio: the rest must name an area or a town of
        # SUBNAME_MIN_POPULATION people somewhere (then the article picks among its namesakes)
        found = candidates_for(rest, gaz)
        if not any(not c.feature.startswith("PPL") or c.population >= SUBNAME_MIN_POPULATION for c in found):
            found = []
    return found or _unwrapped(name, gaz) or gaz.fuzzy(name)


def _without_tail(name: str) -> str:
    """The name without a closing generic tail ('Plateau region' -> 'Plateau'); the name itself
    when it has none."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in GENERIC_TAILS else name


def _areas_spelled_otherwise(found: list[Candidate], other: Iterable[Candidate]) -> list[Candidate]:
    """The countries and first-level areas that the other spelling of a saint's name names by their own
    name ('Saint Lucia', the country), beside the towns that only GeoNames' alternate names give the
    written one ('St Lucia', a South African village): one name, written two ways. Towns of the other
    spelling are not added: a town keeps its namesakes and their populations."""
    ids = {c.id for c in found}
    return [c for c in other
            if c.feature in STRONG_FEATURES and c.match in ("name", "alias") and c.id not in ids]


_QUALIFIED_NAME = re.compile(r"\s*\([^()]*\)$")


def _own_name(c: Candidate, name: str) -> Candidate:
    """A name GeoNames writes with a qualifier in brackets ('Halle (Saale)', 'Frankfurt (Oder)') is the place's
    own name without it, not an alternate one: it competes with its bare namesakes ('Halle', Westphalia) on
    population alone."""
    if c.match == "alternate" and "(" in c.name and normalize(_QUALIFIED_NAME.sub("", c.name)) == normalize(name):
        return replace(c, match="name")
    return c


# first-level areas whose names are landform words are indexed only with a kind tail ('Plateau
# State', build.GENERIC_ADMIN_NAMES); news also writes them bare ('the Bokkos area of Plateau')
GENERIC_AREA_NAMES = {"plateau", "lakes", "highlands", "coast", "interior", "islands", "mountains"}
GENERIC_AREA_TAILS = ("State", "Region", "Province")


def _generic_areas(name: str, gaz: Gazetteer) -> list[Candidate]:
    """The first-level areas a bare landform word names ('Plateau': Plateau State, Nigeria, and
    Plateau, Benin), as alternate names: below the area they are usually meant by when written
    with their tail, above a village of the name where the article names their country."""
    if normalize(name) not in GENERIC_AREA_NAMES or not name[:1].isupper():
        return []
    found = {c.id: replace(c, match="alternate") for tail in GENERIC_AREA_TAILS
             for c in gaz.lookup(f"{name} {tail}") if c.feature == "ADM1"}
    return list(found.values())


_SAINT = re.compile(r"\b(St|Ste|Saint|Sainte)\b\.?\s*", re.IGNORECASE)
_SAINT_SWAP = {"st": "Saint ", "ste": "Sainte ", "saint": "St. ", "sainte": "Ste. "}


def _saint_spelling(name: str) -> str | None:
    """The name with 'St.' written 'Saint' (and 'Ste.' 'Sainte'), or 'Saint' written 'St.': the
    other way GeoNames or the news may spell it; None when the name has no such word."""
    if not _SAINT.search(name):
        return None
    return _SAINT.sub(lambda m: _SAINT_SWAP[m.group(1).lower()], name).strip()


def _not_a_town_for_an_acronym(name: str, cs: list[Candidate]) -> list[Candidate]:
    """An acronym of two capitals ('EU', 'AU', 'UN') is a place only by an alias or abbreviation
    ('UK', 'US'), never by a town that bears the two letters as its name (Eu in Normandy)."""
    letters = name.replace(".", "")
    if len(letters) <= 2 and letters.isupper():
        return [c for c in cs if c.match != "name"]
    return cs


METROPOLIS = 1_000_000
OUTGROWN_CITY = 100_000  # a namesake city that outranks a smaller first-level area


def _city_over_its_area(cs: list[Candidate]) -> list[Candidate]:
    """Without the first-level areas that share their name with a city of METROPOLIS people or
    more inside them ('Kharkiv', 'Aleppo', 'Mombasa', 'Kano'): news means the city by the bare
    name and writes 'Kharkiv region' for the area (a kind tail, which keeps the areas). A smaller
    namesake city ('Idlib', 'Quebec') leaves the area first, as before, unless the area has fewer
    people than a namesake city of OUTGROWN_CITY people or more anywhere: such an area is ranked
    down ('outgrown'), so that bare 'Manchester' is the English city of half a million, not the
    Jamaican parish of 60,000, where nothing in the article points to Jamaica; a small town
    ('Al Jawf', Libya, 42,000) does not outrank a province (Yemen's Al Jawf, whose GeoNames
    population is far below the real one)."""
    cs = _seat_over_its_area(cs)
    cities = [c for c in cs if c.feature.startswith("PPL") and c.match in QUALIFIER_MATCHES]
    big = {c.admin1 for c in cities if c.population >= METROPOLIS}
    kept = [c for c in cs if not (c.feature == "ADM1" and c.admin1 in big)] if big else cs
    largest = max((c.population for c in cities if c.population >= OUTGROWN_CITY), default=0)
    return [replace(c, match="outgrown") if c.feature == "ADM1" and c.match in ("name", "alias")
            and 0 < c.population < largest else c for c in kept]


SEAT_SHARE = 0.5  # of its first-level area's people: the city is most of the area
# a seat by its own name holding this share of its area's people or more: the bare name means the city
# ('Agadez', 'Sumy', 'Tahoua', 'Ségou': a provincial capital that bears its province's name)
OWN_SEAT_SHARE = 0.2


def _seat_over_its_area(cs: list[Candidate]) -> list[Candidate]:
    """Without the first-level areas named like a city of OUTGROWN_CITY people or more inside them
    that holds SEAT_SHARE of the area's people or more ('Saint-Louis', Senegal; 'Santa Cruz',
    Bolivia, whose city GeoNames names 'Santa Cruz de la Sierra'): the bare name means the city,
    and the area is written with its kind ('Saint-Louis region'). The city then counts as named by
    an alias even where GeoNames gives the area's name only as its alternate name. A seat by its own
    name needs only OWN_SEAT_SHARE of the area's people: news names a provincial capital that bears its
    province's name bare ('gunmen near Tahoua', 'missiles struck Sumy') and the province with its kind
    ('Tahoua region'), which keeps the area. A seat that is a smaller part of its area ('Quebec',
    'Guanajuato'), or one GeoNames gives the name only as an alternate ('New York City'), leaves the area
    first."""
    seats: dict[str | None, Candidate] = {}
    for c in cs:
        if (c.feature.startswith("PPL") and c.population >= OUTGROWN_CITY
                and c.match in (*QUALIFIER_MATCHES, "alternate")
                and (c.admin1 not in seats or c.population > seats[c.admin1].population)):
            seats[c.admin1] = c
    areas = {c.admin1 for c in cs if c.feature == "ADM1" and c.match in ("name", "alias")
             and c.admin1 in seats and seats[c.admin1].population
             >= (OWN_SEAT_SHARE if seats[c.admin1].match == "name" else SEAT_SHARE) * c.population}
    if not areas:
        return cs
    return [replace(c, match="alias") if c.admin1 in areas and c is seats[c.admin1] and c.match == "alternate"
            else c for c in cs if not (c.feature == "ADM1" and c.admin1 in areas)]


NAMESAKE_TAILS = AREA_TAILS | {"district"}
AREA_SPELLING_MIN = 85.0  # rapidfuzz ratio of a town's name to its admin1 area's name ('Sagaing', 'Sagain')


def _of_kind(cs: list[Candidate], tail: str, gaz: Gazetteer) -> list[Candidate]:
    """The candidates of the kind a generic tail names, when there are any: the first-level areas
    and regions for 'province' or 'state', the populated places for 'city' or 'town'. An area
    word with only towns to choose from: the admin1 area a town lies in when GeoNames spells that
    area's name nearly as the town's ('Sagaing region' is the area GeoNames spells 'Sagain');
    else the towns, as namesakes (resolve_names keeps a small one only where the article points
    to its country: 'Soum province' is not the Senegalese village Soum)."""
    if tail in AREA_TAILS:
        kept = [c for c in cs if c.feature in AREA_FEATURES]
    elif tail in TOWN_TAILS:
        kept = [c for c in cs if c.feature.startswith("PPL")]
    else:
        kept = []
    if kept or tail not in NAMESAKE_TAILS or any(c.feature in STRONG_FEATURES for c in cs):
        return kept or cs
    areas = _areas_spelled_like(cs, gaz)
    return areas or [replace(c, match="namesake") if c.match in QUALIFIER_MATCHES else c for c in cs]


def _areas_spelled_like(cs: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The admin1 areas of towns whose names GeoNames spells nearly as the town's own."""
    out: dict[str, Candidate] = {}
    for c in cs:
        row = gaz.admin1s.get(c.admin1 or "")
        if (row is not None and c.feature.startswith("PPL") and c.match in QUALIFIER_MATCHES
                and fuzz.ratio(normalize(row.name), normalize(c.name)) >= AREA_SPELLING_MIN):
            out[row.key] = Candidate(row.geonameid, row.geonameid, row.name, row.lat, row.lon, row.country,
                                     row.key, "ADM1", row.population, "alias")
    return list(out.values())


def _unwrapped(name: str, gaz: Gazetteer) -> list[Candidate]:
    """Candidates of the place inside a name the gazetteer lacks: 'City of Montreal', 'County of
    Brant' (a generic head; an area's head keeps the first-level areas of the name, if any: 'State
    of Mexico' is the state around the capital, not the country; a town's head only the towns:
    'the City of Turkey', Texas, is no country), 'U.S.-led' (a compound suffix),
    'Ont' (an abbreviation whose dot the tokenizer split off), and a well-known place opening or
    ending a longer name ('Costa Rica Star', 'Edmonton AM', 'Nazi Germany', 'Granville County
    Fire'): a US county, a country, first-level area, region or a town of at least
    SUBNAME_MIN_POPULATION people, matched by its own name."""
    head = GENERIC_HEAD.match(name)
    if head and head.end() < len(name):
        if head.group(0).split()[-2].lower() in AREA_TAILS:  # 'State of Mexico': not the country
            areas = [c for c in gaz.lookup(name[head.end():])
                     if c.feature in AREA_FEATURES and c.match in QUALIFIER_MATCHES]
            if areas:
                return areas
        found = candidates_for(name[head.end():], gaz)
        if head.group(0).split()[-2].lower() in TOWN_TAILS:  # 'City of Turkey' is no country
            return [c for c in found if c.feature.startswith("PPL")]
        if found:
            return found
    suffix = COMPOUND_SUFFIX.search(name)
    if suffix and suffix.start() > 0:
        found = candidates_for(name[:suffix.start()], gaz)
        if found:
            return found
    if "." not in name and name[:1].isupper() and name.isalpha():
        found = [c for c in gaz.lookup(name + ".") if c.match == "abbreviation"]
        if found:
            return found
    words = name.split()
    if _feature_part(words) is not None:
        return _named_feature(words, gaz)
    for n in range(len(words) - 1, 0, -1):
        for part in (" ".join(words[:n]), " ".join(words[-n:])):
            if normalize(_without_tail(part)) in LANDFORM_WORDS or normalize(part) in NAME_OPENERS:
                continue  # 'Peace River Valley' is not 'The Valley', Anguilla; 'Central Plateau region' no
                # Plateau State
            county = county_candidates(part, gaz) if part.split()[-1].lower() in COUNTY_WORDS else []
            if county:
                return county  # 'Granville County Fire'
            found = [c for c in gaz.lookup(part) if c.match in QUALIFIER_MATCHES and (
                c.feature in STRONG_FEATURES or c.population >= SUBNAME_MIN_POPULATION)]
            if found:
                return _country_over_its_namesake(found)
    return []


# words that make a name a natural feature's ('Lake Victoria', 'Mount Sinjar', 'San Lorenzo River',
# 'the Sulu archipelago'), which bears the name of a place near it or of none
FEATURE_HEADS = {"lake", "mount", "mt", "mt."}
FEATURE_TAILS = {"river", "lake", "valley", "mountains", "mountain", "hills", "bay", "dam", "delta",
                 "plain", "plains", "desert", "gorge", "basin", "archipelago", "island", "islands", "falls"}


def _feature_part(words: list[str]) -> list[str] | None:
    """The words of the place a natural feature's name bears ('Sinjar' of 'Mount Sinjar', 'San
    Lorenzo' of 'San Lorenzo River'); None when the name is no such name."""
    if len(words) < 2:
        return None
    if words[0].lower() in FEATURE_HEADS:
        part = words[1:]
    elif words[-1].lower() in FEATURE_TAILS:
        part = words[:-1]
    else:
        return None
    return None if normalize(" ".join(part)) in LANDFORM_WORDS else part


def _named_feature(words: list[str], gaz: Gazetteer) -> list[Candidate]:
    """Candidates of the place a natural feature's name bears ('Sinjar' of 'Mount Sinjar'), of any
    size, as match 'feature': the resolver keeps one only in a country the article's other names
    support (`_unsupported_guess`), since a lake or river named like a place far away ('Lake
    Victoria' beside Tanzanian towns) is not that place; never a country ('Congo River', 'Senegal
    River': a river crosses or bounds the country, and its point lies far from the country's middle).
    A river's namesake town is match 'river': kept only in a first-level area the article names
    (the San Lorenzo River by Santa Cruz, California; not the city of Dnipro for 'the Dnipro river'
    at Kherson), since a river runs far past the town named after it. [] when the name is no such name."""
    part = _feature_part(words)
    if part is None:
        return []
    river = words[-1].lower() == "river"
    return [replace(c, match="river" if river and c.feature.startswith("PPL") else "feature")
            for c in gaz.lookup(" ".join(part)) if c.match in QUALIFIER_MATCHES and c.feature != "PCLI"]


def _place_of(c: Candidate) -> tuple[str | None, str | None]:
    return c.country, c.admin1 if c.feature != "PCLI" else None


QUALIFIER_FEATURES = ("PCLI", "ADM1")
QUALIFIER_MATCHES = ("name", "alias", "abbreviation", "outgrown")
STRONG_FEATURES = ("PCLI", "ADM1", "CONT", "RGN")
OUTLET_VOTE = 1.0  # the outlet's country counts as this many unambiguous mentions
HEADLINE_VOTE = 1.0  # so does each country or nationality the headline names


def qualified(name: str, cs: list[Candidate], qualifier: str, gaz: Gazetteer, *,
              inside: bool = False, part: bool = False) -> list[Candidate]:
    """The candidates of 'X' inside the admin1 area or country that 'X, Y' names as Y
    ('Paris, Texas', 'London, Ontario', 'Louisville, Ky.', 'Santa Cruz, California': not the
    Argentine province); all of them when Y names none.

    When Y names exactly one area and X has no candidate inside it, the text still says where X
    is: X gets Y's point (feature and precision of Y), if X has no candidate at all ('Kfraya,
    Syria') or Y is a first-level area of the country that all of X's candidates are in (a
    village the gazetteer lacks, 'Holliday, Mo.', beside a namesake in another state) or X is
    written as an area ('Soum province, Burkina Faso': not the Senegalese village Soum), or the
    text puts X inside Y (inside: 'the town of Palma in Cabo Delgado', 'Madina, a village in
    northern Burkina Faso', "Santiago, the Dominican Republic's second city": not the Spanish
    city, not Medina, not Chile's capital; a name that could open a list, 'X in Y' only narrows
    to its candidates in Y, areas included: "China's Hunan province" keeps the province, 'UK
    students in China' the UK; a name a city of a million or more bears keeps its candidates: 'an Air Berlin
    plane in Beijing'). part: X is a part of the town Y names (`_town_part`)."""
    town_part = _town_part(cs, qualifier, gaz, inside) if part else None
    if town_part is not None:
        return town_part
    areas = [q for q in gaz.lookup(qualifier)
             if q.feature in QUALIFIER_FEATURES and q.match in QUALIFIER_MATCHES]
    areas += _generic_areas(qualifier, gaz)  # 'Bokkos, Plateau'
    inside_of = [c for c in cs if any(_lies_in(c, q, inside) for q in areas)]
    if (towns := _town_in_the_country(cs, areas)):  # 'TRINIDAD, Bolivia', 'Granada, Spain'
        return towns
    if _a_list(cs, areas):  # 'Iowa, Texas and Ohio', 'China, Japan', 'UK students in China'
        return inside_of if inside and inside_of else cs
    if not areas:
        return _in_town(cs, qualifier, gaz, inside)
    if inside_of or len(areas) != 1:
        return inside_of or cs
    (area,) = areas
    tail = name.split()[-1].lower()
    is_area = len(name.split()) > 1 and tail in GENERIC_TAILS and tail not in TOWN_TAILS  # 'Soum province'
    # ('New York City, Long Island' names a city, not an area to place at the Bahamian Long Island)
    if (cs and not is_area and not inside
            and not (area.feature == "ADM1" and all(c.country == area.country for c in cs))):
        return cs
    if inside and not is_area and any(c.population >= METROPOLIS and c.match == "name" for c in cs):
        return cs  # 'an Air Berlin plane in Beijing': a city of millions is no village the gazetteer lacks
    return [Candidate(area.id, None, name, area.lat, area.lon, area.country,
                      area.admin1 if area.feature == "ADM1" else None, area.feature, 0, "name")]


def _lies_in(c: Candidate, area: Candidate, inside: bool) -> bool:
    """Whether candidate c lies in the first-level area or country a qualifier names: a place in
    its admin1 area or country; a first-level area only in a country the text puts it inside
    ("China's Hunan province": not the Chinese village Hunan), never in itself."""
    if c.feature == "ADM1":
        return inside and area.feature == "PCLI" and c.country == area.country
    if c.feature in QUALIFIER_FEATURES:
        return False
    return c.admin1 == area.admin1 if area.feature == "ADM1" else c.country == area.country


def _town_in_the_country(cs: list[Candidate], areas: list[Candidate]) -> list[Candidate]:
    """'X, Y' with Y a country and X a town of Y by its own name, while X is a country or
    first-level area elsewhere only by another name ('TRINIDAD, Bolivia': Trinidad and Tobago;
    'Granada, Spain': a Nicaraguan department named after its city): the towns of Y, not a list.
    A country or area by its own name still makes a list ('Florida, Puerto Rico', 'Colombia,
    Mexico'). Empty when this does not apply."""
    countries = {a.country for a in areas if a.feature == "PCLI"}
    if len(countries) != 1:
        return []
    towns = [c for c in cs if c.country in countries and c.match == "name" and c.feature not in STRONG_FEATURES]
    elsewhere = [c for c in cs if c.feature in STRONG_FEATURES and c.country not in countries]
    if not towns or not elsewhere or any(c.match == "name" for c in elsewhere):
        return []
    return towns


def _a_list(cs: list[Candidate], areas: list[Candidate]) -> bool:
    """'X, Y' is a list when X itself is a country, or X is a first-level area or region and Y
    names a country, no area, or a first-level area of X's country: 'Iowa, Texas', 'China, Japan',
    'Florida, Puerto Rico', 'Kano, Kaduna'. A name that is an area only in other countries than
    the state or province Y names is qualified ('Santa Cruz, California': an Argentine and a
    Bolivian province, and the Californian city)."""
    return any(c.feature in STRONG_FEATURES and c.match in QUALIFIER_MATCHES and (
        c.feature == "PCLI" or not areas or any(a.feature == "PCLI" or c.country == a.country for a in areas))
        for c in cs)


def _town_part(cs: list[Candidate], town: str, gaz: Gazetteer, own: bool) -> list[Candidate] | None:
    """'the Mansoura district' after 'Aden', 'the city's Sabon Gari district' after 'Kano': a part
    of the town Y (its most populous namesake) has its candidates in Y's first-level area; with
    none there it lies in Y and gets Y's point, when the text says it is Y's (own: "the city's")
    or its candidates (if any) all lie in other countries (Mansoura in Algeria and Egypt). cs itself
    otherwise ('troops from Lagos reached the Gwoza district' keeps Gwoza's own candidates). None
    when Y names no town (an area qualifies X as in 'X in Y')."""
    towns = [t for t in gaz.lookup(town) if t.feature.startswith("PPL") and t.match in QUALIFIER_MATCHES]
    if not towns:
        return None
    seat = max(towns, key=lambda t: t.population)
    there = [c for c in cs if c.admin1 == seat.admin1 and c.feature not in QUALIFIER_FEATURES]
    if there:
        return there
    if own or all(c.country != seat.country for c in cs):
        return [replace(seat, name=cs[0].name if cs else seat.name, population=0, match="name")]
    return cs


def _in_town(cs: list[Candidate], town: str, gaz: Gazetteer, inside: bool = False) -> list[Candidate]:
    """'the town of El Aguaje in Aguililla', 'X, Y' with Y a town of one first-level area: a
    village's candidates in Y's area; if it has none there, the village lies in or by Y (a
    Mexican municipality, an Indian tehsil that bears its seat's name), so it gets Y's point.
    Only for names whose candidates are all villages (< STRAY_MAX_POPULATION people) of Y's
    country: 'Toronto, Vancouver' is a list. Where the text puts X inside a city (`_in_city`:
    'Lido beach in Mogadishu', 'La Rambla in Barcelona'), X's villages may lie anywhere.
    cs itself when the rule does not apply."""
    towns = [t for t in gaz.lookup(town) if t.feature.startswith("PPL") and t.match in QUALIFIER_MATCHES]
    if inside and (city := _in_city(cs, towns)) is not None:
        return city
    if (not cs or len({t.admin1 for t in towns}) != 1
            or not all(c.feature.startswith("PPL") and c.population < STRAY_MAX_POPULATION for c in cs)):
        return cs
    seat = max(towns, key=lambda t: t.population)
    if any(c.country != seat.country for c in cs):
        return cs  # 'Bokkos, Plateau' is no village by Plateau, Alabama
    inside = [c for c in cs if c.admin1 == seat.admin1]
    return inside or [replace(seat, name=cs[0].name, population=0, match="name")]


INSIDE_CITY_POPULATION = 100_000


def _in_city(cs: list[Candidate], towns: list[Candidate]) -> list[Candidate] | None:
    """'Lido beach in Mogadishu', 'La Rambla in Barcelona': a name the text puts inside a city
    (the biggest town of Y's name, of INSIDE_CITY_POPULATION people or more) whose candidates are
    all villages (< STRAY_MAX_POPULATION people) outside the city's first-level area, wherever
    they lie, is a beach, street or quarter of the city: it gets the city's point. Its candidates
    in the city's area, if any; None when the rule does not apply ('refugees from Chicago in
    Houston': a city of its own is no part of another)."""
    seat = max(towns, key=lambda t: t.population, default=None)
    if (seat is None or seat.population < INSIDE_CITY_POPULATION
            or not all(c.feature.startswith("PPL") and c.population < STRAY_MAX_POPULATION for c in cs)):
        return None
    there = [c for c in cs if c.admin1 == seat.admin1]
    return there or [replace(seat, name=cs[0].name if cs else seat.name, population=0, match="name")]


def _vote(c: Candidate, count: int, confidence: float,
          admin1_confidence: float) -> tuple[str | None, str | None, float, float]:
    """A name's vote for the document's country and admin1: its mentions, weighted by how sure its
    resolution is of each (an unambiguous name counts fully, a coin-flip one hardly)."""
    return (*_place_of(c), count * confidence * confidence, count * admin1_confidence * admin1_confidence)


def _base_context(outlet_country: str | None, demonyms: Iterable[Demonym],
                  headline: Iterable[Demonym]) -> Context:
    """What the document says about its country besides its toponyms: outlet, nationality words
    and the headline's countries and nationalities ("Mozambique town", "Kenyan forces")."""
    ctx = Context(outlet_country=outlet_country)
    if outlet_country:
        ctx.add(outlet_country, None, OUTLET_VOTE)
    for d in demonyms:
        ctx.add(d.country, d.admin1, 0.5)
    for d in headline:
        ctx.add(d.country, d.admin1, HEADLINE_VOTE)
    return ctx


@dataclass(frozen=True)
class _Roles:
    """What the text says of some names: qualified ('Paris, Texas'), a facility's or an
    organisation's name ('Victoria station', 'the Westfield centre', 'the Los Lobos gang'), or
    a descriptor ('the Riviera city of Nice'); and the names found to be stray villages."""

    fixed: frozenset[str] = frozenset()
    facilities: frozenset[str] = frozenset()
    descriptors: frozenset[str] = frozenset()
    landmarks: frozenset[str] = frozenset()
    strays: dict[str, Candidate] = field(default_factory=dict)


def resolve_names(
    counts: dict[str, int],
    demonyms: Iterable[Demonym],
    gaz: Gazetteer,
    outlet_country: str | None = None,
    qualifiers: dict[str, str] | None = None,
    headline: Iterable[Demonym] = (),
    facilities: Iterable[str] = (),
    descriptors: Iterable[str] = (),
    inside: Iterable[str] = (),
    parts: Iterable[str] = (),
    landmarks: Iterable[str] = (),
) -> dict[str, Resolution]:
    """Resolve each distinct name (one sense per document): prior ranking, then a pass with context.

    counts maps each name as written to how often the document mentions it; qualifiers maps a
    name to the admin1/country name written after it ("Paris" -> "Texas" for "Paris, Texas").
    The context pass decides the most confident names first, and each decision replaces that
    name's prior vote, so the article's dominant country (from its unambiguous places, demonyms
    and outlet) pulls the ambiguous names toward it; a name's own vote never counts for itself.
    Stray villages (`_stray_village`) are found against the whole document after that pass, so
    that the order of the decisions does not matter ('Tamiso', 'Bokkos' and 'Plateau': the two
    Nigerian names outvote the Philippine village), and the pass is run again without them.
    facilities and descriptors: names the text uses for a facility or organisation, or as a
    descriptor of another place (`_facility_place`, `_descriptor_place`); a facility's name of a
    village elsewhere may still be a stray village ('the Westgate mall' under a Kenyan headline).
    inside and parts: qualified names that the text puts inside their qualifier ('Palma in Cabo
    Delgado') or that are a part of the town it names ('the Mansoura district'; `qualified`).
    landmarks: names that open a building's or an airport's name ('the Erawan shrine';
    `_city_of_landmark`).
    """
    qualifiers = qualifiers or {}
    inside, parts = set(inside), set(parts)
    cands = {name: candidates_for(name, gaz) for name in counts}
    fixed: set[str] = set()
    for name, q in qualifiers.items():
        if name in cands:
            narrowed = qualified(name, cands[name], q, gaz, inside=name in inside, part=name in parts)
            if narrowed != cands[name]:
                cands[name] = narrowed
                fixed.add(name)
    base = _base_context(outlet_country, demonyms, headline)
    facility_names = frozenset(facilities) & set(counts)
    roles = _Roles(frozenset(fixed), facility_names, frozenset(descriptors) & set(counts),
                   frozenset(landmarks) & set(counts))
    first = _context_pass(counts, cands, base, gaz, roles)
    strays = _strays(first, roles, gaz, base)
    out = _context_pass(counts, cands, base, gaz, replace(roles, strays=strays)).out if strays else first.out
    return {name: out[name] for name in counts}


def _strays(done: _Pass, roles: _Roles, gaz: Gazetteer, base: Context) -> dict[str, Candidate]:
    """The names that are stray villages against the whole document, found one at a time, the
    one whose article country is surest first; each found one's vote is withdrawn before the rest
    are judged, and the article's country must be named as a country (by name, nationality,
    headline or outlet) or outvote the village itself, so that two villages of two countries
    never send each other home."""
    named = {c.country for c in done.best.values() if c.feature == "PCLI"}
    named |= {k for k, v in base.countries.items() if v > 0}
    ctx = Context(Counter(done.ctx.countries), Counter(done.ctx.admin1s), done.ctx.outlet_country)
    strays: dict[str, Candidate] = {}
    while True:
        found = []
        for name, best in done.best.items():
            if name in strays or name in roles.fixed:
                continue
            local = ctx.without(*done.votes[name])
            stray = _stray_village(best, local, gaz, done.best.values())
            if stray is not None and (stray.country in named
                                      or local.countries[stray.country or ""] > done.votes[name][2]):
                found.append((-local.countries[stray.country or ""], name, stray))
        if not found:
            return strays
        _, name, stray = min(found)
        strays[name] = stray
        ctx = ctx.without(*done.votes[name])


NO_VOTE = (None, None, 0.0, 0.0)


def _prior_votes(counts: dict[str, int], cands: dict[str, list[Candidate]], ctx: Context,
                 roles: _Roles) -> tuple[dict, dict[str, int], list[tuple[bool, float, str]]]:
    """Each name's vote by its best prior candidate (added to ctx), the candidate it stands for,
    and the order of the decisions: most confident first, facilities' names last (they cast no
    vote of their own: 'Westfield' of a Sydney mall must not pull the article to Massachusetts)."""
    votes: dict[str, tuple[str | None, str | None, float, float]] = {}
    chosen: dict[str, int] = {}
    order: list[tuple[bool, float, str]] = []
    for name, cs in cands.items():
        if not cs:
            continue
        best = max(cs, key=prior)
        chosen[name] = best.id
        sure = name in roles.fixed
        scored = [(prior(c), c) for c in cs]
        if name in roles.facilities or name in roles.strays:
            votes[name] = NO_VOTE
        else:
            votes[name] = _vote(best, counts[name], 1.0 if sure else _country_vote(scored, best),
                                1.0 if sure else _admin1_confidence(scored, best))
        ctx.add(*votes[name])
        conf = 1.0 if sure else _confidence([s for s, _ in scored])
        order.append((name in roles.facilities, -conf, name))
    return votes, chosen, sorted(order)


@dataclass
class _Pass:
    """The outcome of a context pass: each name's resolution, its best candidate (even where
    that was not kept), its final vote, and the final context."""

    out: dict[str, Resolution]
    best: dict[str, Candidate]
    votes: dict[str, tuple[str | None, str | None, float, float]]
    ctx: Context


def _context_pass(counts: dict[str, int], cands: dict[str, list[Candidate]], base: Context,
                  gaz: Gazetteer, roles: _Roles) -> _Pass:
    """Decide every name in turn against the others' current votes."""
    ctx = Context(Counter(base.countries), Counter(base.admin1s), base.outlet_country)
    votes, chosen, order = _prior_votes(counts, cands, ctx, roles)
    out: dict[str, Resolution] = {name: Resolution(None, 0.0) for name, cs in cands.items() if not cs}
    bests: dict[str, Candidate] = {}
    for _, _, name in order:
        cs = cands[name]
        local = ctx.without(*votes[name])
        ctx = local
        if name in roles.strays:  # it knows no more than the country the others name: no vote
            chosen[name] = roles.strays[name].id
            votes[name] = NO_VOTE
            out[name] = Resolution(roles.strays[name], STRAY_CONFIDENCE, len(cs))
            continue
        by_place: dict[int, float] = {}  # the other names' votes per place they resolved to
        for other, pid in chosen.items():
            if other != name:
                by_place[pid] = by_place.get(pid, 0.0) + votes[other][3]
        scored = sorted(((contextual(c, local, gaz, by_place.get(c.id, 0.0)), c) for c in cs),
                        key=lambda x: -x[0])
        best = _city_over_unbacked_area(_area_over_village(scored[0][1], cs, local), scored, local)
        best = _home_namesake(best, scored, local)
        fixed = name in roles.fixed
        bests[name] = best
        if not fixed and not _kept(name, best, local, roles):
            chosen.pop(name, None)  # a guess the article does not back: unresolved, and no vote
            votes[name] = NO_VOTE
            out[name] = Resolution(None, 0.0, len(cs))
            continue
        if name in roles.landmarks and not fixed:
            others = {c.id: c for other, ocs in cands.items() if other != name for c in ocs
                      if chosen.get(other) == c.id}
            city = _city_of_landmark(best, others.values())
            if city is not None:
                best = replace(city, name=best.name)
        # (a candidate chosen over the top-scored one is only as sure as its country's share)
        conf = (_confidence([s for s, _ in scored]) if best is scored[0][1]
                else _country_confidence(scored, best))
        spelling = best.similarity / 100.0 if best.match == "fuzzy" else 1.0
        chosen[name] = best.id
        sure = 1.0 if fixed else _country_vote(scored, best) * spelling
        sure_a1 = 1.0 if fixed else _admin1_confidence(scored, best) * spelling
        votes[name] = _vote(best, counts[name], sure, sure_a1)
        ctx.add(*votes[name])
        out[name] = Resolution(best, round(conf * spelling, 3), len(cs) - 1)
    return _Pass(out, bests, votes, ctx)


def _kept(name: str, best: Candidate, ctx: Context, roles: _Roles) -> bool:
    """Whether the best candidate of a name stands: not a guess the article does not back, and,
    for a facility's name or a descriptor, a place the text can mean by it."""
    if _unsupported_guess(best, ctx):
        return False
    if name in roles.facilities:
        return _facility_place(best, ctx, saint=bool(_SAINT.match(name)))
    if name in roles.descriptors:
        return _descriptor_place(best, ctx)
    return True


FACILITY_MIN_POPULATION = 100_000  # a city news names facilities by without naming its country


def _facility_place(best: Candidate, ctx: Context, *, saint: bool = False) -> bool:
    """A name that opens a facility's or an organisation's name ('Kramatorsk station', 'Kabul
    airport', 'the Westfield centre', 'St Ann's Square', 'the Los Lobos gang') is the place only
    when its best candidate in context is a landmark, or a populated place of a country the
    article's other names support or big enough to be meant without one. Otherwise the name is
    the facility's own, taken from a person, a saint or an area ('Victoria station' is no place
    in Australia, 'the Oregon District' of Dayton no part of Oregon): left unresolved. A saint's name
    ('St Paul church', 'St Mary's hospital') is the saint's unless it is a city big enough to be meant
    without its country ('St Petersburg station'): the article's support of a small namesake is no cue."""
    if best.match == "fuzzy":
        return False
    if best.feature in ("BLDG", "AIRP"):
        return True
    if not best.feature.startswith("PPL"):
        return False
    return best.population >= FACILITY_MIN_POPULATION or (
        not saint and ctx.countries.get(best.country or "", 0.0) > 0.0)


LANDMARK_FAR_KM = 161.0


def _city_of_landmark(best: Candidate, others: Iterable[Candidate]) -> Candidate | None:
    """The city a building's name means ('the Erawan shrine' beside 'Bangkok police'), when its
    best candidate is a town of fewer than FACILITY_MIN_POPULATION people (Erawan, Loei) more than
    LANDMARK_FAR_KM from the biggest city of that country, of FACILITY_MIN_POPULATION people or
    more, among the article's other places: a foreign reader's landmark stands in a big city, not
    in a namesake village far away. None when the rule does not apply (a town near the city: 'the
    Sutherland Springs church' beside San Antonio)."""
    if not best.feature.startswith("PPL") or best.population >= FACILITY_MIN_POPULATION:
        return None
    cities = [c for c in others if c.feature.startswith("PPL") and c.country == best.country
              and c.population >= FACILITY_MIN_POPULATION]
    city = max(cities, key=lambda c: c.population, default=None)
    if city is None or _km(best, city) <= LANDMARK_FAR_KM:
        return None
    return city


def _km(a: Candidate, b: Candidate) -> float:
    """Great-circle distance between two candidates' points."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2)
    return 12_742.0 * math.asin(math.sqrt(h))


def _descriptor_place(best: Candidate, ctx: Context) -> bool:
    """A name that describes another place ('the Riviera city of Nice', 'the Kashmir town of
    Uri') names an area or a well-known city; a small town of a country the article does not
    otherwise name is not what it means (Riviera, a Swiss village)."""
    if not best.feature.startswith("PPL") or best.population >= FACILITY_MIN_POPULATION:
        return True
    return ctx.countries.get(best.country or "", 0.0) > 0.0


SMALL_AREA_POPULATION = 100_000


def _city_over_unbacked_area(best: Candidate, scored: list[tuple[float, Candidate]],
                             ctx: Context) -> Candidate:
    """The best-scored populated place of a country the article's other names support, rather
    than a small first-level area (< SMALL_AREA_POPULATION people: a canton, a parish) of a
    country they do not ('Uri' in a report on an Indian army base in Kashmir is the Indian town,
    not the Swiss canton): foreign news names such an area with its country. A large area
    ('England', 'Lucerne') stays. best itself when the rule does not apply."""
    if (best.feature != "ADM1" or not 0 < best.population < SMALL_AREA_POPULATION
            or ctx.countries.get(best.country or "", 0.0) > 0.0):
        return best
    for _, c in scored:
        if (c.feature.startswith("PPL") and c.match in QUALIFIER_MATCHES
                and ctx.countries.get(c.country or "", 0.0) > 0.0):
            return c
    return best


HOME_CITY_POPULATION = 100_000
HOME_TOWN_POPULATION = 20_000  # a home town that outranks a foreign first-level area of its name
HOME_MIN_VOTES = 1.5  # more than one unambiguous mention of the country


def _home_namesake(best: Candidate, scored: list[tuple[float, Candidate]], ctx: Context) -> Candidate:
    """A city of HOME_CITY_POPULATION people or more in a country the article's other names point
    to (HOME_MIN_VOTES or more; the most named such country), rather than a bigger namesake city in
    a country nothing else in the article names: 'London' in a report on a rally for Aleppo that
    names Canada three times and Britain never is London, Ontario. best itself when the rule does
    not apply ('Canada's envoy in London': one mention; any mention of Britain). So too a town of
    HOME_TOWN_POPULATION people or more in a country named once or more (STRAY_MIN_VOTES), rather than a
    first-level area of a country nothing else names: 'low water on the Paraná at Rosario' in a report on
    Argentina is the Argentine city, not the Brazilian state; 'St. Thomas' in an Ontario paper the Ontario
    town, not the Jamaican parish."""
    least, votes = ((HOME_CITY_POPULATION, HOME_MIN_VOTES) if best.feature.startswith("PPL")
                    else (HOME_TOWN_POPULATION, STRAY_MIN_VOTES) if best.feature == "ADM1" else (None, 0.0))
    if least is None or not best.country or ctx.countries.get(best.country, 0.0) > 0.0:
        return best
    home = [c for _, c in scored if c.feature.startswith("PPL") and c.population >= least
            and c.match in QUALIFIER_MATCHES and ctx.countries.get(c.country or "", 0.0) >= votes]
    return max(home, key=lambda c: (ctx.countries[c.country or ""], c.population), default=best)


def _unsupported_guess(best: Candidate, ctx: Context) -> bool:
    """True when the best candidate is only a guess that nothing else in the article backs: a
    misspelling's nearest name (fuzzy) in a country the article's other places, demonyms and
    outlet never name while they name another ('Bajaur' beside 'Afghan' is not Egypt's Al Bajur),
    or a village that bears the name of an area the text names by its kind ('Soum province')
    in a country the article does not otherwise name, whatever else it names, or the place a
    natural feature's name bears ('Lake Victoria') in such a country, or the town a river's name
    bears outside the first-level areas the article names ('the Dnipro river' at Kherson). Left
    unresolved, such a name links no incident to a place thousands of kilometres away."""
    if not best.country:
        return False
    own = ctx.countries.get(best.country, 0.0) > 0.0
    if best.match == "namesake":
        return best.population < STRAY_MAX_POPULATION and not own
    if best.match == "feature":
        return not own
    if best.match == "river":
        return ctx.admin1s.get(best.admin1 or "", 0.0) <= 0.0
    if best.match == "fuzzy":
        return not own and any(v > 0.0 for v in ctx.countries.values())
    return False


def _area_over_village(best: Candidate, cs: list[Candidate], ctx: Context) -> Candidate:
    """A country or first-level area of a country the article names, rather than a village of
    its name (PPL, < STRAY_MAX_POPULATION people) that the article's other places pull toward
    ('Queensland' beside 'Australia' or 'New South Wales' in an Alberta paper is the Australian
    state, not the Alberta hamlet): a writer means the area, which needs no further cue; the
    hamlet would. best itself when the rule does not apply."""
    if best.feature != "PPL" or best.population >= STRAY_MAX_POPULATION:
        return best
    areas = [c for c in cs if c.feature in QUALIFIER_FEATURES and c.match in QUALIFIER_MATCHES
             and ctx.countries.get(c.country or "", 0.0) > 0.0]
    return max(areas, key=prior, default=best)


STRAY_MAX_POPULATION = 20_000
STRAY_MIN_SHARE = 0.6  # of the document's country votes (outlet and demonyms included)
STRAY_MIN_VOTES = 1.0  # one unambiguous mention of the country
STRAY_CONFIDENCE = 0.3


def _far_across_the_border(best: Candidate, country: str, ctx: Context, others: Iterable[Candidate]) -> bool:
    """Whether a neighbour's village lies far from the places the document names inside the country, and the
    document names a place inside one of its first-level areas (admin1 keys 'ML.04'): no border town."""
    inside = [c for c in others if c.country == country and c.feature != "PCLI"]
    return (any(v > 0 and key.startswith(country + ".") for key, v in ctx.admin1s.items())
            and all(_km(best, c) > LANDMARK_FAR_KM for c in inside))


def _stray_village(best: Candidate, ctx: Context, gaz: Gazetteer,
                   others: Iterable[Candidate] = ()) -> Candidate | None:
    """The document's country, when a name's best candidate is a village in a country nothing else
    in the document points to, while the document points clearly to another, not a neighbour:
    'Soum' (a province of Burkina Faso the gazetteer lacks) in an article about Burkina Faso is
    not the Senegalese village of that name. A village of a neighbour is stray only when the document
    also names a place inside the other country, all of them far from the village (the document's other best
    candidates, `others`): 'the Fulani village of Sinde' in an article naming Mali and Bandiagara is not Côte
    d'Ivoire's Sindé, but Spin Boldak beside Chaman stays in Afghanistan. The name then gets its country at
    country precision (right country, unknown place) instead of a far homonym; None when the rule does not
    apply."""
    if (best.feature != "PPL" or best.population >= STRAY_MAX_POPULATION or not best.country
            or best.match in ("feature", "river")):  # a river or lake is no village: its neighbours place it
        return None
    positive = {k: v for k, v in ctx.countries.items() if v > 0}
    if positive.get(best.country, 0.0) > 0.0 or not positive:
        return None
    top, votes = max(positive.items(), key=lambda kv: kv[1])
    row = gaz.countries.get(top)
    if (row is None or votes < STRAY_MIN_VOTES or votes / sum(positive.values()) < STRAY_MIN_SHARE
            or (best.country in row.neighbours and not _far_across_the_border(best, top, ctx, others))):
        return None
    return Candidate(row.geonameid, row.geonameid, row.name, row.lat, row.lon, top, None, "PCLI",
                     row.population, "context")
