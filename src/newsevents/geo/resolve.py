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
MATCH_PENALTY = {"name": 0.0, "alias": 0.0, "abbreviation": 0.0, "alternate": 1.0, "shared": 0.3,
                 "namesake": 0.5}
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
                 "township", "municipality", "commune"}
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
    found = _not_a_town_for_an_acronym(name, list(gaz.lookup(name)))
    if found:
        found = _country_over_its_namesake(found)
        return _city_over_its_area(found) if bare else found
    saint = _saint_spelling(name)
    if saint:
        found = list(gaz.lookup(saint))  # 'St. Marc' is GeoNames' 'Saint-Marc'
    if not found and len(words) > 1 and words[-1].lower() in GENERIC_TAILS:  # 'Far North Region'
        found = _of_kind(candidates_for(" ".join(words[:-1]), gaz, bare=False), words[-1].lower(), gaz)
    rest = " ".join(words[1:])
    if (not found and len(words) > 1 and words[0].lower() in DIRECTION_WORDS
            and normalize(rest) not in LANDFORM_WORDS):  # not 'Central Plateau' as a town called Plateau
        found = candidates_for(rest, gaz)
    return found or _unwrapped(name, gaz) or gaz.fuzzy(name)


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


def _city_over_its_area(cs: list[Candidate]) -> list[Candidate]:
    """Without the first-level areas that share their name with a city of METROPOLIS people or
    more inside them ('Kharkiv', 'Aleppo', 'Mombasa', 'Kano'): news means the city by the bare
    name and writes 'Kharkiv region' for the area (a kind tail, which keeps the areas). A smaller
    namesake city ('Idlib', 'Quebec') leaves the area first, as before."""
    big = {c.admin1 for c in cs if c.feature.startswith("PPL") and c.match in QUALIFIER_MATCHES
           and c.population >= METROPOLIS}
    return [c for c in cs if not (c.feature == "ADM1" and c.admin1 in big)] if big else cs


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
    Brant' (a generic head), 'U.S.-led' (a compound suffix), 'Ont' (an abbreviation whose dot the
    tokenizer split off), and a well-known place opening or ending a longer name ('Costa Rica
    Star', 'Edmonton AM', 'Nazi Germany', 'Granville County Fire'): a US county, a country,
    first-level area, region or a town of at least SUBNAME_MIN_POPULATION people, matched by its
    own name."""
    head = GENERIC_HEAD.match(name)
    if head and head.end() < len(name):
        found = candidates_for(name[head.end():], gaz)
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
    for n in range(len(words) - 1, 0, -1):
        for part in (" ".join(words[:n]), " ".join(words[-n:])):
            if normalize(part) in LANDFORM_WORDS:
                continue  # 'Peace River Valley' is not 'The Valley', Anguilla
            county = county_candidates(part, gaz) if part.split()[-1].lower() in COUNTY_WORDS else []
            if county:
                return county  # 'Granville County Fire'
            found = [c for c in gaz.lookup(part) if c.match in QUALIFIER_MATCHES and (
                c.feature in STRONG_FEATURES or c.population >= SUBNAME_MIN_POPULATION)]
            if found:
                return _country_over_its_namesake(found)
    return []


def _place_of(c: Candidate) -> tuple[str | None, str | None]:
    return c.country, c.admin1 if c.feature != "PCLI" else None


QUALIFIER_FEATURES = ("PCLI", "ADM1")
QUALIFIER_MATCHES = ("name", "alias", "abbreviation")
STRONG_FEATURES = ("PCLI", "ADM1", "CONT", "RGN")
OUTLET_VOTE = 1.0  # the outlet's country counts as this many unambiguous mentions
HEADLINE_VOTE = 1.0  # so does each country or nationality the headline names


def qualified(name: str, cs: list[Candidate], qualifier: str, gaz: Gazetteer) -> list[Candidate]:
    """The candidates of 'X' inside the admin1 area or country that 'X, Y' names as Y
    ('Paris, Texas', 'London, Ontario', 'Louisville, Ky.'); all of them when Y names none.

    When Y names exactly one area and X has no candidate inside it, the text still says where X
    is: X gets Y's point (feature and precision of Y), if X has no candidate at all ('Kfraya,
    Syria') or Y is a first-level area of the country that all of X's candidates are in (a
    village the gazetteer lacks, 'Holliday, Mo.', beside a namesake in another state) or X is
    written as an area ('Soum province, Burkina Faso': not the Senegalese village Soum)."""
    if any(c.feature in STRONG_FEATURES and c.match in QUALIFIER_MATCHES for c in cs):
        return cs  # 'Iowa, Texas and Ohio', 'China, Japan': a list, not a qualifier
    areas = [q for q in gaz.lookup(qualifier)
             if q.feature in QUALIFIER_FEATURES and q.match in QUALIFIER_MATCHES]
    inside = [c for c in cs if c.feature not in QUALIFIER_FEATURES and any(
        (c.admin1 == q.admin1) if q.feature == "ADM1" else (c.country == q.country) for q in areas)]
    if inside or len(areas) != 1:
        return inside or cs
    (area,) = areas
    tail = name.split()[-1].lower()
    is_area = len(name.split()) > 1 and tail in GENERIC_TAILS and tail not in TOWN_TAILS  # 'Soum province'
    # ('New York City, Long Island' names a city, not an area to place at the Bahamian Long Island)
    if cs and not is_area and not (area.feature == "ADM1" and all(c.country == area.country for c in cs)):
        return cs
    return [Candidate(area.id, None, name, area.lat, area.lon, area.country,
                      area.admin1 if area.feature == "ADM1" else None, area.feature, 0, "name")]


def _vote(c: Candidate, count: int, confidence: float,
          admin1_confidence: float) -> tuple[str | None, str | None, float, float]:
    """A name's vote for the document's country and admin1: its mentions, weighted by how sure its
    resolution is of each (an unambiguous name counts fully, a coin-flip one hardly)."""
    return (*_place_of(c), count * confidence * confidence, count * admin1_confidence * admin1_confidence)


def resolve_names(
    counts: dict[str, int],
    demonyms: Iterable[Demonym],
    gaz: Gazetteer,
    outlet_country: str | None = None,
    qualifiers: dict[str, str] | None = None,
    headline: Iterable[Demonym] = (),
) -> dict[str, Resolution]:
    """Resolve each distinct name (one sense per document): prior ranking, then a pass with context.

    counts maps each name as written to how often the document mentions it; qualifiers maps a
    name to the admin1/country name written after it ("Paris" -> "Texas" for "Paris, Texas").
    The context pass decides the most confident names first, and each decision replaces that
    name's prior vote, so the article's dominant country (from its unambiguous places, demonyms
    and outlet) pulls the ambiguous names toward it; a name's own vote never counts for itself.
    """
    qualifiers = qualifiers or {}
    cands = {name: candidates_for(name, gaz) for name in counts}
    fixed: set[str] = set()
    for name, q in qualifiers.items():
        if name in cands:
            narrowed = qualified(name, cands[name], q, gaz)
            if narrowed != cands[name]:
                cands[name] = narrowed
                fixed.add(name)
    ctx = Context(outlet_country=outlet_country)
    if outlet_country:
        ctx.add(outlet_country, None, OUTLET_VOTE)
    for d in demonyms:
        ctx.add(d.country, d.admin1, 0.5)
    for d in headline:  # the headline's countries and nationalities ("Mozambique town", "Kenyan forces")
        ctx.add(d.country, d.admin1, HEADLINE_VOTE)
    votes: dict[str, tuple[str | None, str | None, float, float]] = {}
    chosen: dict[str, int] = {}  # name -> id of the candidate it currently resolves to
    order: list[tuple[float, str]] = []
    for name, cs in cands.items():
        if cs:
            best = max(cs, key=prior)
            chosen[name] = best.id
            conf = 1.0 if name in fixed else _confidence([prior(c) for c in cs])
            scored = [(prior(c), c) for c in cs]
            sure = 1.0 if name in fixed else _country_confidence(scored, best)
            sure_a1 = 1.0 if name in fixed else _admin1_confidence(scored, best)
            votes[name] = _vote(best, counts[name], sure, sure_a1)
            ctx.add(*votes[name])
            order.append((conf, name))
    out: dict[str, Resolution] = {name: Resolution(None, 0.0) for name, cs in cands.items() if not cs}
    for _, name in sorted(order, key=lambda x: (-x[0], x[1])):
        cs = cands[name]
        local = ctx.without(*votes[name])
        by_place: dict[int, float] = {}  # the other names' votes per place they resolved to
        for other, pid in chosen.items():
            if other != name:
                by_place[pid] = by_place.get(pid, 0.0) + votes[other][3]
        scored = sorted(((contextual(c, local, gaz, by_place.get(c.id, 0.0)), c) for c in cs),
                        key=lambda x: -x[0])
        best = _area_over_village(scored[0][1], cs, local)
        # (an area chosen over the top-scored village is only as sure as its country's share)
        conf = (_confidence([s for s, _ in scored]) if best is scored[0][1]
                else _country_confidence(scored, best))
        if best.match == "fuzzy":
            conf *= best.similarity / 100.0
        ctx = local
        stray = None if name in fixed else _stray_village(best, local, gaz)
        if stray is None and name not in fixed and _unsupported_guess(best, local):
            chosen.pop(name, None)  # a guess the article does not back: unresolved, and no vote
            votes[name] = (None, None, 0.0, 0.0)
            out[name] = Resolution(None, 0.0, len(cs))
            continue
        if stray:  # it knows no more than the country the others name: it no longer votes
            chosen[name] = stray.id
            votes[name] = (None, None, 0.0, 0.0)
            out[name] = Resolution(stray, STRAY_CONFIDENCE, len(cs))
            continue
        chosen[name] = best.id
        spelling = best.similarity / 100.0 if best.match == "fuzzy" else 1.0
        sure = _country_confidence(scored, best) * spelling
        sure_a1 = _admin1_confidence(scored, best) * spelling
        votes[name] = _vote(best, counts[name], max(sure, 1.0 if name in fixed else 0.0),
                            max(sure_a1, 1.0 if name in fixed else 0.0))
        ctx.add(*votes[name])
        out[name] = Resolution(best, round(conf, 3), len(cs) - 1)
    return {name: out[name] for name in counts}


def _unsupported_guess(best: Candidate, ctx: Context) -> bool:
    """True when the best candidate is only a guess that nothing else in the article backs: a
    misspelling's nearest name (fuzzy) in a country the article's other places, demonyms and
    outlet never name while they name another ('Bajaur' beside 'Afghan' is not Egypt's Al Bajur),
    or a village that bears the name of an area the text names by its kind ('Soum province')
    in a country the article does not otherwise name, whatever else it names. Left unresolved,
    such a name links no incident to a place thousands of kilometres away."""
    if not best.country:
        return False
    own = ctx.countries.get(best.country, 0.0) > 0.0
    if best.match == "namesake":
        return best.population < STRAY_MAX_POPULATION and not own
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


def _stray_village(best: Candidate, ctx: Context, gaz: Gazetteer) -> Candidate | None:
    """The document's country, when a name's best candidate is a village in a country nothing else
    in the document points to, while the document points clearly to another, not a neighbour:
    'Soum' (a province of Burkina Faso the gazetteer lacks) in an article about Burkina Faso is
    not the Senegalese village of that name. The name then gets its country at country precision
    (right country, unknown place) instead of a far homonym; None when the rule does not apply."""
    if best.feature != "PPL" or best.population >= STRAY_MAX_POPULATION or not best.country:
        return None
    positive = {k: v for k, v in ctx.countries.items() if v > 0}
    if positive.get(best.country, 0.0) > 0.0 or not positive:
        return None
    top, votes = max(positive.items(), key=lambda kv: kv[1])
    row = gaz.countries.get(top)
    if (row is None or votes < STRAY_MIN_VOTES or votes / sum(positive.values()) < STRAY_MIN_SHARE
            or best.country in row.neighbours):
        return None
    return Candidate(row.geonameid, row.geonameid, row.name, row.lat, row.lon, top, None, "PCLI",
                     row.population, "context")
