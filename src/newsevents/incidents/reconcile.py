"""Reconciliation: one incident's fields from all its reports, every source's value kept and disagreements flagged.

Rules (docs/INCIDENTS.md explains them for readers):
- event type: the type most reports give (ties: alphabetical);
- date: the most precise date; among several at that precision the one most reports give, then the one
  reported last; flagged when reports at the finest precision disagree or a coarser date does not contain it;
- place: the most specific place; among several at that precision the one most reports give, then the one
  reported last; flagged when reports at the finest precision name different places;
- casualties: `best` from the latest report (ties: the most specific figure, then the larger), `low` the
  lowest and `high` the highest figure any report gives; flagged when reports give different best figures;
- actors: never reconciled into one value, but flagged when two reports name disjoint sets of actors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable
from typing import Any

from newsevents.incidents.profile import Profile
from newsevents.models import Count, EventDate, Incident, Location

EXTRACTOR = "incidents"
Triple = tuple[int | None, int | None, int | None]


def _reported(p: Profile) -> str:
    return p.published or ""


def _value_row(p: Profile, value: Any) -> dict[str, Any]:
    return {"event_id": p.event_id, "doc_id": p.doc_id, "value": value, "reported": p.published}


def _pick(candidates: list[Profile], key: Callable[[Profile], Hashable]) -> Profile:
    """The report whose value most reports share; ties go to the latest reported, then the earliest id."""
    if len(candidates) == 1:
        return candidates[0]
    keys = [key(p) for p in candidates]
    votes = Counter(keys)
    ranked = [((votes[k], _reported(p)), p) for k, p in zip(keys, candidates, strict=True)]
    top = max(rank for rank, _ in ranked)
    return min((p for rank, p in ranked if rank == top), key=lambda p: p.event_id)


def _date(profiles: list[Profile], values: dict[str, Any], conflicts: list[str]) -> EventDate | None:
    dated = [p for p in profiles if p.date_value is not None]
    values["date"] = [_value_row(p, {"value": p.date_value, "precision": p.date_precision}) for p in dated]
    if not dated:
        return None
    finest = min(p.dprec for p in dated)
    top = [p for p in dated if p.dprec == finest]
    chosen = _pick(top, lambda p: p.date_value)
    inside = all(
        p.start is not None and p.end is not None and chosen.start is not None
        and p.start <= chosen.start <= p.end
        for p in dated
    )
    if len({p.date_value for p in top}) > 1 or not inside:
        conflicts.append("date")
    agree = sum(1 for p in dated if p.date_value == chosen.date_value) / len(dated)
    return EventDate(
        value=chosen.date_value, precision=chosen.date_precision, confidence=round(agree, 3), extractor=EXTRACTOR
    )


def _place_key(p: Profile) -> Hashable:
    if p.geonameid is not None:
        return ("g", p.geonameid)
    if p.place:
        return ("n", p.place.lower())
    return ("c", p.lat, p.lon, p.admin1)


_PRECISION_NAMES = ("exact", "city", "admin1", "country")


def _location(profiles: list[Profile], values: dict[str, Any], conflicts: list[str]) -> Location | None:
    placed = [p for p in profiles if p.country is not None]
    values["location"] = [
        _value_row(
            p,
            {
                "name": p.place, "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon, "country": p.country,
                "admin1": p.admin1, "precision": _PRECISION_NAMES[p.lprec],
            },
        )
        for p in placed
    ]
    if not placed:
        return None
    finest = min(p.lprec for p in placed)
    top = [p for p in placed if p.lprec == finest]
    chosen = _pick(top, _place_key)
    if len({_place_key(p) for p in top}) > 1:
        conflicts.append("location")
    agree = sum(1 for p in placed if _place_key(p) == _place_key(chosen)) / len(placed)
    return Location(
        name=chosen.place, geonameid=chosen.geonameid, lat=chosen.lat, lon=chosen.lon, country=chosen.country,
        admin1=chosen.admin1, precision=_PRECISION_NAMES[chosen.lprec], confidence=round(agree, 3),
        extractor=EXTRACTOR,
    )


def _spread(t: Triple) -> int:
    best, low, high = t
    lo = low if low is not None else best
    hi = high if high is not None else best
    return (hi - lo) if lo is not None and hi is not None else 10**9


def _count(
    name: str, rows: list[tuple[Profile, Triple]], values: dict[str, Any], conflicts: list[str]
) -> Count | None:
    values[name] = [_value_row(p, {"best": t[0], "low": t[1], "high": t[2]}) for p, t in rows]
    if not rows:
        return None
    with_best = [(p, t) for p, t in rows if t[0] is not None]
    best = None
    if with_best:
        _, chosen = max(with_best, key=lambda pt: (_reported(pt[0]), -_spread(pt[1]), pt[1][0]))
        best = chosen[0]
        if len({t[0] for _, t in with_best}) > 1:
            conflicts.append(name)
    lows = [x for _, t in rows for x in (t[1], t[0]) if x is not None]
    highs = [x for _, t in rows for x in (t[2], t[0]) if x is not None]
    return Count(
        best=best, low=min(lows) if lows else None, high=max(highs) if highs else None, extractor=EXTRACTOR
    )


def _actors(profiles: list[Profile], values: dict[str, Any], conflicts: list[str]) -> None:
    named = [p for p in profiles if p.actors]
    values["actors"] = [_value_row(p, sorted(p.actors)) for p in named]
    if any(not (a.actors & b.actors) for i, a in enumerate(named) for b in named[i + 1 :]):
        conflicts.append("actors")


def reconcile(incident_id: str, profiles: list[Profile]) -> Incident:
    """Build one `Incident` from the profiles of its reports (any order; the result does not depend on it)."""
    profiles = sorted(profiles, key=lambda p: p.order_key)
    values: dict[str, Any] = {}
    conflicts: list[str] = []
    types = Counter(p.event_type for p in profiles)
    event_type = min(types, key=lambda t: (-types[t], t))
    values["event_type"] = [_value_row(p, p.event_type) for p in profiles]
    if len(types) > 1:
        conflicts.append("event_type")
    date = _date(profiles, values, conflicts)
    location = _location(profiles, values, conflicts)
    fatalities = _count(
        "fatalities", [(p, p.fatalities) for p in profiles if p.fatalities is not None], values, conflicts
    )
    injured = _count("injured", [(p, p.injured) for p in profiles if p.injured is not None], values, conflicts)
    _actors(profiles, values, conflicts)
    doc_ids = list(dict.fromkeys(p.doc_id for p in profiles))
    reported = sorted(p.published for p in profiles if p.published)
    return Incident(
        id=incident_id,
        event_ids=[p.event_id for p in profiles],
        doc_ids=doc_ids,
        event_type=event_type,
        date=date,
        location=location,
        fatalities=fatalities,
        injured=injured,
        sources=len(doc_ids),
        first_reported=reported[0] if reported else None,
        last_reported=reported[-1] if reported else None,
        conflicts=conflicts,
        values=values,
    )
