"""Pairwise rules: can two event reports be the same incident (hard limits), and how alike are they (score)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from newsevents.incidents.profile import (
    ADMIN1,
    CITY,
    COUNTRY,
    DAY,
    EXACT,
    MONTH,
    NAME_KEY,
    NOWHERE,
    PUBLISHED,
    Profile,
    signature_similarity,
)

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEG_LAT_MIN = 111.19  # a degree of latitude is at least this far on the sphere above (111.195 km)
# No two points are further apart than this many km per degree of |dlat| + |dlon| (a path along the meridian, then
# the parallel, whose degree is never longer than the equator's 111.195 km).
KM_PER_DEG_MAX = 111.2


@dataclass(frozen=True)
class LinkRules:
    """The limits and weights of the linker. Defaults were chosen on the dev split of the incidents eval."""

    date_gap_days: int = 1  # reports may disagree by one day (time zones, "last night")
    exact_km: float = 15.0  # two exact places further apart than this are different incidents
    city_km: float = 40.0  # a city and a point place within this distance can be the same (two cities: exact_km)
    admin1_km: float = 300.0  # admin1-level place vs a place with unknown admin1
    threshold: float = 0.55  # two precise reports scoring at least this are linked (if the hard limits allow it)
    vague_threshold: float = 0.40  # the same for a pair with a vague report (see `link_threshold`)
    w_date: float = 0.25
    w_place: float = 0.25
    w_actor: float = 0.15
    w_text: float = 0.35
    mode_bonus: float = 0.05
    count_penalty: float = 0.1  # fatality figures that cannot be reconciled (e.g. 2 vs 40)
    count_bonus: float = 0.1  # both give the same toll of 3 or more (within 10%): see `_counts_agree`
    name_bonus: float = 0.1  # both sentences name the same place or group below the country (`Profile.names`)
    min_shared_keys: int = 2  # evidence keys (non-generic word stems, actor ids) a pair with a vague report shares


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def date_gap(a: Profile, b: Profile) -> int | None:
    """Days between the two date intervals (0 when they overlap), None when either is unknown."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return None
    return max(0, a.start - b.end, b.start - a.end)


def _same_named_place(a: Profile, b: Profile) -> bool:
    if a.geonameid is not None and b.geonameid is not None:
        return a.geonameid == b.geonameid
    return bool(a.place and b.place and a.place.lower() == b.place.lower())


def names_place_of(a: Profile, b: Profile) -> bool:
    """Whether `a`'s sentence names `b`'s resolved place, every word of it ("the Las Vegas Strip" names Las
    Vegas; "the Amara cultural centre in Suruc" names Suruç)."""
    keys = b.place_keys
    return bool(keys) and keys[0] in a.mentions and all(k in a.mentions for k in keys[1:])


def place_named(a: Profile, b: Profile) -> bool:
    """One report's sentence names the other's place. Their places may then disagree and still be one: a place
    name read as a namesake abroad ("Mandalay Bay" as Mandalay, Myanmar) or a landmark's name as a region ("the
    General Santander police school in Bogota" as Santander), or an outskirt placed by itself ("in Suzano, east
    of Sao Paulo"). Not when both resolved one name alike (two towns called Isabela): each report then names
    its own place, which says nothing of the other. The dates and the score still decide."""
    if not (names_place_of(a, b) or names_place_of(b, a)):
        return False
    # (also "San José" and "San Jose", "Halle (Saale)" and "Halle": one name once folded)
    return not (a.place and b.place and (a.place.casefold() == b.place.casefold() or a.place_keys == b.place_keys))


def country_named(a: Profile, b: Profile) -> bool:
    """One report of two placed in two countries names the other's country, by name or demonym (`Profile.abroad`):
    a report placed where relatives abroad mourn ("Ethiopians in Washington held a vigil for the eight killed in
    Tuesday's drone strike") or where a foreign government speaks ("Algerian forces stormed the gas complex",
    placed in Britain). The dates and the score still decide."""
    return (b.country is not None and b.country in a.abroad) or (a.country is not None and a.country in b.abroad)


