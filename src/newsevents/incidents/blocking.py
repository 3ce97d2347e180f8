"""Blocking: the buckets a report is filed under and the buckets searched for its possible partners.

Every pair that the hard limits (`matching.compatible`) allow is found from either side, whichever report
arrives first; that symmetry is what keeps the incident partition independent of arrival order.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator

from newsevents.incidents.matching import LinkRules
from newsevents.incidents.profile import ADMIN1, CITY, COUNTRY, DAY, MONTH, NOWHERE, YEAR, Profile

CELL_DEG = 0.5  # grid cell for point places, in degrees of latitude and longitude
KM_PER_DEG_LAT = 111.2

Key = tuple[object, ...]


def _time_keys(p: Profile) -> list[Key]:
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


def _space_keys(p: Profile) -> list[Key]:
    keys: list[Key] = [("*",)]
    if p.lprec == NOWHERE:
        keys.append(("u",))
        return keys
    keys.append(("C", p.country))
    if p.lprec <= ADMIN1:
        keys.append(("A", p.country, p.admin1))
    if p.lprec <= CITY and p.lat is not None and p.lon is not None:
        keys.append(("G", *_cell(p.lat, p.lon)))
    elif p.lprec == ADMIN1:
        keys.append(("a", p.country, p.admin1))
        keys.append(("aa", p.country))
    elif p.lprec == COUNTRY:
        keys.append(("c", p.country))
    return keys


def storage_keys(p: Profile) -> list[Key]:
    """Every bucket the report is filed under: (family, time key, space key)."""
    return [(p.family, *t, *s) for t in _time_keys(p) for s in _space_keys(p)]


def _months(first: int, last: int) -> Iterator[int]:
    day = dt.date.fromordinal(first).replace(day=1)
    end = dt.date.fromordinal(last)
    while day <= end:
        yield day.toordinal()
        day = day.replace(year=day.year + (day.month == 12), month=day.month % 12 + 1)


def _query_time(p: Profile, rules: LinkRules) -> list[Key]:
    if p.start is None or p.end is None:
        return []
    first, last = p.start - rules.date_gap_days, p.end + rules.date_gap_days
    keys: list[Key] = [("d", day) for day in range(first, last + 1)]
    keys.extend(("m", m) for m in _months(first, last))
    y0, y1 = dt.date.fromordinal(first).year, dt.date.fromordinal(last).year
    keys.extend(("y", dt.date(y, 1, 1).toordinal()) for y in range(y0, y1 + 1))
    return keys


def _grid_around(lat: float, lon: float, km: float) -> list[Key]:
    dlat = km / KM_PER_DEG_LAT
    far = min(89.0, abs(lat) + dlat)
    dlon = min(180.0, km / (KM_PER_DEG_LAT * math.cos(math.radians(far))))
    r0, r1 = math.floor((lat - dlat) / CELL_DEG), math.floor((lat + dlat) / CELL_DEG)
    c0, c1 = math.floor((lon - dlon) / CELL_DEG), math.floor((lon + dlon) / CELL_DEG)
    return [("G", r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]


def _query_space(p: Profile, rules: LinkRules) -> list[Key]:
    if p.lprec == NOWHERE:
        return [("*",)]
    keys: list[Key] = [("u",)]
    if p.lprec == COUNTRY:
        keys.append(("C", p.country))
        return keys
    keys.append(("c", p.country))
    if p.lprec == ADMIN1:
        keys.append(("A", p.country, p.admin1))
        keys.append(("A", p.country, None))
        return keys
    assert p.lat is not None and p.lon is not None  # profile_of guarantees coordinates for point places
    keys.extend(_grid_around(p.lat, p.lon, max(rules.city_km, rules.exact_km)))
    keys.append(("a", p.country, p.admin1) if p.admin1 else ("aa", p.country))
    return keys


def query_keys(p: Profile, rules: LinkRules) -> list[Key]:
    """Every bucket that can hold a report the hard limits allow this one to be linked with."""
    space = _query_space(p, rules)
    return [(p.family, *t, *s) for t in _query_time(p, rules) for s in space]
