"""Rank the gazetteer candidates of a document's toponyms using feature class, population and context."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from newsevents.geo.gazetteer import Candidate, Demonym, Gazetteer

# Prior of each feature class: for an ambiguous name prefer a country, then a region, then admin1,
# then a city (cities score by population instead: 0.5 per power of ten, -0.5, +1 for a capital).
FEATURE_PRIOR = {"PCLI": 4.0, "CONT": 3.8, "RGN": 3.5, "ADM1": 3.0, "ADM2": 2.5}
CITY_OFFSET = -0.5
CAPITAL_BONUS = 1.0
MATCH_PENALTY = {"name": 0.0, "alias": 0.0, "abbreviation": 0.0, "alternate": 1.0}
COUNTRY_WEIGHT = 2.0  # times the share of the document's other places in the candidate's country
ADMIN1_WEIGHT = 1.5  # when another place of the document lies in the candidate (an admin1)
CITY_ADMIN1_WEIGHT = 1.0  # when another place of the document lies in (or is) a city candidate's admin1
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                   "central", "far", "upper", "lower", "northeast", "northwest", "southeast", "southwest",
                   "northeastern", "northwestern", "southeastern", "southwestern"}
GENERIC_TAILS = {"province", "region", "state", "county", "district", "governorate", "oblast",
                 "prefecture", "city", "town", "village", "area", "territory", "department"}
COUNTY_WORDS = {"county", "parish", "borough"}
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

    def add(self, country: str | None, admin1: str | None, weight: float) -> None:
        if country:
            self.countries[country] += weight
        if admin1:
            self.admin1s[admin1] += weight

    def without(self, country: str | None, admin1: str | None, weight: float) -> "Context":
        """A copy without one name's own contribution (a name must not vote for itself)."""
        ctx = Context(Counter(self.countries), Counter(self.admin1s), self.outlet_country)
        ctx.add(country, admin1, -weight)
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
    if c.admin1 and ctx.admin1s.get(c.admin1, 0.0) - itself > 0.05:
        score += ADMIN1_WEIGHT if c.feature == "ADM1" else CITY_ADMIN1_WEIGHT
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


def county_candidates(name: str, gaz: Gazetteer) -> list[Candidate]:
    """A US county ('Metcalfe County', 'Orleans Parish'): for each state that has a county of that
    name, the places of its base name inside the state, else the state's point (the gazetteer has
    no county points), so that the article's other places can pick the state."""
    states = gaz.us_county_states(name)
    if not states:
        return []
    base = " ".join(name.split()[:-1])
    towns = [c for c in gaz.lookup(base) if c.admin1 in states and c.feature in ("PPL", "PPLC")]
    out = [replace(c, feature="ADM2", name=name) for c in towns]
    for key in states:
        row = gaz.admin1s.get(key)
        if row and not any(c.admin1 == key for c in towns):
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


