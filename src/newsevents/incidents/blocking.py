"""Blocking: the buckets a report is filed under and the buckets searched for its possible partners.

Two kinds of bucket, one per kind of pair (`matching.link_score` allows both):
- *grid* buckets, (type family, day, 0.5-degree cell), hold precise reports (a day and a point place); a
  precise report searches the cells around it over the days the date gap allows;
- *named-place* buckets, (type family, time key, name), hold every report under the name of its place and
  under each name its sentence holds; a report searches the names of its sentence among the places and its
  place among the names (`matching.place_named`: the only pairs placed in two countries or far apart that may
  link);
- *evidence* buckets, (type family, time key, country, evidence key), hold every report once per evidence key
  (non-generic word stem or actor id, `profile.evidence_keys`); the time key is the week of a dated day (a
  report dated only by its publication has one or two weeks), or the month or year of a vaguer date. A
  pair with a vague report links only if the two share `LinkRules.min_shared_keys` such keys, so a vague
  report searches only the buckets of its own keys, never its whole region or month, and only reports
  found under enough of its keys are scored; a report without a place searches a copy of the evidence
  buckets without the country ("*", `any_country_bases`), where every report is also filed (later reports
  from any country find it under the country None); the index files them by base, (type family, time key,
  country), then by evidence key (`evidence_bases`);
- *same-day* buckets, (type family, day, country, evidence key), hold every placed report dated to a day once
  per evidence key (`day_bases`): a precise report and a vague one dating the event to the same day need one key
  fewer (`matching.keys_needed`), so each finds the other there under a single shared key.

Every pair that `matching.link_score` can link is found from either side, whichever report arrives first;
that symmetry is what keeps the incident partition independent of arrival order. Bucket keys are Python
hashes of the tuples above (an evidence key XORed in, for the named-place buckets): a rare hash collision only
adds a candidate, which the rules then reject.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator

from newsevents.incidents.matching import LinkRules
from newsevents.incidents.profile import DAY, MONTH, NOWHERE, YEAR, Profile

CELL_DEG = 0.5  # grid cell for point places, in degrees of latitude and longitude
KM_PER_DEG_LAT = 111.2

Key = int
TimeKey = tuple[str, int]

# day ordinal -> ordinal of the first day of its month / year (a few thousand distinct days in practice)
_MONTH_START: dict[int, int] = {}
_YEAR_START: dict[int, int] = {}


def _month_start(day: int) -> int:
    found = _MONTH_START.get(day)
    if found is None:
        if len(_MONTH_START) > 100_000:
            _MONTH_START.clear()
        found = _MONTH_START[day] = dt.date.fromordinal(day).replace(day=1).toordinal()
    return found


def _year_start(day: int) -> int:
    found = _YEAR_START.get(day)
    if found is None:
        if len(_YEAR_START) > 100_000:
            _YEAR_START.clear()
        found = _YEAR_START[day] = dt.date(dt.date.fromordinal(day).year, 1, 1).toordinal()
    return found


def _time_keys(p: Profile) -> list[TimeKey]:
    if p.start is None or p.end is None:
        return []
    if p.dprec == DAY:
        return [("d", p.start)]
    if p.dprec == MONTH:
        return [("m", p.start)]
    if p.dprec == YEAR:
        return [("y", p.start)]
    return [("d", day) for day in range(p.start, p.end + 1)]


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG)


def _months(first: int, last: int) -> Iterator[int]:
    """First days (ordinals) of the months from the one holding `first` to the one holding `last`."""
    month, end = _month_start(first), _month_start(last)
    while month <= end:
        yield month
        month = _month_start(month + 31)


def _years(first: int, last: int) -> Iterator[int]:
    year, end = _year_start(first), _year_start(last)
    while year <= end:
        yield year
        year = _year_start(year + 366)


def _query_days(p: Profile, rules: LinkRules) -> range:
    assert p.start is not None and p.end is not None
    return range(p.start - rules.date_gap_days, p.end + rules.date_gap_days + 1)


def _query_time(p: Profile, rules: LinkRules) -> list[TimeKey]:
    if p.start is None or p.end is None:
        return []
    days = _query_days(p, rules)
    keys: list[TimeKey] = [("d", day) for day in days]
    keys.extend(("m", m) for m in _months(days[0], days[-1]))
    keys.extend(("y", y) for y in _years(days[0], days[-1]))
    return keys


def _grid_around(lat: float, lon: float, km: float) -> list[tuple[int, int]]:
    dlat = km / KM_PER_DEG_LAT
    far = min(89.0, abs(lat) + dlat)
    dlon = min(180.0, km / (KM_PER_DEG_LAT * math.cos(math.radians(far))))
    r0, r1 = math.floor((lat - dlat) / CELL_DEG), math.floor((lat + dlat) / CELL_DEG)
    c0, c1 = math.floor((lon - dlon) / CELL_DEG), math.floor((lon + dlon) / CELL_DEG)
    return [(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]


def grid_keys(p: Profile) -> list[Key]:
    """The grid bucket of a precise report (none for a vague or undated one)."""
    if p.vague or p.start is None:
        return []
    assert p.lat is not None and p.lon is not None  # profile_of guarantees coordinates for point places
    return [hash((p.family, p.start, *_cell(p.lat, p.lon)))]


def grid_query(p: Profile, rules: LinkRules) -> list[Key]:
    """The grid buckets that can hold a precise report this precise report may be linked with."""
    if p.vague or p.start is None:
        return []
    assert p.lat is not None and p.lon is not None
    cells = _grid_around(p.lat, p.lon, max(rules.city_km, rules.exact_km))
    return [hash((p.family, day, r, c)) for day in _query_days(p, rules) for r, c in cells]


def _evidence_time(p: Profile) -> list[TimeKey]:
    """A report's time keys for evidence buckets: the week (of fixed 7-day weeks) of each of its days, or its
    month or year."""
    if p.start is None or p.end is None:
        return []
    if p.dprec == DAY:
        return [("w", p.start // 7)]
    if p.dprec == MONTH:
        return [("m", p.start)]
    if p.dprec == YEAR:
        return [("y", p.start)]
    return [("w", week) for week in range(p.start // 7, p.end // 7 + 1)]


# (first, last day searched) -> the time keys of evidence buckets searched: every report asks twice (evidence and
# named-place buckets), and a stream covers few distinct spans
_QUERY_TIMES: dict[tuple[int, int], list[TimeKey]] = {}


def _evidence_query_time(p: Profile, rules: LinkRules) -> list[TimeKey]:
    """The time keys of the evidence buckets that can hold a report dated within the date gap of this one (the
    list is shared: not to be changed)."""
    assert p.start is not None and p.end is not None
    span = (p.start - rules.date_gap_days, p.end + rules.date_gap_days)
    keys = _QUERY_TIMES.get(span)
    if keys is None:
        first, last = span
        keys = [("w", week) for week in range(first // 7, last // 7 + 1)]
        keys.extend(("m", m) for m in _months(first, last))
        keys.extend(("y", y) for y in _years(first, last))
        if len(_QUERY_TIMES) > 100_000:
            _QUERY_TIMES.clear()
        _QUERY_TIMES[span] = keys
    return keys


# An evidence bucket is (family, time key, country, evidence key). The index keeps them two levels deep: the
# hash of the first three (a *base*) -> evidence key -> bucket, so that a report looks up each base it searches
# once and intersects its keys with the keys filed there, instead of hashing and looking up every (base, key)
# pair. A rare collision of two bases only adds candidates, which `link_score` rejects.


def evidence_bases(p: Profile) -> list[Key]:
    """The bases of the evidence buckets the report is filed under, (family, time key, country or None), each
    with every key of `p.keys`."""
    country = None if p.lprec == NOWHERE else p.country
    return [hash((p.family, kind, t, country)) for kind, t in _evidence_time(p)]


# Named-place buckets: a report is filed under the first key of its place's name, which every sentence naming
# that place holds (`matching.names_place_of`), and under each name of its sentence.
_AT, _NAMES = "at", "names"


def named_keys(p: Profile) -> list[Key]:
    """The named-place buckets of a report: (family, time key, "at", first key of its place) and (family, time
    key, "names", key) for each place its sentence may name (`Profile.mentions`)."""
    if not p.place_keys and not p.mentions:
        return []
    times = _evidence_time(p)
    keys = [hash((p.family, kind, t, _AT)) ^ p.place_keys[0] for kind, t in times] if p.place_keys else []
    for kind, t in times:
        base = hash((p.family, kind, t, _NAMES))
        keys.extend(base ^ k for k in p.mentions)
    return keys


def named_query(p: Profile, rules: LinkRules) -> list[Key]:
    """The named-place buckets that can hold a report whose place this report's sentence names, or whose
    sentence names this report's place."""
    if (not p.place_keys and not p.mentions) or p.start is None:
        return []
    times = _evidence_query_time(p, rules)
    keys = [hash((p.family, kind, t, _NAMES)) ^ p.place_keys[0] for kind, t in times] if p.place_keys else []
    for kind, t in times:
        base = hash((p.family, kind, t, _AT))
        keys.extend(base ^ k for k in p.mentions)
    return keys