def place_limit_km(a: Profile, b: Profile, rules: LinkRules) -> float:
    """How far apart two coordinate-bearing places may be, set by the coarser of the two precisions."""
    coarse = max(a.lprec, b.lprec)
    if coarse == EXACT:
        return rules.exact_km
    if coarse == CITY:
        if a.lprec == b.lprec and not _same_named_place(a, b):
            return rules.exact_km  # two differently named towns are two places, however close
        return rules.city_km
    return rules.admin1_km


def places_compatible(a: Profile, b: Profile, rules: LinkRules) -> bool:
    """Same country; same admin1 where both are known and one is only admin1-precise; within distance, or
    further apart where one names the other's place (`named_nearby`). Two countries or two admin1 regions only
    where one names the other's place (`place_named`)."""
    la, lb = a.lprec, b.lprec  # (read once: this runs for most candidate pairs)
    if la == NOWHERE or lb == NOWHERE:
        return True
    if a.country != b.country:
        return place_named(a, b) or country_named(a, b)
    if la == COUNTRY or lb == COUNTRY:
        return True
    region_a, region_b = a.admin1, b.admin1
    if region_a and region_b:
        if region_a != region_b:
            if place_named(a, b):
                return True
            # Two precise places may straddle an admin1 border; an admin1-only report names the region itself.
            if la == ADMIN1 or lb == ADMIN1:
                return False
        elif la == ADMIN1 or lb == ADMIN1:
            return True
    lat_a, lon_a, lat_b, lon_b = a.lat, a.lon, b.lat, b.lon
    if lat_a is None or lat_b is None or lon_a is None or lon_b is None:
        return True
    if la == CITY == lb and a.modes and b.modes and weapons_differ(a, b) and not _same_named_place(a, b):
        return False  # two towns hit the same day by two weapons ("shells on Ariha", "a drone on Sarmin")
    limit = place_limit_km(a, b, rules)
    dlat, dlon = abs(lat_a - lat_b), abs(lon_a - lon_b)
    if (dlat + dlon) * KM_PER_DEG_MAX <= limit:  # cheap exact acceptance: never further than that
        return True
    if dlat * KM_PER_DEG_LAT_MIN <= limit and haversine_km(lat_a, lon_a, lat_b, lon_b) <= limit:
        return True
    return named_nearby(a, b)


def named_nearby(a: Profile, b: Profile) -> bool:
    """Two places of one region too far apart for one incident, where one report's sentence names the other's
    place (`place_named`: "a landmine near Dornapal in Sukma" and "in Sukma district"; "in the Neudorf district of
    Strasbourg", placed at a namesake village): one incident if nothing else in them clashes. A city's news
    often names its outskirts beside it ("a checkpoint on the eastern edge of Jalalabad" and "in Jalalabad"), so
    here tolls that cannot be one (`_figures_differ`) or two different modes keep them apart."""
    if modes_differ(a, b):
        return False
    return place_named(a, b) and not _figures_differ(a, b)


def modes_differ(a: Profile, b: Profile) -> bool:
    """Both reports tell how the attack was made and no mode of one is a mode of the other, by kind
    (`Profile.modes`): firearms and explosives differ, but not a suicide bombing and a bombing, nor a gun and bomb
    attack and a bombing. (The score's mode bonus still compares the two main modes as they are: by kind or by
    every telling's modes, look-alike bombings of one town a day apart joined on the written sets.)"""
    return bool(a.modes) and bool(b.modes) and a.modes.isdisjoint(b.modes)


# The means of attack `weapons_differ` compares, by kind: an air strike may be told as a drone's by one outlet.
WEAPON_KIND = {"firearms": "firearms", "knife": "knife", "explosives": "explosives", "heavy-weapons": "heavy-weapons",
               "aerial": "air", "drone": "air", "chemical": "chemical", "arson": "arson"}
_WEAPONS: dict[frozenset[str], frozenset[str] | None] = {}  # `Profile.modes` (shared sets) -> its weapon kinds


