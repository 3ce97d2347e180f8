"""The incremental incident index: each new event report joins, starts or bridges incidents.

How the partition is defined (and why it does not depend on arrival order):

1. Two reports are *linked* when the hard limits allow it (`matching.compatible`), a pair with a vague report
   shares at least `LinkRules.min_shared_keys` evidence keys (`matching.has_evidence`), and their score
   reaches `LinkRules.threshold` (`matching.link_score` decides all three). Links are pairwise facts, found
   from either side by the blocking and recorded at both ends.
2. *Precise* reports (a day and a place finer than a region) that are linked form components (union-find);
   a new report that links two components bridges them.
3. Inside a component, incidents are built greedily from the strongest link down (ties broken by event
   ids), and two groups are only joined when *every* pair across them passes the hard limits: an incident
   never holds two reports that contradict each other on type family, date or place, or two events of one
   article. Only the component the new report touched is rebuilt.
4. A *vague* report (only a region or country, or only a month or year) is compatible with many incidents,
   so it never bridges them: it joins the incident of its single best link (highest score, ties by the
   total order below), provided it contradicts none of that incident's precise reports; if its best link
   is another vague report, the two go together. This is settled when read, from all links known then.
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
    any_country_keys,
    evidence_keys,
    evidence_query,
    grid_keys,
    grid_query,
)
from newsevents.incidents.matching import LinkRules, compatible, link_score, precise_compatible
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


def _slots(bucket: bytes) -> list[int]:
    return memoryview(bucket).cast("i").tolist()


def _gather(store: dict[int, Bucket], keys: list[int], into: set[int]) -> None:
    """Add the slots of every bucket of `store` named in `keys` to `into`."""
    get = store.get
    for key in keys:
        bucket = get(key)
        if bucket is None:
            continue
        if type(bucket) is int:
            into.add(bucket)
        else:
            into.update(_slots(bucket))


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
        self._precise_ev: dict[int, Bucket] = {}  # evidence bucket -> precise slots
        self._vague_ev: dict[int, Bucket] = {}  # evidence bucket -> vague slots
        self._any_ev: dict[int, Bucket] = {}  # evidence bucket without the country -> all slots (`any_country_keys`)
        self._links: dict[int, list[tuple[float, int]]] = {}
        self._parent: list[int] = []  # union-find over linked components
        self._members: dict[int, list[int]] = {}  # component root -> slots (only components of 2+)
        self._cluster: list[int] = []  # slot -> slot of the incident's earliest member
        self._clusters: dict[int, list[int]] = {}  # earliest member -> slots (only incidents of 2+)
        self._vague: dict[int, list[tuple[float, int]]] = {}  # vague slot -> all its links
        self._vague_of: dict[int, list[int]] = {}  # precise slot -> the vague slots linked with it
        # Change tracking (`take_changes`): slots whose incident may have moved since the last call, and the
        # slot naming each report's incident as last reported (-1: not reported yet).
        self._dirty: set[int] = set()
        self._reported = array("i")
        self.pairs_scored = 0

    # --- building ------------------------------------------------------------------------------------

    @classmethod
    def from_events(
        cls,
        events: Iterable[Event],
        published: Mapping[str, str | None] | None = None,
        rules: LinkRules | None = None,
    ) -> IncidentIndex:
        """Rebuild the index from stored events; `published` maps doc_id -> the document's ISO date."""
        index = cls(rules)
        dates = published or {}
        for event in events:
            index.add(event, dates.get(event.doc_id))
        return index

    def add(self, event: Event, published: str | None = None) -> str:
        """File one event report and return the id of the incident it now belongs to.

        The id can change later, when an earlier report of the same incident arrives; `incident_of` and
        `assignments` always give the current one.
        """
        if event.id in self._slot:
            log.debug("event %s already indexed; kept the first copy", event.id)
            return self.incident_of(event.id)
        p = profile_of(event, published)
        slot = len(self._profiles)
        links: list[tuple[float, int]] = []
        if p.start is not None:
            candidates = self._candidates(p)
            profiles, rules = self._profiles, self.rules
            for other in candidates:
                s = link_score(p, profiles[other], rules)
                if s is not None and s >= rules.threshold:
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
            self._vague[slot] = links
            for s, other in links:  # a link is known from both ends, whichever report came first
                if profiles[other].vague:
                    self._vague[other].append((s, slot))
                    self._dirty.add(other)
                else:
                    self._vague_of.setdefault(other, []).append(slot)
            return self.incident_of(p.event_id)
        precise = [(s, o) for s, o in links if not profiles[o].vague]
        for s, other in links:
            if profiles[other].vague:
                self._vague[other].append((s, slot))
                self._vague_of.setdefault(slot, []).append(other)
                self._dirty.add(other)
        if precise:
            self._links[slot] = precise
            for s, other in precise:
                self._links.setdefault(other, []).append((s, slot))
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
        # Reports sharing enough evidence keys: vague ones for anyone, precise ones for a vague report.
        if p.lprec == NOWHERE:  # no place: it fits every country, so look where every report is filed
            stores: tuple[dict[int, Bucket], ...] = (self._any_ev,)
        elif p.vague:
            stores = (self._vague_ev, self._precise_ev)
        else:
            stores = (self._vague_ev,)
        shared: Counter[int] = Counter()
        for buckets in evidence_query(p, rules, (ANY_COUNTRY,)):
            under_key: set[int] = set()
            for store in stores:
                _gather(store, buckets, under_key)
            if under_key:
                shared.update(under_key)
        need = rules.min_shared_keys
        found.update(slot for slot, count in shared.items() if count >= need)
        return found

    def _file(self, p: Profile, slot: int) -> None:
        """Put a new report in the buckets where later reports will look for it."""
        if p.vague:
            stores = [(self._vague_ev, evidence_keys(p))]
        else:
            stores = [(self._precise_ev, evidence_keys(p)), (self._grid, grid_keys(p))]
        stores.append((self._any_ev, any_country_keys(p)))
        for store, keys in stores:
            for key in keys:
                bucket = store.get(key)
                if bucket is None:
                    store[key] = slot  # most buckets hold one report: a bare slot saves a list
                elif type(bucket) is int:
                    store[key] = _TWO_SLOTS.pack(bucket, slot)
                else:
                    store[key] = bucket + _SLOT.pack(slot)

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
        """Rebuild the incidents of one linked component, strongest links first."""
        profiles = self._profiles
        links = self._links
        rules = self.rules
        ids = {m: profiles[m].event_id for m in members}
        edges = []
        for a in members:
            ida = ids[a]
            for s, b in links.get(a, ()):
                if b > a and b in ids:  # every link is stored at both ends: take it once
                    idb = ids[b]
                    edges.append((-s, ida, idb, a, b) if ida < idb else (-s, idb, ida, b, a))
        edges.sort()
        group: dict[int, list[int]] = {m: [m] for m in members}
        owner: dict[int, int] = {m: m for m in members}
        # Members are precise, so dated to one day each: two groups with days further apart than the date gap
        # cannot pass the every-pair test below, which this span check skips (a component can be long).
        span: dict[int, tuple[int, int]] = {m: (profiles[m].start, profiles[m].start) for m in members}  # type: ignore[misc]
        gap = rules.date_gap_days
        fits: dict[tuple[int, int], bool] = {}  # pair of slots -> compatible (each pair tested once)

        def fit(x: int, y: int) -> bool:
            pair = (x, y) if x < y else (y, x)
            found = fits.get(pair)
            if found is None:
                found = fits[pair] = precise_compatible(profiles[x], profiles[y], rules)
            return found

        for _, _, _, a, b in edges:
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

    def _target(self, slot: int) -> tuple[str, int] | None:
        """Where a vague report goes: ("P", earliest member of a precise incident) or ("V", another vague slot)."""
        profiles = self._profiles
        p = profiles[slot]
        for _, other in sorted(self._vague[slot], key=lambda so: (-so[0], profiles[so[1]].order_key)):
            if profiles[other].vague:
                return ("V", other)
            first = self._cluster[other]
            members = self._clusters.get(first, [first])
            if all(compatible(p, profiles[m], self.rules) for m in members):
                return ("P", first)
        return None

    def _vague_name(self, slot: int) -> int:
        """The slot naming a vague report's incident, found by walking only its neighbourhood of links."""
        profiles = self._profiles
        group, todo, targets = {slot}, [slot], {}
        while todo:
            x = todo.pop()
            target = targets[x] if x in targets else targets.setdefault(x, self._target(x))
            if target is not None and target[0] == "P":
                return target[1]  # a vague group reaches at most one precise incident
            if target is not None and target[1] not in group:
                group.add(target[1])
                todo.append(target[1])
            for _, u in self._vague[x]:
                if u in group or u not in self._vague:
                    continue
                if u not in targets:
                    targets[u] = self._target(u)
                if targets[u] == ("V", x):
                    group.add(u)
                    todo.append(u)
        return min(group, key=lambda m: profiles[m].order_key)

    def _placement(self) -> dict[int, int]:
        """Vague slot -> slot naming its incident (a precise incident's earliest member, or a vague report)."""
        profiles = self._profiles
        parent = {v: v for v in self._vague}

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        anchor: dict[int, int] = {}
        for v in self._vague:
            target = self._target(v)
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
        """The slots of the incident `head` names, sorted by the total order (found from its neighbourhood)."""
        vague = self._vague
        if head in vague:
            out: list[int] = []
            todo = [head]
        else:
            out = list(self._clusters.get(head, (head,)))
            todo = [v for m in out for v in self._vague_of.get(m, ())]
        seen: set[int] = set()
        while todo:  # a vague member is linked with a precise member or with another vague member
            v = todo.pop()
            if v in seen:
                continue
            seen.add(v)
            if self._vague_name(v) == head:
                out.append(v)
                todo.extend(u for _, u in vague[v] if u in vague)
        profiles = self._profiles
        return sorted(out, key=lambda m: profiles[m].order_key)

    def _affected(self) -> set[int]:
        """The dirty slots plus every vague report whose incident may depend on them: those linked with a dirty
        precise report, and the vague reports connected with any of these through links (a vague report's
        incident is decided within its links' neighbourhood)."""
        vague, vague_of, dirty = self._vague, self._vague_of, self._dirty
        todo = [s for s in dirty if s in vague]
        todo.extend(v for s in dirty if s not in vague for v in vague_of.get(s, ()))
        seen: set[int] = set()
        while todo:
            v = todo.pop()
            if v in seen:
                continue
            seen.add(v)
            todo.extend(u for _, u in vague[v] if u in vague and u not in seen)
        return dirty | seen

    def take_changes(self, *, reconciled: bool = True) -> Changes:
        """The reports whose incident changed since the last call (or since the start), and, with `reconciled`,
        the current state of every incident that gained or lost a report and the ids that named one and no
        longer do. Costs what the new reports touched, not the size of the index."""
        profiles, reported = self._profiles, self._reported
        changes = Changes()
        heads: set[int] = set()
        for slot in self._affected():
            head = self._head(slot)
            before = reported[slot]
            if head == before:
                continue
            changes.assigned[profiles[slot].event_id] = incident_id_for(profiles[head].event_id)
            reported[slot] = head
            heads.add(head)
            if before >= 0:
                heads.add(before)
        self._dirty = set()
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