def candidates_for(name: str, gaz: Gazetteer) -> list[Candidate]:
    """Exact, alias and alternate-name candidates; a US county by its state; then without a
    direction word or a generic tail ('northern Syria', 'Sichuan province'); fuzzy ones only when
    there are none."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in COUNTY_WORDS:
        found = county_candidates(name, gaz)
        if found:
            return found
    found = list(gaz.lookup(name))
    if found:
        return _country_over_its_namesake(found)
    if len(words) > 1 and words[0].lower() in DIRECTION_WORDS:
        found = candidates_for(" ".join(words[1:]), gaz)
    if not found and len(words) > 1 and words[-1].lower() in GENERIC_TAILS:
        found = list(gaz.lookup(" ".join(words[:-1])))
    return found or gaz.fuzzy(name)


def _place_of(c: Candidate) -> tuple[str | None, str | None]:
    return c.country, c.admin1 if c.feature != "PCLI" else None


QUALIFIER_FEATURES = ("PCLI", "ADM1")
QUALIFIER_MATCHES = ("name", "alias", "abbreviation")
STRONG_FEATURES = ("PCLI", "ADM1", "CONT", "RGN")
OUTLET_VOTE = 1.0  # the outlet's country counts as this many unambiguous mentions


def qualified(cs: list[Candidate], qualifier: str, gaz: Gazetteer) -> list[Candidate]:
    """The candidates of 'X' inside the admin1 area or country that 'X, Y' names as Y
    ('Paris, Texas', 'London, Ontario', 'Louisville, Ky.'); all of them when Y names none or
    none of X's candidates lies inside it."""
    if any(c.feature in STRONG_FEATURES and c.match in QUALIFIER_MATCHES for c in cs):
        return cs  # 'Iowa, Texas and Ohio', 'China, Japan': a list, not a qualifier
    areas = [q for q in gaz.lookup(qualifier)
             if q.feature in QUALIFIER_FEATURES and q.match in QUALIFIER_MATCHES]
    inside = [c for c in cs if c.feature not in QUALIFIER_FEATURES and any(
        (c.admin1 == q.admin1) if q.feature == "ADM1" else (c.country == q.country) for q in areas)]
    return inside or cs


def _vote(c: Candidate, count: int, confidence: float) -> tuple[str | None, str | None, float]:
    """A name's vote for the document's country/admin1: its mentions, weighted by how sure its
    resolution is (an unambiguous name counts fully, a coin-flip one hardly)."""
    return (*_place_of(c), count * confidence * confidence)


def resolve_names(
    counts: dict[str, int],
    demonyms: Iterable[Demonym],
    gaz: Gazetteer,
    outlet_country: str | None = None,
    qualifiers: dict[str, str] | None = None,
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
        if cands.get(name):
            narrowed = qualified(cands[name], q, gaz)
            if len(narrowed) < len(cands[name]):
                cands[name] = narrowed
                fixed.add(name)
    ctx = Context(outlet_country=outlet_country)
    if outlet_country:
        ctx.add(outlet_country, None, OUTLET_VOTE)
    for d in demonyms:
        ctx.add(d.country, d.admin1, 0.5)
    votes: dict[str, tuple[str | None, str | None, float]] = {}
    chosen: dict[str, int] = {}  # name -> id of the candidate it currently resolves to
    order: list[tuple[float, str]] = []
    for name, cs in cands.items():
        if cs:
            best = max(cs, key=prior)
            chosen[name] = best.id
            conf = 1.0 if name in fixed else _confidence([prior(c) for c in cs])
            sure = 1.0 if name in fixed else _country_confidence([(prior(c), c) for c in cs], best)
            votes[name] = _vote(best, counts[name], sure)
            ctx.add(*votes[name])
            order.append((conf, name))
    out: dict[str, Resolution] = {name: Resolution(None, 0.0) for name, cs in cands.items() if not cs}
    for _, name in sorted(order, key=lambda x: (-x[0], x[1])):
        cs = cands[name]
        local = ctx.without(*votes[name])
        by_place: dict[int, float] = {}  # the other names' votes per place they resolved to
        for other, pid in chosen.items():
            if other != name:
                by_place[pid] = by_place.get(pid, 0.0) + votes[other][2]
        scored = sorted(((contextual(c, local, gaz, by_place.get(c.id, 0.0)), c) for c in cs),
                        key=lambda x: -x[0])
        best = scored[0][1]
        conf = _confidence([s for s, _ in scored])
        if best.match == "fuzzy":
            conf *= best.similarity / 100.0
        ctx = local
        chosen[name] = best.id
        sure = _country_confidence(scored, best) * (best.similarity / 100.0 if best.match == "fuzzy" else 1.0)
        votes[name] = _vote(best, counts[name], max(sure, 1.0 if name in fixed else 0.0))
        ctx.add(*votes[name])
        out[name] = Resolution(best, round(conf, 3), len(cs) - 1)
    return {name: out[name] for name in counts}
