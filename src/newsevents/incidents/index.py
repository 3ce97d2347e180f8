"""The incremental incident index: each new event report joins, starts or bridges incidents.

How the partition is defined (and why it does not depend on arrival order):

1. Two reports are *linked* when the hard limits allow it (`matching.compatible`), a pair with a vague report
   shares at least `LinkRules.min_shared_keys` evidence keys (`matching.has_evidence`), and their score
   reaches `matching.link_threshold` (`matching.link_score` decides all three). Links are pairwise facts, found
   from either side by the blocking and recorded at both ends.
2. *Precise* reports (a day and a place finer than a region) that are linked form components (union-find);
   a new report that links two components bridges them.
3. Inside a component, incidents are built greedily from the strongest link down (ties broken by event
   ids; the links of an article's later events after those of its first ones), and two groups are only
   joined when *every* pair across them passes the hard limits: an incident never holds two reports that
   contradict each other on type family, date or place, or two events of one article (but for an act and
   the attack it follows, told in one sentence: `matching.apart_in_article`).
   Only the component the new report touched is rebuilt.
4. A *vague* report (only a region or country, or only a month or year) is compatible with many incidents,
   so it never bridges them: it joins the incident of its single best link (highest score, a precise
   report's raised by `PRECISE_PREFERENCE`, ties by the total order below), provided it contradicts none of
   that incident's precise reports (a later event of its own article aside); if its best link is another
   vague report, the two go together. This is
   settled when read, from all links known then.
5. An incident is named after its earliest member (precise before vague, earliest possible day, event id).
"""

from __future__ import annotations

import hashlib
import logging
import struct
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from newsevents.incidents.blocking import (
    ANY_COUNTRY,
    abroad_bases,
    abroad_query,
    any_country_bases,
    day_bases,
    evidence_bases,
    evidence_query,
    grid_keys,
    grid_query,
    named_keys,
    named_query,
)
from newsevents.incidents.matching import (
    LinkRules,
    compatible,
    link_score,
    link_threshold,
    precise_compatible,
    tellings_agree,
)
from newsevents.incidents.profile import NOWHERE, Profile, profile_of
from newsevents.incidents.reconcile import reconcile
from newsevents.models import Event, Incident

log = logging.getLogger(__name__)


# A bucket holding one report stores its bare slot; several, their slots packed as 32-bit integers in a bytes
# object. Bytes hold no Python objects, so the garbage collector never tracks them nor the dictionaries that hold
# only them (with a list per bucket its full passes walked millions of lists), and a slot costs 4 bytes instead
# of a pointer. Appending copies the bytes, which is cheap at the sizes buckets reach.
Bucket = int | bytes
_SLOT = struct.Struct("=i")
_TWO_SLOTS = struct.Struct("=ii")

# Hard-limit tests of a pair remembered across calls (`IncidentIndex._fits`, `_agrees`): a component is rebuilt
# whenever a report joins it, and a vague report's placement rechecked whenever its incident changes, so the same
# pairs are tested again and again (at 30,000 reports, a million tests of 60,000 pairs). A test reads only the two
# profiles, which never change, so a remembered answer never goes stale; each cache is emptied when it holds this
# many pairs, to bound its memory.
PAIR_CACHE_MAX = 1 << 19

PRECISE_PREFERENCE = 0.1  # a vague report prefers a precise report's link to a vague one's scoring up to this much more
# Where a vague report goes: ("P", earliest member of a precise incident) or ("V", another vague slot); and the
# rank of the link it follows (minus its score, then the other report's place in the total order).
Target = tuple[str, int]
Rank = tuple[float, tuple[bool, int, str]]


# A report's links (score, other slot) packed 12 bytes each in a bytearray, for the same reason: a report of a
# widely covered incident links with every other report of it, so links grow with the square of its coverage,
# and as tuples of a float and an int each one cost about 90 bytes.
_LINK = struct.Struct("=di")
Links = bytearray