def _weapons(modes: frozenset[str]) -> frozenset[str] | None:
    """The weapon kinds of a report's modes; None when a mode is no weapon (an arrest, a demolition)."""
    if modes not in _WEAPONS:
        kinds = [WEAPON_KIND.get(m) for m in modes]
        _WEAPONS[modes] = None if None in kinds else frozenset(k for k in kinds if k)
    return _WEAPONS[modes]


def weapons_differ(a: Profile, b: Profile) -> bool:
    """Both reports tell only weapons (`WEAPON_KIND`: not an arrest or a demolition, which may follow the attack)
    and no weapon of one is a weapon of the other: artillery and a drone, a gun and a bomb."""
    if not a.modes or not b.modes:
        return False
    kinds_a, kinds_b = _weapons(a.modes), _weapons(b.modes)
    return kinds_a is not None and kinds_b is not None and kinds_a.isdisjoint(kinds_b)


def apart_in_article(a: Profile, b: Profile) -> bool:
    """Two events of one article are two incidents (the article's own merging joined the tellings of one),
    except two events of different types in one sentence: an act and the attack it follows ("police arrested
    a man accused of guiding the bomber who attacked the rally on Monday"), which belong to one incident."""
    return a.doc_id == b.doc_id and (a.sentence != b.sentence or a.event_type == b.event_type)


def compatible(a: Profile, b: Profile, rules: LinkRules) -> bool:
    """Hard limits: same type family, dates within the gap, places compatible, not two events of one article
    (`apart_in_article`)."""
    return not apart_in_article(a, b) and tellings_agree(a, b, rules)


def tellings_agree(a: Profile, b: Profile, rules: LinkRules) -> bool:
    """`compatible` but for the article rule: same type family, dates within the gap, places compatible."""
    if a.family != b.family:
        return False
    gap = date_gap(a, b)
    if gap is None or gap > rules.date_gap_days:
        return False
    return places_compatible(a, b, rules)


def precise_compatible(a: Profile, b: Profile, rules: LinkRules) -> bool:
    """`compatible` for two precise reports of one linked component (same type family, each dated to a day
    within the date gap of the other, each placed at a point): the same decision with the known parts skipped."""
    if apart_in_article(a, b):
        return False
    if a.lat == b.lat and a.lon == b.lon:
        return True  # one town's reports usually carry the town's coordinates
    return places_compatible(a, b, rules)


def _date_score(a: Profile, b: Profile) -> float:
    gap = date_gap(a, b) or 0
    coarse = max(a.dprec, b.dprec)
    if coarse == DAY:
        return 1.0 if gap == 0 else 0.6
    if coarse == MONTH:
        return 0.6
    if coarse == PUBLISHED and min(a.dprec, b.dprec) <= MONTH:
        return 0.6  # a report dated only by its publication, beside a dated one inside that week
    return 0.3


def _city_of_its_region(a: Profile, b: Profile) -> bool:
    """One report names a city, the other the region of the same name it lies in ("the city of Kerman" and
    "in Kerman", read as Kerman province): most likely one place, named alike by two outlets."""
    if a.lprec == b.lprec or not a.place or not b.place or a.admin1 != b.admin1:
        return False
    return a.place.casefold() == b.place.casefold()


ABROAD_NAMED_SCORE = 0.8  # two reports placed in two countries, one naming the other's place (`place_named`)
ABROAD_COUNTRY_SCORE = 0.4  # ... one naming only the other's country (`country_named`)


def _place_score(a: Profile, b: Profile) -> float:
    """How well two places agree, 0..1. Two reports placed in two countries link only when one's sentence names
    the other's place (`places_compatible`): a geocode gone abroad or to the speaker's country ("the assault on
    Mumbai" placed in Pakistan), scored as a city and the region of the same name are."""
    if a.lprec == NOWHERE or b.lprec == NOWHERE:
        return 0.1
    if a.country != b.country:
        # a country named abroad says no more of the place than a report placed only by its country
        return ABROAD_NAMED_SCORE if place_named(a, b) else ABROAD_COUNTRY_SCORE
    coarse = max(a.lprec, b.lprec)
    if coarse == COUNTRY:
        return 0.4
    if coarse == ADMIN1:
        return 0.8 if _city_of_its_region(a, b) else 0.6
    if _same_named_place(a, b):
        return 1.0
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 0.4
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    return 1.0 if km <= 5.0 else 0.8 if km <= 15.0 else 0.5


