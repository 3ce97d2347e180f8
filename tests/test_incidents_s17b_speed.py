"""Session 17's second round of incident-index speed-ups changes no decision: each new structure is checked
against the plain definition it stands for."""

from __future__ import annotations

import pytest

from newsevents.incidents import IncidentIndex, LinkRules
from newsevents.incidents import index as index_module
from newsevents.incidents.blocking import (
    any_country_bases,
    day_bases,
    evidence_bases,
    evidence_query,
    grid_keys,
    grid_query,
    named_keys,
    named_query,
)
from newsevents.incidents.matching import compatible, precise_compatible
from newsevents.incidents.profile import NOWHERE, Profile, profile_of

from conftest import load_script

bench = load_script("benchmarks/incidents.py")


def _defined_candidates(p: Profile, stored: list[Profile], rules: LinkRules) -> set[int]:
    """The candidates of `p` by the blocking's definition, one stored report at a time: a grid or named-place
    bucket in common; a shared evidence base in a store `p` searches and at least `min_shared_keys` keys in
    common (every report is filed under each of its keys at each of its bases); or one same-day base and a key
    in common, one of the two vague."""
    query_grid = set(grid_query(p, rules)) if not p.vague else set()
    query_named = set(named_query(p, rules))
    query_bases = set(evidence_query(p, rules, ("*",)))
    same_day = set(day_bases(p))
    keys = set(p.keys)
    found = set()
    for slot, q in enumerate(stored):
        if q.start is None:
            continue
        if query_grid and not q.vague and query_grid.intersection(grid_keys(q)):
            found.add(slot)
        elif query_named.intersection(named_keys(q)):
            found.add(slot)
        elif (p.lprec == NOWHERE or p.vague or q.vague) and len(keys.intersection(q.keys)) >= rules.min_shared_keys \
                and query_bases.intersection(any_country_bases(q) if p.lprec == NOWHERE else evidence_bases(q)):
            found.add(slot)
        elif same_day and (p.vague or q.vague) and keys.intersection(q.keys) and same_day.intersection(day_bases(q)):
            found.add(slot)
    return found


def test_nested_evidence_buckets_find_exactly_the_defined_candidates() -> None:
    rules = LinkRules()
    index = IncidentIndex(rules)
    checked = vague = nowhere = 0
    for event, published in bench.stream(1500, seed=13, per_day=300):
        p = profile_of(event, published)
        if p.start is not None:
            assert index._candidates(p) == _defined_candidates(p, index._profiles, rules), p.event_id
            checked += 1
            vague += p.vague
            nowhere += p.lprec == NOWHERE
        index.add(event, published)
    assert checked > 1400 and vague > 300 and nowhere > 20


def _stream_index(n: int) -> IncidentIndex:
    index = IncidentIndex()
    for event, published in bench.stream(n, seed=17, per_day=300):
        index.add(event, published)
    return index


def test_remembered_pair_tests_are_the_tests() -> None:
    index = _stream_index(3000)
    index.groups()  # the full placement tests vague reports against incidents too
    profiles, rules = index._profiles, index.rules
    assert len(index._fits) > 500 and len(index._agrees) > 500
    for pair, fits in index._fits.items():
        x, y = pair >> 32, pair & 0xFFFFFFFF
        assert x < y and fits == precise_compatible(profiles[x], profiles[y], rules)
    for pair, agrees in index._agrees.items():
        v, m = pair >> 32, pair & 0xFFFFFFFF
        assert profiles[v].vague and not profiles[m].vague
        assert agrees == compatible(profiles[v], profiles[m], rules)
    assert False in index._agrees.values()  # rejections are remembered too


def test_pair_caches_emptied_when_full_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _stream_index(3000).groups()
    monkeypatch.setattr(index_module, "PAIR_CACHE_MAX", 3)
    small = _stream_index(3000)
    assert small.groups() == expected
    assert len(small._fits) <= 3 and len(small._agrees) <= 3