def _link_list(links: list[tuple[float, int]]) -> Links:
    out = bytearray()
    for s, other in links:
        out += _LINK.pack(s, other)
    return out


def _add_link(store: dict[int, Links], slot: int, score: float, other: int) -> None:
    found = store.get(slot)
    if found is None:
        store[slot] = bytearray(_LINK.pack(score, other))
    else:
        found += _LINK.pack(score, other)


def _iter_links(links: Links | None) -> Iterator[tuple[float, int]]:
    return _LINK.iter_unpack(links) if links else iter(())


def _pair(first: int, second: int) -> int:
    """Two slots (each below 2**32) as one int key."""
    return first << 32 | second


def _slots(bucket: bytes) -> list[int]:
    return memoryview(bucket).cast("i").tolist()


def _gather(store: dict[int, Bucket], keys: list[int], into: set[int]) -> None:
    """Add the slots of every bucket of `store` named in `keys` to `into`."""
    for key in store.keys() & keys:  # the keys that name a bucket, found in one pass
        bucket = store[key]
        if type(bucket) is int:
            into.add(bucket)
        else:
            into.update(_slots(bucket))


# Evidence buckets two levels deep (`blocking.evidence_bases`): base -> evidence key -> bucket.
Nested = dict[int, dict[int, Bucket]]


def _file_slot(store: dict[int, Bucket], key: int, slot: int) -> None:
    """Add `slot` to the bucket `key` of `store`."""
    bucket = store.get(key)
    if bucket is None:
        store[key] = slot  # most buckets hold one report: a bare slot saves a list
    elif type(bucket) is int:
        store[key] = _TWO_SLOTS.pack(bucket, slot)
    else:
        store[key] = bucket + _SLOT.pack(slot)


def _file_nested(store: Nested, bases: list[int], keys: tuple[int, ...], slot: int) -> None:
    """File `slot` under every (base, key) bucket of `store`."""
    for base in bases:
        under = store.get(base)
        if under is None:
            store[base] = dict.fromkeys(keys, slot)
            continue
        for key in keys:  # (`_file_slot`, written out: this runs for every key of every report)
            bucket = under.get(key)
            if bucket is None:
                under[key] = slot
            elif type(bucket) is int:
                under[key] = _TWO_SLOTS.pack(bucket, slot)
            else:
                under[key] = bucket + _SLOT.pack(slot)


def _hits(stores: Iterable[Nested], bases: list[int], keys: set[int]) -> dict[int, list[Bucket]]:
    """Evidence key -> the buckets of `stores` under `bases` filed with that key (only the keys in `keys`)."""
    hits: dict[int, list[Bucket]] = {}
    for store in stores:
        for base in bases:
            under = store.get(base)
            if under:
                for key in under.keys() & keys:
                    found = hits.get(key)
                    if found is None:
                        hits[key] = [under[key]]
                    else:
                        found.append(under[key])
    return hits


@dataclass
class Changes:
    """What `IncidentIndex.take_changes` reports: enough to bring a stored copy of the partition up to date."""

    assigned: dict[str, str] = field(default_factory=dict)  # event id -> its incident id, where that changed
    incidents: list[Incident] = field(default_factory=list)  # every incident that gained or lost a report
    gone: set[str] = field(default_factory=set)  # ids that named an incident before and name none now


def incident_id_for(event_id: str) -> str:
    """The id of an incident whose earliest member is this event."""
    return "inc-" + hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).hexdigest()