def _counts_clash(a: Profile, b: Profile) -> bool:
    """Fatality figures too far apart to be one incident's evolving toll (e.g. 2 and 40)."""
    if a.fatalities is None or b.fatalities is None:
        return False
    x, y = a.fatalities[0], b.fatalities[0]
    if x is None or y is None or _within(a.fatalities, y) or _within(b.fatalities, x):
        return False
    small, big = sorted((x, y))
    return big - small > 5 and big > 3 * max(small, 1)


def _figures_differ(a: Profile, b: Profile) -> bool:
    """Death tolls (or injury counts) that differ by more than an evolving toll usually does: the larger more
    than twice the smaller and at least 3 more (2 and 7; not 3 and 4)."""
    for x, y in ((a.fatalities, b.fatalities), (a.injured, b.injured)):
        if x is None or y is None or x[0] is None or y[0] is None or _within(x, y[0]) or _within(y, x[0]):
            continue
        small, big = sorted((x[0], y[0]))
        if big - small >= 3 and big > 2 * small:
            return True
    return False


def _within(count: tuple[int | None, int | None, int | None], figure: int) -> bool:
    """Whether a figure lies inside a vague count's range ("dozens": 24 to 99 takes 86)."""
    _, low, high = count
    return low is not None and high is not None and low < high and low <= figure <= high


