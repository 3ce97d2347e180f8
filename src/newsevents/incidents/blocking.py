"""Blocking: the buckets a report is filed under and the buckets searched for its possible partners.

Two kinds of bucket, one per kind of pair (`matching.link_score` allows both):
- *grid* buckets, (type family, day, 0.5-degree cell), hold precise reports (a day and a point place); a
  precise report searches the cells around it over the days the date gap allows;
- *evidence* buckets, (type family, time key, country, evidence key), hold every report once per evidence key
  (non-generic word stem or actor id, `profile.evidence_keys`); the time key is the week of a dated day (a
  report dated only by its publication has one or two weeks), or the month or year of a vaguer date. A
  pair with a vague report links only if the two share `LinkRules.min_shared_keys` such keys, so a vague
  report searches only the buckets of its own keys, never its whole region or month, and only reports
  found under enough of its keys are scored; a report without a place searches them in
  every country seen so far (later reports from other countries find it under the country None).

Every pair that `matching.link_score` can link is found from either side, whichever report arrives first;
that symmetry is what keeps the incident partition independent of arrival order. Bucket keys are Python
hashes of the tuples above: a rare hash collision only adds a candidate, which the rules then reject.
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
    day = dt.date.fromordinal(first).replace(day=1)
    end = dt.date.fromordinal(last)
    while day <= end:
        yield day.toordinal()
        day = day.replace(year=day.year + (day.month == 12), month=day.month % 12 + 1)


def _query_days(p: Profile, rules: LinkRules) -> range:
    assert p.start is not None and p.end is not None
    return range(p.start - rules.date_gap_days, p.end + rules.date_gap_days + 1)


def _query_time(p: Profile, rules: LinkRules) -> list[TimeKey]:
    if p.start is None or p.end is None:
        return []
    days = _query_days(p, rules)
    keys: list[TimeKey] = [("d", day) for day in days]
    keys.extend(("m", m) for m in _months(days[0], days[-1]))
    y0, y1 = dt.date.fromordinal(days[0]).year, dt.date.fromordinal(days[-1]).year
    keys.extend(("y", dt.date(y, 1, 1).toordinal()) for y in range(y0, y1 + 1))
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
    keys = _time_keys(p)
    return list(dict.fromkeys(("w", day // 7) if kind == "d" else (kind, day) for kind, day in keys))


def _evidence_query_time(p: Profile, rules: LinkRules) -> list[TimeKey]:
    days = _query_days(p, rules)
    keys: list[TimeKey] = [("w", week) for week in range(days[0] // 7, days[-1] // 7 + 1)]
    return keys + [key for key in _query_time(p, rules) if key[0] != "d"]


def evidence_keys(p: Profile) -> list[Key]:
    """Every evidence bucket the report is filed under: (family, time key, country or None, evidence key)."""
    country = None if p.lprec == NOWHERE else p.country
    return [hash((p.family, *t, country, k)) for t in _evidence_time(p) for k in p.keys]


def evidence_query(p: Profile, rules: LinkRules, countries: Iterable[str | None]) -> list[list[Key]]:
    """For each of the report's evidence keys, every bucket that can hold a compatible report sharing that key.

    `countries` are the countries seen so far, None included: a report without a place fits any of them.
    """
    if not p.keys or p.start is None:
        return []
    spaces = list(countries) if p.lprec == NOWHERE else [p.country, None]
    times = _evidence_query_time(p, rules)
    return [[hash((p.family, *t, s, k)) for t in times for s in spaces] for k in p.keys]