class IncidentIndex:
    """Groups event reports into incidents as they arrive; no database access (the caller persists)."""

    def __init__(self, rules: LinkRules | None = None) -> None:
        self.rules = rules or LinkRules()
        self._profiles: list[Profile] = []
        self._slot: dict[str, int] = {}
        # Buckets (blocking): key -> one slot, or packed slots when several reports share it (`Bucket`).
        self._grid: dict[int, Bucket] = {}  # grid bucket -> precise slots
        self._named: dict[int, Bucket] = {}  # named-place bucket -> all slots (`named_keys`)
        # Evidence buckets, by base then evidence key (`Nested`).
        self._precise_ev: Nested = {}  # -> precise slots (`evidence_bases`)
        self._vague_ev: Nested = {}  # -> vague slots
        self._any_ev: Nested = {}  # without the country -> all slots (`any_country_bases`)
        self._abroad_ev: Nested = {}  # countries named abroad -> slots (`abroad_bases`)
        self._day_precise: Nested = {}  # same-day -> precise slots (`day_bases`)
        self._day_vague: Nested = {}  # same-day -> vague slots
        self._links: dict[int, Links] = {}  # precise slot -> its links with precise slots
        self._parent: list[int] = []  # union-find over linked components
        self._members: dict[int, list[int]] = {}  # component root -> slots (only components of 2+)
        self._cluster: list[int] = []  # slot -> slot of the incident's earliest member
        self._clusters: dict[int, list[int]] = {}  # earliest member -> slots (only incidents of 2+)
        self._vague: dict[int, Links] = {}  # vague slot -> all its links
        self._vague_of: dict[int, Links] = {}  # precise slot -> its links with vague slots
        # Remembered hard-limit tests (`PAIR_CACHE_MAX`), keyed by the two slots as one int (`_pair`):
        self._fits: dict[int, bool] = {}  # two precise slots, lower first -> `precise_compatible`
        self._agrees: dict[int, bool] = {}  # vague slot, then a precise slot -> `compatible`
        # Settled targets of vague reports (see `_settle`): vague slot -> (rank of the link it follows, target),
        # target -> the vague slots following it, and what may have changed since the last settling: vague
        # slots to recompute from all their links, new links that may beat a settled target, and precise slots
        # whose incident was rebuilt.
        self._tgt: dict[int, tuple[Rank | None, Target | None]] = {}
        self._tgt_in: dict[Target, set[int]] = {}
        self._full: set[int] = set()
        self._cand: dict[int, list[tuple[float, int]]] = {}
        self._touched: set[int] = set()
        # Change tracking (`take_changes`): slots whose incident may have moved since the last call (precise
        # reports rebuilt, new reports, vague reports whose target changed or that lost a follower), and the
        # slot naming each report's incident as last reported (-1: not reported yet).
        self._dirty: set[int] = set()
        self._moved: set[int] = set()
        self._reported = array("i")
        self.pairs_scored = 0

    # --- building ------------------------------------------------------------------------------------

    @classmethod
    def from_events(
        cls,
        events: Iterable[Event],
        published: Mapping[str, str | None] | None = None,
        rules: LinkRules | None = None,
        titles: Mapping[str, str | None] | None = None,
    ) -> IncidentIndex:
        """Rebuild the index from stored events; `published` and `titles` map doc_id -> the document's ISO date
        and headline."""
        index = cls(rules)
        dates, heads = published or {}, titles or {}
        for event in events:
            index.add(event, dates.get(event.doc_id), heads.get(event.doc_id))
        return index

    def add(self, event: Event, published: str | None = None, title: str | None = None) -> str:
        """File one event report and return the id of the incident it now belongs to; `title` is its
        document's headline (see `profile_of`).

        The id can change later, when an earlier report of the same incident arrives; `incident_of` and
        `assignments` always give the current one.
        """
        if event.id in self._slot:
            log.debug("event %s already indexed; kept the first copy", event.id)
            return self.incident_of(event.id)
        p = profile_of(event, published, title)
        slot = len(self._profiles)
        links: list[tuple[float, int]] = []
        if p.start is not None:
            candidates = self._candidates(p)
            profiles, rules = self._profiles, self.rules
            for other in candidates:
                s = link_score(p, profiles[other], rules)
                if s is not None and s >= link_threshold(p, profiles[other], rules):
                    links.append((s, other))
            self.pairs_scored += len(candidates)
        self._profiles.append(p)
        self._slot[p.event_id] = slot
        self._parent.append(slot)
        self._cluster.append(slot)
        self._reported.append(-1)
        self._dirty.add(slot)
        if p.start is not None:
            self._file(p, slot)
        profiles = self._profiles
        if p.vague:
            self._vague[slot] = _link_list(links)
            self._full.add(slot)
            for s, other in links:  # a link is known from both ends, whichever report came first
                if profiles[other].vague:
                    self._vague[other] += _LINK.pack(s, slot)
                    self._cand.setdefault(other, []).append((s, slot))
                else:
                    _add_link(self._vague_of, other, s, slot)
            return self.incident_of(p.event_id)
        self._touched.add(slot)
        precise = [(s, o) for s, o in links if not profiles[o].vague]
        for s, other in links:
            if profiles[other].vague:
                self._vague[other] += _LINK.pack(s, slot)
                _add_link(self._vague_of, slot, s, other)
        if precise:
            self._links[slot] = _link_list(precise)
            for s, other in precise:
                _add_link(self._links, other, s, slot)
            root = slot
            for _, other in precise:
                root = self._union(root, other)
            self._recluster(self._members[root])
        return self.incident_of(p.event_id)

    def _candidates(self, p: Profile) -> set[int]:
        """Slots of every stored report that `link_score` might link with `p` (see blocking)."""
        rules = self.rules
        found: set[int] = set()
        if not p.vague:
            _gather(self._grid, grid_query(p, rules), found)
        _gather(self._named, named_query(p, rules), found)  # a place one of the two names (`place_named`)
        # Reports sharing enough evidence keys: vague ones for anyone, precise ones for a vague report.
        if p.lprec == NOWHERE:  # no place: it fits every country, so look where every report is filed
            stores: tuple[Nested, ...] = (self._any_ev,)
        elif p.vague:
            stores = (self._vague_ev, self._precise_ev)
        else:
            stores = (self._vague_ev,)
        keys = set(p.keys)
        hits = _hits(stores, evidence_query(p, rules, (ANY_COUNTRY,)), keys)
        if hits:
            # Each slot once per shared key: a bucket holds a slot once, so a key found in one bucket needs no
            # set (a report dated by a window is filed under several weeks, so a key in several buckets does).
            per_key: list[int] = []
            for buckets in hits.values():
                if len(buckets) == 1:
                    bucket = buckets[0]
                    if type(bucket) is int:
                        per_key.append(bucket)
                    else:
                        per_key.extend(_slots(bucket))
                else:
                    under_key: set[int] = set()
                    for bucket in buckets:
                        if type(bucket) is int:
                            under_key.add(bucket)
                        else:
                            under_key.update(_slots(bucket))
                    per_key.extend(under_key)
            need = rules.min_shared_keys
            found.update(slot for slot, count in Counter(per_key).items() if count >= need)
        # Reports placed in another country, one of the two naming the other's (`country_named`), sharing a key.
        naming, named = abroad_query(p, rules)
        if naming:
            for store, bases in ((self._abroad_ev,), naming), ((self._precise_ev, self._vague_ev), named):
                if bases:
                    for buckets in _hits(store, bases, keys).values():
                        for bucket in buckets:
                            if type(bucket) is int:
                                found.add(bucket)
                            else:
                                found.update(_slots(bucket))
        # Reports of the same day and country sharing a single key (`day_bases`): vague ones for anyone, precise
        # ones for a vague report.
        same_day = day_bases(p)
        if same_day:
            for buckets in _hits((self._day_vague, self._day_precise) if p.vague else (self._day_vague,),
                                 same_day, keys).values():
                for bucket in buckets:
                    if type(bucket) is int:
                        found.add(bucket)
                    else:
                        found.update(_slots(bucket))
        return found

    def _file(self, p: Profile, slot: int) -> None:
        """Put a new report in the buckets where later reports will look for it."""
        if p.vague:
            nested = [(self._vague_ev, evidence_bases(p)), (self._day_vague, day_bases(p))]
            flat = [(self._named, named_keys(p))]
        else:
            nested = [(self._precise_ev, evidence_bases(p)), (self._day_precise, day_bases(p))]
            flat = [(self._grid, grid_keys(p)), (self._named, named_keys(p))]
        nested.append((self._any_ev, any_country_bases(p)))
        if p.abroad:
            nested.append((self._abroad_ev, abroad_bases(p)))
        for evidence, bases in nested:
            _file_nested(evidence, bases, p.keys, slot)
        for store, flat_keys in flat:
            for key in flat_keys:
                _file_slot(store, key, slot)

    def _find(self, slot: int) -> int:
        parent = self._parent
        root = slot
        while parent[root] != root:
            root = parent[root]
        while parent[slot] != root:
            parent[slot], slot = root, parent[slot]
        return root

    def _union(self, a: int, b: int) -> int:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return ra
        ma = self._members.pop(ra, None) or [ra]
        mb = self._members.pop(rb, None) or [rb]
        if len(ma) < len(mb):
            ra, rb, ma, mb = rb, ra, mb, ma
        self._parent[rb] = ra
        ma.extend(mb)
        self._members[ra] = ma
        return ra

    def _recluster(self, members: list[int]) -> None:
        """Rebuild the incidents of one linked component, strongest links first; links of an article's later
        events after those of its first ones (its own incident): a later sentence ("Djibo has been under
        blockade for months") that resembles another report cannot claim that report's incident ahead of the
        article's first telling, which two events of one article would then keep out."""
        profiles = self._profiles
        links = self._links
        rules = self.rules
        ids = {m: profiles[m].event_id for m in members}
        opening: dict[str, int] = {}  # article -> where its first event of this component starts
        for m in members:
            p = profiles[m]
            if opening.get(p.doc_id, p.sentence) >= p.sentence:
                opening[p.doc_id] = p.sentence
        later = {m for m in members if profiles[m].sentence > opening[profiles[m].doc_id]}
        edges = []
        for a in members:
            ida = ids[a]
            for s, b in _iter_links(links.get(a)):
                if b > a and b in ids:  # every link is stored at both ends: take it once
                    idb = ids[b]
                    tier = a in later or b in later
                    edges.append((tier, -s, ida, idb, a, b) if ida < idb else (tier, -s, idb, ida, b, a))
        edges.sort()
        group: dict[int, list[int]] = {m: [m] for m in members}
        owner: dict[int, int] = {m: m for m in members}
        # Members are precise, so dated to one day each: two groups with days further apart than the date gap
        # cannot pass the every-pair test below, which this span check skips (a component can be long).
        span: dict[int, tuple[int, int]] = {m: (profiles[m].start, profiles[m].start) for m in members}  # type: ignore[misc]
        gap = rules.date_gap_days
        fits = self._fits

        def fit(x: int, y: int) -> bool:
            pair = _pair(x, y) if x < y else _pair(y, x)
            found = fits.get(pair)
            if found is None:
                if len(fits) >= PAIR_CACHE_MAX:
                    fits.clear()
                found = fits[pair] = precise_compatible(profiles[x], profiles[y], rules)
            return found

        for _, _, _, _, a, b in edges:
            ga, gb = owner[a], owner[b]
            if ga == gb:
                continue
            (lo_a, hi_a), (lo_b, hi_b) = span[ga], span[gb]
            if max(hi_a, hi_b) - min(lo_a, lo_b) > gap:
                continue
            left, right = group[ga], group[gb]
            if not all(fit(x, y) for x in left for y in right):
                continue
            if len(left) < len(right):
                ga, gb, left, right = gb, ga, right, left
            left.extend(right)
            for m in right:
                owner[m] = ga
            del group[gb]
            span[ga] = (min(lo_a, lo_b), max(hi_a, hi_b))
        cluster, clusters = self._cluster, self._clusters
        self._dirty.update(members)
        self._touched.update(members)
        for m in members:
            clusters.pop(cluster[m], None)
        for slots in group.values():
            if len(slots) == 1:
                cluster[slots[0]] = slots[0]
                continue
            slots.sort(key=lambda m: profiles[m].order_key)
            first = slots[0]
            for m in slots:
                cluster[m] = first
            clusters[first] = slots

    # --- reading -------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._profiles)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._slot

    def _accept(self, slot: int, other: int) -> Target | None:
        """Where the vague report `slot` goes if it follows its link with `other`; None if it cannot: when it
        contradicts a member of that incident. A later event of its own article that agrees with it on date and
        place does not keep it out (an article tells its own incident first; a later sentence, "the FARC has
        rarely struck so hard in the capital", may have joined that incident through links of its own); one
        that does not is another incident the article recalls, and does."""
        profiles = self._profiles
        if profiles[other].vague:
            return ("V", other)
        first = self._cluster[other]
        p, rules, agrees = profiles[slot], self.rules, self._agrees
        for m in self._clusters.get(first, (first,)):
            q = profiles[m]
            if q.doc_id == p.doc_id and q.sentence > p.sentence:
                if not tellings_agree(p, q, rules):
                    return None
                continue
            pair = _pair(slot, m)
            found = agrees.get(pair)
            if found is None:
                if len(agrees) >= PAIR_CACHE_MAX:
                    agrees.clear()
                found = agrees[pair] = compatible(p, q, rules)
            if not found:
                return None
        return ("P", first)

    def _best(self, slot: int) -> tuple[Rank | None, Target | None]:
        """Where a vague report goes, from all its links: ("P", earliest member of a precise incident) or ("V",
        another vague slot), following its best link it can follow (highest score, ties by the total order)."""
        links = self._vague[slot]
        if not links:
            return None, None
        profiles = self._profiles
        # The best link first, found without ranking them all: the highest score (a precise report's raised as
        # `_rank` raises it), then the total order among the links of that score; it is usually followed.
        best, first = None, -1
        for s, other in _LINK.iter_unpack(links):
            lead = -(s if profiles[other].vague else s + PRECISE_PREFERENCE)
            if best is None or lead < best:
                best, first = lead, other
            elif lead == best and profiles[other].order_key < profiles[first].order_key:
                first = other
        target = self._accept(slot, first)
        if target is not None:
            return (best, profiles[first].order_key), target
        ranked = sorted((self._rank(s, other), other) for s, other in _LINK.iter_unpack(links) if other != first)
        for rank, other in ranked:
            target = self._accept(slot, other)
            if target is not None:
                return rank, target
        return None, None

    def _rank(self, score: float, other: int) -> Rank:
        """How a vague report ranks its link with `other` (lower first): by score, a precise report's raised by
        `PRECISE_PREFERENCE` (a vague report anchors on a report that says where and when), ties by the total
        order."""
        p = self._profiles[other]
        return (-(score if p.vague else score + PRECISE_PREFERENCE), p.order_key)

    def _set_target(self, slot: int, rank: Rank | None, target: Target | None) -> None:
        old = self._tgt.get(slot)
        self._tgt[slot] = (rank, target)
        if old is not None and old[1] == target:
            return
        self._moved.add(slot)
        if old is not None and old[1] is not None:
            followers = self._tgt_in[old[1]]
            followers.discard(slot)
            if not followers:
                del self._tgt_in[old[1]]
            if old[1][0] == "V":  # the group it left may now be named by another member
                self._moved.add(old[1][1])
        if target is not None:
            self._tgt_in.setdefault(target, set()).add(slot)

    def _settle(self) -> None:
        """Bring the settled target of every vague report up to date, looking only at what changed: a vague
        report follows its best link that it can follow, so a new link or a rebuilt incident matters only when
        it ranks above the link followed now (it may now be followed) or is that link (it may no longer be)."""
        profiles, tgt, full, cand = self._profiles, self._tgt, self._full, self._cand
        if self._touched:
            vague_of = self._vague_of
            for m in self._touched:
                links = vague_of.get(m)
                if not links:
                    continue
                order = profiles[m].order_key  # a precise report: `_rank` raises its score
                for s, v in _LINK.iter_unpack(links):
                    if v in full:
                        continue
                    if v not in tgt:  # not settled yet: settle it from all its links
                        full.add(v)
                        continue
                    rank = tgt[v][0]
                    key = (-(s + PRECISE_PREFERENCE), order)
                    if rank is None or key < rank:
                        cand.setdefault(v, []).append((s, m))
                    elif key == rank:
                        full.add(v)
            self._touched = set()
        if cand:
            for v, links in cand.items():
                if v in full or v not in tgt:
                    full.add(v)
                    continue
                rank, target = tgt[v]
                for s, other in links:
                    key = self._rank(s, other)
                    if rank is not None and key >= rank:
                        continue
                    found = self._accept(v, other)
                    if found is not None:
                        rank, target = key, found
                self._set_target(v, rank, target)
            self._cand = {}
        if full:
            for v in full:
                self._set_target(v, *self._best(v))
            self._full = set()

    def _component(self, slot: int) -> tuple[set[int], int | None]:
        """The vague reports that go together with `slot` (joined by followed links, in either direction), and
        the precise incident they reach, if any (a group reaches at most one)."""
        tgt, tgt_in = self._tgt, self._tgt_in
        group, todo, sink = {slot}, [slot], None
        while todo:
            x = todo.pop()
            target = tgt[x][1]
            if target is not None:
                if target[0] == "P":
                    sink = target[1]
                elif target[1] not in group:
                    group.add(target[1])
                    todo.append(target[1])
            for u in tgt_in.get(("V", x), ()):
                if u not in group:
                    group.add(u)
                    todo.append(u)
        return group, sink

    def _group_name(self, group: set[int], sink: int | None) -> int:
        if sink is not None:
            return sink
        profiles = self._profiles
        return min(group, key=lambda m: profiles[m].order_key)

    def _vague_name(self, slot: int) -> int:
        """The slot naming a vague report's incident: the precise incident its followed links reach, else the
        earliest report of its group."""
        self._settle()
        tgt, x, seen = self._tgt, slot, {slot}
        while True:  # the chain of followed links usually ends at a precise incident: no need for the group
            target = tgt[x][1]
            if target is None or target[1] in seen:
                break
            if target[0] == "P":
                return target[1]
            x = target[1]
            seen.add(x)
        return self._group_name(*self._component(slot))

    def _placement(self) -> dict[int, int]:
        """Vague slot -> slot naming its incident (a precise incident's earliest member, or a vague report).

        Computed afresh from all links, without the settled targets: the full recompute that the incremental
        `take_changes` must agree with."""
        profiles = self._profiles
        parent = {v: v for v in self._vague}

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        anchor: dict[int, int] = {}
        for v in self._vague:
            target = self._best(v)[1]
            if target is None:
                continue
            kind, other = target
            if kind == "V":
                a, b = find(v), find(other)
                if a != b:
                    parent[max(a, b, key=lambda x: profiles[x].order_key)] = min(
                        a, b, key=lambda x: profiles[x].order_key
                    )
            else:
                anchor[v] = other
        root_anchor: dict[int, int] = {}
        for v, first in anchor.items():
            root_anchor[find(v)] = first
        out: dict[int, int] = {}
        for v in self._vague:
            root = find(v)
            out[v] = root_anchor.get(root, root)
        return out

    def _groups(self) -> Iterator[tuple[int, list[int]]]:
        """(slot naming each incident, its slots sorted by the total order), in the order of the naming slots.

        Built from the precise incidents kept up to date by `add` plus the placement of the vague reports, one
        incident at a time, so that reading a million reports does not hold a second copy of the partition.
        """
        profiles = self._profiles
        placement = self._placement()
        cluster, clusters = self._cluster, self._clusters
        joined: dict[int, list[int]] = {}
        for v, name in placement.items():
            if name != v:
                joined.setdefault(name, []).append(v)
        heads = [i for i in range(len(profiles)) if placement.get(i, cluster[i]) == i]
        heads.sort(key=lambda m: profiles[m].order_key)
        for head in heads:
            slots = clusters.get(head)
            extra = joined.get(head)
            if extra is None:
                yield head, list(slots) if slots else [head]
            else:
                yield head, sorted([*(slots or (head,)), *extra], key=lambda m: profiles[m].order_key)

    def _partition(self) -> dict[int, list[int]]:
        """Slot naming each incident -> its slots, sorted by the total order."""
        return dict(self._groups())

    def incident_of(self, event_id: str) -> str:
        """The current incident id of an indexed event (KeyError if it was never added)."""
        slot = self._slot[event_id]
        if slot not in self._vague:
            return incident_id_for(self._profiles[self._cluster[slot]].event_id)
        return incident_id_for(self._profiles[self._vague_name(slot)].event_id)

    def _head(self, slot: int) -> int:
        """The slot naming the incident of a report."""
        return self._vague_name(slot) if slot in self._vague else self._cluster[slot]

    def _incident_slots(self, head: int) -> list[int]:
        """The slots of the incident `head` names, sorted by the total order (found from the settled targets)."""
        self._settle()
        if head in self._vague:
            out = list(self._component(head)[0])
        else:
            out = list(self._clusters.get(head, (head,)))
            tgt_in = self._tgt_in
            todo = list(tgt_in.get(("P", head), ()))
            while todo:  # the vague reports following the incident, and those following them
                v = todo.pop()
                out.append(v)
                todo.extend(tgt_in.get(("V", v), ()))
        profiles = self._profiles
        return sorted(out, key=lambda m: profiles[m].order_key)

    def take_changes(self, *, reconciled: bool = True) -> Changes:
        """The reports whose incident changed since the last call (or since the start), and, with `reconciled`,
        the current state of every incident that gained or lost a report and the ids that named one and no
        longer do. Costs what the new reports touched, not the size of the index."""
        self._settle()
        profiles, reported = self._profiles, self._reported
        names: dict[int, int] = {}
        for slot in self._moved:  # each moved vague group is walked once, for all its members
            if slot not in names:
                group, sink = self._component(slot)
                name = self._group_name(group, sink)
                names.update(dict.fromkeys(group, name))
        for slot in self._dirty:
            if slot not in names:
                names[slot] = self._head(slot)
        self._dirty, self._moved = set(), set()
        changes = Changes()
        heads: set[int] = set()
        for slot, head in names.items():
            before = reported[slot]
            if head == before:
                continue
            changes.assigned[profiles[slot].event_id] = incident_id_for(profiles[head].event_id)
            reported[slot] = head
            heads.add(head)
            if before >= 0:
                heads.add(before)
        if reconciled:
            for head in sorted(heads, key=lambda m: profiles[m].order_key):
                name = incident_id_for(profiles[head].event_id)
                if self._head(head) == head:
                    changes.incidents.append(reconcile(name, [profiles[m] for m in self._incident_slots(head)]))
                else:
                    changes.gone.add(name)
        return changes

    def assignments(self) -> dict[str, str]:
        """event id -> incident id, for every indexed event (what the store writes to `event.incident_id`)."""
        profiles = self._profiles
        return {
            profiles[m].event_id: incident_id_for(profiles[first].event_id)
            for first, slots in self._partition().items()
            for m in slots
        }

    def groups(self) -> list[list[str]]:
        """The partition as sorted lists of event ids, sorted; singletons included."""
        profiles = self._profiles
        return sorted(sorted(profiles[m].event_id for m in slots) for slots in self._partition().values())

    def iter_incidents(self, *, include_single: bool = True) -> Iterator[Incident]:
        """Every incident with its reconciled fields, in the order of their earliest members, one at a time."""
        profiles = self._profiles
        for first, slots in self._groups():
            if len(slots) == 1 and not include_single:
                continue
            yield reconcile(incident_id_for(profiles[first].event_id), [profiles[s] for s in slots])

    def incidents(self, *, include_single: bool = True) -> list[Incident]:
        """Every incident with its reconciled fields, in the order of their earliest members
        (`iter_incidents` gives the same without holding them all)."""
        return list(self.iter_incidents(include_single=include_single))