def _counts_agree(a: Profile, b: Profile) -> bool:
    """Both reports give a death toll (else both an injury count) of at least 3 and the figures agree: equal, or
    within 10% ("at least 45" and "46"). Tolls of 1 or 2 are too common in any one region's news to be evidence."""
    for x, y in ((a.fatalities, b.fatalities), (a.injured, b.injured)):
        if x is not None and y is not None and x[0] is not None and y[0] is not None:
            small, big = sorted((x[0], y[0]))
            return small >= 3 and big - small <= max(1, big // 10)
    return False


def score(a: Profile, b: Profile, rules: LinkRules) -> float:
    """How alike two compatible reports are, 0..1 (plus small mode/casualty adjustments)."""
    value = rules.w_date * _date_score(a, b) + rules.w_text * signature_similarity(a.sig, b.sig)
    known = 1.0
    if a.lprec == NOWHERE or b.lprec == NOWHERE:  # no place on one side: no evidence either way
        known -= rules.w_place
    else:
        value += rules.w_place * _place_score(a, b)
    named_a, named_b = a.named, b.named
    if named_a and named_b and ((a.armed and b.armed) or not named_a.isdisjoint(named_b)):
        value += rules.w_actor * len(named_a & named_b) / len(named_a | named_b)
    else:  # no named actor on one side ("gunmen", "the army" tell nothing against a named group), or only a state
        known -= rules.w_actor  # on one side and no shared one ("Somali forces ended the siege", "Al-Shabaab stormed")
    value /= known  # judge on what both sides tell
    if a.mode and b.mode:
        value += rules.mode_bonus if a.mode == b.mode else -rules.mode_bonus
    if _counts_clash(a, b):
        value -= rules.count_penalty
    elif _counts_agree(a, b):
        value += rules.count_bonus
    if a.names and b.names and not set(a.names).isdisjoint(b.names):
        value += rules.name_bonus
    return value


def link_threshold(a: Profile, b: Profile, rules: LinkRules) -> float:
    """The score a pair needs to be linked. A pair with a vague report needs less: a vague report only ever
    follows its best link and never bridges two incidents, so a looser link cannot chain incidents together;
    two precise reports' link can, and each joins their components (whose clustering costs grow with size). A
    pair linked on one evidence key fewer because both date the event to the same day (`keys_needed`) needs the
    precise threshold all the same."""
    if not (a.vague or b.vague):
        return rules.threshold
    if same_day(a, b) and not (a.vague and b.vague):
        shared = set(a.keys).intersection(b.keys)
        if len(shared) < _usual_needed(a, b, rules, any(k >= NAME_KEY for k in shared)):
            return rules.threshold  # linked on a key fewer for the same day (`keys_needed`): the score must say more
    return rules.vague_threshold


def has_evidence(a: Profile, b: Profile, rules: LinkRules) -> bool:
    """A pair with a vague report needs positive evidence: `min_shared_keys` shared non-generic word stems or
    actor ids (two by default: on the eval set every vague report's best link shares at least two).

    A vague report fits every report of its region or month; without this rule it would be compared with all
    of them. With it, a vague report's candidates are found through an inverted index of those keys.
    """
    return not (a.vague or b.vague) or _enough_evidence(a, b, rules)


def same_day(a: Profile, b: Profile) -> bool:
    """Both reports date the event itself to one and the same day (not a publication window, not a month)."""
    return a.dprec == DAY == b.dprec and a.start is not None and a.start == b.start


def _enough_evidence(a: Profile, b: Profile, rules: LinkRules) -> bool:
    """`keys_needed` keys shared, from one intersection of the two key tuples."""
    shared = set(a.keys).intersection(b.keys)
    if len(shared) > rules.min_shared_keys:
        return True  # never more are needed (`_usual_needed`): no need to look for a name
    return len(shared) >= _needed(a, b, rules, any(k >= NAME_KEY for k in shared))


def _usual_needed(a: Profile, b: Profile, rules: LinkRules, name_shared: bool) -> int:
    """`min_shared_keys`, one more when a report has no place and the two share no name (`keys_needed`)."""
    return rules.min_shared_keys + ((a.lprec == NOWHERE or b.lprec == NOWHERE) and not name_shared)


def _needed(a: Profile, b: Profile, rules: LinkRules, name_shared: bool) -> int:
    """`keys_needed`, given whether the two share a name key."""
    usual = _usual_needed(a, b, rules, name_shared)
    if same_day(a, b) and not (a.vague and b.vague):
        # A precise report and a vague one that date the event to the same day: that day is itself evidence a
        # week's window is not. A short report of one incident ("Killed: 2, injured: 5", "Gang attack; police
        # counter-attack") shares few words with the story it sums up; one key fewer then suffices (the place
        # limits still apply, and such a link needs the precise threshold: `link_threshold`). A report with no
        # place still needs `min_shared_keys` (nothing but its words places it).
        nowhere = a.lprec == NOWHERE or b.lprec == NOWHERE
        return max(usual - 1, rules.min_shared_keys if nowhere else 1)
    return usual


def keys_needed(a: Profile, b: Profile, rules: LinkRules) -> int:
    """Evidence keys a pair with a vague report must share: `min_shared_keys`, one more when a report has no
    place at all (nothing then keeps it from a look-alike on another continent) unless the two share a name no
    region bears (`shares_name`: "Kashuga", "the Dolphinarium"), which places them as well as a geocode would;
    one fewer when a precise report and a vague one date the event to the same day (`same_day`)."""
    return _needed(a, b, rules, shares_name(a, b))


def shares_name(a: Profile, b: Profile) -> bool:
    """Both reports name one place or group below the region, in a sentence or a headline (a key with `NAME_KEY`
    set in both evidence keys: `profile.name_key`; a name that could be a place, not a group the knowledge base
    knows)."""
    return any(k >= NAME_KEY for k in set(a.keys).intersection(b.keys))


def link_score(a: Profile, b: Profile, rules: LinkRules) -> float | None:
    """The pair's score if the hard limits allow a link and a vague side has evidence, else None.

    The same decision as `compatible` and `has_evidence`, with the cheapest tests first (this is the hot loop).
    """
    if a.family != b.family or a.doc_id == b.doc_id or a.start is None or b.start is None:
        return None
    gap = rules.date_gap_days
    if a.end is None or b.end is None or a.start - b.end > gap or b.start - a.end > gap:
        return None
    if a.country != b.country and a.lprec != NOWHERE and b.lprec != NOWHERE and not place_named(a, b) \
            and not country_named(a, b):
        return None
    if (a.vague or b.vague) and not _enough_evidence(a, b, rules):
        return None
    if not places_compatible(a, b, rules):
        return None
    return score(a, b, rules)
