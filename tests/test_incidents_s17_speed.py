"""Session 17's speed-ups of the incident index change no decision: each shortcut is checked against the slow way."""

from __future__ import annotations

import itertools
import unicodedata

from newsevents.incidents import IncidentIndex, LinkRules
from newsevents.incidents.index import _iter_links
from newsevents.incidents.matching import _enough_evidence, keys_needed
from newsevents.incidents.profile import ADMIN1, MONTH, _folded, profile_of

from conftest import load_script

bench = load_script("benchmarks/incidents.py")


def _stream_index(n: int) -> IncidentIndex:
    index = IncidentIndex()
    for event, published in bench.stream(n, seed=3):
        index.add(event, published)
    return index


def _best_by_full_ranking(index: IncidentIndex, slot: int):  # type: ignore[no-untyped-def]
    """`IncidentIndex._best` as it was: rank every link, follow the first that can be followed."""
    for rank, other in sorted((index._rank(s, o), o) for s, o in _iter_links(index._vague[slot])):
        target = index._accept(slot, other)
        if target is not None:
            return rank, target
    return None, None


def test_best_link_is_the_one_the_full_ranking_follows() -> None:
    index = _stream_index(4000)
    passed_over = 0  # vague reports whose top-ranked link could not be followed (the fallback path)
    for slot, links in index._vague.items():
        expected = _best_by_full_ranking(index, slot)
        assert index._best(slot) == expected
        if links:
            top = min((index._rank(s, o), o) for s, o in _iter_links(links))
            passed_over += expected[0] != top[0]
    assert passed_over > 0


def test_evidence_shortcut_agrees_with_keys_needed() -> None:
    profiles = [profile_of(event, published) for event, published in bench.stream(600, seed=5)]
    vague_pairs = 0
    for rules in (LinkRules(), LinkRules(min_shared_keys=1), LinkRules(min_shared_keys=3)):
        for a, b in itertools.combinations(profiles[:250], 2):
            if not (a.vague or b.vague):
                continue
            vague_pairs += 1
            shared = len(set(a.keys).intersection(b.keys))
            assert _enough_evidence(a, b, rules) == (shared >= keys_needed(a, b, rules))
    assert vague_pairs > 1000


def test_stored_vague_is_its_definition() -> None:
    for event, published in bench.stream(500, seed=7):
        p = profile_of(event, published)
        assert p.vague == (p.lprec >= ADMIN1 or p.dprec >= MONTH)


def test_folding_an_ascii_name_returns_it_as_the_full_fold_would() -> None:
    for name in ("Kabul", "Pont-Sonde", "Ma'arrat al-Numan", "Halle (Saale)", "", "Bogotá", "Ceylanpınar"):
        plain = unicodedata.normalize("NFKD", name.replace("ı", "i"))
        assert _folded(name) == "".join(c for c in plain if not unicodedata.combining(c))


def test_benchmark_digest_is_the_partition_s() -> None:
    one, two = _stream_index(300), _stream_index(300)
    assert bench.partition_hash(one) == bench.partition_hash(two)
    moved = IncidentIndex()
    for event, published in reversed(list(bench.stream(300, seed=3))):
        moved.add(event, published)
    assert moved.groups() == one.groups() and bench.partition_hash(moved) == bench.partition_hash(one)
    other = IncidentIndex()
    for event, published in bench.stream(300, seed=4):
        other.add(event, published)
    assert bench.partition_hash(other) != bench.partition_hash(one)