def day_bases(p: Profile) -> list[Key]:
    """The base of the same-day evidence buckets, (family, "dd", day, country), each with every key of `p.keys`,
    of a placed report dated to a day (none for another): where a report finds the reports of its own day and
    country sharing a single key with it (two reports dated to the same day need one key fewer:
    `matching.keys_needed`). The same buckets are filed and searched."""
    if p.dprec != DAY or p.start is None or p.lprec == NOWHERE:
        return []
    return [hash((p.family, "dd", p.start, p.country))]


ANY_COUNTRY = "*"
_ABROAD = "abroad"


def abroad_bases(p: Profile) -> list[Key]:
    """The bases of the evidence buckets of the countries other than its own that a placed report's sentence
    names (`Profile.abroad`), (family, time key, "abroad", country), each with every key of `p.keys`: where a
    report of that country finds it (`matching.country_named`). The same report searches the evidence buckets
    of those countries (`abroad_query`)."""
    times = _evidence_time(p)
    return [hash((p.family, kind, t, _ABROAD, c)) for c in p.abroad for kind, t in times]


def abroad_query(p: Profile, rules: LinkRules) -> tuple[list[Key], list[Key]]:
    """The bases a placed report searches for reports placed in two countries, one naming the other's
    (`matching.country_named`): the "abroad" buckets of its own country (reports naming it), and the evidence
    buckets (`evidence_bases`) of the countries its sentence names."""
    if p.start is None or p.lprec == NOWHERE or not p.keys:
        return [], []
    times = _evidence_query_time(p, rules)
    family = p.family
    naming = [hash((family, kind, t, _ABROAD, p.country)) for kind, t in times]
    named = [hash((family, kind, t, c)) for c in p.abroad for kind, t in times]
    return naming, named


def any_country_bases(p: Profile) -> list[Key]:
    """The bases of the report's evidence buckets with the country left out, (family, time key, "*"), each with
    every key of `p.keys`: where a report without a place looks, instead of looking in every country (which was
    most of the lookups)."""
    return [hash((p.family, kind, t, ANY_COUNTRY)) for kind, t in _evidence_time(p)]


def evidence_query(p: Profile, rules: LinkRules, countries: Iterable[str | None]) -> list[Key]:
    """Every base whose evidence buckets can hold a compatible report sharing a key with this one (under the
    report's own keys, `p.keys`).

    `countries` are the countries where a report without a place looks: the index passes [ANY_COUNTRY], the
    buckets of `any_country_bases`.
    """
    if not p.keys or p.start is None:
        return []
    spaces = list(countries) if p.lprec == NOWHERE else [p.country, None]
    family = p.family
    return [hash((family, kind, t, s)) for kind, t in _evidence_query_time(p, rules) for s in spaces]
